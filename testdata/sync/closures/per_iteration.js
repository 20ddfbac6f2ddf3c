const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i);
  i += 0;
}
console.log(fns.map(f => f()));
const mut = [];
for (let i = 0; i < 6; i++) {
  mut.push(() => i);
  i++;
}
console.log(mut.map(f => f()));
// The closure in the initializer sees only the first iteration's copy of i.
const fromFor = [];
let guard = 0;
for (let i = 0, peek = () => i; i < 3 && guard++ < 10; i++) fromFor.push(() => [i, peek()]);
console.log(fromFor.map(f => f()));
const ofs = [];
for (const x of ['a', 'b']) ofs.push(() => x);
for (const k in { p: 1, q: 2 }) ofs.push(() => k);
console.log(ofs.map(f => f()));
let w = 0;
const whiles = [];
while (w < 3) { let captured = w; whiles.push(() => captured); w++; }
console.log(whiles.map(f => f()));
