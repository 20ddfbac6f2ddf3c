new Promise((res, rej) => { res('first'); res('second'); rej(new Error('late reject')); })
  .then(v => console.log('A:', v));
new Promise((res, rej) => { rej(new Error('first reject')); res('late resolve'); })
  .catch(e => console.log('B:', e.message));
new Promise(res => { res('before throw'); throw new Error('throw after resolve is swallowed'); })
  .then(v => console.log('C:', v));
setTimeout(() => { console.log('calling resolve again after adoption began'); later('too late'); }, 0);
let later;
new Promise(res => { later = res; res(new Promise(r => setTimeout(() => r('adopted'), 20))); })
  .then(v => console.log('D:', v));
const saved = [];
const p = new Promise((res, rej) => saved.push(res, rej));
saved[0]('saved resolve');
saved[1](new Error('saved reject ignored'));
saved[0]('saved resolve again');
p.then(v => console.log('E:', v));
console.log('sync end');
