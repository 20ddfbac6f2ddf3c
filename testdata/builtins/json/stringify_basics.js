// JSON.stringify of every kind of value, and what it leaves out.
console.log(JSON.stringify({ a: 1, b: 'two', c: true, d: null, e: [1, 'x', null] }));
console.log(JSON.stringify([undefined, function () {}, Symbol('s'), NaN, Infinity, -0]));
console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol('s'), [Symbol('k')]: 1, n: NaN, i: -Infinity, z: -0 }));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol()));
console.log(JSON.stringify('he said "hi"\n\t\\'), JSON.stringify('\u0007\u001f\u007f'));
console.log(JSON.stringify('\ud83d\ude00'), JSON.stringify('\ud83d'), JSON.stringify('\ude00x'), JSON.stringify('\u2028\u2029'));
console.log(JSON.stringify(new Date(0)), JSON.stringify({ when: new Date(Date.UTC(2020, 1, 29, 12)) }));
console.log(JSON.stringify(new Number(3)), JSON.stringify(new String('s')), JSON.stringify(new Boolean(false)), JSON.stringify(Object(1n).constructor.name));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(/re/g), JSON.stringify(new Error('e')));
console.log(JSON.stringify([new Int8Array([1, 2])]), JSON.stringify(new ArrayBuffer(2)));
console.log(JSON.stringify({ 2: 'b', 1: 'a', x: 'x', [-1]: 'neg', '01': 'z' }));
console.log(JSON.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } })));
console.log(JSON.stringify([[[]], {}, [{}]]), JSON.stringify({}), JSON.stringify([]));
console.log(JSON.stringify(1e21), JSON.stringify(0.1 + 0.2), JSON.stringify(-1e-7), JSON.stringify(2 ** 53));
try { JSON.stringify(10n); } catch (e) { console.log(e.constructor.name, e.message); }
try { JSON.stringify({ big: [1n] }); } catch (e) { console.log(e.constructor.name, e.message); }
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ big: 10n }));
delete BigInt.prototype.toJSON;
console.log(JSON.stringify([,1]), JSON.stringify(Object.assign([1, 2], { extra: 3 })));
const arrayLike = { length: 2, 0: 'a', 1: 'b' };
console.log(JSON.stringify(arrayLike), JSON.stringify(Array.from(arrayLike)));
console.log(JSON.stringify(new Proxy([1, 2], {})), JSON.stringify(new Proxy({ a: 1 }, {})));
