const arrayLike = { 0: 'a', 1: 'b', length: 2 };
console.log(Array.from(arrayLike), Array.prototype.join.call(arrayLike, '+'), Array.prototype.map.call(arrayLike, s => s.toUpperCase()));
function f() { return Array.prototype.slice.call(arguments, 1); }
console.log(f(1, 2, 3));
const str = 'hello';
console.log(Array.prototype.filter.call(str, c => c !== 'l'));
console.log(Array.from({ length: 3 }), Array.from([1, 2, 3], function (x) { return x * this.k; }, { k: 10 }));
