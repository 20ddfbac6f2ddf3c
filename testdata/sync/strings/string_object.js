const prim = 'abc';
const boxed = new String('abc');
console.log(typeof prim, typeof boxed, prim == boxed, prim === boxed, boxed.length, boxed[1]);
console.log(Object.keys(boxed), JSON.stringify(boxed), boxed instanceof String, prim instanceof String);
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
console.log('hey'.shout());
delete String.prototype.shout;
console.log(typeof 'x'.shout);
console.log([...'hello'].reverse().join(''), Array.prototype.map.call('abc', c => c + c));
