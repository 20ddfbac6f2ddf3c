const edges = [['shirt', 'tie'], ['tie', 'jacket'], ['pants', 'shoes'], ['pants', 'belt'], ['belt', 'jacket'], ['socks', 'shoes'], ['undershorts', 'pants'], ['undershorts', 'shoes']];
const graph = new Map();
for (const [a, b] of edges) {
  if (!graph.has(a)) graph.set(a, []);
  if (!graph.has(b)) graph.set(b, []);
  graph.get(a).push(b);
}
function topo(g) {
  const indeg = new Map([...g.keys()].map((k) => [k, 0]));
  for (const vs of g.values()) for (const v of vs) indeg.set(v, indeg.get(v) + 1);
  const queue = [...indeg].filter(([, d]) => d === 0).map(([k]) => k).sort();
  const order = [];
  while (queue.length) {
    const n = queue.shift();
    order.push(n);
    for (const v of g.get(n)) { indeg.set(v, indeg.get(v) - 1); if (indeg.get(v) === 0) { queue.push(v); queue.sort(); } }
  }
  if (order.length !== g.size) throw new Error('cycle detected');
  return order;
}
console.log(topo(graph));
graph.get('jacket').push('shirt');
try { topo(graph); } catch (e) { console.log(e.message); }
const grid = ['S.#.....', '.##.###.', '....#...', '.##...#E'];
function bfs(grid) {
  const h = grid.length, w = grid[0].length;
  const find = (ch) => { for (let y = 0; y < h; y++) { const x = grid[y].indexOf(ch); if (x >= 0) return [y, x]; } };
  const [sy, sx] = find('S'), goal = find('E').join();
  const prev = new Map([[`${sy},${sx}`, null]]);
  const q = [[sy, sx]];
  while (q.length) {
    const [y, x] = q.shift();
    if (`${y},${x}` === goal) break;
    for (const [dy, dx] of [[0, 1], [1, 0], [0, -1], [-1, 0]]) {
      const ny = y + dy, nx = x + dx, key = `${ny},${nx}`;
      if (ny < 0 || nx < 0 || ny >= h || nx >= w || grid[ny][nx] === '#' || prev.has(key)) continue;
      prev.set(key, `${y},${x}`);
      q.push([ny, nx]);
    }
  }
  const path = [];
  for (let k = goal; k; k = prev.get(k)) path.unshift(k);
  return path;
}
const path = bfs(grid);
console.log(path.length - 1, path.join(' -> '));
const painted = grid.map((row, y) => [...row].map((c, x) => (c === '.' && path.includes(`${y},${x}`) ? '*' : c)).join(''));
console.log(painted.join('\n'));
