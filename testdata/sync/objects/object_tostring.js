console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(undefined));
console.log(Object.prototype.toString.call(1), Object.prototype.toString.call(''), Object.prototype.toString.call(() => {}));
console.log(Object.prototype.toString.call(new Date(0)), Object.prototype.toString.call(/x/), Object.prototype.toString.call(new Map()));
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(String(new Tagged()), `${{}}`, {}.toString(), [1, [2, 3]].toString());
const custom = { toString() { return 'custom!'; } };
console.log(`${custom}`, custom + '', [custom, custom].join());
