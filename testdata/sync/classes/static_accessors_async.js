class Registry {
  static #items = new Map();
  static get size() { return Registry.#items.size; }
  static set seed(list) { for (const [k, v] of list) Registry.#items.set(k, v); }
  static async lookup(k) { return Registry.#items.get(k) ?? null; }
  static *keys() { yield* Registry.#items.keys(); }
  static ['computed' + 'Static']() { return 'computed static'; }
}
Registry.seed = [['a', 1], ['b', 2]];
console.log(Registry.size, [...Registry.keys()], Registry.computedStatic());
Registry.lookup('b').then(v => console.log('lookup', v));
console.log(Object.getOwnPropertyNames(Registry).sort());
