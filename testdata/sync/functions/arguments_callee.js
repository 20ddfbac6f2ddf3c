// arguments.callee: the function itself in sloppy functions with simple
// parameters; a throwing accessor (%ThrowTypeError%) otherwise.
function fact(n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); }
console.log(fact(5));

var anon = function () { return typeof arguments.callee; };
console.log(anon());

const named = function inner(k) { return arguments.callee === inner && k; };
console.log(named(7));

function withDefault(a = 1) { return Object.getOwnPropertyNames(arguments); }
console.log(withDefault(5));

const strictArgs = (function () { "use strict"; return arguments; })();
const d = Object.getOwnPropertyDescriptor(strictArgs, "callee");
console.log(typeof d.get, d.get === d.set, d.enumerable, d.configurable, JSON.stringify(d.get.name), d.get.length);
console.log(Object.getOwnPropertyDescriptor(Function.prototype, "caller").get === d.get);

for (const [label, f] of [
  ["strict", function () { "use strict"; return arguments.callee; }],
  ["default", function (a = 1) { return arguments.callee; }],
  ["rest", function (...r) { return arguments.callee; }],
]) {
  try { f(); } catch (e) { console.log(label, e.constructor.name, e.message); }
}

function described(x) { return Object.getOwnPropertyDescriptor(arguments, "callee"); }
const dd = described(1);
console.log(dd.value === described, dd.writable, dd.enumerable, dd.configurable);
console.log(Object.getOwnPropertyNames((function (a) { return arguments; })(1, 2)));
console.log(Object.keys((function (a) { return arguments; })(1, 2)));

const o = { meth(n) { return n ? arguments.callee(n - 1) + 1 : 0; } };
console.log(o.meth(3));

function reassigned() { return arguments.callee; }
const original = reassigned;
reassigned = null;
console.log(original() === original);

function overwrite() { arguments.callee = 5; return arguments.callee; }
console.log(overwrite());

async function af() { return arguments.callee === af; }
af().then((v) => console.log("async", v));
function* g() { yield arguments.callee === g; }
console.log("generator", g().next().value);
