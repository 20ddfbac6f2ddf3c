const path = require('path');
console.log(path.resolve('/foo/bar', './baz'), path.resolve('/foo/bar', '/tmp/file/'), path.resolve('/a', 'b', '..', 'c/'));
console.log(path.resolve('/'), path.resolve('/a/b', '../../..'));
// Relative results depend on the working directory: print them relative to it.
console.log(path.relative(process.cwd(), path.resolve('x/y')), path.resolve('') === process.cwd(), path.resolve() === process.cwd());
console.log(path.isAbsolute(path.resolve('q')), path.isAbsolute('q'), path.isAbsolute(''), path.isAbsolute('/'));
const pairs = [['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a/b', '/a/b/c/d'], ['/a/b/c', '/a'], ['/', '/x'], ['/x', '/'], ['/a', '/a'], ['/foo/bar', '/foo/barbaz'], ['/foo/barbaz', '/foo/bar'], ['/a/b/', '/a/b/c/']];
for (const [f, t] of pairs) console.log(f, t, JSON.stringify(path.relative(f, t)));
console.log(path.relative('a/b', 'a/c'), JSON.stringify(path.relative('x', 'x/')));
try { path.resolve('a', 1); } catch (e) { console.log(e.message); }
console.log(path.resolve(1, '/abs'));
