// Annex B HTML methods, concat/valueOf/toString on wrappers, String() of every kind of value, at/charAt odds.
const s = 'js';
console.log(s.anchor('a"b'), s.big(), s.blink(), s.bold(), s.fixed(), s.fontcolor('red'), s.fontsize(3));
console.log(s.italics(), s.link('http://x/?a="1"'), s.small(), s.strike(), s.sub(), s.sup(), 'x'.anchor());
try { String.prototype.bold.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
const vals = [undefined, null, true, 0, -0, 1e21, 1.5e-7, NaN, 10n, Symbol('desc'), [], [1, [2, 3]], {}, { toString() { return 'T'; } }, () => 1, function named() {}, class K {}, new Date(0), /re/g, new Error('boom'), Object.create(null)];
for (const v of vals) {
  let out;
  try { out = String(v); } catch (e) { out = e.name + ': ' + e.message; }
  let cat;
  try { cat = '' + v; } catch (e) { cat = e.name + ': ' + e.message; }
  console.log(typeof v, JSON.stringify(out), JSON.stringify(cat));
}
const w = new String('wrap');
console.log(w.valueOf(), w.toString(), typeof w.valueOf(), w == 'wrap', w === 'wrap', new String('a') == new String('a'), JSON.stringify([w]));
try { String.prototype.toString.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.valueOf.call(1); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(String.prototype.toString.call(new String('ok')), String.prototype.length, String.prototype + '', typeof String.prototype);
console.log(String(String), String(Math), String(JSON), String(globalThis).slice(0, 15), String(Symbol.iterator));
console.log(`${[null, undefined, 1]}`, String([null]), String([undefined, , 3]), [,].toString(), String({ a: 1 }));
console.log('abc'.at(), 'abc'.at(-4), 'abc'.at(2.9), 'abc'.at(-0.5), 'abc'.charAt(NaN), 'abc'.charCodeAt(), 'abc'.charCodeAt(1e10));
console.log(String.fromCharCode(), String.fromCharCode('72', 105), String.fromCodePoint(), String.fromCodePoint(72, 0x1d306).length);
