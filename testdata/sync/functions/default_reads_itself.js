// A parameter's default that reads the parameter itself, or a later one, is
// in the temporal dead zone, in plain and in async functions.
function f(x = x) { return x; }
try { f(); } catch (e) { console.log('f()', e.constructor.name, e.message); }
console.log('f(1)', f(1));
function g(a = b, b = 2) { return [a, b]; }
try { g(); } catch (e) { console.log('g()', e.constructor.name, e.message); }
console.log('g(1)', g(1));
async function h(y = y) { return y; }
h().then(v => console.log('resolved', v), e => console.log('h() rejected', e.constructor.name, e.message));
h(3).then(v => console.log('h(3) resolved', v));
