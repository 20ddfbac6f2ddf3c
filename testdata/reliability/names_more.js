// Function, class and label names that are Go keywords or the names generated code uses; unicode identifier characters Go rejects (‿, ゛, Ⅻ) that must not collide.
function go() { return 'go()'; }
function func(type) { return 'func ' + type; }
function main() { return 'main()'; }
function init() { return 'init()'; }
function Main() { return 'Main()'; }
function run() { return 'run()'; }
function program() { return 'program()'; }
function source() { return 'source()'; }
function args(args) { return 'args ' + args + ' ' + arguments.length; }
function newTarget(newTarget) { return new.target === undefined ? 'call ' + newTarget : 'new'; }
function self(self) { return self; }
class string { static nil() { return 'string.nil'; } }
class error extends Error { constructor(m) { super(m); this.name = 'error'; } }
const rt = { go, func };
console.log(go(), func('x'), main(), init(), Main(), run(), program(), source(), args(1), newTarget(2), self(3));
console.log(string.nil(), new error('boom').name, rt.go(), rt.func('y'));
go: for (const x of [1]) { continue go; }
var exports_ = 1, module_ = 2, require_ = 3, __filename_ = 4;
console.log(typeof exports, typeof module, typeof require, exports_ + module_ + require_ + __filename_);
var \u0067o2 = 'escaped go2', \u{66}unc2 = 'escaped func2';
console.log(go2, func2);
var ꓐ = 'lisu', ᚠ = 'rune', Ⅻ = 'roman', ゛ = 'kana mark', a‿b = 'tie';
console.log(ꓐ, ᚠ, Ⅻ, ゛, a‿b);
var a_b = 'underscore';
console.log(a_b, a‿b);
var _0 = 0, __ = 1, ___ = 2, $_ = 3, _$ = 4, S_ = 5;
console.log(_0, __, ___, $_, _$, S_);
