const o = { *[Symbol.iterator]() { yield* Object.keys(this); }, a: 1, b: 2 };
console.log([...o]);
const gens = { *'quoted name'() { yield 'q'; }, *123() { yield 'num'; }, *[`computed${1}`]() { yield 'c'; } };
console.log(Object.keys(gens), gens['quoted name'].name, gens[123]().next().value, gens.computed1.name);
class A { *#priv() { yield 'private'; } pub() { return [...this.#priv()]; } static *s() { yield 'static'; } }
console.log(new A().pub(), [...A.s()]);
