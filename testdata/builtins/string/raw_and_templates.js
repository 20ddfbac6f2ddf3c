// String.raw, tagged templates, escapes and template literal coercions.
console.log(String.raw`C:\new\table\x`, String.raw`a${1 + 1}b${'c'}d`);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3, 4), String.raw({ raw: 'abc' }, '-', '+'));
console.log(JSON.stringify(String.raw({ raw: [] }, 1)), String.raw({ raw: { length: 2, 0: 'p', 1: 'q' } }, '!'));
try { String.raw(); } catch (e) { console.log(e.name + ': ' + e.message); }
function tag(strings, ...values) {
  console.log(strings, strings.raw, values, Object.isFrozen(strings), Array.isArray(strings.raw));
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? `[${values[i]}]` : ''), '');
}
console.log(tag`hello ${'world'} and ${42}!`);
console.log(tag`\u0041\n${1}`);
function same(s) { return s; }
const a = [], b = [];
for (let i = 0; i < 2; i++) a.push(same`x`);
console.log(a[0] === a[1], same`x` === same`x`);
const obj = { toString() { return 'TS'; }, valueOf() { return 'VO'; } };
console.log(`${obj}`, '' + obj, String(obj), `${[1, [2, 3]]}`, `${null} ${undefined} ${-0} ${1e21}`);
try { `${Symbol('s')}`; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(`multi
line`.split('\n').length, `\``, `\${}`, `$`, `${'$'}{}`);
const n = 5;
console.log(`${n} item${n === 1 ? '' : 's'} cost $${(n * 2.5).toFixed(2)}`);
console.log('\x41\u0042\u{43}\u{1F600}\101'.length, '\0'.charCodeAt(0), 'a\
b');
