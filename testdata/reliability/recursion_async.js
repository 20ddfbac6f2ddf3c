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
g().catch(e => console.log('async recursion', e instanceof RangeError, e.message));
async function g3() { try { return await g3(); } catch (e) { return 'caught ' + e.message; } }
g3().then(v => console.log('g3', v));
function chain(n) { let p = Promise.resolve(0); for (let i = 0; i < n; i++) p = p.then(v => v + 1); return p; }
chain(100000).then(v => console.log('chain', v));
