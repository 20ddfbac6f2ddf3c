function* kv(o) { for (const k of Object.keys(o)) yield [k, o[k]]; }
const m = new Map(kv({ x: 1, y: 2 }));
console.log(m, [...m.keys()], [...m.values()], [...m.entries()]);
const ws = new WeakSet((function* () { yield {}; yield []; })()); console.log(ws instanceof WeakSet);
console.log(Array.prototype.slice.call({ length: 2, 0: 'a', 1: 'b' }), [...'ab'].entries().next());
