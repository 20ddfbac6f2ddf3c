const thenable = { then(r) { console.log('thenable.then runs in a job'); r('t'); } };
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
Promise.resolve(thenable).then(v => console.log('resolved from thenable', v));
new Promise(r => r(Promise.resolve('p'))).then(v => console.log('resolved from native promise', v));
console.log('sync');
