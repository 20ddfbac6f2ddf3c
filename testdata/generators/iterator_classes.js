// Iterator helpers written by hand as classes implementing the protocol:
// each forwards return() to its source, so closing the outermost closes all.
class Iter {
  constructor(src) {
    this.src = src;
  }
  [Symbol.iterator]() {
    return this;
  }
  return(v) {
    console.log('  return on', this.constructor.name);
    if (typeof this.src.return === 'function') this.src.return();
    return { value: v, done: true };
  }
  static from(iterable) {
    return new Wrap(iterable[Symbol.iterator]());
  }
  map(f) { return new MapIter(this, f); }
  filter(p) { return new FilterIter(this, p); }
  take(n) { return new TakeIter(this, n); }
  drop(n) { return new DropIter(this, n); }
  flatMap(f) { return new FlatMapIter(this, f); }
  toArray() { return [...this]; }
}
class Wrap extends Iter {
  next() { return this.src.next(); }
}
class MapIter extends Iter {
  constructor(src, f) { super(src); this.f = f; this.i = 0; }
  next() {
    const r = this.src.next();
    return r.done ? r : { value: this.f(r.value, this.i++), done: false };
  }
}
class FilterIter extends Iter {
  constructor(src, p) { super(src); this.p = p; }
  next() {
    for (;;) {
      const r = this.src.next();
      if (r.done || this.p(r.value)) return r;
    }
  }
}
class TakeIter extends Iter {
  constructor(src, n) { super(src); this.n = n; }
  next() {
    if (this.n <= 0) return { value: undefined, done: true };
    if (--this.n === 0) {
      const r = this.src.next();
      this.return();
      return r;
    }
    return this.src.next();
  }
}
class DropIter extends Iter {
  constructor(src, n) { super(src); this.n = n; }
  next() {
    while (this.n > 0) {
      this.n--;
      if (this.src.next().done) return { value: undefined, done: true };
    }
    return this.src.next();
  }
}
class FlatMapIter extends Iter {
  constructor(src, f) { super(src); this.f = f; this.inner = null; }
  next() {
    for (;;) {
      if (this.inner) {
        const r = this.inner.next();
        if (!r.done) return r;
        this.inner = null;
      }
      const o = this.src.next();
      if (o.done) return o;
      this.inner = this.f(o.value)[Symbol.iterator]();
    }
  }
}
function* naturals() {
  let n = 0;
  try {
    for (;;) yield n++;
  } finally {
    console.log('  naturals closed at', n);
  }
}
console.log(Iter.from(naturals()).filter((x) => x % 3 === 0).map((x, i) => `${i}:${x}`).take(4).toArray());
console.log(Iter.from([1, 2, 3]).flatMap((x) => Array(x).fill(x)).drop(2).toArray());
for (const x of Iter.from(naturals()).drop(5).map((x) => x * 10)) {
  console.log('loop', x);
  if (x >= 70) break;
}
const [a, b] = Iter.from(naturals()).map((x) => -x);
console.log(a, b);
console.log(Array.from(Iter.from('héllo').map((c) => c.toUpperCase())).join(''));
