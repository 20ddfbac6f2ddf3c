const arr = ['x', 'y'];
const it = arr[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(typeof it[Symbol.iterator], it[Symbol.iterator]() === it, Object.prototype.toString.call(it));
const mapIt = new Map([[1, 2]]).entries();
console.log(mapIt.next(), mapIt.next());
const strIt = 'hé😀'[Symbol.iterator]();
console.log([...strIt], strIt.next());
