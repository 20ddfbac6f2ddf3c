const tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [{ v: 5, kids: [] }, { v: 6, kids: [] }] }] };
function* pre(n) { yield n.v; for (const k of n.kids) yield* pre(k); }
function* post(n) { for (const k of n.kids) yield* post(k); yield n.v; }
function* bfs(n) { const q = [n]; while (q.length) { const x = q.shift(); yield x.v; q.push(...x.kids); } }
console.log([...pre(tree)].join(" "), "|", [...post(tree)].join(" "), "|", [...bfs(tree)].join(" "));
function* depthFirstUntil(n, stop) { if (n.v === stop) return true; yield n.v; for (const k of n.kids) if (yield* depthFirstUntil(k, stop)) return true; return false; }
console.log([...depthFirstUntil(tree, 5)]);
