// import.meta.resolve: builtin modules resolve to node: URLs, relative and
// absolute paths and URLs against the module's URL, and a bare name without
// packages to look in is node's ERR_MODULE_NOT_FOUND.
console.log(import.meta.resolve('fs'), import.meta.resolve('node:fs'), import.meta.resolve('timers/promises'));
console.log(import.meta.resolve('https://example.org/a/../b.js'), import.meta.resolve('/abs/x.js'));
console.log(import.meta.resolve('./a b.js').endsWith('/a%20b.js'), import.meta.resolve('../up.mjs').startsWith('file:///'));
try {
  import.meta.resolve('no-such-package');
} catch (e) {
  console.log(e.name, e.code, e.message.replace(import.meta.filename, 'FILE'));
}
