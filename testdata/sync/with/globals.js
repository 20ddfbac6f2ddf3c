// Names not in the with object fall through to locals, then globals, then
// a ReferenceError; an assignment to an undeclared name creates a global.
var local = 'local';
globalThis.shared = 'global shared';
with ({ mine: 'mine' }) {
  console.log(mine, local, shared, typeof undeclaredName);
  created = 'created global';
  try { undeclaredName; } catch (e) { console.log(e.name, e.message); }
  console.log(delete mine, typeof mine, delete created, typeof created);
  local = 'changed local';
  shared = 'changed shared';
}
console.log(local, globalThis.shared, typeof created);
// Globals such as console and JSON are found through the chain too.
with ({ JSON: { stringify: () => 'shadowed JSON' } }) {
  console.log(JSON.stringify({}));
  console.log(parseInt('42px'), undefined, NaN, typeof Infinity);
}
with ({ undefined: 'not undefined', NaN: 1 }) {
  console.log(undefined, NaN);
}
