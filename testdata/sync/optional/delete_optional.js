const o = { a: { b: 1 } };
console.log(delete o?.a?.b, o);
const none = null;
console.log(delete none?.a, none);
const arr = [[1, 2]];
console.log(arr?.[0]?.[1], arr?.[5]?.[1], arr.at?.(-1));
