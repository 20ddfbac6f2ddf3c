// Everyday text processing: slugs, word wrap, truncation, templating, counting, case conversion.
const slug = s => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
console.log(['Hello, World!', '  Crème brûlée — recipe #2  ', 'Ünïcode ＦＵＬＬ width', '---'].map(slug));
const wrap = (text, width) => text.split(' ').reduce((lines, w) => {
  const last = lines[lines.length - 1];
  if (last && (last + ' ' + w).length <= width) lines[lines.length - 1] = last + ' ' + w;
  else lines.push(w);
  return lines;
}, []);
console.log(wrap('The quick brown fox jumps over the lazy dog and keeps running far away', 16));
const truncate = (s, n) => s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s;
console.log(truncate('A fairly long sentence here', 12), truncate('short', 12), [...truncate('😀😀😀😀😀', 4)].length);
const render = (tpl, data) => tpl.replace(/\{\{\s*(\w+(?:\.\w+)*)\s*\}\}/g, (_, path) => path.split('.').reduce((o, k) => o?.[k], data) ?? '');
console.log(render('Hi {{ user.name }}, you have {{count}} new {{ what }}.{{missing}}', { user: { name: 'Ann' }, count: 3, what: 'messages' }));
const counts = 'the cat sat on the mat the end'.split(/\s+/).reduce((m, w) => m.set(w, (m.get(w) || 0) + 1), new Map());
console.log([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3));
const toCamel = s => s.toLowerCase().replace(/[-_\s]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
const toKebab = s => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[\s_]+/g, '-').toLowerCase();
const toTitle = s => s.toLowerCase().replace(/(^|\s)\S/g, c => c.toUpperCase());
console.log(toCamel('background-color'), toCamel('SNAKE_CASE_NAME'), toKebab('backgroundColor'), toKebab('XMLHttpRequest'), toTitle('hello wORLD from js'));
const mask = (s, keep = 4) => s.slice(-keep).padStart(s.length, '*');
console.log(mask('4111111111111111'), mask('abc'), mask('secret', 2));
const lines = 'name: Ann\nage: 31\n\n# comment\ncity : Paris'.split('\n').filter(l => l.trim() && !l.startsWith('#'));
console.log(Object.fromEntries(lines.map(l => l.split(':').map(p => p.trim()))));
const esc = s => s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
console.log(esc(`<img src="x" onerror='alert(1)'> & more`));
console.log('abc'.localeCompare('abd'), ['b10', 'b9', 'a'].sort(), 'x'.concat(...['y', 'z']), 'A-B-C'.split('-', 2), 'tab\tsep'.split('\t'));
console.log('%s is %d years', 'Ann', 31, 'extra');
console.log(String.raw`\d+\.\d*`, 'Done'.padEnd(10, '.') + 'OK', '='.repeat(3) + '>');
