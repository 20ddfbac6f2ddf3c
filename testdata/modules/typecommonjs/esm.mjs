// A .mjs file is a module whatever package.json says.
console.log(this, typeof module, await 'awaited');
