const nativeThen = Promise.prototype.then;
let calls = 0;
Promise.prototype.then = function (a, b) {
  calls++;
  return nativeThen.call(this, a, b);
};
(async () => {
  await Promise.resolve(1);
  console.log('after await, patched then calls:', calls);
  await Promise.all([Promise.resolve(1), Promise.resolve(2)]);
  console.log('after Promise.all, patched then calls:', calls);
  await Promise.resolve(1).finally(() => {});
  console.log('after finally, patched then calls:', calls);
  const before = calls;
  await new Promise(r => r(Promise.resolve('adopt')));
  console.log('resolving with a native promise calls then:', calls - before);
  Promise.prototype.then = nativeThen;
})();
