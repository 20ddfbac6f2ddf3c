// util.promisify turns callback APIs into promise APIs; util.inherits links constructors.
const util = require('util');
function readConfig(name, cb) {
  setTimeout(() => {
    if (name === 'missing') cb(Object.assign(new Error('ENOENT: ' + name), { code: 'ENOENT' }));
    else cb(null, { name, port: 8080 });
  }, 20);
}
const readConfigAsync = util.promisify(readConfig);
console.log(readConfigAsync.name, readConfigAsync.length, readConfigAsync !== readConfig);
function add(a, b, cb) { cb(null, a + b); }
function explode(cb) { throw new RangeError('thrown synchronously'); }
function multi(cb) { cb(null, 'first', 'second'); }
async function main() {
  console.log(await util.promisify(add)(2, 3));
  try { await util.promisify(explode)(); } catch (e) { console.log('caught', e.name, e.message); }
  console.log(await util.promisify(multi)());
  console.log(await readConfigAsync('app.json'));
  try { await readConfigAsync('missing'); } catch (e) { console.log('caught', e.code, e.message); }
  const sleep = util.promisify(setTimeout);
  console.log(await sleep(20, 'slept'));
  function withCustom() {}
  withCustom[util.promisify.custom] = (x) => Promise.resolve('custom ' + x);
  console.log(await util.promisify(withCustom)('path'), util.promisify(withCustom) === withCustom[util.promisify.custom]);
  try { util.promisify('not a function'); } catch (e) { console.log(e.code, e.message); }
}
function Shape(name) { this.name = name; }
Shape.prototype.describe = function () { return `${this.name} with ${this.sides()} sides`; };
function Square() { Shape.call(this, 'square'); }
util.inherits(Square, Shape);
Square.prototype.sides = () => 4;
const sq = new Square();
console.log(sq.describe(), sq instanceof Shape, Square.super_ === Shape, Object.keys(Square));
main().then(() => console.log('done'));
