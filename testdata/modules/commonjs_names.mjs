// A module has none of the CommonJS wrapper's variables: each is an
// undeclared name (node explains them only when one escapes uncaught).
for (const read of [() => require, () => module, () => exports, () => __filename, () => __dirname]) {
  try {
    read();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
globalThis.module = 'set on globalThis';
console.log(module);
