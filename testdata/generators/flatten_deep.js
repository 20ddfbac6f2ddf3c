// Recursive flattening with yield*: nested arrays to any depth (strings kept
// whole), a depth limit, iterables of iterables, and a cycle guard.
function* flatten(value, depth = Infinity, seen = new Set()) {
  if (Array.isArray(value) && depth >= 0) {
    if (seen.has(value)) throw new Error('cycle');
    seen.add(value);
    try {
      for (const v of value) yield* flatten(v, depth - 1, seen);
    } finally {
      seen.delete(value);
    }
  } else {
    yield value;
  }
}
const nested = [1, [2, [3, [4, [5]]], 'six'], [[[]]], [7, [8]]];
console.log([...flatten(nested)]);
console.log(JSON.stringify([...flatten(nested, 1)]));
const shared = [9];
console.log([...flatten([shared, [shared]])]);
const cyc = [1, 2];
cyc.push([3, cyc]);
try {
  console.log([...flatten(cyc)]);
} catch (e) {
  console.log('error:', e.message);
}
function* flatIter(iterables) {
  for (const it of iterables) {
    if (typeof it === 'string' || !it || typeof it[Symbol.iterator] !== 'function') yield it;
    else yield* flatIter(it);
  }
}
console.log([...flatIter([new Set([1, 2]), new Map([[3, 4]]), 'str', null, [5, [6]]])]);
let count = 0;
for (const v of flatten([[1, [2, [3, [4]]]], 5])) {
  count++;
  if (v === 3) break;
}
console.log('stopped after', count);
