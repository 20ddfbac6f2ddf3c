let calls = 0;
async function unreliable() {
  calls++;
  await new Promise(r => setTimeout(r, 1));
  if (calls < 3) {
    const e = new Error(`server error on call ${calls}`);
    e.status = 503;
    throw e;
  }
  return { data: 'payload', calls };
}
const sleep = ms => new Promise(r => setTimeout(r, ms));
async function withRetry(fn, { maxAttempts = 3, baseDelay = 2, shouldRetry = () => true } = {}) {
  let lastError;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      return await fn();
    } catch (error) {
      lastError = error;
      if (!shouldRetry(error) || attempt === maxAttempts) throw error;
      const delay = baseDelay * 2 ** (attempt - 1);
      console.log(`Attempt ${attempt} failed (${error.message}), retrying in ${delay}ms`);
      await sleep(delay);
    }
  }
  throw lastError;
}
async function main() {
  console.log(await withRetry(unreliable, { maxAttempts: 5, shouldRetry: e => e.status >= 500 }));
  calls = 0;
  try {
    await withRetry(unreliable, { maxAttempts: 2 });
  } catch (e) {
    console.log('gave up:', e.message);
  }
}
main();
