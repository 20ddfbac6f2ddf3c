// The small chores real programs do with node's globals and pure modules.
const path = require('path');
const { URL, URLSearchParams } = require('url');

function apiURL(base, route, query) {
  const u = new URL(path.posix.join('/api/v1', route), base);
  for (const [k, v] of Object.entries(query)) u.searchParams.append(k, String(v));
  return u;
}
const u = apiURL('https://api.example.com:443/ignored', 'users/../items', { page: 2, q: 'red shoes', tags: 'a&b' });
console.log(u.toString(), u.pathname, u.searchParams.get('q'));

const token = Buffer.from(JSON.stringify({ sub: 'user-1', admin: false })).toString('base64url');
console.log(token, JSON.parse(Buffer.from(token, 'base64url').toString()));
const basic = 'Basic ' + btoa('user:pässword'.normalize('NFC').replace(/[^\x00-\xff]/g, '?'));
console.log(basic, atob(basic.slice(6)));

const files = ['/srv/app/src/index.ts', '/srv/app/src/lib/util.test.ts', '/srv/app/README.md', '/srv/app/.env'];
const byExt = {};
for (const f of files) (byExt[path.extname(f) || '(none)'] ??= []).push(path.relative('/srv/app', f));
console.log(byExt);
console.log(files.map((f) => path.format({ ...path.parse(f), base: undefined, ext: '.js' })));

const enc = new TextEncoder(), dec = new TextDecoder();
const chunks = [];
const text = 'streamed: héllo wörld 😀';
const bytes = enc.encode(text);
for (let i = 0; i < bytes.length; i += 5) chunks.push(dec.decode(bytes.subarray(i, i + 5), { stream: true }));
chunks.push(dec.decode());
console.log(chunks.join('') === text, chunks.length);

const header = Buffer.alloc(8);
header.writeUInt32BE(0xcafebabe, 0);
header.writeUInt16LE(bytes.length, 4);
const packet = Buffer.concat([header, Buffer.from(bytes)]);
console.log(packet.subarray(0, 8), packet.readUInt32BE(0).toString(16), packet.readUInt16LE(4), packet.subarray(8).toString());
console.log(new URLSearchParams({ redirect: u.href }).toString());
console.log(Buffer.from('hello').toString('hex').match(/../g).join(':'), [...Buffer.from('hi')].map((b) => b.toString(2).padStart(8, '0')));
