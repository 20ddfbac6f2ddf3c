const obj = { name: "obj", async *items(n) { for (let i = 0; i < n; i++) yield this.name + i + ":" + arguments.length; } };
class Repo { #rows = ["r1", "r2"]; async *[Symbol.asyncIterator]() { for (const r of this.#rows) { await null; yield r; } } static async *count(n = 2) { while (n--) yield n; } }
(async () => { for await (const x of obj.items(2)) console.log(x); for await (const r of new Repo()) console.log(r); for await (const c of Repo.count()) console.log(c); console.log(Object.prototype.toString.call(obj.items(1))); })();
