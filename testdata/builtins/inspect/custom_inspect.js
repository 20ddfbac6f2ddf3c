// Objects can print themselves through Symbol.for('nodejs.util.inspect.custom').
const custom = Symbol.for('nodejs.util.inspect.custom');
class Money {
  constructor(amount, currency) { this.amount = amount; this.currency = currency; }
  [custom]() { return `Money<${this.amount.toFixed(2)} ${this.currency}>`; }
}
console.log(new Money(5, 'EUR'));
console.log([new Money(1, 'USD'), new Money(2.5, 'GBP')]);
console.log({ price: new Money(9.99, 'EUR'), qty: 2 });
class Secret {
  constructor() { this.password = 'hunter2'; this.user = 'ann'; }
  [custom]() { return { user: this.user, password: '***' }; }
}
console.log(new Secret(), [new Secret()]);
class Depthy {
  [custom](depth, options, inspect) {
    return `Depthy(depth=${depth}, ${typeof options.stylize}, ${options.compact}, ${typeof inspect})`;
  }
}
console.log(new Depthy(), { a: { b: new Depthy() } });
console.dir(new Depthy(), { depth: 5 });
class Multi { [custom]() { return 'line one\nline two'; } }
console.log({ nested: { value: new Multi() } });
class Self { [custom]() { return this; } }
console.log(new Self());
class Nums { [custom]() { return 42; } }
console.log(new Nums(), [new Nums()]);
const plain = { [custom]: () => 'plain custom' };
console.log(plain, { plain });
console.log('%s and %o', new Money(3, 'JPY'), new Money(4, 'CHF'));
console.dir(new Money(1, 'X'), { customInspect: false });
class Recursive {
  constructor(n) { this.n = n; }
  [custom](depth, opts, inspect) { return `R${this.n}` + (this.n > 0 ? ` > ${inspect(new Recursive(this.n - 1), opts)}` : ''); }
}
console.log(new Recursive(3));
console.log(typeof custom, custom.toString(), Symbol.keyFor(custom));
