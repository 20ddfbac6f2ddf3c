// exec/test with g and y flags: lastIndex movement, match objects, resets, empty matches.
const re = /(\d+)-(\w)/g;
const s = '10-a 20-b 30-c';
let m;
while ((m = re.exec(s)) !== null) {
  console.log(m[0], m[1], m[2], m.index, re.lastIndex, m.input === s, m.length, m.groups);
}
console.log(re.lastIndex, re.exec(s), re.lastIndex);
const y = /foo/y;
console.log(y.test('foofoo bar'), y.lastIndex, y.test('foofoo bar'), y.lastIndex, y.test('foofoo bar'), y.lastIndex);
y.lastIndex = 7;
console.log(y.exec('foofoo foo'), y.lastIndex);
const t = /a/g;
console.log(t.test('aa'), t.lastIndex, t.test('aa'), t.lastIndex, t.test('aa'), t.lastIndex);
const nonGlobal = /b/;
nonGlobal.lastIndex = 5;
console.log(nonGlobal.exec('abc').index, nonGlobal.lastIndex);
const empty = /x*/g;
const found = [];
let e;
while ((e = empty.exec('axxb')) !== null) {
  found.push([e[0], e.index]);
  if (e[0] === '') empty.lastIndex++;
}
console.log(found);
const li = /a/g;
li.lastIndex = -3;
console.log(li.exec('ba').index, li.lastIndex);
li.lastIndex = '1';
console.log(li.test('ab'), li.lastIndex);
li.lastIndex = 1e10;
console.log(li.test('aaa'), li.lastIndex);
const opt = /(a)|(b)/.exec('b');
console.log(opt, opt[1], 1 in opt, opt.length);
console.log(/(?:x)(y)?/.exec('x'), JSON.stringify(/(z)?/.exec('')));
const frozen = Object.freeze(/a/g);
try { frozen.exec('a'); } catch (err) { console.log(err.name + ': ' + err.message); }
try { RegExp.prototype.exec.call({}, 'a'); } catch (err) { console.log(err.name + ': ' + err.message); }
console.log(RegExp.prototype.test.call({ exec: () => ({}) }, 'z'), RegExp.prototype.test.call({ exec: () => null }, 'z'));
