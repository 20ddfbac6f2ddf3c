// "type": "module" in the nearest package.json makes a .js file a module
// even without module syntax: strict, this undefined, no require.
console.log(this, typeof require);
try {
  leaked = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
