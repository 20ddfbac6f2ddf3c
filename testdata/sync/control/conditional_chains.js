const inputs = [1, 15, 3, 5, 30, 7];
for (const n of inputs) {
  let s = '';
  if (n % 3 === 0) s += 'Fizz';
  if (n % 5 === 0) s += 'Buzz';
  console.log(s || n);
}
const x = 5;
const r = x > 3 && x < 10 ? (x % 2 ? 'odd-mid' : 'even-mid') : 'out';
console.log(r);
let i = 0;
while (true) {
  i++;
  if (i < 3) continue;
  if (i > 4) break;
  console.log('i', i);
}
