const enc = new TextEncoder();
console.log(enc, enc.encoding, enc.encode('héllo €😀'), enc.encode(), enc.encode(123), enc.encode('\ud800a'));
console.log(enc.encode('x') instanceof Uint8Array, Buffer.isBuffer(enc.encode('x')), Object.prototype.toString.call(enc));
for (const n of [0, 1, 3, 5, 8]) console.log(n, enc.encodeInto('héllo😀', new Uint8Array(n)));
const dest = new Uint8Array(6); console.log(enc.encodeInto('abc', dest), dest);
try { TextEncoder(); } catch (e) { console.log(e.name, e.message); }
try { enc.encodeInto('a', []); } catch (e) { console.log(e.name, e.code); }
