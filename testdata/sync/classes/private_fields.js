class Account {
  #balance = 0;
  #history = [];
  static #count = 0;
  constructor(owner) {
    this.owner = owner;
    Account.#count++;
  }
  deposit(n) { this.#record('deposit', n); this.#balance += n; return this; }
  #record(kind, n) { this.#history.push(`${kind} ${n}`); }
  get balance() { return this.#balance; }
  static get count() { return Account.#count; }
  static isAccount(o) { return #balance in o; }
  history() { return [...this.#history]; }
}
const a = new Account('ann').deposit(10).deposit(5);
new Account('bob');
console.log(a.balance, a.history(), Account.count, Account.isAccount(a), Account.isAccount({}));
console.log(a, Object.keys(a), JSON.stringify(a));
try {
  Account.prototype.history.call({});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
