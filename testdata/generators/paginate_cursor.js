// Paginating a cursor-based API with an async generator; the consumer stops
// early and the generator's finally (the "connection close") runs.
const db = Array.from({ length: 23 }, (_, i) => ({ id: i + 1, name: 'user' + (i + 1) }));
let calls = 0;
function fetchPage(cursor, limit) {
  calls++;
  return new Promise((resolve) => {
    const start = cursor ? db.findIndex((u) => u.id === cursor) + 1 : 0;
    const items = db.slice(start, start + limit);
    const next = start + limit < db.length ? items[items.length - 1].id : null;
    resolve({ items, next });
  });
}
async function* pages(limit) {
  let cursor = null;
  try {
    do {
      const page = await fetchPage(cursor, limit);
      console.log('page', page.items.map((u) => u.id).join(','), 'next', page.next);
      yield page.items;
      cursor = page.next;
    } while (cursor !== null);
  } finally {
    console.log('pages closed after', calls, 'calls');
  }
}
async function* users(limit) {
  for await (const items of pages(limit)) yield* items;
}
async function main() {
  const all = [];
  for await (const u of users(5)) all.push(u.id);
  console.log('all', all.length, all[0], all[all.length - 1]);
  calls = 0;
  const some = [];
  for await (const u of users(4)) {
    some.push(u.name);
    if (some.length === 6) break;
  }
  console.log('some', some);
  calls = 0;
  const it = users(10);
  console.log(await it.next());
  console.log(await it.return('stop'));
  console.log(await it.next());
}
main().then(() => console.log('done'));
