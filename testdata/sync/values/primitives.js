const values = [undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, -Infinity, '', 'text', 10n];
for (const v of values) {
  console.log(typeof v, String(v), Boolean(v));
}
console.log(Object.is(0, -0), Object.is(NaN, NaN), 0 === -0, NaN === NaN);
