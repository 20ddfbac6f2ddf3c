// A proxy as the with object: every lookup asks `has`, then reads
// Symbol.unscopables, then gets or sets; V8 looks the name up again for the
// write of a compound assignment or an update.
const log = [];
const target = { x: 1, y: 'a', f() { return this === scope; } };
const scope = new Proxy(target, {
  has(t, k) { log.push(`has ${String(k)}`); return k in t; },
  get(t, k) { log.push(`get ${String(k)}`); return t[k]; },
  set(t, k, v) { log.push(`set ${String(k)}=${v}`); t[k] = v; return true; },
  deleteProperty(t, k) { log.push(`delete ${String(k)}`); return delete t[k]; },
});
function step(name, fn) {
  log.length = 0;
  let result;
  try { result = fn(); } catch (e) { result = `${e.name}: ${e.message}`; }
  console.log(name.padEnd(12), JSON.stringify(result), log.join(', '));
}
function rhs(v) { log.push('rhs'); return v; }
with (scope) {
  step('read', () => x);
  step('write', () => { x = rhs(2); return target.x; });
  step('compound', () => { x += rhs(3); return target.x; });
  step('postfix', () => x++);
  step('prefix', () => --x);
  step('or-assign', () => { y ||= rhs('b'); return y; });
  step('and-assign', () => { y &&= rhs('c'); return y; });
  step('nullish', () => { y ??= rhs('d'); return y; });
  step('call', () => f());
  step('tag', () => f`t`);
  step('typeof', () => typeof y);
  step('typeof none', () => typeof nothing);
  step('read none', () => nothing);
  step('delete', () => delete y);
  step('after', () => typeof y);
  step('string', () => String(x));
}
console.log(target);
