const log = [];
const o = {
  get m() { log.push('get m'); return function (...a) { log.push('call ' + a.join()); return this === o; }; },
  n: 1,
};
function arg(x) { log.push('arg ' + x); return x; }
console.log(o.m(arg(1), arg(2)));
console.log(o['m'](arg(3)));
const k = 'm';
console.log(o[k](...[arg(4)]));
let p = null;
console.log(p?.m(arg(5)));
p = o;
console.log(p?.m(arg(6)));
const q = { m() { q.m = () => 'replaced'; return 'orig'; } };
console.log(q.m(q.m()));
const r = { f(x) { return 'r ' + x; } };
console.log(r.f(`t${1 + 1}`));
try { o.nope(arg(7)); } catch (e) { console.log(e.message); }
try { undefined.x(arg(8)); } catch (e) { console.log(e.message); }
console.log(log.join('|'));
