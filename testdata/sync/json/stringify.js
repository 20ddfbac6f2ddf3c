const data = { name: 'x', n: 1.5, ok: true, nil: null, undef: undefined, fn() {}, sym: Symbol('s'), nested: { arr: [1, undefined, () => 1, NaN, Infinity] }, date: new Date(0) };
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify([1, 2], null, '--'), JSON.stringify({ a: [] }, null, 4), JSON.stringify({}, null, 2));
console.log(JSON.stringify('str'), JSON.stringify(42), JSON.stringify(null), JSON.stringify(undefined), JSON.stringify(() => 1));
console.log(JSON.stringify({ b: 2, a: 1, c: 3 }, ['a', 'b']));
console.log(JSON.stringify({ a: 1, b: 'two', c: [3] }, (k, v) => typeof v === 'number' ? v * 10 : v));
console.log(JSON.stringify({ toJSON() { return { replaced: true }; } }), JSON.stringify({ inner: { toJSON(key) { return 'key was ' + key; } } }));
console.log(JSON.stringify('\u00e9\ud800😀"\\/\b\f\n\r\t'));
