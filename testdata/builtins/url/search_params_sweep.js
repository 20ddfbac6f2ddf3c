// URLSearchParams from odd strings and objects, sort/set/delete, inspect, live iteration, prototype shape.
const inits = ['', '?', '??a=b', 'a', 'a=', '=b', '=', '&&', 'a=b=c', 'a+b=c+d', '%', '%2', '%zz=%41', 'a=%E2%82', 'a=%F0%9F%98%80', 'é=ü', ' a = b ', 'a=1&A=2', '#x=1', 'a=\ud800'];
for (const i of inits) {
  const p = new URLSearchParams(i);
  console.log(JSON.stringify(i), p.size, JSON.stringify([...p]), p.toString());
}
const objs = [{}, { a: undefined, b: null, c: true }, [['x', 1]], new Map([[1, 2]]), { [Symbol('s')]: 1, k: 'v' }, Object.create({ inherited: 1 }), 'str', 12, true];
for (const o of objs) { try { console.log(new URLSearchParams(o).toString()); } catch (e) { console.log(e.name, e.code, e.message); } }
const p = new URLSearchParams('z=1&a=2&z=0&b=&a=1');
p.sort(); console.log(p.toString(), p.get('z'), p.getAll('zz'), p.has('b'), p.has('b', ''), p.has('b', undefined));
p.set('z', 'new'); p.delete('a', '1'); console.log(p.toString());
console.log(new URLSearchParams({ a: 'x'.repeat(40), b: 'y'.repeat(40) }));
console.log([new URLSearchParams('a=1')], { u: new URL('http://h/?a=1&b=2') });
const ks = new URLSearchParams('a=1&b=2&c=3'); for (const [k] of ks) { if (k === 'a') ks.delete('b'); console.log(k); }
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype), URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);
