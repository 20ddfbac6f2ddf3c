async function mayFail(n) {
  await null;
  if (n % 2) throw new RangeError(`odd input ${n}`);
  return n / 2;
}
async function main() {
  for (const n of [4, 3, 8]) {
    try {
      const r = await mayFail(n);
      console.log('ok', r);
    } catch (e) {
      console.log('caught', e.name, e.message);
    } finally {
      console.log('finally for', n);
    }
  }
  try {
    await Promise.reject('raw string');
  } catch (e) {
    console.log('caught raw', typeof e, e);
  }
}
main().then(() => console.log('main done'));
