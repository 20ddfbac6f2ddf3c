// import.meta: url, filename and dirname (node 20.11+), and resolve.
const base = (s) => s.slice(s.lastIndexOf('/') + 1);
console.log(Object.keys(import.meta));
console.log(Object.getPrototypeOf(import.meta));
console.log(import.meta.url.startsWith('file:///'), base(import.meta.url));
console.log(base(import.meta.filename), base(import.meta.dirname));
console.log(import.meta.url.endsWith(import.meta.filename.slice(import.meta.dirname.length)));
console.log(import.meta === import.meta, typeof import.meta.resolve);
console.log(base(import.meta.resolve('./other.mjs')), base(import.meta.resolve('../up/x.js')));
import.meta.extra = 1;
console.log(import.meta.extra);
