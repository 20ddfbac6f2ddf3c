const p = new Promise(r => setTimeout(() => r('v'), 5));
p.then(() => console.log('handler 1'));
p.then(() => console.log('handler 2'));
p.then(() => { console.log('handler 3'); return new Promise(r => setTimeout(r, 1)); }).then(() => console.log('after 3'));
p.then(() => console.log('handler 4'));
const q = Promise.resolve('already');
q.then(() => console.log('late subscriber to resolved promise'));
console.log('sync');
