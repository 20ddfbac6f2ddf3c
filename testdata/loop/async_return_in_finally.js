async function overrides() {
  try {
    await Promise.reject(new Error('swallowed'));
  } finally {
    return 'finally wins';
  }
}
async function awaitsInCatch() {
  try {
    throw new Error('e1');
  } catch (e) {
    console.log('catch', e.message);
    await new Promise(r => setTimeout(r, 20));
    console.log('catch resumed after timer');
    throw new Error('e2 from catch');
  } finally {
    console.log('finally after catch threw');
  }
}
overrides().then(v => console.log('overrides:', v));
awaitsInCatch().catch(e => console.log('awaitsInCatch:', e.message));
setTimeout(() => console.log('40ms timer'), 40);
console.log('sync end');
