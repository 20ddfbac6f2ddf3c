console.log(String([1, [2, 3]]), String({}), String(null), String(Symbol('s')));
console.log(`${[]}` === '', [] + [], [] + {}, 1 + '2', '3' * '4', '10' / 4, '5' - 2, true + 1, null + 1, undefined + 1);
console.log(+'', +' ', +'\n', +'abc', +true, +[], +[5], +{}, +new Date(0));
console.log(parseInt(0.0000005), String(0.0000005), (25).toString(36));
const obj = { valueOf() { return 42; }, toString() { return 'obj'; } };
console.log(obj + 1, `${obj}`, obj * 2, String(obj), obj > 41, [obj] + '');
const onlyString = { toString() { return '7'; } };
console.log(onlyString * 2, onlyString + 1, onlyString == 7);
