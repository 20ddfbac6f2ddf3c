function run(genFn) {
  return new Promise((resolve, reject) => {
    const it = genFn();
    function step(method, arg) { let r; try { r = it[method](arg); } catch (e) { return reject(e); } if (r.done) return resolve(r.value); Promise.resolve(r.value).then((v) => step("next", v), (e) => step("throw", e)); }
    step("next");
  });
}
run(function* () { const a = yield Promise.resolve(1); const b = yield 2; let c; try { c = yield Promise.reject(new Error("nope")); } catch (e) { c = e.message; } return [a, b, c]; }).then((v) => console.log("done", v));
run(function* () { yield 1; throw new Error("inner fail"); }).catch((e) => console.log("failed", e.message));
