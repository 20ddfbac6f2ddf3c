// replace/replaceAll with string and regex patterns, $-patterns and replacer functions.
const s = 'John Smith, Jane Doe, Jim Beam';
console.log(s.replace('J', 'j'), s.replaceAll('J', 'j'));
console.log(s.replace(/(\w+) (\w+)/, '$2 $1'), s.replace(/(\w+) (\w+)/g, '$2, $1'));
console.log(s.replace(/(?<first>\w+) (?<last>\w+)/g, '$<last>.$<first>'));
console.log('abc'.replace('b', "[$&|$`|$'|$$|$1|$0]"), 'abc'.replace(/b/, '$<x>'), 'abc'.replace(/(b)/, '$01$10$2'));
console.log('aaa'.replace('a', (m, off, str) => `${m}${off}${str}`), 'aaa'.replaceAll('a', (m, off) => off));
console.log('x-1 y-22'.replace(/(\w)-(\d+)/g, (m, p1, p2, off, str) => `${p1.toUpperCase()}${p2 * 2}@${off}`));
console.log('2020-03-04'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, (...args) => {
  const groups = args.at(-1);
  return `${groups.d}/${groups.m}/${groups.y} (${args.length} args)`;
}));
console.log('aaa'.replaceAll('', '-'), 'abc'.replace('', '^'), ''.replaceAll('', 'x'));
console.log('a.b.c'.replaceAll('.', '$&$&'), 'a+b+c'.replaceAll('+', ' plus '));
try { 'abc'.replaceAll(/b/, 'x'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log('abcb'.replaceAll(/b/g, 'x'), 'aBcb'.replaceAll(/b/gi, m => m + m));
console.log('hello world'.replace(/o/g, () => 0), 'x'.replace('x', () => undefined), 'x'.replace('x', null));
console.log('<a href="x">&</a>'.replace(/[<>&"]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]));
console.log('  many   spaces  here '.replace(/\s+/g, ' ').trim());
console.log('price: 10 USD, 20 USD'.replace(/(\d+) USD/g, (_, n) => `$${(n * 1.1).toFixed(2)}`));
const rep = { [Symbol.replace](str, r) { return `replaced(${str},${r})`; } };
console.log('abc'.replace(rep, 'R'), 'abc'.replaceAll(rep, 'R'));
console.log('😀😀'.replace(/(?:)/gu, '|'), '😀😀'.replace(/(?:)/g, '|').length);
console.log('Tom & Jerry'.replace(/(?<who>Tom)/, '[$<who>] [$<none>]'));
console.log('abc'.replace(/(x)?b/, '[$1]'), 'abc'.replace(/(x)?b/, (m, p1) => `[${p1}]`));
