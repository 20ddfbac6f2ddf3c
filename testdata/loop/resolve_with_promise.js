const inner = new Promise(r => setTimeout(() => r('inner value'), 10));
const outer = new Promise(r => r(inner));
outer.then(v => console.log('outer adopts inner:', v));
const same = Promise.resolve(inner);
console.log('Promise.resolve returns same promise:', same === inner);
// A promise resolved with itself rejects with a TypeError.
let resolveSelf;
const self = new Promise(r => { resolveSelf = r; });
resolveSelf(self);
self.catch(e => console.log(e.name + ': ' + e.message));
const viaThen = Promise.resolve().then(() => viaThen);
viaThen.catch(e => console.log('via then:', e.name));
