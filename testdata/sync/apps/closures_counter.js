function makeCounter(start = 0, step = 1) {
  let count = start;
  const history = [];
  function record(op) { history.push(`${op}->${count}`); }
  return {
    inc() { count += step; record('inc'); return this; },
    dec() { count -= step; record('dec'); return this; },
    reset: () => { count = start; record('reset'); },
    get value() { return count; },
    history: () => history.slice(),
  };
}
const c = makeCounter(10, 5);
c.inc().inc().dec();
c.reset();
c.inc();
console.log(c.value, c.history());
const fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
const lets = [];
for (let j = 0; j < 3; j++) lets.push(() => j);
console.log(fns.map((f) => f()), lets.map((f) => f()));
const adders = [1, 2, 3].map((n) => (x) => x + n);
console.log(adders.map((f) => f(10)));
const Module = (function () {
  let privateState = 0;
  const bump = () => ++privateState;
  return { bump, peek: () => privateState, reset() { privateState = 0; } };
})();
Module.bump(); Module.bump();
console.log(Module.peek(), typeof privateState);
function outer() { const x = 'outer'; function inner() { return x + '-inner'; } return inner; }
console.log(outer()(), (() => { try { return undeclaredVar; } catch (e) { return e.name + ': ' + e.message; } })());
let shadow = 'global';
{ let shadow = 'block'; console.log(shadow); }
console.log(shadow);
try { console.log(tdz); let tdz = 1; } catch (e) { console.log(e.message); }
const gen = (() => { let id = 0; return () => `id_${(++id).toString(36).padStart(3, '0')}`; })();
console.log(Array.from({ length: 4 }, gen));
