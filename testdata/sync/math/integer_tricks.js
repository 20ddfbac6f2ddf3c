function toBinary(n, width = 8) { return (n >>> 0).toString(2).padStart(width, '0').slice(-width); }
console.log(toBinary(5), toBinary(-1), toBinary(255, 16));
const isPow2 = n => n > 0 && (n & (n - 1)) === 0;
console.log([1, 2, 3, 4, 6, 8, 1024, 1000].map(isPow2));
function popcount(n) { let c = 0; while (n) { n &= n - 1; c++; } return c; }
console.log(popcount(0b1011), popcount(255), popcount(0));
const hash = s => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 0);
console.log(hash('hello'), hash('world'), hash(''));
console.log(Number.parseInt('ff', 16), (0xff).toString(8), Math.floor(7 / 2), 7 / 2 | 0, -7 / 2 | 0);
