// Every path function on the same odd inputs (relative results only between absolute paths).
const path = require('path');
const vals = ['', '.', '..', '/', '//', '///', 'a', 'a/', '/a', 'a/b', '/a/b/', 'a//b', './a', '../a', 'a/..', 'a/../..', '/..', '/../..', '.a', 'a.', '..a', 'a..b', '.a.b', 'a/.b', '/a/b.c.d', 'a/b/.', 'a/b/..', '...', '/.../x', 'é/ü.txt', '\\a\\b', 'a\\b/c'];
const out = [];
for (const v of vals) {
  out.push([v, path.normalize(v), path.dirname(v), path.basename(v), path.extname(v), path.isAbsolute(v), path.join(v, 'x'), path.join('x', v), JSON.stringify(path.parse(v))].join(' | '));
  for (const e of ['.b', 'b', '.d', 'a', v]) out.push('basename ' + JSON.stringify([v, e, path.basename(v, e)]));
  for (const w of ['/a/b', '/a', '/', '/x/y/z']) if (v.startsWith('/')) out.push('relative ' + JSON.stringify([v, w, path.relative(v, w), path.relative(w, v), path.resolve(w, v)]));
}
console.log(out.join('\n'));
