// 2-D arrays: grids, neighbours, rotation, flood fill and rendering.
const W = 6, H = 4;
const grid = Array.from({ length: H }, (_, r) => Array.from({ length: W }, (_, c) => (r * 7 + c * 3) % 5 === 0 ? '#' : '.'));
console.log(grid.map(row => row.join('')).join('\n'));
const neighbours = (r, c) => [[-1, 0], [1, 0], [0, -1], [0, 1]].map(([dr, dc]) => [r + dr, c + dc]).filter(([rr, cc]) => rr >= 0 && rr < H && cc >= 0 && cc < W);
console.log(neighbours(0, 0), neighbours(2, 3).length);
function flood(r, c) {
  const seen = grid.map(row => row.map(() => false));
  const stack = [[r, c]];
  let size = 0;
  while (stack.length) {
    const [y, x] = stack.pop();
    if (seen[y][x] || grid[y][x] === '#') continue;
    seen[y][x] = true;
    size++;
    stack.push(...neighbours(y, x));
  }
  return size;
}
console.log(flood(0, 1), flood(3, 5));
const rotate = m => m[0].map((_, c) => m.map(row => row[c]).reverse());
const small = [[1, 2, 3], [4, 5, 6]];
console.log(rotate(small), rotate(rotate(small)), rotate(rotate(rotate(rotate(small)))).flat().join() === small.flat().join());
const mul = (A, B) => A.map(row => B[0].map((_, j) => row.reduce((s, v, k) => s + v * B[k][j], 0)));
console.log(mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]), mul([[1, 0, 2]], [[1], [2], [3]]));
const identity = n => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));
console.log(identity(3));
const counts = grid.flat().reduce((acc, ch) => ({ ...acc, [ch]: (acc[ch] ?? 0) + 1 }), {});
console.log(counts, grid.findIndex(row => row.every(ch => ch === '.')), grid.map(row => row.lastIndexOf('#')));
