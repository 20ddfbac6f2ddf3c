package runtime

import (
	"bytes"
	"math"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected strings were printed by node v20.20.2 running
// `console.log(JSON.stringify(util.format(...args)))`.
func TestFormat(t *testing.T) {
	classA := func() Value {
		ctor := NewFunction("A", 0, returnUndefined)
		proto := NewPlainObject()
		ctor.DefineData(Key("prototype"), ObjectValue(proto), 0)
		proto.DefineData(Key("constructor"), ObjectValue(ctor), Hidden)
		DefineMethod(proto, "toString", 0, func(Value, []Value) Value { return Str("A!") })
		return ObjectValue(NewObject(proto))
	}
	errE := ObjectValue(errorWithStack(ErrorPrototype, "e", "Error: e\n    at Object.<anonymous> (/tmp/con/fmt.js:18:9)"))
	tests := []struct {
		js   string
		args []Value
		want string
	}{
		{`'%s|%d|%i|%f|%O|%c|%%|%x', {a:{b:{c:1}}}, 10n, '42.5', '3.5x', {o:1}, 'css'`,
			[]Value{Str("%s|%d|%i|%f|%O|%c|%%|%x"), nested(2), BigInt(big.NewInt(10)), Str("42.5"), Str("3.5x"), obj("o", 1), Str("css")},
			"{ a: [Object] }|10n|42|3.5|{ o: 1 }||%|%x"},
		{`'a', 1, 'b', {c: 'd'}`, []Value{Str("a"), Int(1), Str("b"), obj("c", "d")}, "a 1 b { c: 'd' }"},
		{`'%s', 'str', 'extra'`, []Value{Str("%s"), Str("str"), Str("extra")}, "str extra"},
		{`'%d', '0x10'`, []Value{Str("%d"), Str("0x10")}, "16"},
		{`'%i', -7.9`, []Value{Str("%i"), Number(-7.9)}, "-7"},
		{`'%f', 'abc'`, []Value{Str("%f"), Str("abc")}, "NaN"},
		{`'%s', 5, 6`, []Value{Str("%s"), Int(5), Int(6)}, "5 6"},
		{`'%s', -0`, []Value{Str("%s"), Number(math.Copysign(0, -1))}, "-0"},
		{`'%d'`, []Value{Str("%d")}, "%d"},
		{`'100%'`, []Value{Str("100%")}, "100%"},
		{`'%% %s'`, []Value{Str("%% %s")}, "%% %s"},
		{`'%s', null, undefined`, []Value{Str("%s"), Null, Undefined}, "null undefined"},
		{`'%s', Symbol('q')`, []Value{Str("%s"), SymbolValue(NewSymbol("q"))}, "Symbol(q)"},
		{`'%s', [1, [2, [3]]]`, []Value{Str("%s"), arr(1, arr(2, arr(3)))}, "[ 1, [Array] ]"},
		{`'%s', new (class A { toString() { return 'A!'; } })`, []Value{Str("%s"), classA()}, "A!"},
		{`'%s', Math.max`, []Value{Str("%s"), ObjectValue(NewFunction("max", 2, returnUndefined))}, "function max() { [native code] }"},
		{`'%s', new Error('e')`, []Value{Str("%s"), errE}, "Error: e\n    at Object.<anonymous> (/tmp/con/fmt.js:18:9)"},
		{`1, '%s', 2`, []Value{Int(1), Str("%s"), Int(2)}, "1 %s 2"},
		{`'%o', [1]`, []Value{Str("%o"), arr(1)}, "[ 1, [length]: 1 ]"},
		{`'no args %s'`, []Value{Str("no args %s")}, "no args %s"},
		{`'%s:%s', 'x'`, []Value{Str("%s:%s"), Str("x")}, "x:%s"},
		{`'%i', 2n`, []Value{Str("%i"), BigInt(big.NewInt(2))}, "2n"},
		{`'%d', Symbol('x')`, []Value{Str("%d"), SymbolValue(NewSymbol("x"))}, "NaN"},
		{`'%s', 1.5e21`, []Value{Str("%s"), Number(1.5e21)}, "1.5e+21"},
		{`'%j', {j: 1}`, []Value{Str("%j"), obj("j", 1)}, `{"j":1}`},
		{`'%j', (() => { const o = {}; o.o = o; return o; })()`, []Value{Str("%j"), circularObject()}, "[Circular]"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Format(tt.args), tt.js)
	}
}

func circularObject() Value {
	o := NewPlainObject()
	o.CreateDataProperty(Key("o"), ObjectValue(o))
	return ObjectValue(o)
}

// captureOutput runs f with stdout and stderr captured.
func captureOutput(f func()) (stdout, stderr string) {
	var out, errOut bytes.Buffer
	setStdio(&out, &errOut)
	defer setStdio(os.Stdout, os.Stderr)
	f()
	FlushOutput()
	return out.String(), errOut.String()
}

func callConsole(method string, args ...Value) {
	Call(Console.Get(Key(method), ObjectValue(Console)), ObjectValue(Console), args...)
}

// The expected output was printed by node v20.20.2.
func TestConsoleMethods(t *testing.T) {
	stdout, stderr := captureOutput(func() {
		callConsole("log", Str("plain"), Int(1))
		callConsole("error", Str("to stderr"))
		callConsole("count")
		callConsole("count")
		callConsole("count", Str("x"))
		callConsole("countReset")
		callConsole("count")
		callConsole("group", Str("G"))
		callConsole("log", Str("a\nb"))
		callConsole("group")
		callConsole("info", obj("k", arr(1, 2)))
		callConsole("groupEnd")
		callConsole("groupEnd")
		callConsole("groupEnd")
		callConsole("log", Str("after"))
		callConsole("assert", True, Str("never"))
		callConsole("assert", False, Str("why %s"), Str("x"))
		callConsole("assert", False)
		callConsole("dir", nested(3), obj("depth", 0))
		callConsole("debug", Str("%c styled"), Str("color: red"))
	})
	assert.Equal(t, `plain 1
default: 1
default: 2
x: 1
default: 1
G
  a
  b
    { k: [ 1, 2 ] }
after
{ a: [Object] }
 styled
`, stdout)
	assert.Equal(t, "to stderr\nAssertion failed: why x\nAssertion failed\n", stderr)
}

// The expected tables were printed by node v20.20.2's console.table.
func TestConsoleTable(t *testing.T) {
	stdout, _ := captureOutput(func() {
		callConsole("table", arr(obj("a", 1, "b", "x"), obj("a", 22, "c", arr(1, 2, 3, 4))))
		callConsole("table", arr(1, "ab"))
		callConsole("table", obj("r1", obj("c", 1), "r2", obj("c", 2)), arr("c"))
		callConsole("table", Int(5))
		callConsole("table", obj("a", obj("x", 1, "y", obj("deep", true)), "b", "prim", "c", arr(1, 2, 3, 4)))
		callConsole("table", obj(NewSymbol("s"), obj("a", 1), "b", obj("a", 2, NewSymbol("t"), 3)))
		callConsole("table", arr(obj("a", 1)), arr())
	})
	assert.Equal(t, `┌─────────┬────┬─────┬──────────────────────────────┐
│ (index) │ a  │ b   │ c                            │
├─────────┼────┼─────┼──────────────────────────────┤
│ 0       │ 1  │ 'x' │                              │
│ 1       │ 22 │     │ [ 1, 2, 3, ... 1 more item ] │
└─────────┴────┴─────┴──────────────────────────────┘
┌─────────┬────────┐
│ (index) │ Values │
├─────────┼────────┤
│ 0       │ 1      │
│ 1       │ 'ab'   │
└─────────┴────────┘
┌─────────┬───┐
│ (index) │ c │
├─────────┼───┤
│ r1      │ 1 │
│ r2      │ 2 │
└─────────┴───┘
5
┌─────────┬───┬───┬───┬───┬───┬────────────────┬────────┐
│ (index) │ 0 │ 1 │ 2 │ 3 │ x │ y              │ Values │
├─────────┼───┼───┼───┼───┼───┼────────────────┼────────┤
│ a       │   │   │   │   │ 1 │ { deep: true } │        │
│ b       │   │   │   │   │   │                │ 'prim' │
│ c       │ 1 │ 2 │ 3 │ 4 │   │                │        │
└─────────┴───┴───┴───┴───┴───┴────────────────┴────────┘
┌─────────┬───┐
│ (index) │ a │
├─────────┼───┤
│ b       │ 2 │
└─────────┴───┘
┌─────────┐
│ (index) │
├─────────┤
│ 0       │
└─────────┘
`, stdout)
	// console.table([1], 'x')
	exc := TryCatch(func() { callConsole("table", arr(1), Str("x")) })
	assert.Equal(t, `TypeError: The "properties" argument must be an instance of Array. Received type string ('x')`, errorToString(exc.Value.Object()))
}

// formatDuration's expectations come from node's formatTime (exported
// for its tests) under node v20.20.2.
func TestFormatDuration(t *testing.T) {
	for ms, want := range map[float64]string{
		0.0625:  "0.063ms",
		12.3456: "12.346ms",
		999.9:   "999.9ms",
		1500:    "1.500s",
		61234.5: "1:01.234 (m:ss.mmm)",
		3723004: "1:02:03.004 (h:mm:ss.mmm)",
	} {
		assert.Equal(t, want, formatDuration(ms), ms)
	}
}

// The expected text is node v20.20.2's console.log(console).
func TestInspectConsole(t *testing.T) {
	assert.Equal(t, `Object [console] {
  log: [Function: log],
  warn: [Function: warn],
  dir: [Function: dir],
  time: [Function: time],
  timeEnd: [Function: timeEnd],
  timeLog: [Function: timeLog],
  trace: [Function: trace],
  assert: [Function: assert],
  clear: [Function: clear],
  count: [Function: count],
  countReset: [Function: countReset],
  group: [Function: group],
  groupEnd: [Function: groupEnd],
  table: [Function: table],
  debug: [Function: debug],
  info: [Function: info],
  dirxml: [Function: dirxml],
  error: [Function: error],
  groupCollapsed: [Function: groupCollapsed],
  Console: [Function: Console],
  profile: [Function: profile],
  profileEnd: [Function: profileEnd],
  timeStamp: [Function: timeStamp],
  context: [Function: context],
  createTask: [Function: createTask]
}`, Inspect(ObjectValue(Console)))
}

// The expected text is node v20.20.2's for
// util.formatWithOptions({depth: 0}, '%s %O', {a: {b: 1}}, {a: {b: 1}}, {c: {d: 1}})
// and util.formatWithOptions({compact: false}, '%s', {a: 1}).
func TestUtilModule(t *testing.T) {
	util := ObjectValue(NewUtilModule())
	got := CallMethod("util.formatWithOptions", util, Key("formatWithOptions"), obj("depth", 0), Str("%s %O"), nested(1), nested(1), obj("c", obj("d", 1)))
	assert.Equal(t, "{ a: [Object] } { a: [Object] } { c: [Object] }", got.Text())
	got = CallMethod("util.formatWithOptions", util, Key("formatWithOptions"), obj("compact", false), Str("%s"), obj("a", 1))
	assert.Equal(t, "{ a: 1 }", got.Text())
	got = CallMethod("util.inspect", util, Key("inspect"), nested(3), obj("depth", 0))
	assert.Equal(t, "{ a: [Object] }", got.Text())
	custom := UtilInspect.Get(Key("custom"), ObjectValue(UtilInspect))
	assert.Equal(t, "Symbol(nodejs.util.inspect.custom)", Inspect(custom))
	// util.inspect([1, [2, [3]]], false, 0) and util.inspect({}, true)
	got = CallMethod("util.inspect", util, Key("inspect"), arr(1, arr(2, arr(3))), False, Int(0))
	assert.Equal(t, "[ 1, [Array] ]", got.Text())
	got = CallMethod("util.inspect", util, Key("inspect"), arr(1), True)
	assert.Equal(t, "[ 1, [length]: 1 ]", got.Text())
}

// util.promisify and util.inherits, as node v20.20.2 behaves.
func TestUtilPromisifyInherits(t *testing.T) {
	util := ObjectValue(NewUtilModule())
	// function add(a, b, cb) { cb(null, a + b) }; util.promisify(add)(2, 3)
	add := NewFunction("add", 3, func(_ Value, args []Value) Value {
		return Call(args[2], Undefined, Null, Int(int(args[0].num+args[1].num)))
	})
	fn := CallMethod("util.promisify", util, Key("promisify"), ObjectValue(add))
	assert.Equal(t, "add 3", ToGoString(GetProp(fn, Key("name")))+" "+ToGoString(GetProp(fn, Key("length"))))
	assert.Equal(t, "Promise { 5 }", Inspect(Call(fn, Undefined, Int(2), Int(3))))
	// function fail(cb) { cb(new Error('e')) } and function throws() { throw 1 }
	fail := NewFunction("fail", 1, func(_ Value, args []Value) Value { return Call(args[0], Undefined, Str("e")) })
	p := Call(CallMethod("util.promisify", util, Key("promisify"), ObjectValue(fail)), Undefined)
	assert.Equal(t, "Promise { <rejected> 'e' }", Inspect(p))
	throws := NewFunction("throws", 0, func(Value, []Value) Value { Throw(Int(1)); return Undefined })
	p = Call(CallMethod("util.promisify", util, Key("promisify"), ObjectValue(throws)), Undefined)
	assert.Equal(t, "Promise { <rejected> 1 }", Inspect(p))
	exc := TryCatch(func() { CallMethod("util.promisify", util, Key("promisify"), Int(5)) })
	assert.Equal(t, `TypeError: The "original" argument must be of type function. Received type number (5)`, errorToString(exc.Value.Object()))
	// function A() {}; function B() {}; util.inherits(B, A)
	a, b := classInstance("A").Object().Proto(), classInstance("B").Object().Proto()
	ctorA, ctorB := GetProp(ObjectValue(a), Key("constructor")), GetProp(ObjectValue(b), Key("constructor"))
	CallMethod("util.inherits", util, Key("inherits"), ctorB, ctorA)
	assert.True(t, b.Proto() == a)
	assert.True(t, GetProp(ctorB, Key("super_")).Object() == ctorA.Object())
}

// util.types and util.deprecate, as node v20.20.2 answers.
func TestUtilTypesDeprecate(t *testing.T) {
	util := ObjectValue(NewUtilModule())
	types := GetProp(util, Key("types"))
	is := func(name string, v Value) bool { return CallMethod(name, types, Key(name), v).BoolValue() }
	assert.True(t, is("isPromise", promise(PromiseFulfilled, Int(1))))
	assert.False(t, is("isPromise", obj("then", 1)))
	assert.True(t, is("isNativeError", ObjectValue(NewError(TypeErrorPrototype, "x"))))
	assert.False(t, is("isNativeError", obj("name", "Error")))
	assert.True(t, is("isMap", newCollection("Map")))
	assert.False(t, is("isSet", newCollection("Map")))
	assert.False(t, is("isDate", Int(1)))
	// util.deprecate((a, b) => a + b, 'msg')(1, 2)
	add := NewFunction("add", 2, func(_ Value, args []Value) Value { return Number(args[0].num + args[1].num) })
	wrapped := CallMethod("util.deprecate", util, Key("deprecate"), ObjectValue(add), Str("msg"))
	assert.True(t, wrapped.Object().Proto() == add)
	exc := TryCatch(func() { CallMethod("util.deprecate", util, Key("deprecate"), ObjectValue(add), Str("msg"), Int(1)) })
	assert.Equal(t, `TypeError: The "code" argument must be of type string. Received type number (1)`, errorToString(exc.Value.Object()))
}

// util.isDeepStrictEqual, as node v20.20.2 answers.
func TestUtilIsDeepStrictEqual(t *testing.T) {
	cyclic := func() Value {
		o := obj("n", 1).Object()
		o.CreateDataProperty(Key("self"), ObjectValue(o))
		return ObjectValue(o)
	}
	for _, tt := range []struct {
		js   string
		a, b Value
		want bool
	}{
		{`NaN, NaN`, Number(math.NaN()), Number(math.NaN()), true},
		{`0, -0`, Int(0), Number(math.Copysign(0, -1)), false},
		{`1, '1'`, Int(1), Str("1"), false},
		{`{a: [1, {b: 2}]}, {a: [1, {b: 2}]}`, obj("a", arr(1, obj("b", 2))), obj("a", arr(1, obj("b", 2))), true},
		{`{a: 1, b: 2}, {b: 2, a: 1}`, obj("a", 1, "b", 2), obj("b", 2, "a", 1), true},
		{`{a: 1}, {a: 1, b: undefined}`, obj("a", 1), obj("a", 1, "b", Undefined), false},
		{`[1, , 3], [1, undefined, 3]`, withHoles(3, map[int]Value{0: Int(1), 2: Int(3)}), arr(1, Undefined, 3), false},
		{`[], {}`, arr(), obj(), false},
		{`new Set([{a: 1}]), new Set([{a: 1}])`, newCollection("Set", obj("a", 1)), newCollection("Set", obj("a", 1)), true},
		{`new Map([[{k: 1}, 'v']]), new Map([[{k: 1}, 'w']])`, newCollection("Map", arr(obj("k", 1), "v")), newCollection("Map", arr(obj("k", 1), "w")), false},
		{`new Error('x'), new TypeError('x')`, ObjectValue(NewError(ErrorPrototype, "x")), ObjectValue(NewError(TypeErrorPrototype, "x")), false},
		{`new Error('x'), new Error('y')`, ObjectValue(NewError(ErrorPrototype, "x")), ObjectValue(NewError(ErrorPrototype, "y")), false},
		{`two cycles of the same shape`, cyclic(), cyclic(), true},
	} {
		assert.Equal(t, tt.want, (&deepEqual{}).equal(tt.a, tt.b), tt.js)
	}
}

// util.callbackify's function shape and argument check, and the forms of
// node's ERR_INVALID_ARG_TYPE subject, as node v20.20.2 prints them.
func TestUtilCallbackify(t *testing.T) {
	util := ObjectValue(NewUtilModule())
	fetch := NewFunction("fetchUser", 1, func(Value, []Value) Value { return promise(PromiseFulfilled, Int(1)) })
	cb := CallMethod("util.callbackify", util, Key("callbackify"), ObjectValue(fetch))
	assert.Equal(t, "fetchUserCallbackified 2", ToGoString(GetProp(cb, Key("name")))+" "+ToGoString(GetProp(cb, Key("length"))))
	for _, tt := range []struct{ js, want string }{
		{`util.callbackify(fetchUser)(0)`, `TypeError: The last argument must be of type function. Received type number (0)`},
		{`util.inherits(function A() {}, Object.assign(function B() {}, {prototype: undefined}))`,
			`TypeError: The "superCtor.prototype" property must be of type object. Received undefined`},
	} {
		exc := TryCatch(func() {
			if strings.HasPrefix(tt.js, "util.callbackify") {
				Call(cb, Undefined, Int(0))
				return
			}
			b := NewFunction("B", 0, returnUndefined)
			b.DefineData(Key("prototype"), Undefined, Writable)
			CallMethod("util.inherits", util, Key("inherits"), ObjectValue(NewFunction("A", 0, returnUndefined)), ObjectValue(b))
		})
		assert.Equal(t, tt.want, errorToString(exc.Value.Object()), tt.js)
	}
}
