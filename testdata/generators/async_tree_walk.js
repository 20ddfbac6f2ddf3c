// Walking a tree whose children load asynchronously: depth-first with
// recursive yield*, breadth-first with a queue, and an early stop that
// closes every level of the recursion.
const tree = {
  name: 'root',
  kids: [
    { name: 'a', kids: [{ name: 'a1', kids: [] }, { name: 'a2', kids: [{ name: 'a2x', kids: [] }] }] },
    { name: 'b', kids: [] },
    { name: 'c', kids: [{ name: 'c1', kids: [] }] },
  ],
};
let loads = 0;
const loadChildren = (node) => {
  loads++;
  return Promise.resolve(node.kids);
};
async function* dfs(node, depth = 0) {
  try {
    yield '  '.repeat(depth) + node.name;
    for (const kid of await loadChildren(node)) yield* dfs(kid, depth + 1);
  } finally {
    if (node.name === 'root' || node.name === 'a') console.log('dfs left', node.name);
  }
}
async function* bfs(root) {
  const queue = [root];
  while (queue.length) {
    const node = queue.shift();
    yield node.name;
    queue.push(...(await loadChildren(node)));
  }
}
(async () => {
  for await (const line of dfs(tree)) console.log(line);
  console.log('loads', loads);
  const order = [];
  for await (const n of bfs(tree)) order.push(n);
  console.log(order.join(' '));
  loads = 0;
  for await (const line of dfs(tree)) {
    if (line.trim() === 'a2') {
      console.log('found a2 after', loads, 'loads');
      break;
    }
  }
})();
