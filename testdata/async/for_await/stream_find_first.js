async function* numbers() { try { for (let i = 1; ; i++) { await null; console.log("produce", i); yield i; } } finally { console.log("numbers closed"); } }
async function find(it, p) { for await (const x of it) if (p(x)) return x; }
async function some(it, p) { return (await find(it, p)) !== undefined; }
(async () => { console.log("found", await find(numbers(), (x) => x * x > 10)); console.log("some", await some(numbers(), (x) => x === 2)); })();
