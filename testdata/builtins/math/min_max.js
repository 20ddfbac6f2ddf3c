// min/max: coercion order, NaN, -0, spreading big arrays.
console.log(Math.max(), Math.min(), Math.max(1), Math.min(1, 2, 3), Math.max(-1, -5));
console.log(Math.max(1, NaN, 3), Math.min(NaN), Math.max('7', '10'), Math.min(null, 1), Math.max(undefined, 1));
console.log(Object.is(Math.max(-0, 0), 0), Object.is(Math.min(0, -0), -0), Object.is(Math.max(-0, -0), -0));
const order = [];
const v = n => ({ valueOf() { order.push(n); return n; } });
console.log(Math.max(v(1), v(NaN), v(3)), order);
try { Math.max(1, Symbol('x')); } catch (e) { console.log(e.constructor.name, e.message); }
try { Math.min(1n); } catch (e) { console.log(e.constructor.name, e.message); }
const nums = Array.from({ length: 10000 }, (_, i) => (i * 7919) % 10007);
console.log(Math.max(...nums), Math.min(...nums), Math.max.apply(null, [4, 9, 2]));
console.log(nums.reduce((a, b) => Math.max(a, b), -Infinity));
const clamp = (x, lo, hi) => Math.min(Math.max(x, lo), hi);
console.log([-5, 0, 5, 10, 15].map(x => clamp(x, 0, 10)));
console.log(Math.max([1, 2]), Math.max([3]), Math.max([]), Math.min('', ' '), Math.max(true, false));
console.log(Math.max(Infinity, -Infinity), Math.min(-Infinity, Infinity, NaN));
