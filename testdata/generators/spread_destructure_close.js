// Destructuring that stops early closes the iterator; exhausting it does not.
function* g(name) { try { yield 1; yield 2; yield 3; } finally { console.log(name, 'closed'); } }
const [a] = g('one element');
const [b, c, d] = g('exact');
const [e, f, h, i] = g('more than');
const [, , ...rest] = g('rest');
let x, y; [x, y] = g('assignment');
const { 0: z } = [...g('spread first')];
function fn([p, q]) { return p + q; }
console.log(a, b, c, d, e, f, h, i, rest, x, y, z, fn(g('param')));
const [[n1], [n2]] = [g('nested1'), g('nested2')];
console.log(n1, n2);
try { const [u = (() => { throw new Error('default threw'); })()] = (function* () { try { yield undefined; } finally { console.log('closed on throw'); } })(); } catch (err) { console.log(err.message); }
const noReturn = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }) }; } };
const [k] = noReturn; console.log('no return ok', k);
const badReturn = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return: () => 1 }; } };
try { const [w] = badReturn; } catch (err) { console.log(err.constructor.name, err.message); }
