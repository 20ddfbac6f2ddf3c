// JSON.parse of numbers and strings at their edges.
const nums = ['0', '-0', '1', '-1', '1.0', '1.5e3', '1E-3', '-1.25e+2', '123456789012345678901234567890', '1e308', '1e309', '-1e309', '5e-324', '2e-324', '0.1', '0.30000000000000004', '9007199254740993', '1.7976931348623157e308', '4.9e-324'];
for (const n of nums) {
  const v = JSON.parse(n);
  console.log(n, '->', Object.is(v, -0) ? '-0' : v);
}
const strs = ['""', '"a"', '"\\""', '"\\\\"', '"\\/"', '"\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u4e2d"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\uDE00"', '"\\u0000"', '"é😀"'];
for (const s of strs) {
  const v = JSON.parse(s);
  console.log(s, '->', JSON.stringify(v), v.length);
}
console.log(JSON.parse('{"":1, " ":2}'), JSON.parse('{"a b":{"c-d":[]}}'));
console.log(JSON.parse('\t\n\r [1]\n'), JSON.parse('{"nested":{"deeper":{"deepest":[[[[1]]]]}}}').nested.deeper.deepest.flat(Infinity));
const deep = '['.repeat(1000) + ']'.repeat(1000);
console.log(JSON.parse(deep).flat(Infinity).length);
const wide = '{' + Array.from({ length: 100 }, (_, i) => `"k${i}":${i}`).join(',') + '}';
const obj = JSON.parse(wide);
console.log(Object.keys(obj).length, obj.k99, Object.keys(obj).slice(0, 3));
const order = JSON.parse('{"b":1,"10":2,"a":3,"2":4,"-1":5}');
console.log(Object.keys(order), JSON.stringify(order));
