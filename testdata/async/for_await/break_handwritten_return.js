const it = {
  i: 0,
  [Symbol.asyncIterator]() { return this; },
  async next() { return { value: this.i++, done: false }; },
  return() { console.log("return called"); return new Promise((r) => setTimeout(() => { console.log("return resolved"); r({ done: true }); }, 20)); },
};
(async () => { for await (const v of it) { if (v === 2) break; console.log(v); } console.log("after"); })();
