async function hello() { return 'hello'; }
async function fails() { throw new Error('async failure'); }
async function nothing() {}
const p = hello();
console.log(p instanceof Promise, typeof p.then);
p.then(v => console.log('resolved with', v));
fails().catch(e => console.log('rejected with', e.message));
nothing().then(v => console.log('empty async resolves to', v));
console.log(hello.constructor.name, Object.prototype.toString.call(hello));
console.log(hello(), hello() === hello());
