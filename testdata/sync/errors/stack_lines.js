// The line of each frame of err.stack, for throws from Go code that one
// JavaScript statement becomes several Go statements of: ?: and && branches,
// spilled operands, parameter defaults, loops. Lines only: js2go knows one
// column per line of each function, and these lines have several places
// that could throw.
function where(e) {
  return e.stack
    .split("\n")
    .slice(1, 3)
    .map((l) => l.replace(/\(.*[\\/]/, "(").replace(/:(\d+):\d+\)/, ":$1)").trim())
    .join(" | ");
}

function ternary(n) { return n <= 1 ? 1 : n * missing(n - 1); }
function andAnd(o) { return o && o.a && o.a.b.c; }
function spilled(a) { const x = a.length + (a[0] ? a[1].y : 0) + a[2].z; return x; }
function defaults({ a = undefined.b } = {}) { return a; }
function loop(xs) {
  let total = 0;
  for (const x of xs) total += x > 1 ? x.y.z : 0;
  return total;
}

for (const [name, f, arg] of [
  ["ternary", ternary, 5],
  ["andAnd", andAnd, { a: {} }],
  ["spilled", spilled, [1, { y: 2 }, null]],
  ["defaults", defaults, undefined],
  ["loop", loop, [0, 1, 2]],
]) {
  try {
    f(arg);
  } catch (e) {
    console.log(name, e.message, "|", where(e));
  }
}
