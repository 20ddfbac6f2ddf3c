const original = { s: 'text "quoted"', n: [0, -1, 1e21, 1e-7, 0.1], b: [true, false], o: { deep: { deeper: {} } }, u: '😀\u2028' };
const text = JSON.stringify(original);
console.log(text);
const back = JSON.parse(text);
console.log(JSON.stringify(back) === text, back.n[3], back.u.length);
console.log(JSON.stringify({ neg: -0, big: 123456789012345680000 }), JSON.parse('-0'), Object.is(JSON.parse('-0'), -0));
