function tag(strings, ...values) {
  console.log(strings, strings.raw, values);
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? `[${values[i]}]` : ''), '');
}
const a = 1, b = 'two';
console.log(tag`start ${a} middle ${b} end`);
console.log(tag`${a}${b}`);
console.log(tag`no subs`);
console.log(tag`bad escape \unicode here`.length);
function same(s) { return s; }
const first = () => same`x`;
console.log(first() === first(), same`x` === same`x`, Object.isFrozen(first()));
