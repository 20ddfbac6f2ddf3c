// Symbols as non-colliding keys: library hooks, private-ish state, and async iteration.
const kState = Symbol('state');
const kInspect = Symbol.for('app.describe');
class Task {
  static [Symbol.hasInstance](x) { return x && typeof x.run === 'function'; }
  constructor(name) { this.name = name; this[kState] = 'idle'; }
  run() { this[kState] = 'done'; return this; }
  [kInspect]() { return `Task(${this.name}:${this[kState]})`; }
  get [Symbol.toStringTag]() { return 'Task'; }
}
const t = new Task('build').run();
console.log(t[kInspect](), String(t), Object.keys(t), JSON.stringify(t));
console.log(t, { run() {} } instanceof Task, [] instanceof Task);
console.log(Object.getOwnPropertySymbols(t).map(s => s.toString()), Object.getOwnPropertySymbols(Task.prototype).length);
// Async iteration through Symbol.asyncIterator.
const feed = {
  items: ['a', 'b', 'c'],
  async *[Symbol.asyncIterator]() { for (const i of this.items) { await null; yield i.toUpperCase(); } },
};
(async () => {
  const out = [];
  for await (const x of feed) out.push(x);
  console.log('async', out);
})();
// Symbol-keyed properties survive Object.assign and spread, not JSON.
const base = { [kState]: 'copied', plain: 1 };
console.log({ ...base }[kState], Object.assign({}, base)[kState], JSON.parse(JSON.stringify(base)));
// Registry symbols are shared across independent code, local ones are not.
const fromA = Symbol.for('shared'), fromB = Symbol.for('shared');
const reg = { [fromA]: 'one slot' };
console.log(reg[fromB], reg[Symbol('shared')]);
// Well-known symbols are not in the registry; descriptions can be empty.
console.log(Symbol.keyFor(Symbol.asyncIterator), Symbol('').toString(), Symbol().toString());
console.log(Object(kState) == kState, typeof Object(kState), [kState].includes(kState), new Set([kState, kState]).size);
