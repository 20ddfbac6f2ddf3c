const path = require('path');
const cases = ['', '.', '..', '/', '//', 'a/b/../c', '/a/./b//c/', './a', 'a/../..', '../../x/..', '/../a', 'a//b///c', 'foo/', '/foo/bar/../../..', '.../a', 'a/.b/..c/...'];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(path.normalize(c)));
console.log(path.join(), path.join(''), path.join('a', '', 'b'), path.join('/a', '../b', 'c/'), path.join('a', '/b'));
console.log(path.join('..', 'x', '..', '..', 'y'), path.join('/', '..'), path.join('.', '.'));
try { path.join('a', null); } catch (e) { console.log(e.name, e.code, e.message); }
try { path.normalize(3); } catch (e) { console.log(e.message); }
console.log(path.sep, path.delimiter, path.posix === path, require('node:path') === path);
