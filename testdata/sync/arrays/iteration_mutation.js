const arr = [1, 2, 3];
const seen = [];
for (const x of arr) {
  seen.push(x);
  if (x < 3) arr.push(x * 10);
  if (arr.length > 6) break;
}
console.log(seen, arr);
const shrinking = [1, 2, 3, 4, 5];
const visited = [];
shrinking.forEach((x, i) => { visited.push(x); if (i === 1) shrinking.pop(); });
console.log(visited, shrinking);
const m = [10, 20, 30].map((x, i, a) => { if (i === 0) a[2] = 99; return x + 1; });
console.log(m);
const grow = [1];
for (let i = 0; i < grow.length && i < 5; i++) grow.push(grow[i] * 2);
console.log(grow);
const withHoles = [1, , 3];
withHoles.forEach((x, i) => console.log('forEach sees index', i));
for (const x of withHoles) console.log('for-of sees', x);
