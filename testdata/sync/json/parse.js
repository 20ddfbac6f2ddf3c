const text = '{"users":[{"id":1,"name":"Ann","admin":true},{"id":2,"name":"Bo","admin":false,"meta":null}],"count":2,"ratio":0.5e1}';
const parsed = JSON.parse(text);
console.log(parsed, parsed.users[1].meta, parsed.ratio);
console.log(JSON.parse('"\\u0041\\n"'), JSON.parse(' [1, 2.5e-3, -0] '), JSON.parse('true'), JSON.parse('null'));
const revived = JSON.parse('{"when":"2020-01-01","n":"5","list":[1,2]}', (k, v) => (k === 'n' ? Number(v) : v));
console.log(revived);
const order = [];
JSON.parse('{"a":{"b":1},"c":[2]}', function (k, v) { order.push(k === '' ? '(root)' : k); return v; });
console.log(order);
for (const bad of ['{a:1}', "{'a':1}", '[1,]', '', '01', '{"a":1}x']) {
  try {
    JSON.parse(bad);
    console.log('parsed', bad);
  } catch (e) {
    console.log(e.name, JSON.stringify(bad));
  }
}
