class Channel {
  constructor() { this.items = []; this.waiters = []; }
  send(v) {
    const w = this.waiters.shift();
    if (w) w(v); else this.items.push(v);
  }
  receive() {
    return this.items.length ? Promise.resolve(this.items.shift()) : new Promise(r => this.waiters.push(r));
  }
}
const ch = new Channel();
async function producer() {
  for (let i = 1; i <= 4; i++) {
    await new Promise(r => setTimeout(r, 3));
    console.log('send', i);
    ch.send(i);
  }
  ch.send(null);
}
async function consumer() {
  let total = 0;
  for (let v; (v = await ch.receive()) !== null;) {
    console.log('recv', v);
    total += v;
  }
  return total;
}
producer();
consumer().then(t => console.log('total', t));
