const p = new Promise((resolve, reject) => {
  console.log('executor runs synchronously');
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
});
p.then(v => console.log('settled once:', v));
const thrower = new Promise(() => { throw new Error('executor threw'); });
thrower.catch(e => console.log('executor error became rejection:', e.message));
const afterResolve = new Promise(res => { res('done'); throw new Error('swallowed'); });
afterResolve.then(v => console.log('throw after resolve is ignored:', v));
try {
  Promise.resolve().then.call({}, () => {});
} catch (e) {
  console.log(e.name);
}
try {
  new Promise();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('end of script');
