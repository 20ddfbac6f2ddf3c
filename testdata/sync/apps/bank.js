class InsufficientFunds extends Error {
  constructor(needed, available) {
    super(`need ${needed}, have ${available}`);
    this.name = 'InsufficientFunds';
    this.needed = needed;
  }
}
class Account {
  static #nextId = 1;
  #balance = 0;
  #history = [];
  constructor(owner) { this.id = Account.#nextId++; this.owner = owner; }
  deposit(amount) {
    if (!(amount > 0)) throw new TypeError('amount must be positive');
    this.#balance += amount;
    this.#history.push({ type: 'deposit', amount });
    return this;
  }
  withdraw(amount) {
    if (amount > this.#balance) throw new InsufficientFunds(amount, this.#balance);
    this.#balance -= amount;
    this.#history.push({ type: 'withdraw', amount });
    return this;
  }
  get balance() { return this.#balance; }
  static transfer(from, to, amount) {
    from.withdraw(amount);
    to.deposit(amount);
  }
}
class Savings extends Account {
  constructor(owner, rate) { super(owner); this.rate = rate; }
  addInterest() { return this.deposit(Math.round(this.balance * this.rate * 100) / 100); }
  toJSON() { return { id: this.id, owner: this.owner, balance: this.balance, kind: 'savings' }; }
}
const a = new Account('ann').deposit(100);
const s = new Savings('sam', 0.05).deposit(250);
Account.transfer(a, s, 40);
s.addInterest();
try { Account.transfer(a, s, 1000); } catch (e) {
  console.log(e instanceof InsufficientFunds, e instanceof Error, e.name, e.message, e.needed);
  console.log(String(e), Object.keys(e));
}
try { a.deposit(-5); } catch (e) { console.log(`${e}`); }
console.log(a.balance, s.balance, JSON.stringify([a, s]));
console.log(a, s);
console.log(Object.getOwnPropertyNames(Account.prototype), s instanceof Account, Object.getPrototypeOf(Savings) === Account);
