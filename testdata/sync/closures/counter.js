function makeCounter(start = 0) {
  let count = start;
  return {
    inc: () => ++count,
    dec: () => --count,
    get value() { return count; },
  };
}
const a = makeCounter();
const b = makeCounter(10);
a.inc(); a.inc(); b.dec();
console.log(a.value, b.value);
const adders = [];
for (var i = 0; i < 3; i++) adders.push(x => x + i);
console.log(adders.map(f => f(10)));
const letAdders = [];
for (let j = 0; j < 3; j++) letAdders.push(x => x + j);
console.log(letAdders.map(f => f(10)));
