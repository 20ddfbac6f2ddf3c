const path = require('path');
for (const p of ['/home/user/dir/file.txt', 'file', '/', '', './a.b.c', '/a/.bashrc', 'a/b/', '//x', '/..', 'x/..']) {
  console.log(JSON.stringify(p), path.parse(p));
}
console.log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
console.log(path.format({ root: '/', base: 'file.txt', ext: 'ignored' }));
console.log(path.format({ root: '/', name: 'file', ext: '.txt' }));
console.log(path.format({ name: 'file', ext: 'txt' }), path.format({}), path.format({ dir: 'd', name: 'n' }));
const parsed = path.parse('/a/b/c.d');
console.log(path.format(parsed) === '/a/b/c.d', path.format.name);
try { path.format('x'); } catch (e) { console.log(e.message); }
