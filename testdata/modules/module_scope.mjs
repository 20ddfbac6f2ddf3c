// Module scope: arguments is undeclared, function declarations in blocks
// are block scoped (strict), and a class body sees module bindings set
// after an await.
try {
  arguments;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
{
  function inBlock() { return 'block'; }
  console.log(inBlock());
}
console.log(typeof inBlock);
let config = 'initial';
class Reader {
  static snapshot = config;
  static { console.log('static block sees', config); }
  read() { return config; }
}
config = await Promise.resolve('after await');
console.log(Reader.snapshot, new Reader().read());
function* gen() { yield config; yield* [1, 2]; }
console.log([...gen()]);
const o = { config, method() { return this === o; } };
console.log(o.method(), delete o.config, Object.keys(o));
try {
  delete Object.prototype;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
