// How Sets print and serialize, including nesting, long sets and mixed values.
console.log(new Set(), new Set([1]), new Set(['a', 'b']), new Set([[1, 2], { k: 'v' }]));
console.log(new Set([new Set([1]), new Map([[2, 3]])]), { s: new Set([null, undefined, NaN, -0]) });
console.log(new Set(Array.from({ length: 30 }, (_, i) => i * 3)));
console.log(new Set(['a fairly long string number one', 'another fairly long string two', 'and a third one']));
console.log(JSON.stringify(new Set([1, 2])), JSON.stringify([...new Set([1, 2])]), JSON.stringify({ s: new Set([1]) }));
console.log(String(new Set([1])), Object.keys(new Set([1])), new Set([1]).toString === Object.prototype.toString);
const s = new Set([1]);
s.label = 'extra';
console.log(s);
class Bag extends Set {}
console.log(new Bag([1, 2]), new Bag());
const cyc = new Set();
cyc.add(cyc);
console.log(cyc);
const withFns = new Set([function named() {}, () => {}, class K {}, Symbol('s'), 10n]);
console.log(withFns);
console.log([new Set([1]).entries(), new Set().keys()]);
console.log(`${[...new Set('abcabc')].join('|')}`, Array.from(new Set([3, 1, 3])).sort());
