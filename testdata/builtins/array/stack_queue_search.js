// Arrays as stacks and queues in algorithms: BFS, DFS, balanced brackets, binary search.
const graph = { a: ['b', 'c'], b: ['d'], c: ['d', 'e'], d: ['f'], e: ['f'], f: [] };
function bfs(start) {
  const queue = [start], seen = new Set([start]), order = [];
  while (queue.length) {
    const n = queue.shift();
    order.push(n);
    for (const m of graph[n]) if (!seen.has(m)) { seen.add(m); queue.push(m); }
  }
  return order;
}
function dfs(start) {
  const stack = [start], seen = new Set(), order = [];
  while (stack.length) {
    const n = stack.pop();
    if (seen.has(n)) continue;
    seen.add(n);
    order.push(n);
    stack.push(...[...graph[n]].reverse());
  }
  return order;
}
console.log(bfs('a'), dfs('a'));
function balanced(s) {
  const pairs = { ')': '(', ']': '[', '}': '{' }, stack = [];
  for (const ch of s) {
    if ('([{'.includes(ch)) stack.push(ch);
    else if (ch in pairs && stack.pop() !== pairs[ch]) return false;
  }
  return stack.length === 0;
}
console.log(['()', '([]{})', '(]', '((', '', '{[()()]}', '}{'].map(balanced));
function bsearch(arr, x) {
  let lo = 0, hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] === x) return mid;
    if (arr[mid] < x) lo = mid + 1; else hi = mid - 1;
  }
  return -(lo + 1);
}
const sorted = Array.from({ length: 20 }, (_, i) => i * 3);
console.log([0, 3, 57, 4, -1, 60].map(x => bsearch(sorted, x)));
const dq = [];
dq.push(1); dq.push(2); dq.unshift(0); dq.unshift(-1);
console.log(dq, dq.shift(), dq.pop(), dq);
const window = [], maxes = [];
const nums = [1, 3, -1, -3, 5, 3, 6, 7];
for (let i = 0; i < nums.length; i++) {
  while (window.length && nums[window.at(-1)] <= nums[i]) window.pop();
  window.push(i);
  if (window[0] <= i - 3) window.shift();
  if (i >= 2) maxes.push(nums[window[0]]);
}
console.log(maxes);
const perms = xs => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map(p => [x, ...p])));
console.log(perms([1, 2, 3]).map(p => p.join('')).join(' '));
