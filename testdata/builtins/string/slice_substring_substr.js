// slice/substring/substr argument handling: negatives, swaps, NaN, Infinity, objects.
const s = 'JavaScript';
const args = [[], [4], [-6], [4, 7], [7, 4], [-6, -3], [-3, -6], [NaN, 3], [2, NaN], [0, Infinity], [-Infinity, 2], [1.9, 5.2], ['2', '5'], [null, undefined]];
for (const a of args) {
  console.log(JSON.stringify(a), s.slice(...a), s.substring(...a), s.substr(...a));
}
const idx = { valueOf() { console.log('valueOf'); return 2; } };
console.log(s.slice(idx, { toString() { return '5'; } }));
console.log(s.substr(-3, 2), s.substr(3, -1) === '', s.substr(20) === '');
console.log(String.prototype.slice.call(123456, 1, -1), String.prototype.substring.call([1, 2, 3], 2));
console.log('abc'.concat(1, null, undefined, [2, 3], { a: 1 }));
console.log(''.concat(), 'x'.concat('y', 'z'), String.prototype.concat.length);
const parts = [];
for (let i = 0; i < s.length; i += 3) parts.push(s.slice(i, i + 3));
console.log(parts);
console.log(s.split('').reverse().join(''), [...s].map((c, i) => i % 2 ? c.toUpperCase() : c.toLowerCase()).join(''));
console.log(s.charAt(), s.charAt(4.7), JSON.stringify(s.charAt(-1)), s[4], s[-1], s['4']);
console.log(Object.keys('abc'), Object.getOwnPropertyNames('ab'), 'length' in Object('ab'));
const boxed = new String('hi');
console.log(typeof boxed, boxed.length, boxed[1], boxed.toString(), boxed.valueOf() === 'hi', boxed + '!');
boxed.extra = 1;
console.log(Object.keys(boxed), JSON.stringify(boxed));
