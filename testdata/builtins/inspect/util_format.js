// util.format and util.formatWithOptions build strings like console.log prints them.
const util = require('util');
console.log(JSON.stringify(util.format('%s has %d items costing %f', 'cart', 3, '9.99')));
console.log(JSON.stringify(util.format('%i%%', 99.9)));
console.log(JSON.stringify(util.format('%j', { a: [1, 'b'] })));
console.log(JSON.stringify(util.format('%o', [1, { x: 2 }])));
console.log(JSON.stringify(util.format('%O', { deep: { deeper: { deepest: { x: 1 } } } })));
console.log(JSON.stringify(util.format('no specifiers', 1, 'two', { three: 3 })));
console.log(JSON.stringify(util.format(1, 2, '3')));
console.log(JSON.stringify(util.format('%s', 'only'), util.format()));
console.log(JSON.stringify(util.format('%s %s', 'one')));
console.log(JSON.stringify(util.format('%c', 'css')));
console.log(JSON.stringify(util.format('%s', { toString() { return 'custom'; } })));
console.log(JSON.stringify(util.format('%s', [1, [2, [3]]])));
console.log(JSON.stringify(util.formatWithOptions({ compact: false }, '%O', { a: 1 })));
console.log(JSON.stringify(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }, 'str')));
console.log(JSON.stringify(util.formatWithOptions({ breakLength: 10 }, { alpha: 1, beta: 2 })));
try { util.formatWithOptions('bad', 'x'); } catch (e) { console.log(e.code, e.message); }
const messages = ['Loaded %d records', 'Saved %s', 'Done'];
const args = [[42], ['file.json'], []];
messages.forEach((m, i) => console.log(util.format(m, ...args[i])));
