function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out after ${ms}ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
const slow = new Promise(r => setTimeout(() => r('slow result'), 40));
const fast = new Promise(r => setTimeout(() => r('fast result'), 5));
withTimeout(fast, 20).then(v => console.log('ok:', v), e => console.log('err:', e.message));
withTimeout(slow, 10).then(v => console.log('ok:', v), e => console.log('err:', e.message));
