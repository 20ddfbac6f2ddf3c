const inner = new Promise(r => setTimeout(() => r('inner value'), 10));
const outer = new Promise(r => r(inner));
outer.then(v => console.log('outer adopts inner:', v));
const same = Promise.resolve(inner);
console.log('Promise.resolve returns same promise:', same === inner);
const self = new Promise(r => setTimeout(() => r(self), 0));
self.catch(e => console.log(e.name + ': ' + e.message));
