const s1 = Symbol('id'), s2 = Symbol('id');
console.log(typeof s1, s1 === s2, s1.toString(), s1.description, Symbol().description);
const obj = { [s1]: 'hidden', visible: 1 };
console.log(obj[s1], Object.keys(obj), JSON.stringify(obj), Object.getOwnPropertySymbols(obj), obj);
const g1 = Symbol.for('app.key');
console.log(g1 === Symbol.for('app.key'), Symbol.keyFor(g1), Symbol.keyFor(s1));
try {
  `${s1}`;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(String(s1), [Symbol('in array')], { [Symbol('k')]: Symbol('v') });
