function makeIter(log) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; log.push('next' + i); return { value: i, done: i > 5 }; },
    return() { log.push('return called'); return { done: true }; },
  };
}
const log = [];
for (const v of makeIter(log)) if (v === 2) break;
console.log(log);
const log2 = [];
function find() { for (const v of makeIter(log2)) if (v === 3) return v; }
console.log(find(), log2);
const log3 = [];
try {
  for (const v of makeIter(log3)) throw new Error('boom at ' + v);
} catch (e) {
  console.log(e.message, log3);
}
const log4 = [];
for (const v of makeIter(log4));
console.log(log4);
