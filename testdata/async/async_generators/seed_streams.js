// The async-iterator helpers of the source document, with a fake fetch
// (setTimeout latency) standing in for the network.
const PAGES = { 1: [1, 2, 3], 2: [4, 5, 6], 3: [7, 8] };
function fetch(url) {
  const page = Number(url.split('page=')[1]);
  console.log('fetch', url);
  return new Promise(resolve => setTimeout(() => resolve({
    json: async () => ({ items: PAGES[page].map(id => ({ id, active: id % 2 === 1 })), hasNextPage: page < 3 }),
  }), 3));
}
async function* paginate(url) {
  let page = 1;
  let hasMore = true;
  while (hasMore) {
    const response = await fetch(`${url}?page=${page}`);
    const data = await response.json();
    for (const item of data.items) {
      yield item;
    }
    hasMore = data.hasNextPage;
    page++;
  }
}
async function* map(asyncIterable, fn) { for await (const item of asyncIterable) { yield await fn(item); } }
async function* filter(asyncIterable, predicate) { for await (const item of asyncIterable) { if (await predicate(item)) { yield item; } } }
async function* take(asyncIterable, n) { let count = 0; for await (const item of asyncIterable) { yield item; if (++count >= n) break; } }
const fetchDetails = id => new Promise(r => setTimeout(() => r({ id, name: 'user' + id }), 1));
async function processAllPages() {
  for await (const item of paginate('/api/items')) console.log('Processing:', item);
}
async function getActiveUsers(n) {
  const allUsers = paginate('/api/users');
  const activeOnly = filter(allUsers, u => u.active);
  const withDetails = map(activeOnly, u => fetchDetails(u.id));
  const firstN = take(withDetails, n);
  const results = [];
  for await (const user of firstN) results.push(user);
  return results;
}
(async () => {
  await processAllPages();
  console.log(await getActiveUsers(3));
  console.log(await getActiveUsers(10));
})();
