const a = { name: 'a' };
a.self = a;
try {
  JSON.stringify(a);
} catch (e) {
  console.log(e.name, e.message.split('\n')[0]);
}
console.log(a);
const b = { list: [] };
b.list.push(b, { back: b });
console.log(b);
try {
  JSON.stringify({ big: 10n });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
