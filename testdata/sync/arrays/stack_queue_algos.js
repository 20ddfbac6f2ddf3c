function balanced(s) {
  const stack = [];
  const pairs = { ')': '(', ']': '[', '}': '{' };
  for (const ch of s) {
    if ('([{'.includes(ch)) stack.push(ch);
    else if (ch in pairs) { if (stack.pop() !== pairs[ch]) return false; }
  }
  return stack.length === 0;
}
for (const s of ['()', '([]{})', '(]', '((', 'a(b)c[d]']) console.log(s, balanced(s));
function bfs(graph, start) {
  const seen = new Set([start]), order = [], queue = [start];
  while (queue.length) {
    const n = queue.shift();
    order.push(n);
    for (const m of graph[n] || []) if (!seen.has(m)) { seen.add(m); queue.push(m); }
  }
  return order;
}
console.log(bfs({ a: ['b', 'c'], b: ['d'], c: ['d', 'e'], d: ['a'], e: [] }, 'a'));
function quicksort(xs) {
  if (xs.length < 2) return xs;
  const [p, ...rest] = xs;
  return [...quicksort(rest.filter(x => x < p)), p, ...quicksort(rest.filter(x => x >= p))];
}
console.log(quicksort([5, 3, 8, 1, 9, 2, 7, 5]));
