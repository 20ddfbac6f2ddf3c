const DB = Array.from({ length: 7 }, (_, i) => "item" + i);
function fetchPage(cursor) { return new Promise((r) => setTimeout(() => { console.log("fetch", cursor); const next = cursor + 3; r({ items: DB.slice(cursor, next), next: next < DB.length ? next : null }); }, 20)); }
async function* paginate() { let c = 0; while (c !== null) { const p = await fetchPage(c); yield* p.items; c = p.next; } }
(async () => { for await (const x of paginate()) console.log(x); console.log("done"); })();
