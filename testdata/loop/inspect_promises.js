const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ a: 1 });
const rejected = Promise.reject(new Error('r'));
rejected.catch(() => {});
console.log(pending, fulfilled);
console.log([Promise.resolve(2), Promise.resolve('s')]);
setTimeout(() => {
  const late = Promise.resolve(undefined);
  console.log(late, { p: Promise.resolve([1, 2]) });
}, 1);
