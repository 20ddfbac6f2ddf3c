class Queue {
  #items = [];
  #processing = false;
  constructor(worker) { this.worker = worker; this.done = []; }
  push(item) {
    this.#items.push(item);
    if (!this.#processing) this.#drain();
    return this;
  }
  async #drain() {
    this.#processing = true;
    while (this.#items.length) {
      const item = this.#items.shift();
      this.done.push(await this.worker(item));
    }
    this.#processing = false;
    console.log('drained', this.done);
  }
}
const q = new Queue(async x => { await new Promise(r => setTimeout(r, 2)); return x * x; });
q.push(1).push(2).push(3);
setTimeout(() => q.push(4), 120);
