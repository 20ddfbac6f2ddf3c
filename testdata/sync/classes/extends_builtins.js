class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.peek(), s.length, s instanceof Array, Array.isArray(s), s);
const mapped = s.map(x => x * 2);
console.log(mapped instanceof Stack, mapped.peek());
class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}
const e = new HttpError(404, 'Not Found');
console.log(e instanceof Error, e.name, e.message, e.status, String(e), Object.prototype.toString.call(e));
class Registry extends Map {
  register(k, v) { return this.set(k, v); }
}
const r = new Registry().register('a', 1);
console.log(r.get('a'), r.size, r);
