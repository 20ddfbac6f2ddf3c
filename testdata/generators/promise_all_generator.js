function* tasks() { for (let i = 1; i <= 3; i++) { console.log("make", i); yield new Promise((r) => setTimeout(() => r(i * 10), 20 * i)); } yield 7; }
Promise.all(tasks()).then((v) => console.log("all", v));
Promise.race(function* () { yield Promise.resolve("first"); yield "second"; }()).then((v) => console.log("race", v));
Promise.allSettled(function* () { yield Promise.reject(new Error("no")); yield 1; }()).then((r) => console.log(r.map((x) => x.status)));
