const double = async x => { await null; return x * 2; };
const obj = {
  factor: 3,
  async triple(x) { await null; return x * this.factor; },
  nested() { return (async () => this.factor)(); },
};
class Service {
  #prefix = 'svc';
  async name(n) { return `${this.#prefix}:${await n}`; }
  static async create() { await null; return new Service(); }
}
async function main() {
  console.log(await double(4), await obj.triple(5), await obj.nested());
  const s = await Service.create();
  console.log(await s.name(Promise.resolve('x')));
  console.log(await (async function named() { return named.name; })());
}
main();
