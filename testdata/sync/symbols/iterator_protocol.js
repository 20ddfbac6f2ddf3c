const range = {
  start: 1, end: 5,
  [Symbol.iterator]() {
    let cur = this.start;
    const end = this.end;
    return {
      next() { return cur <= end ? { value: cur++, done: false } : { value: 'done!', done: true }; },
      [Symbol.iterator]() { return this; },
    };
  },
};
console.log([...range], Array.from(range, x => x * x));
const it = range[Symbol.iterator]();
console.log(it.next(), it.next(), [...it], it.next());
const [a, , b] = range;
console.log(a, b);
console.log(new Map([...range].map(x => [x, x % 2 === 0])));
