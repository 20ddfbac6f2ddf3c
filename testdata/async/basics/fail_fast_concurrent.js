async function concurrentStart() {
  const slow = new Promise(resolve => setTimeout(() => resolve('slow'), 20));
  const fast = new Promise((_, reject) => setTimeout(() => reject(new Error('fast failed')), 5));
  try {
    const all = await Promise.all([slow, fast]);
    console.log(all);
  } catch (e) {
    console.log('Promise.all caught:', e.message);
  }
}
concurrentStart();
