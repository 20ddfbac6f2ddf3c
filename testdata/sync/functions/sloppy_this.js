function whoAmI() {
  return this === globalThis ? 'global' : typeof this;
}
console.log(whoAmI(), whoAmI.call(5), whoAmI.call('s'), whoAmI.call(null));
console.log(this === module.exports, JSON.stringify(this));
var topVar = 1;
let topLet = 2;
console.log(globalThis.topVar, globalThis.topLet, typeof exports, typeof require, typeof module);
