// console.count and countReset with labels.
console.count();
console.count();
console.count('default');
console.count('apples');
console.count('apples');
console.count(undefined);
console.count(null);
console.count(42);
console.count({});
console.countReset('apples');
console.count('apples');
console.countReset();
console.count();
for (const fruit of ['pear', 'fig', 'pear', 'pear']) console.count(fruit);
console.count('');
console.count('');
console.log(console.count('x') === undefined);
