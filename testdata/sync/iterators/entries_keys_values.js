const arr = ['a', 'b', 'c'];
for (const [i, v] of arr.entries()) console.log(i, v);
console.log([...arr.keys()], [...arr.values()]);
const obj = { x: 1, y: 2 };
for (const [k, v] of Object.entries(obj)) console.log(`${k}=${v}`);
const m = new Map(Object.entries(obj));
console.log([...m.keys()].join(), [...m.values()].reduce((a, b) => a + b));
