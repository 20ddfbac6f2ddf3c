const path = require('path');
for (const f of [() => path.join(1), () => Buffer.alloc('1'), () => Buffer.concat([1]), () => path.format(null), () => new TextEncoder().encodeInto('a', 1), () => require('url').fileURLToPath(1)]) {
  try { f(); } catch (e) { console.log(String(e), e.code, e instanceof TypeError); }
}
