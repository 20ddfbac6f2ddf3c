function bank() {
  let balance = 0;
  const log = [];
  function record(kind, amount) { log.push(`${kind}:${amount}`); }
  return {
    deposit(n) { balance += n; record('in', n); },
    withdraw(n) {
      if (n > balance) { record('denied', n); return false; }
      balance -= n; record('out', n); return true;
    },
    report: () => ({ balance, log: log.slice() }),
  };
}
const acct = bank();
acct.deposit(100);
acct.withdraw(30);
acct.withdraw(500);
console.log(acct.report());
let shared = 1;
const read = () => shared;
shared = 2;
console.log(read());
