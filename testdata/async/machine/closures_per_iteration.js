async function main() {
  const fs = [];
  for (let i = 0; i < 3; i++) {
    fs.push(() => i);
    await null;
    fs.push(() => i * 10);
  }
  console.log(fs.map(f => f()));
  const gs = [];
  for (const x of ['a', 'b']) {
    let y = x + '!';
    gs.push(() => x + y);
    await null;
    y += '?';
  }
  console.log(gs.map(g => g()));
  let shared = 0;
  const inc = () => ++shared;
  await null;
  inc();
  console.log(shared);
}
main();
