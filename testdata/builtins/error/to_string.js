// Error.prototype.toString with unusual name and message values.
const ts = Error.prototype.toString;
console.log(ts.call({}), ts.call({ name: 'N' }), ts.call({ message: 'M' }));
console.log(ts.call({ name: '', message: 'only message' }), ts.call({ name: 'only name', message: '' }));
console.log(ts.call({ name: undefined, message: undefined }), JSON.stringify(ts.call({ name: '', message: '' })));
console.log(ts.call({ name: 42, message: true }), ts.call({ name: null, message: null }));
console.log(ts.call({ name: { toString() { return 'objName'; } }, message: ['a', 'b'] }));
console.log(ts.call(Object.assign(Object.create(Error.prototype), { message: 'via proto' })));
for (const v of [undefined, null, 1, 'str', true]) {
  try { ts.call(v); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const e = new Error('mutable');
e.name = 'Renamed';
console.log(String(e), e + '', `${e}`);
e.message = 'changed';
console.log(e.toString());
class Custom extends Error {}
console.log(String(new Custom('c')), new Custom('c').name);
class Named extends Error { get name() { return 'GetterName'; } }
console.log(String(new Named('n')));
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = 'ProtoNamed';
console.log(String(new ProtoNamed('p')), Object.keys(new ProtoNamed('p')));
const plain = { name: 'Plain', message: 'object', toString: Error.prototype.toString };
console.log(`${plain}`, [plain].join());
console.log(String(new TypeError()), String(new RangeError('')), new SyntaxError('x').toString());
