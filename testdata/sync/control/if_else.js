function classify(n) {
  if (n < 0) return 'negative';
  else if (n === 0) return 'zero';
  else if (n < 10) return 'small';
  else return 'large';
}
console.log([-5, 0, 3, 42].map(classify));
for (const v of [0, 1, '', 'x', null]) {
  if (v) console.log(JSON.stringify(v), 'yes');
  else console.log(JSON.stringify(v), 'no');
}
const grade = s => s >= 90 ? 'A' : s >= 80 ? 'B' : s >= 70 ? 'C' : 'F';
console.log([95, 85, 75, 10].map(grade).join(''));
if (true) if (false) console.log('no'); else console.log('dangling else binds inner');
