let attempts = 0;
function flaky(page) { return new Promise((res, rej) => setTimeout(() => { attempts++; if (attempts % 3 === 2) rej(new Error("503 on page " + page)); else res(page < 3 ? { data: "p" + page, next: page + 1 } : { data: "p" + page, next: null }); }, 20)); }
async function withRetry(fn, n) { for (let i = 0; ; i++) { try { return await fn(); } catch (e) { console.log("retry after", e.message); if (i + 1 >= n) throw e; } } }
async function* all() { let p = 1; while (p !== null) { const r = await withRetry(() => flaky(p), 3); yield r.data; p = r.next; } }
(async () => { for await (const d of all()) console.log(d); console.log("attempts", attempts); })();
