// imul, clz32, random's range, and integer tricks built on Math.
console.log(Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(0xfffffffe, 5), Math.imul(2 ** 31, 2));
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0.5), Math.clz32(2 ** 32), Math.clz32('8'), Math.clz32(NaN));
function hash(str) {
  let h = 2166136261;
  for (let i = 0; i < str.length; i++) { h ^= str.charCodeAt(i); h = Math.imul(h, 16777619); }
  return h >>> 0;
}
console.log(hash('hello'), hash('world'), hash(''), hash('😀'));
const log2floor = n => 31 - Math.clz32(n);
console.log([1, 2, 3, 4, 1023, 1024, 2 ** 31].map(log2floor));
let inRange = true;
let sum = 0;
for (let i = 0; i < 1000; i++) {
  const r = Math.random();
  if (!(r >= 0 && r < 1)) inRange = false;
  sum += r;
}
console.log(inRange, sum > 300 && sum < 700, typeof Math.random());
const dice = Array.from({ length: 200 }, () => 1 + Math.floor(Math.random() * 6));
console.log(dice.every(d => d >= 1 && d <= 6 && Number.isInteger(d)));
console.log(Object.prototype.toString.call(Math), String(Math), typeof Math, Math[Symbol.toStringTag]);
console.log(Object.getOwnPropertyNames(Math).sort().join(','));
console.log(Math.max.length, Math.hypot.length, Math.imul.length, Math.random.length, Math.round.name);
const d = Object.getOwnPropertyDescriptor(Math, 'PI');
console.log(d.writable, d.enumerable, d.configurable);
try { new Math.max(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Math(); } catch (e) { console.log(e.constructor.name, e.message); }
