class Range {
  #min = 0;
  #max = 10;
  get min() { return this.#min; }
  set min(v) {
    if (v > this.#max) throw new RangeError(`min ${v} > max ${this.#max}`);
    this.#min = v;
  }
  get max() { return this.#max; }
  set max(v) {
    if (v < this.#min) throw new RangeError(`max ${v} < min ${this.#min}`);
    this.#max = v;
  }
  get span() { return this.#max - this.#min; }
}
const r = new Range();
r.min = 3;
r.max = 8;
console.log(r.min, r.max, r.span);
for (const [k, v] of [['min', 9], ['max', 1], ['min', 8]]) {
  try {
    r[k] = v;
    console.log('ok', k, v);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
