// A chainable lazy sequence class wrapping generator functions, where each
// operation returns a new Seq and nothing runs until a terminal operation.
class Seq {
  constructor(gen) {
    this.gen = gen;
  }
  static of(...xs) {
    return new Seq(function* () {
      yield* xs;
    });
  }
  static iterate(seed, f) {
    return new Seq(function* () {
      for (let x = seed; ; x = f(x)) yield x;
    });
  }
  [Symbol.iterator]() {
    return this.gen();
  }
  map(f) {
    const src = this;
    return new Seq(function* () {
      for (const x of src) yield f(x);
    });
  }
  filter(p) {
    const src = this;
    return new Seq(function* () {
      for (const x of src) if (p(x)) yield x;
    });
  }
  take(n) {
    const src = this;
    return new Seq(function* () {
      if (n <= 0) return;
      let i = 0;
      for (const x of src) {
        yield x;
        if (++i >= n) return;
      }
    });
  }
  concat(other) {
    const src = this;
    return new Seq(function* () {
      yield* src;
      yield* other;
    });
  }
  zip(other) {
    const src = this;
    return new Seq(function* () {
      const it = other[Symbol.iterator]();
      try {
        for (const x of src) {
          const r = it.next();
          if (r.done) return;
          yield [x, r.value];
        }
      } finally {
        it.return?.();
      }
    });
  }
  reduce(f, acc) {
    for (const x of this) acc = f(acc, x);
    return acc;
  }
  first() {
    for (const x of this) return x;
  }
  toArray() {
    return [...this];
  }
}
let evaluated = 0;
const squares = Seq.iterate(1, (x) => x + 1).map((x) => {
  evaluated++;
  return x * x;
});
console.log('built, evaluated', evaluated);
console.log(squares.filter((x) => x % 2).take(4).toArray(), 'evaluated', evaluated);
console.log(squares.first(), squares.first());
console.log(Seq.of(1, 2).concat(Seq.of(3)).concat([4, 5]).toArray());
console.log(Seq.of('a', 'b', 'c').zip(squares).toArray());
console.log(Seq.iterate(1, (x) => x * 2).take(11).reduce((a, b) => a + b, 0));
const s = Seq.of(1, 2, 3);
console.log(s.toArray(), s.toArray(), s.take(0).toArray());
