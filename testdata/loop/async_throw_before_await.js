async function failsEarly() {
  console.log('failsEarly body');
  throw new Error('early');
}
async function failsLate() {
  await null;
  throw new Error('late');
}
function syncCaller() {
  const p = failsEarly();
  console.log('caller continues, got a', p.constructor.name);
  return p;
}
syncCaller().catch(e => console.log('caught', e.message));
failsLate().catch(e => console.log('caught', e.message));
new Promise(() => { throw new TypeError('executor throws'); }).catch(e => console.log('caught', e.name));
(async () => {
  try {
    await failsLate();
  } catch (e) {
    console.log('try/catch around await caught', e.message);
  }
})();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4'));
console.log('sync end');
