class Temperature {
  #celsius = 0;
  get fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  get celsius() { return this.#celsius; }
  set celsius(c) {
    if (typeof c !== 'number') throw new TypeError('not a number: ' + c);
    this.#celsius = c;
  }
  static get unit() { return 'degrees'; }
}
const t = new Temperature();
t.celsius = 100;
console.log(t.fahrenheit, t.celsius, Temperature.unit);
t.fahrenheit = 32;
console.log(t.celsius, t);
try {
  t.celsius = 'hot';
} catch (e) {
  console.log(e.message);
}
const desc = Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
