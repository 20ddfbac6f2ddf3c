// join/toString/toLocaleString: separators, null/undefined, nesting, cycles.
console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '), [1, 2, 3].join(undefined), [1, 2].join(null));
console.log([null, undefined, 1, , 'x'].join('|'), [[1, 2], [3, [4]]].join(';'), [{}, [], () => 1].join(' '));
console.log(String([1, [2, [3]]]), [] + '', [1] + 1, [1, 2] + [3], `${[4, 5]}`);
const cyclic = [1, 2];
cyclic.push(cyclic);
console.log(cyclic.join('-'), String(cyclic));
const a = ['a'];
const b = ['b', a];
a.push(b);
console.log(a.join(), b.join());
console.log(Array.prototype.join.call({ length: 3, 0: 'x', 2: 'z' }, '+'), Array.prototype.join.call('abc', '.'));
console.log([1.5, -0, 1e21, NaN, true].join(), [Symbol.iterator.description].join());
try { [Symbol('s')].join(); } catch (e) { console.log(e.constructor.name, e.message); }
const noJoin = { join: 'not a function' };
console.log(Array.prototype.toString.call(noJoin), Array.prototype.toString.call({ join() { return 'custom'; } }));
console.log([1234.5, new Date(0).getTime()].toLocaleString(), [null, undefined].toLocaleString(), [{ toLocaleString() { return 'L'; } }].toLocaleString());
const counts = { toString() { return 'TS'; }, valueOf() { return 'VO'; } };
console.log([counts].join(), [counts] + '');
console.log(['x'].join({ toString() { return '<sep>'; } }), ['a', 'b'].join({ toString() { return '<sep>'; } }));
console.log(Array(3).join('ab'), new Array(4).join(' ') + '|');
const table = [['name', 'qty'], ['apple', 3], ['pear', 10]];
console.log(table.map(r => r.join('\t')).join('\n'));
