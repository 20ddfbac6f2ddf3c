function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out after ${ms}ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
const slow = new Promise(r => setTimeout(() => r('slow result'), 400));
const fast = new Promise(r => setTimeout(() => r('fast result'), 5));
withTimeout(fast, 250).then(v => console.log('ok:', v), e => console.log('err:', e.message));
withTimeout(slow, 150).then(v => console.log('ok:', v), e => console.log('err:', e.message));
