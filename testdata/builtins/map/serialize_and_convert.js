// Converting Maps to and from objects, arrays and JSON.
const scores = new Map([['ann', 90], ['bob', 72], ['cy', 85]]);
console.log(JSON.stringify(scores), JSON.stringify([...scores]), JSON.stringify(Object.fromEntries(scores)));
const revived = new Map(JSON.parse(JSON.stringify([...scores])));
console.log(revived, revived.get('bob'));
const replacer = (k, v) => (v instanceof Map ? { __map: [...v] } : v);
const reviver = (k, v) => (v && v.__map ? new Map(v.__map) : v);
const nested = { config: new Map([['db', new Map([['port', 5432]])]]) };
const text = JSON.stringify(nested, replacer);
console.log(text);
console.log(JSON.parse(text, reviver).config.get('db').get('port'));
// Object to Map keeps string keys, integer keys come first in the object.
const obj = { b: 1, 2: 'two', a: 3 };
console.log(new Map(Object.entries(obj)));
// Sorting a map by value and by key.
const byValue = new Map([...scores].sort((x, y) => y[1] - x[1]));
const byKey = new Map([...scores.entries()].sort(([a], [b]) => (a < b ? 1 : -1)));
console.log([...byValue.keys()], [...byKey.keys()]);
// Array.from with a mapper and destructuring in for-of.
console.log(Array.from(scores, ([name, s]) => `${name}:${s}`).join(' '));
for (const [name, score] of scores) if (score > 80) console.log(name, 'passed');
// Maps with non-string keys do not survive Object.fromEntries.
const keyed = new Map([[1, 'num'], ['1', 'str'], [true, 'bool'], [{}, 'obj']]);
console.log(Object.fromEntries(keyed), keyed.size);
// Maps inside arrays and objects print nested.
console.log({ m: scores, list: [new Map([[1, { deep: new Map([['x', [1, 2]]]) }]])] });
console.log(new Map([[new Map([[1, 2]]), new Set([3])]]));
