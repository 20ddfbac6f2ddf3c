// JavaScript names that are Go keywords, predeclared identifiers, or the
// names of the runtime and its imports all compile and behave.
var go = 1, func = 2, type = 3, len = 4, string = 5, nil = 6, init = 7, main = 8;
let runtime = 'runtime', fmt = 'fmt', rt = 'rt', os = 'os', math = 'math', strings = 'strings';
const chan = 'chan', defer = 'defer', select = 'select', map = 'map', range = 'range', struct = 'struct',
  goto_ = 'goto', fallthrough = 'fallthrough', iota = 'iota', error = 'error', any = 'any', make = 'make',
  append = 'append', panic = 'panic', recover = 'recover', bool = 'bool', int = 'int', float64 = 'float64',
  byte = 'byte', rune = 'rune', copy = 'copy', cap = 'cap', close = 'close', print = 'print', println = 'println',
  complex = 'complex', real = 'real', imag = 'imag', uintptr = 'uintptr', comparable = 'comparable',
  min = 'min', max = 'max', clear = 'clear', unsafe = 'unsafe', sync = 'sync', time = 'time';
console.log(go, func, type, len, string, nil, init, main);
console.log(runtime, fmt, rt, os, math, strings);
console.log(chan, defer, select, map, range, struct, goto_, fallthrough, iota, error, any, make,
  append, panic, recover, bool, int, float64, byte, rune, copy, cap, close, print, println,
  complex, real, imag, uintptr, comparable, min, max, clear, unsafe, sync, time);
function len2(len) { return len.length; }
function nilf(nil, string) { return [nil, string]; }
console.log(len2('abcd'), nilf(null, 's'));
function interface_(interface_) { return interface_; }
console.log(interface_(9));
var $ = 'dollar', _ = 'under', $$ = 2, _$_ = 3, __proto = 4, $0 = 5, _1 = 6;
console.log($, _, $$, _$_, __proto, $0, _1);
const café = 'café', π = Math.PI, ĀĀ = 'aa', 变量 = 'var', ℮ = 'estimated', ǅ = 'dz';
console.log(café, π.toFixed(3), ĀĀ, 变量, ℮, ǅ);
const \u0061bc = 'escaped abc', \u{1d49c} = 'math A', x\u00e9 = 'xé';
console.log(abc, 𝒜, xé);
const o = { go: 1, func: 2, type: 3, nil: 4, len: 5, runtime: 6, fmt: 7, $: 8, _: 9 };
console.log(o.go + o.func + o.type + o.nil + o.len + o.runtime + o.fmt + o.$ + o._, Object.keys(o).join());
class type_ { static func() { return 'static func'; } go() { return 'method go'; } }
console.log(type_.func(), new type_().go());
function main2() { let main = 'inner main'; { let main = 'block main'; console.log(main); } return main; }
console.log(main2());
const closures = [];
for (let go = 0; go < 3; go++) closures.push(() => go);
console.log(closures.map(f => f()));
try { throw new Error('e'); } catch (nil) { console.log(nil.message); }
label: for (const range of [1, 2]) { for (const select of [3]) { if (range === 2) break label; console.log(range, select); } }
console.log(typeof go, typeof func, typeof undefined_, [go, func].map(String));
const { string: s2, ...rest } = { string: 's', int: 1, bool: true };
console.log(s2, rest);
function args(arguments_, eval_) { return arguments_ + eval_; }
console.log(args(1, 2));
