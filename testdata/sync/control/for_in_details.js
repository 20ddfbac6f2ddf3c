const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 2;
o[3] = 'three';
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
const keys = [];
for (const k in o) keys.push(k);
console.log(keys);
const visited = [];
const mutating = { a: 1, b: 2, c: 3 };
for (const k in mutating) {
  visited.push(k);
  if (k === 'a') { delete mutating.b; mutating.d = 4; }
}
console.log(visited);
for (const k in null) console.log('never');
for (const k in 'ab') console.log('string key', k);
