const log = [];
const it = { i: 0, [Symbol.iterator]() { log.push("iter"); return this; },
  get next() { log.push("get next"); return () => { this.i++; const self = this; return { get done() { log.push("done" + self.i); return self.i > 2; }, get value() { log.push("value" + self.i); return self.i; } }; }; } };
const arr = [...it];
console.log(arr, log.join(","));
