class Feed {
  constructor(items) { this.items = items; }
  async *[Symbol.asyncIterator]() { for (const x of this.items) { await null; yield x.toUpperCase(); } }
  static async *range(n) { for (let i = 0; i < n; i++) yield i; }
  async *#secret() { yield 'hidden'; }
  async peek() { for await (const s of this.#secret()) return s; }
}
(async () => {
  for await (const s of new Feed(['a', 'b'])) console.log(s);
  const r = []; for await (const i of Feed.range(3)) r.push(i); console.log(r);
  console.log(await new Feed([]).peek());
})();
