const throwables = [42, 'a string', null, undefined, { code: 7 }, [1, 2], Symbol('s'), () => 'fn', new RangeError('range')];
for (const t of throwables) {
  try {
    throw t;
  } catch (e) {
    console.log(typeof e, e === t, e instanceof Error ? e.name : String(e?.toString?.() ?? e));
  }
}
