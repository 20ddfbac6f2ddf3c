let out = [];
for (let i = 0; i < 5; i++) out.push(i);
console.log(out.join(','));
let n = 0;
while (n < 3) n++;
console.log(n);
let d = 10;
do { d++; } while (d < 5);
console.log(d);
for (const k in { a: 1, b: 2 }) process.stdout.write(k);
for (const i in ['x', 'y']) process.stdout.write(' ' + i + typeof i);
console.log();
for (const c of 'hey') process.stdout.write(c.toUpperCase());
console.log();
for (;;) { if (++n > 6) break; }
console.log(n);
let evens = [];
for (let i = 0; i < 10; i++) { if (i % 2) continue; evens.push(i); }
console.log(evens);
