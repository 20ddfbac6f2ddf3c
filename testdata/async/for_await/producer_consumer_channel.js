class Channel { constructor() { this.items = []; this.takers = []; this.closed = false; }
  send(v) { if (this.takers.length) this.takers.shift()({ value: v, done: false }); else this.items.push(v); }
  close() { this.closed = true; for (const t of this.takers.splice(0)) t({ value: undefined, done: true }); }
  [Symbol.asyncIterator]() { return { next: () => this.items.length ? Promise.resolve({ value: this.items.shift(), done: false }) : this.closed ? Promise.resolve({ done: true, value: undefined }) : new Promise((r) => this.takers.push(r)) }; } }
const ch = new Channel();
(async () => { for await (const m of ch) console.log("consumer got", m); console.log("consumer done"); })();
(async () => { for (let i = 0; i < 3; i++) { await new Promise((r) => setTimeout(r, 20)); console.log("send", i); ch.send(i); } ch.close(); })();
