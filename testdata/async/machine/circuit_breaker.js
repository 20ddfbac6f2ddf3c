class Breaker {
  constructor(limit) { this.limit = limit; this.fails = 0; this.state = 'closed'; }
  async call(fn) {
    if (this.state === 'open') throw new Error('circuit open');
    try { const r = await fn(); this.fails = 0; return r; }
    catch (e) { if (++this.fails >= this.limit) this.state = 'open'; throw e; }
    finally { console.log('state', this.state, 'fails', this.fails); }
  }
}
async function main() {
  const b = new Breaker(2);
  const bad = async () => { throw new Error('down'); };
  for (let i = 0; i < 4; i++) {
    try { await b.call(i === 0 ? async () => 'up' : bad); console.log('ok', i); }
    catch (e) { console.log('err', i, e.message); }
  }
}
main();
