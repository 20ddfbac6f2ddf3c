class PriorityQueue {
  #heap = [];
  #cmp;
  constructor(cmp = (a, b) => a - b) { this.#cmp = cmp; }
  get size() { return this.#heap.length; }
  push(v) {
    const h = this.#heap;
    h.push(v);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.#cmp(h[i], h[p]) >= 0) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop() {
    const h = this.#heap;
    const top = h[0];
    const last = h.pop();
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < h.length && this.#cmp(h[l], h[m]) < 0) m = l;
        if (r < h.length && this.#cmp(h[r], h[m]) < 0) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
const pq = new PriorityQueue();
[5, 3, 8, 1, 9, 2, 7].forEach((x) => pq.push(x));
const out = [];
while (pq.size) out.push(pq.pop());
console.log(out);
const tasks = new PriorityQueue((a, b) => a.at - b.at || a.seq - b.seq);
let seq = 0;
const schedule = (at, name) => tasks.push({ at, name, seq: seq++ });
schedule(10, 'c'); schedule(5, 'a'); schedule(10, 'd'); schedule(5, 'b'); schedule(0, 'start');
const ran = [];
while (tasks.size) { const t = tasks.pop(); ran.push(`${t.at}:${t.name}`); if (t.name === 'a') schedule(7, 'a-followup'); }
console.log(ran.join(' '));
function dijkstra(graph, src) {
  const dist = Object.fromEntries(Object.keys(graph).map((k) => [k, Infinity]));
  dist[src] = 0;
  const q = new PriorityQueue((a, b) => a[1] - b[1]);
  q.push([src, 0]);
  while (q.size) {
    const [u, d] = q.pop();
    if (d > dist[u]) continue;
    for (const [v, w] of Object.entries(graph[u])) if (d + w < dist[v]) { dist[v] = d + w; q.push([v, dist[v]]); }
  }
  return dist;
}
console.log(dijkstra({ A: { B: 4, C: 2 }, B: { C: 5, D: 10 }, C: { E: 3 }, D: { F: 11 }, E: { D: 4 }, F: {} }, 'A'));
