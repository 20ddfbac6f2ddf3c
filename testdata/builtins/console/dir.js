// console.dir with util.inspect options.
const data = { level1: { level2: { level3: { level4: 'deep' } } }, list: [1, 2, 3], s: 'str' };
console.dir(data);
console.dir(data, { depth: 0 });
console.dir(data, { depth: null });
console.dir(data, { compact: false });
console.dir(data, { breakLength: 20 });
console.dir(data, { breakLength: Infinity, depth: 10 });
console.dir([1, 2, 3], { showHidden: true });
console.dir('a string');
console.dir(42, { depth: 0 });
console.dir({ f() {}, get g() { return 1; } }, { showHidden: true });
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } });
console.dir(new Map([[1, { a: { b: {} } }]]), { depth: 1 });
console.dir({ a: 1 }, 'not options');
console.dir(Array.from({ length: 10 }, (_, i) => i), { compact: false });
console.dir({ a: [{ b: 1 }] }, { compact: 1 });
console.dir({ a: [{ b: 1 }] }, { compact: true });
