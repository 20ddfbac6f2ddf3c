// Export declarations compile and their bindings work locally (an entry
// module's exports are not observable).
export const answer = 42;
export let mutable = 1;
export function double(x) { return x * 2; }
export class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  toString() { return `(${this.x}, ${this.y})`; }
}
export const { a, b: [first, ...rest] } = { a: 'A', b: [1, 2, 3] };
const hidden = 'hidden';
export { hidden as visible, answer as 'string name' };
export default answer + 1;
mutable = double(mutable) + await Promise.resolve(answer);
console.log(answer, mutable, double(21), String(new Point(1, 2)), a, first, rest, hidden);
console.log(typeof globalThis.answer, typeof globalThis.default);
