const parse = (s) => s.trim().split('\n').map((r) => [...r.trim()].map((c) => c === '#'));
const show = (g) => g.map((r) => r.map((c) => (c ? '#' : '.')).join('')).join('\n');
function step(g) {
  const h = g.length, w = g[0].length;
  return g.map((row, y) => row.map((alive, x) => {
    let n = 0;
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
      if (dx || dy) n += g[(y + dy + h) % h][(x + dx + w) % w] ? 1 : 0;
    }
    return alive ? n === 2 || n === 3 : n === 3;
  }));
}
let g = parse(`
......
..#...
...#..
.###..
......
......`);
for (let i = 0; i < 4; i++) g = step(g);
console.log(show(g));
const population = (g) => g.flat().filter(Boolean).length;
console.log('population', population(g));
const seen = new Set();
let blink = parse(`
.....
..#..
..#..
..#..
.....`);
let period = 0;
while (!seen.has(show(blink))) { seen.add(show(blink)); blink = step(blink); period++; }
console.log('cycle after', period, 'steps');
