const show = (u) => console.log([u.href, u.origin, u.protocol, u.host, u.pathname, u.search, u.hash].join(' | '));
const base = 'http://a.com/b/c/d;p?q#f';
for (const r of ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', 'g/./h', 'g/../h', 'http:g', 'https:g', 'mailto:x@y.com']) show(new URL(r, base));
for (const s of ['mailto:Joe@Example.com?subject=hi', 'data:text/plain,hello world', 'javascript:alert(1)', 'foo://Host.Example:99/p/../q?x#y', 'foo:/a/./b', 'urn:isbn:0451450523', 'file:///home/user/a%20b.txt', 'file://localhost/etc/hosts', 'file:/x/y', 'file://server/share', 'blob:https://a.com/uuid', 'git+ssh://git@github.com/o/r.git', 'sc://ñ/x']) show(new URL(s));
show(new URL('#frag', 'mailto:x'));
console.log(new URL('http://a.com/x?y#z'));
console.log(String(new URL('http://a.com')), JSON.stringify({ u: new URL('http://a.com/p') }), new URL('http://a.com/') + '', `${new URL('https://b.org')}`);
