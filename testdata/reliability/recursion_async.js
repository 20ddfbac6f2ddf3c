// Unbounded recursion inside promise reactions and async functions is a
// RangeError that rejects or can be caught, never a crash.
function f() { return f(); }
Promise.resolve().then(() => f()).catch(e => console.log('reaction', e instanceof RangeError, e.message));
new Promise(() => f()).catch(e => console.log('executor', e instanceof RangeError, e.message));
queueMicrotask(() => { try { f(); } catch (e) { console.log('microtask', e.message); } });
setTimeout(() => { try { f(); } catch (e) { console.log('timeout', e.message); } }, 1);
async function g() { return g(); }
async function h() { await null; f(); }
h().catch(e => console.log('async after await', e instanceof RangeError, e.message));
async function k() { try { f(); } catch (e) { console.log('async catch', e.message); } }
k();
async function deep(n) { return n === 0 ? 0 : 1 + await deep(n - 1); }
deep(100).then(v => console.log('deep', v));
