const parts = [1, 2, 3];
console.log(Math.max(...parts), [...parts, 4, ...parts], [...'abc'], [...new Set('aab')]);
function f(a, b, ...rest) { return { a, b, rest }; }
console.log(f(...parts, ...[4, 5]), f(...[]), f(...'xy'));
const copy = [...parts];
copy.push(99);
console.log(parts, copy);
const merged = { ...{ a: 1, b: 2 }, ...{ b: 3, c: 4 } };
console.log(merged);
const withGetter = { get g() { console.log('getter read during spread'); return 'G'; } };
const spreadGet = { ...withGetter };
console.log(Object.getOwnPropertyDescriptor(spreadGet, 'g').value);
console.log(new Array(...[3]).length, new Date(...[2020, 0, 1]).getFullYear());
