const path = require('path');
const cases = ['', '/', '//', 'a', '/a', '/a/', '/a/b', '/a/b//', 'a/b.txt', '/x/.hidden', '//a', '///a/b', 'dir/file.tar.gz', './', '../x/'];
for (const c of cases) {
  console.log(JSON.stringify(c), path.basename(c), path.dirname(c), JSON.stringify(path.extname(c)));
}
console.log(path.basename('/a/b/file.js', '.js'), path.basename('file.js', 'file.js'), path.basename('/a/file.js/', '.js'));
console.log(path.basename('aaa', 'a'), path.basename('/a/b.js', 'b.js'), path.basename('x.js', '.ts'), path.basename('/a/b', ''));
for (const e of ['index.html', 'index.coffee.md', 'index.', 'index', '.index', '.index.md', '..', '...', 'a/.', 'a..', 'a/b.c/d']) console.log(e, JSON.stringify(path.extname(e)));
try { path.basename('a', 1); } catch (e) { console.log(e.message); }
