class Base {
  async greet(x) { await null; return 'base ' + x; }
  static async make() { await null; return new this(); }
}
class Derived extends Base {
  async greet(x) { const b = await super.greet(x); return 'derived(' + b + ')'; }
  static async make() { const o = await super.make(); o.tag = 'made'; return o; }
}
const obj = {
  v: 3,
  async twice() { return this.v * await 2; },
  async ['comp' + 'uted']() { return 'computed ' + await this.v; },
};
async function main() {
  const d = new Derived();
  console.log(await d.greet('x'));
  const m = await Derived.make();
  console.log(m instanceof Derived, m.tag);
  console.log(await obj.twice(), await obj.computed());
  console.log(typeof Derived.make, Object.getPrototypeOf(obj.twice) === Object.getPrototypeOf(async function () {}));
}
main();
