async function* pages() { try { for (let p = 1; ; p++) { await new Promise((r) => setTimeout(r, 20)); console.log("loaded page", p); yield [p * 10, p * 10 + 1]; } } finally { console.log("pager closed"); } }
(async () => { let total = 0; for await (const page of pages()) { total += page.length; if (total >= 4) break; } console.log("total", total); })();
