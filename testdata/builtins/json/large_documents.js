// Big generated documents: sizes, sums and spot checks survive a round trip.
const rows = Array.from({ length: 2000 }, (_, i) => ({
  id: i, name: `item-${i}`, price: Math.round(((i * 7919) % 10007) / 7) / 100,
  tags: i % 3 ? ['odd', `t${i % 5}`] : [], active: i % 4 !== 0, parent: i > 0 ? { id: i - 1 } : null,
}));
const text = JSON.stringify(rows);
console.log(text.length, text.slice(0, 120));
const back = JSON.parse(text);
console.log(back.length, back[1999], back.reduce((s, r) => s + r.price, 0).toFixed(2));
console.log(back.filter(r => r.active && r.tags.length).length, back.every((r, i) => r.id === i));
const pretty = JSON.stringify(rows.slice(0, 3), null, 2);
console.log(pretty.split('\n').length, pretty.split('\n').slice(0, 8).join('\n'));
let nested = {};
let cur = nested;
for (let i = 0; i < 200; i++) { cur.next = { depth: i }; cur = cur.next; }
const nestedText = JSON.stringify(nested);
console.log(nestedText.length, JSON.parse(nestedText).next.next.next.depth);
const wide = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`key${i}`, i * i]));
const wideBack = JSON.parse(JSON.stringify(wide));
console.log(Object.keys(wideBack).length, wideBack.key499, JSON.stringify(wide).length);
