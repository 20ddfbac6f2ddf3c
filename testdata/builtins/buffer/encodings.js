const s = 'héllo wörld €😀';
for (const enc of ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2', 'UCS-2', 'UTF16LE']) {
  const b = Buffer.from(s, enc);
  console.log(enc, b.length, b.toString(enc), b.toString('hex').slice(0, 40));
}
const bin = Buffer.from([0, 0x7f, 0x80, 0xff, 0xfe, 0x41, 0xc3]);
for (const enc of ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le']) console.log(enc, JSON.stringify(bin.toString(enc)));
console.log(Buffer.from('abz', 'hex'), Buffer.from('zz12', 'hex'), Buffer.from('abc', 'hex'));
console.log(Buffer.from('aGVsbG8gd29ybGQ', 'base64').toString(), Buffer.from('a G V s\nbG8=', 'base64').toString(), Buffer.from('_-_-', 'base64'));
console.log(Buffer.from('\ud800x').toString('hex'), Buffer.from('\udc00').length);
console.log(JSON.stringify(Buffer.from([0xe2, 0x82]).toString()), JSON.stringify(Buffer.from([0xed, 0xa0, 0x80, 0x41]).toString()), JSON.stringify(Buffer.from([0xf0, 0x9f, 0x98]).toString()));
console.log(JSON.stringify(Buffer.from([0xc0, 0x80, 0xf5, 0xe0, 0x80]).toString()));
try { Buffer.from('x', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.from('x').toString('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
