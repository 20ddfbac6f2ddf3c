const date = { [Symbol.toPrimitive](hint) { console.log('hint', hint); return hint === 'number' ? 1 : 'one'; } };
console.log(date + '');
console.log(date * 3);
console.log(`${date}`);
console.log(date == 'one');
console.log(String(date), Number(date));
const weird = { valueOf() { return {}; }, toString() { return 'fallback'; } };
console.log(weird + 1);
const broken = { valueOf() { return {}; }, toString() { return {}; } };
try {
  console.log(broken + 1);
} catch (e) {
  console.log(e.name, e.message);
}
