// A function written on its caller's line has columns of its own in stack
// traces: the callback's frame names its call, the caller's names the call
// that invoked the callback.
const clean = (s) => s.split(__dirname).join('<dir>').split('\n').slice(0, 4).join('\n');
console.log(clean([1, 2].map((n) => new Error('map ' + n))[1].stack));
const run = (f) => f();
try { run(() => { throw new TypeError('inner'); }); } catch (e) { console.log(clean(e.stack)); }
function outer() { return [0].map(function inner() { return new Error('named').stack; })[0]; }
console.log(clean(outer()));
