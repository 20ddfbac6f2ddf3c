// require('util').inspect with options, as scripts use it to build log lines.
const util = require('util');
const { inspect } = require('node:util');
const deep = { level1: { level2: { level3: { level4: { level5: 'bottom' } } } } };
console.log(util.inspect(deep));
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect(deep, { depth: 1 }));
console.log(util.inspect(deep, false, 0));
console.log(inspect([1, 2, 3], true));
console.log(inspect('a string'), inspect(42), inspect(null), inspect(undefined), inspect(-0));
console.log(inspect({ a: 'x'.repeat(40), b: 'y'.repeat(40) }, { breakLength: Infinity }));
console.log(inspect({ a: [1, 2, 3], b: { c: 1 } }, { compact: false }));
console.log(inspect(Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: 3 }));
console.log(inspect('z'.repeat(50), { maxStringLength: 5 }));
console.log(inspect({ b: 1, a: 2, c: { z: 1, y: 2 } }, { sorted: true }));
console.log(inspect(1234567.891, { numericSeparator: true }));
const line = `user=${inspect({ id: 7, roles: ['admin'] })} at ${inspect(new Date(0))}`;
console.log(line);
console.log(inspect(new Map([['key', { nested: [1, 2] }]]), { depth: 0 }));
console.log(inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
class Temp {
  constructor(c) { this.c = c; }
  [inspect.custom](depth, options, insp) { return `Temp(${insp(this.c, options)}°C)`; }
}
console.log(inspect(new Temp(21.5)), [new Temp(-3)]);
console.log(inspect(new Temp(0), { customInspect: false }));
const circular = { name: 'loop' };
circular.self = circular;
console.log(inspect(circular), inspect([circular]));
console.log(typeof util.format, typeof util.formatWithOptions, typeof util.promisify, typeof util.inherits);
