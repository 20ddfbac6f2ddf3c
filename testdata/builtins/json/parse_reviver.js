// JSON.parse with revivers: order of calls, deleting, replacing, dates.
const text = '{"a":1,"b":[1,2,{"c":3}],"d":{"e":null}}';
const order = [];
JSON.parse(text, function (k, v) { order.push(k === '' ? '(root)' : k); return v; });
console.log(order.join(' '));
console.log(JSON.parse(text, (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.parse(text, (k, v) => (k === 'b' ? undefined : v)));
console.log(JSON.parse('[1,2,3]', (k, v) => (k === '1' ? undefined : v)));
const withDates = JSON.parse('{"created":"2020-01-02T03:04:05.000Z","n":"x"}', (k, v) =>
  typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v);
console.log(withDates.created instanceof Date, withDates.created.getUTCFullYear(), withDates.n);
console.log(JSON.parse('5', (k, v) => [k, v]), JSON.parse('"s"', function (k, v) { return this[''] === v; }));
const holders = [];
JSON.parse('{"x":{"y":1}}', function (k, v) { holders.push(Object.keys(this).join(',')); return v; });
console.log(holders);
console.log(JSON.parse('{"__proto__": {"polluted": true}}').__proto__, ({}).polluted);
console.log(Object.keys(JSON.parse('{"__proto__": 1, "a": 2}')));
console.log(JSON.parse('{"a":1,"a":2}'), JSON.parse('{"b":1, "a":2, "1":3}'));
console.log(JSON.parse(' [ 1 , "two" , true , false , null ] '), JSON.parse('"\\u00e9\\ud83d\\ude00\\n"'));
console.log(JSON.parse('-0'), Object.is(JSON.parse('-0'), -0), JSON.parse('1e3'), JSON.parse('1.5E-2'), JSON.parse('12345678901234567890'));
console.log(JSON.parse('{"big": 9007199254740993}').big, JSON.parse('0.1'));
console.log(JSON.parse('[]', () => 'replaced'), JSON.parse('null'), JSON.parse(' true '));
const r = JSON.parse('{"a":[{"b":1}]}', function (k, v) { if (k === 'b') this.extra = 'added'; return v; });
console.log(JSON.stringify(r));
console.log(JSON.parse(123), JSON.parse(new String('[1]')), JSON.parse({ toString() { return '{"t":1}'; } }));
