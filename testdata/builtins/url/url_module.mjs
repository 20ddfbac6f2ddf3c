import { URL as U, URLSearchParams as S, fileURLToPath, pathToFileURL } from 'node:url';
import url from 'url';
console.log(U === URL, S === URLSearchParams, url.URL === URL);
console.log(fileURLToPath('file:///tmp/a%20b/c.txt'), fileURLToPath(new URL('file:///x/%C3%A9')), fileURLToPath('file://localhost/etc/hosts'));
console.log(pathToFileURL('/tmp/a b/c#d?.txt').href, pathToFileURL('/tmp/dir/').href, pathToFileURL('/x/100%').pathname);
const t = (fn) => { try { console.log(fn()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => fileURLToPath('http://x/y')); t(() => fileURLToPath('file://host/y')); t(() => fileURLToPath('file:///a%2fb')); t(() => fileURLToPath(5));
console.log(typeof import.meta.url, new URL('./rel.js', 'file:///app/src/main.js').href);
