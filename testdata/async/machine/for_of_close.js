function iterable(name) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { return { value: i++, done: i > 5 }; },
        return() { console.log(name, 'closed at', i); return {}; },
      };
    },
  };
}
async function main() {
  for (const v of iterable('break')) { await null; if (v === 1) break; }
  try { for (const v of iterable('throw')) { await null; if (v === 2) throw new Error('boom'); } }
  catch (e) { console.log('caught', e.message); }
  const r = await (async () => { for (const v of iterable('return')) { if (await v === 3) return v; } })();
  console.log('returned', r);
  outer: for (const a of iterable('outer')) { for (const b of iterable('inner')) { await null; if (b === 1) continue outer; if (a === 1) break outer; } }
}
main();
