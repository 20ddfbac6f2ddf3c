// Top-level await alone makes a .js file a module.
console.log(typeof require, typeof module);
console.log(await Promise.resolve('awaited'));
