const scores = { ann: 90, bo: 72, cy: 85 };
for (const [name, score] of Object.entries(scores)) console.log(name, score);
const map = new Map([['k1', { v: 1 }], ['k2', { v: 2 }]]);
for (const [k, { v }] of map) console.log(k, v);
const points = [{ x: 1, y: 2 }, { x: 3, y: 4 }];
let sum = 0;
for (const { x, y } of points) sum += x * y;
console.log(sum);
for (let [i, j] = [0, 10]; i < j; [i, j] = [i + 3, j - 3]) console.log(i, j);
