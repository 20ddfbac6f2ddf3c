let attempts = 0;
function flaky() { attempts++; if (attempts < 3) throw new Error(`fail #${attempts}`); return 'ok after ' + attempts; }
function retry(fn, times) {
  const errors = [];
  for (let i = 0; i < times; i++) {
    try { return fn(); } catch (e) { errors.push(e.message); } finally { console.log('attempt', i + 1, 'done'); }
  }
  throw new AggregateError(errors.map((m) => new Error(m)), `all ${times} attempts failed`);
}
console.log(retry(flaky, 5));
attempts = -10;
try { retry(flaky, 2); } catch (e) { console.log(e.name, e.message, e.errors.length, e.errors.map((x) => x.message)); }
function f() { try { return 'try'; } finally { console.log('finally runs before return'); } }
console.log(f());
function g() { try { throw 1; } catch { return 'catch'; } finally { return 'finally wins'; } }
console.log(g());
function h() { for (const x of [1, 2, 3]) { try { if (x === 2) continue; if (x === 3) break; console.log('body', x); } finally { console.log('fin', x); } } return 'h done'; }
console.log(h());
const cleanup = [];
function withResource(name, fn) { cleanup.push(`open ${name}`); try { return fn(name); } finally { cleanup.push(`close ${name}`); } }
try { withResource('a', () => withResource('b', () => { throw new TypeError('inner boom'); })); } catch (e) { cleanup.push(`caught ${e.constructor.name}`); }
console.log(cleanup);
try { try { throw new Error('first'); } finally { console.log('inner finally'); } } catch (e) { console.log('outer caught', e.message); }
try { null.f(); } catch ({ name, message }) { console.log(name, message); }
try { throw { code: 42 }; } catch (e) { console.log(typeof e, e.code); }
try { throw 'string error'; } catch (e) { console.log(e, typeof e); }
const e = new Error('with cause', { cause: { code: 'E_CAUSE' } });
console.log(e.cause, 'cause' in new Error('x'), Object.getOwnPropertyNames(e));
