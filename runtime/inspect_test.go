package runtime

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Builders of test values, so that each case reads like its JavaScript.

// obj makes a plain object from key, value pairs (a value may be a Go
// string, int, float64 or a Value).
func obj(kv ...any) Value {
	o := NewPlainObject()
	for i := 0; i < len(kv); i += 2 {
		var k PropertyKey
		switch key := kv[i].(type) {
		case string:
			k = Key(key)
		case *Symbol:
			k = SymbolKey(key)
		}
		o.CreateDataProperty(k, val(kv[i+1]))
	}
	return ObjectValue(o)
}

func val(x any) Value {
	switch x := x.(type) {
	case string:
		return Str(x)
	case int:
		return Int(x)
	case float64:
		return Number(x)
	case bool:
		return Bool(x)
	case Value:
		return x
	case *Object:
		return ObjectValue(x)
	}
	panic("val: unsupported")
}

func arr(xs ...any) Value {
	vs := make([]Value, len(xs))
	for i, x := range xs {
		vs[i] = val(x)
	}
	return ObjectValue(NewArray(vs))
}

func returnUndefined(Value, []Value) Value { return Undefined }

func rangeArr(n int, f func(i int) Value) Value {
	vs := make([]Value, n)
	for i := range vs {
		vs[i] = f(i)
	}
	return ObjectValue(NewArray(vs))
}

// classInstance makes `new (class Name {})` with the given own properties.
func classInstance(name string, kv ...any) Value {
	ctor := NewFunction(name, 0, func(Value, []Value) Value { return Undefined })
	proto := NewPlainObject()
	ctor.DefineData(Key("prototype"), ObjectValue(proto), 0)
	proto.DefineData(Key("constructor"), ObjectValue(ctor), Hidden)
	o := obj(kv...).Object()
	o.SetProtoRaw(proto)
	return ObjectValue(o)
}

func withHoles(n int, set map[int]Value) Value {
	a := NewArray(nil)
	a.SetLength(n)
	for i, v := range set {
		a.Elements()[i] = v
	}
	return ObjectValue(a)
}

func circular() Value {
	o := obj("name", "root").Object()
	o.CreateDataProperty(Key("self"), ObjectValue(o))
	o.CreateDataProperty(Key("list"), arr(1, ObjectValue(o)))
	return ObjectValue(o)
}

func accessors() Value {
	o := NewPlainObject()
	f := NewFunction("f", 0, func(Value, []Value) Value { return Int(1) })
	o.DefineAccessor(Key("g"), f, nil, Default)
	o.DefineAccessor(Key("s"), nil, f, Default)
	o.DefineAccessor(Key("gs"), f, f, Default)
	o.DefineData(Key("hidden"), Int(1), Hidden)
	return ObjectValue(o)
}

func nested(depth int) Value {
	v := obj("x", 1)
	for i := 0; i < depth; i++ {
		v = obj("a", v)
	}
	return v
}

// The expected strings were printed by node v20.20.2 running
// `console.log(util.inspect(<js>))` for each case's js.
var inspectTests = []struct {
	js   string
	v    Value
	want string
}{
	{`'abc'`, Str("abc"), `'abc'`},
	{`"it's"`, Str("it's"), `"it's"`},
	{`'it\'s "q"'`, Str(`it's "q"`), "`it's \"q\"`"},
	{"'it\\'s \"q\" `b`'", Str("it's \"q\" `b`"), `'it\'s "q" ` + "`b`'"},
	{`'a\nb\t\x00\x7f\\'`, Str("a\nb\t\x00\x7f\\"), `'a\nb\t\x00\x7F\\'`},
	{`'\u0085\u00e9'`, Str("\u0085\u00e9"), `'\x85é'`},
	{`'\ud800x'`, Str16([]uint16{0xd800, 'x'}), `'\ud800x'`},
	{`'😀'`, Str("😀"), `'😀'`},
	{`-0`, Number(math.Copysign(0, -1)), `-0`},
	{`[-0, 0, 1.5, NaN, -Infinity]`, arr(math.Copysign(0, -1), 0, 1.5, math.NaN(), math.Inf(-1)), `[ -0, 0, 1.5, NaN, -Infinity ]`},
	{`123n`, BigInt(big.NewInt(123)), `123n`},
	{`[undefined, null, true]`, arr(Undefined, Null, true), `[ undefined, null, true ]`},
	{`Symbol('s')`, SymbolValue(NewSymbol("s")), `Symbol(s)`},
	{`[]`, arr(), `[]`},
	{`{}`, obj(), `{}`},
	{`[1, 'a', [2, [3, [4, [5]]]]]`, arr(1, "a", arr(2, arr(3, arr(4, arr(5))))), `[ 1, 'a', [ 2, [ 3, [Array] ] ] ]`},
	{`{a: 1, 'b-c': 2, [Symbol('s')]: 3, __proto__x: 4, _1: 5, '1a': 6}`, obj("a", 1, "b-c", 2, NewSymbol("s"), 3, "__proto__x", 4, "_1", 5, "1a", 6), `{ a: 1, 'b-c': 2, __proto__x: 4, _1: 5, '1a': 6, [Symbol(s)]: 3 }`},
	{`{2: 'two', 1: 'one', b: 1}`, obj("2", "two", "1", "one", "b", 1), `{ '1': 'one', '2': 'two', b: 1 }`},
	{`{"it's": 1}`, obj("it's", 1), `{ "it's": 1 }`},
	{`{a: {b: {c: {d: 1}}}}`, nested(3), `{ a: { a: { a: [Object] } } }`},
	{`{a: {b: {c: {}}}}`, obj("a", obj("b", obj("c", obj()))), `{ a: { b: { c: {} } } }`},
	{`{a: {b: {c: []}}}`, obj("a", obj("b", obj("c", arr()))), `{ a: { b: { c: [] } } }`},
	{`{a: {b: {c: [1]}}}`, obj("a", obj("b", obj("c", arr(1)))), `{ a: { b: { c: [Array] } } }`},
	{`new Array(3)`, withHoles(3, nil), `[ <3 empty items> ]`},
	{`[1, , 3, , , 6, ,]`, withHoles(7, map[int]Value{0: Int(1), 2: Int(3), 5: Int(6)}), `[ 1, <1 empty item>, 3, <2 empty items>, 6, <1 empty item> ]`},
	{`Array.from({length: 7}, (_, i) => i)`, rangeArr(7, Int), `[
  0, 1, 2, 3,
  4, 5, 6
]`},
	{`Array.from({length: 26}, (_, i) => i * 37)`, rangeArr(26, func(i int) Value { return Int(i * 37) }), `[
    0,  37,  74, 111, 148, 185,
  222, 259, 296, 333, 370, 407,
  444, 481, 518, 555, 592, 629,
  666, 703, 740, 777, 814, 851,
  888, 925
]`},
	{`Array.from({length: 30}, (_, i) => 'item' + i)`, rangeArr(30, func(i int) Value { return Str("item" + NumberToString(float64(i))) }), `[
  'item0',  'item1',  'item2',
  'item3',  'item4',  'item5',
  'item6',  'item7',  'item8',
  'item9',  'item10', 'item11',
  'item12', 'item13', 'item14',
  'item15', 'item16', 'item17',
  'item18', 'item19', 'item20',
  'item21', 'item22', 'item23',
  'item24', 'item25', 'item26',
  'item27', 'item28', 'item29'
]`},
	{`Array.from({length: 120}, (_, i) => i)`, rangeArr(120, Int), `[
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
  96, 97, 98, 99,
  ... 20 more items
]`},
	{`[1, 'two', 3, 'four', 5, 'six', 7]`, arr(1, "two", 3, "four", 5, "six", 7), `[
  1, 'two',
  3, 'four',
  5, 'six',
  7
]`},
	{`{ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd' }`, obj("alpha", "aaaaaaaaaa", "beta", "bbbbbbbbbb", "gamma", "cccccccccc", "delta", "dddddddddd"), `{
  alpha: 'aaaaaaaaaa',
  beta: 'bbbbbbbbbb',
  gamma: 'cccccccccc',
  delta: 'dddddddddd'
}`},
	{`{ a: { b: { c: 1 } }, d: [ { e: 1 } ] }`, obj("a", obj("b", obj("c", 1)), "d", arr(obj("e", 1))), `{ a: { b: { c: 1 } }, d: [ { e: 1 } ] }`},
	{`{ a: 'x'.repeat(100) }`, obj("a", strings.Repeat("x", 100)), `{
  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
}`},
	{`['line one\nline two\nline three is long enough to wrap the whole thing']`, arr("line one\nline two\nline three is long enough to wrap the whole thing"), `[
  'line one\nline two\nline three is long enough to wrap the whole thing'
]`},
	{`circular`, circular(), `<ref *1> {
  name: 'root',
  self: [Circular *1],
  list: [ 1, [Circular *1] ]
}`},
	{`accessors`, accessors(), `{ g: [Getter], s: [Setter], gs: [Getter/Setter] }`},
	{`new (class Foo {})`, classInstance("Foo"), `Foo {}`},
	{`Object.assign(new (class Foo {}), {x: 1})`, classInstance("Foo", "x", 1), `Foo { x: 1 }`},
	{`Object.create(null)`, ObjectValue(NewObject(nil)), `[Object: null prototype] {}`},
	{`Object.assign(Object.create(null), {a: 1})`, func() Value { o := NewObject(nil); o.CreateDataProperty(Key("a"), Int(1)); return ObjectValue(o) }(), `[Object: null prototype] { a: 1 }`},
	{`function f() {}`, ObjectValue(NewFunction("f", 0, returnUndefined)), `[Function: f]`},
	{`(() => {})`, ObjectValue(NewFunction("", 0, returnUndefined)), `[Function (anonymous)]`},
	{`Object.assign(function g() {}, {p: 1})`, func() Value {
		f := NewFunction("g", 0, returnUndefined)
		f.CreateDataProperty(Key("p"), Int(1))
		return ObjectValue(f)
	}(), `[Function: g] { p: 1 }`},
	{`[new Number(3), new String('x'), new Boolean(false)]`, arr(ToObject(Int(3)), ToObject(Str("x")), ToObject(False)), `[ [Number: 3], [String: 'x'], [Boolean: false] ]`},
	{`{ '__proto__': 1 } via defineProperty`, obj("__proto__", 1), `{ ['__proto__']: 1 }`},
	{`[[[[]]]]`, arr(arr(arr(arr()))), `[ [ [ [] ] ] ]`},
	{`{ a: [ { b: 1 } ] } nested deeper`, obj("k", obj("a", arr(obj("b", 1)))), `{ k: { a: [ [Object] ] } }`},
}

func TestInspect(t *testing.T) {
	for _, tt := range inspectTests {
		assert.Equal(t, tt.want, Inspect(tt.v), tt.js)
	}
}

func TestInspectOptions(t *testing.T) {
	deep := nested(4)
	opts := DefaultInspectOptions
	opts.Depth = 0
	assert.Equal(t, `{ a: [Object] }`, InspectWith(deep, opts))
	opts.Depth = math.MaxInt
	assert.Equal(t, `{
  a: {
    a: { a: { a: { x: 1 } } }
  }
}`, InspectWith(deep, opts))
	opts = DefaultInspectOptions
	opts.ShowHidden = true
	assert.Equal(t, `[ 1, [length]: 1 ]`, InspectWith(arr(1), opts))
	assert.Equal(t, `{ g: [Getter], s: [Setter], gs: [Getter/Setter], [hidden]: 1 }`, InspectWith(accessors(), opts))
	// util.inspect({a: 1, b: ['x'.repeat(20) + '\n' + 'y'.repeat(60)]}, {compact: false})
	opts = DefaultInspectOptions
	opts.Compact = 0
	long := strings.Repeat("x", 20) + "\n" + strings.Repeat("y", 60)
	assert.Equal(t, "{\n  a: 1,\n  b: [\n    'xxxxxxxxxxxxxxxxxxxx\\n' +\n      'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\n  ]\n}",
		InspectWith(obj("a", 1, "b", arr(long)), opts))
	// util.inspect({a: [1, 2, 3, 4, 5, 6, 7, 8]}, {breakLength: 20})
	opts = DefaultInspectOptions
	opts.BreakLength = 20
	assert.Equal(t, "{\n  a: [\n    1, 2, 3, 4,\n    5, 6, 7, 8\n  ]\n}", InspectWith(obj("a", rangeArr(8, func(i int) Value { return Int(i + 1) })), opts))
}

// errorWithStack makes an error of proto whose stack is the given text, as
// node's errors are with Error.stackTraceLimit = 0 or an assigned stack.
func errorWithStack(proto *Object, message, stack string, kv ...any) *Object {
	e := NewError(proto, message)
	e.DefineData(Key("stack"), Str(stack), Hidden)
	for i := 0; i < len(kv); i += 2 {
		e.CreateDataProperty(Key(kv[i].(string)), val(kv[i+1]))
	}
	return e
}

func promise(state int, v Value) Value {
	p := NewPromise()
	switch state {
	case PromiseFulfilled:
		ResolvePromise(p, v)
	case PromiseRejected:
		RejectPromise(p, v)
	}
	return ObjectValue(p)
}

// The expected strings were printed by node v20.20.2 with
// Error.stackTraceLimit = 0 (or the stack assigned as here).
func TestInspectErrorsAndPromises(t *testing.T) {
	frames := "\n    at f (/a.js:1:1)\n    at g (/a.js:2:2)"
	withCause := errorWithStack(ErrorPrototype, "with cause", "Error: with cause\n    at h (/a.js:9:9)"+frames+"\n    at k (/a.js:3:3)\n    at m (/a.js:4:4)")
	withCause.DefineData(Key("cause"), ObjectValue(errorWithStack(ErrorPrototype, "inner",
		"Error: inner\n    at z (/a.js:8:8)"+frames+"\n    at k (/a.js:3:3)\n    at m (/a.js:4:4)")), Hidden)
	myErrCtor := NewFunction("MyErr", 0, returnUndefined)
	myErrProto := NewObject(ErrorPrototype)
	myErrCtor.DefineData(Key("prototype"), ObjectValue(myErrProto), 0)
	myErrProto.DefineData(Key("constructor"), ObjectValue(myErrCtor), Hidden)
	stringCause := errorWithStack(ErrorPrototype, "outer", "Error: outer")
	stringCause.DefineData(Key("cause"), Str("why"), Hidden)

	tests := []struct {
		js   string
		v    Value
		want string
	}{
		{`new Error('boom')`, ObjectValue(errorWithStack(ErrorPrototype, "boom", "Error: boom")), `[Error: boom]`},
		{`Object.assign(new TypeError('bad'), {code: 'E_BAD'})`, ObjectValue(errorWithStack(TypeErrorPrototype, "bad", "TypeError: bad", "code", "E_BAD")), `[TypeError: bad] { code: 'E_BAD' }`},
		{`{err: new RangeError('r')}`, obj("err", errorWithStack(RangeErrorPrototype, "r", "RangeError: r")), `{ err: [RangeError: r] }`},
		{`e with stack "Error: top" + frames`, ObjectValue(errorWithStack(ErrorPrototype, "top", "Error: top"+frames)), "Error: top" + frames},
		{`{nested: e}`, obj("nested", errorWithStack(ErrorPrototype, "top", "Error: top"+frames)), "{\n  nested: Error: top\n      at f (/a.js:1:1)\n      at g (/a.js:2:2)\n}"},
		{`new Error('outer', {cause: 'why'})`, ObjectValue(stringCause), `[Error: outer] { [cause]: 'why' }`},
		{`e2 with cause inner`, ObjectValue(withCause), `Error: with cause
    at h (/a.js:9:9)
    at f (/a.js:1:1)
    ... 2 lines matching cause stack trace ...
    at m (/a.js:4:4) {
  [cause]: Error: inner
      at z (/a.js:8:8)
      at f (/a.js:1:1)
      at g (/a.js:2:2)
      at k (/a.js:3:3)
      at m (/a.js:4:4)
}`},
		{`named.name = 'Custom'`, ObjectValue(errorWithStack(ErrorPrototype, "m", "Custom: m", "name", "Custom")), `[Custom: m]`},
		{`new MyErr('x')`, ObjectValue(errorWithStack(myErrProto, "x", "Error: x")), `[MyErr [Error]: x]`},
		{`new Error()`, ObjectValue(errorWithStack(ErrorPrototype, "", "Error")), `[Error]`},
		{`Promise.resolve(1)`, promise(PromiseFulfilled, Int(1)), `Promise { 1 }`},
		{`Promise.reject(new Error('no'))`, promise(PromiseRejected, ObjectValue(errorWithStack(ErrorPrototype, "no", "Error: no"))), `Promise { <rejected> [Error: no] }`},
		{`new Promise(() => {})`, promise(PromisePending, Undefined), `Promise { <pending> }`},
		{`Promise.resolve({a: [1, 2]})`, promise(PromiseFulfilled, obj("a", arr(1, 2))), `Promise { { a: [ 1, 2 ] } }`},
		{`[Promise.resolve('s')]`, arr(promise(PromiseFulfilled, Str("s"))), `[ Promise { 's' } ]`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Inspect(tt.v), tt.js)
	}
}

// The expected strings were printed by node v20.20.2 for the objects the
// comments show, whose [util.inspect.custom] methods decide their text.
func TestInspectCustom(t *testing.T) {
	custom := customInspectSymbol()
	withCustom := func(fn NativeFunc, kv ...any) Value {
		o := obj(kv...).Object()
		o.CreateDataProperty(SymbolKey(custom), ObjectValue(NewFunction("[nodejs.util.inspect.custom]", 0, fn)))
		return ObjectValue(o)
	}
	describe := func(this Value, args []Value) Value {
		opts := Arg(args, 1).Object()
		return Str("CUSTOM " + ToGoString(Arg(args, 0)) + " " + ToGoString(opts.Get(Key("breakLength"), Arg(args, 1))) +
			" " + ToGoString(Bool(Arg(args, 2).Object() == UtilInspect)))
	}
	// {x: {a: 1, [custom](depth, opts, inspect) { return `CUSTOM ${depth} ${opts.breakLength} ${inspect === util.inspect}` }}}
	assert.Equal(t, `{ x: CUSTOM 1 80 true }`, Inspect(obj("x", withCustom(describe, "a", 1))))
	// {[custom](depth, opts) { return opts.stylize('s', 'special') + opts.stylize.length }}
	stylize := func(_ Value, args []Value) Value {
		opts := Arg(args, 1)
		f := GetProp(opts, Key("stylize"))
		return Concat(Call(f, opts, Str("s"), Str("special")), ToString(GetProp(f, Key("length"))))
	}
	assert.Equal(t, `s1`, Inspect(withCustom(stylize)))
	// {x: {[custom]() { return {y: [2]} }}}
	assert.Equal(t, `{ x: { y: [ 2 ] } }`, Inspect(obj("x", withCustom(func(Value, []Value) Value { return obj("y", arr(2)) }))))
	// {x: {[custom]() { return 'l1\nl2' }}}
	assert.Equal(t, "{\n  x: l1\n  l2\n}", Inspect(obj("x", withCustom(func(Value, []Value) Value { return Str("l1\nl2") }))))
	// [{[custom]() { return this }, z: 1}]
	self := withCustom(func(this Value, _ []Value) Value { return this }, "z", 1)
	assert.Equal(t, "[\n  {\n    z: 1,\n    [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n  }\n]", Inspect(arr(self)))
}

// The expected strings were printed by node v20.20.2 for the JavaScript in
// each case's js.
func TestInspectFunctionsAndBuiltins(t *testing.T) {
	classA := NewClass(&FuncInfo{Name: "A", Kind: FuncClass, Source: "class A {}"}, Undefined, false, nil)
	classB := NewClass(&FuncInfo{Name: "B", Kind: FuncDerivedClass, Source: "class B extends A {}"}, ObjectValue(classA), true, nil)
	classC := NewClass(&FuncInfo{Name: "C", Kind: FuncClass, Source: "class C { static x = 1 }"}, Undefined, false, nil)
	classC.CreateDataProperty(Key("x"), Int(1))
	anonymous := NewClass(&FuncInfo{Kind: FuncClass, Source: "class {}"}, Undefined, false, nil)
	f := NewUserFunction(&FuncInfo{Name: "f", Source: "function f() {}"}, returnUndefined)
	arrow := NewUserFunction(&FuncInfo{Kind: FuncArrow, Source: "() => {}"}, returnUndefined)
	regexpWithKey := NewRegExp("re", "")
	regexpWithKey.CreateDataProperty(Key("k"), Int(1))
	values := func() Value { return CallMethod("values", arr(1, 2), Key("values")) }
	dateWithKey := NewDate(86400000)
	dateWithKey.CreateDataProperty(Key("k"), Int(1))

	tests := []struct {
		js   string
		v    Value
		want string
	}{
		{`class A {}`, ObjectValue(classA), `[class A]`},
		{`class B extends A {}`, ObjectValue(classB), `[class B extends A]`},
		{`class C { static x = 1 }`, ObjectValue(classC), `[class C] { x: 1 }`},
		{`new B`, Construct(ObjectValue(classB), nil), `B {}`},
		{`class {}`, ObjectValue(anonymous), `[class (anonymous)]`},
		{`function f() {}`, f, `[Function: f]`},
		{`() => {}`, arrow, `[Function (anonymous)]`},
		{`(function () { return arguments })(1, 'two')`, NewArguments([]Value{Int(1), Str("two")}), `[Arguments] { '0': 1, '1': 'two' }`},
		{`/a+/gi`, ObjectValue(NewRegExp("a+", "gi")), `/a+/gi`},
		{`{r: /x/}`, obj("r", NewRegExp("x", "")), `{ r: /x/ }`},
		{`Object.assign(/re/, {k: 1})`, ObjectValue(regexpWithKey), `/re/ { k: 1 }`},
		{`new Date(0)`, ObjectValue(NewDate(0)), `1970-01-01T00:00:00.000Z`},
		{`[new Date(NaN)]`, arr(NewDate(math.NaN())), `[ Invalid Date ]`},
		{`{d: new Date(0)}`, obj("d", NewDate(0)), `{ d: 1970-01-01T00:00:00.000Z }`},
		{`Object.assign(new Date(86400000), {k: 1})`, ObjectValue(dateWithKey), `1970-01-02T00:00:00.000Z { k: 1 }`},
		{`[1, 2].values()`, values(), `Object [Array Iterator] {}`},
		{`[[1, 2].values()]`, arr(values()), `[ Object [Array Iterator] {} ]`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Inspect(tt.v), tt.js)
	}
}

func newCollection(ctor string, items ...Value) Value {
	c := Global.Get(Key(ctor), ObjectValue(Global))
	if len(items) == 0 {
		return Construct(c, nil)
	}
	return Construct(c, nil, arr(toAny(items)...))
}

func toAny(vs []Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// The expected strings were printed by node v20.20.2 for
// m = new Map([[1, {a: 1}], ['k', [1, 2]]]) and s = new Set([1, 'x']).
func TestInspectCollections(t *testing.T) {
	m := func() Value { return newCollection("Map", arr(1, obj("a", 1)), arr("k", arr(1, 2))) }
	s := func() Value { return newCollection("Set", Int(1), Str("x")) }
	exhausted := func(n int) Value {
		it := CallMethod("m.keys", m(), Key("keys"))
		for i := 0; i < n; i++ {
			CallMethod("it.next", it, Key("next"))
		}
		return it
	}
	tests := []struct {
		js   string
		v    Value
		want string
	}{
		{`m`, m(), `Map(2) { 1 => { a: 1 }, 'k' => [ 1, 2 ] }`},
		{`s`, s(), `Set(2) { 1, 'x' }`},
		{`{m}`, obj("m", m()), `{ m: Map(2) { 1 => { a: 1 }, 'k' => [ 1, 2 ] } }`},
		{`[new Map(), new Set()]`, arr(newCollection("Map"), newCollection("Set")), `[ Map(0) {}, Set(0) {} ]`},
		{`[new WeakMap(), new WeakSet()]`, arr(newCollection("WeakMap"), newCollection("WeakSet")), `[ WeakMap { <items unknown> }, WeakSet { <items unknown> } ]`},
		{`new Map([[{a:{b:{c:1}}}, new Set([[1,[2,[3]]]])]])`, newCollection("Map", arr(nested(2), newCollection("Set", arr(1, arr(2, arr(3)))))), `Map(1) { { a: { a: [Object] } } => Set(1) { [ 1, [Array] ] } }`},
		{`m.entries()`, CallMethod("m.entries", m(), Key("entries")), `[Map Entries] { [ 1, { a: 1 } ], [ 'k', [ 1, 2 ] ] }`},
		{`m.keys()`, CallMethod("m.keys", m(), Key("keys")), `[Map Iterator] { 1, 'k' }`},
		{`m.values()`, CallMethod("m.values", m(), Key("values")), `[Map Iterator] { { a: 1 }, [ 1, 2 ] }`},
		{`s.values()`, CallMethod("s.values", s(), Key("values")), `[Set Iterator] { 1, 'x' }`},
		{`s.entries()`, CallMethod("s.entries", s(), Key("entries")), `[Set Entries] { [ 1, 1 ], [ 'x', 'x' ] }`},
		{`it = m.keys(); it.next()`, exhausted(1), `[Map Iterator] { 'k' }`},
		{`it = m.keys(); it.next(); it.next(); it.next()`, exhausted(3), `[Map Iterator] {  }`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Inspect(tt.v), tt.js)
	}
}

// fakeTypedArray is enough of a Uint8Array for inspect: its class, a
// prototype with length, @@iterator and @@toStringTag, and its elements.
func fakeTypedArray(name string, elems ...Value) Value {
	ctor := NewFunction(name, 0, returnUndefined)
	proto := NewPlainObject()
	ctor.DefineData(Key("prototype"), ObjectValue(proto), 0)
	proto.DefineData(Key("constructor"), ObjectValue(ctor), Hidden)
	proto.DefineAccessor(SymbolKey(SymToStringTag), NewFunction("get", 0, func(Value, []Value) Value { return Str(name) }), nil, Configurable)
	proto.DefineData(SymbolKey(SymIterator), ObjectValue(NewFunction("values", 0, returnUndefined)), Hidden)
	ta := NewClassObject(proto, ClassTypedArray, nil)
	proto.DefineAccessor(Key("length"), NewFunction("get length", 0, func(Value, []Value) Value { return Int(len(elems)) }), nil, Configurable)
	for i, e := range elems {
		ta.DefineData(Key(NumberToString(float64(i))), e, Writable|Enumerable)
	}
	return ObjectValue(ta)
}

// The expected strings were printed by node v20.20.2 for real typed arrays.
func TestInspectTypedArrays(t *testing.T) {
	withKey := fakeTypedArray("Uint8Array", Int(0), Int(0))
	withKey.Object().CreateDataProperty(Key("k"), Int(1))
	assert.Equal(t, `Uint8Array(2) [ 1, 255 ]`, Inspect(fakeTypedArray("Uint8Array", Int(1), Int(255))))
	assert.Equal(t, `Float64Array(0) []`, Inspect(fakeTypedArray("Float64Array")))
	assert.Equal(t, `[ Int32Array(3) [ 0, 0, 0 ] ]`, Inspect(arr(fakeTypedArray("Int32Array", Int(0), Int(0), Int(0)))))
	assert.Equal(t, `BigInt64Array(1) [ 5n ]`, Inspect(fakeTypedArray("BigInt64Array", BigInt(big.NewInt(5)))))
	assert.Equal(t, `Uint8Array(2) [ 0, 0, k: 1 ]`, Inspect(withKey))
	zeros := make([]Value, 120)
	for i := range zeros {
		zeros[i] = Int(0)
	}
	assert.Equal(t, `Uint8Array(120) [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0,
  ... 20 more items
]`, Inspect(fakeTypedArray("Uint8Array", zeros...)))
}

// The expected strings were printed by node v20.20.2 for
// b = new ArrayBuffer(3) holding 1, 255, 16.
func TestInspectArrayBuffers(t *testing.T) {
	b := NewArrayBuffer(3)
	bytes, _ := ArrayBufferBytes(b)
	copy(bytes, []byte{1, 255, 16})
	assert.Equal(t, `ArrayBuffer { [Uint8Contents]: <01 ff 10>, byteLength: 3 }`, Inspect(ObjectValue(b)))
	assert.Equal(t, `[ ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 } ]`, Inspect(arr(NewArrayBuffer(0))))
	assert.Equal(t, "ArrayBuffer {\n  [Uint8Contents]: <"+strings.TrimSuffix(strings.Repeat("00 ", 100), " ")+" ... 20 more bytes>,\n  byteLength: 120\n}",
		Inspect(ObjectValue(NewArrayBuffer(120))))
	u16 := NewTypedArray("Uint16Array", []byte{1, 0, 2, 0})
	assert.Equal(t, `Uint16Array(2) [ 1, 2 ]`, Inspect(ObjectValue(u16)))
	assert.Equal(t, `ArrayBuffer { [Uint8Contents]: <01 00 02 00>, byteLength: 4 }`, Inspect(u16.Get(Key("buffer"), ObjectValue(u16))))
}

// The expected strings were printed by node v20.20.2: a proxy shows as its
// target, and no trap runs.
func TestInspectProxy(t *testing.T) {
	var trapped []string
	handler := NewPlainObject()
	handler.CreateDataProperty(Key("get"), ObjectValue(NewFunction("get", 3, func(_ Value, args []Value) Value {
		trapped = append(trapped, "get")
		return Undefined
	})))
	p := NewProxy(obj("a", 1, "b", arr(1, 2)), ObjectValue(handler))
	assert.Equal(t, `{ a: 1, b: [ 1, 2 ] }`, Inspect(ObjectValue(p)))
	assert.Equal(t, `[ { a: 1, b: [ 1, 2 ] } ]`, Inspect(arr(p)))
	assert.Empty(t, trapped)
	revocable := CallMethod("Proxy.revocable", ObjectValue(ProxyConstructor), Key("revocable"), obj(), obj()).Object()
	CallMethod("r.revoke", ObjectValue(revocable), Key("revoke"))
	revoked := revocable.Get(Key("proxy"), ObjectValue(revocable))
	assert.Equal(t, `<Revoked Proxy> [ <Revoked Proxy> ]`, Format([]Value{revoked, arr(revoked)}))
	// new Proxy(new Proxy({deep: true}, {}), {})
	assert.Equal(t, `{ deep: true }`, Inspect(ObjectValue(NewProxy(ObjectValue(NewProxy(obj("deep", true), obj())), obj()))))
}

// The expected strings were printed by node v20.20.2's util.inspect with
// the options named in each case.
func TestInspectSortedGettersSeparators(t *testing.T) {
	with := func(set func(*InspectOptions)) InspectOptions {
		opts := DefaultInspectOptions
		set(&opts)
		return opts
	}
	sorted := with(func(o *InspectOptions) { o.Sorted = true })
	keyed := arr(3, 1).Object()
	keyed.CreateDataProperty(Key("z"), Int(1))
	keyed.CreateDataProperty(Key("y"), Int(2))
	m := newCollection("Map", arr("k2", 1), arr("k1", 2))
	descending := NewFunction("desc", 2, func(_ Value, args []Value) Value {
		if compareUTF16(ToString(args[0]), ToString(args[1])) < 0 {
			return Int(1)
		}
		return Int(-1)
	})
	getter := func(v Value) *Object { return NewFunction("get", 0, func(Value, []Value) Value { return v }) }
	acc := NewPlainObject()
	acc.DefineAccessor(Key("a"), getter(Int(1)), nil, Default)
	acc.DefineAccessor(Key("b"), getter(obj("x", 1)), nil, Default)
	acc.DefineAccessor(Key("n"), getter(Null), nil, Default)
	acc.DefineAccessor(Key("t"), NewFunction("t", 0, func(Value, []Value) Value {
		ThrowError(ErrorPrototype, "bad")
		return Undefined
	}), nil, Default)
	acc.DefineAccessor(Key("gs"), getter(Str("s")), getter(Undefined), Default)
	acc.DefineAccessor(Key("only"), nil, getter(Undefined), Default)
	for _, tt := range []struct {
		js   string
		v    Value
		opts InspectOptions
		want string
	}{
		{`{ b: 2, a: 1, c: [3, 1] }, { sorted: true }`, obj("b", 2, "a", 1, "c", arr(3, 1)), sorted, "{ a: 1, b: 2, c: [ 3, 1 ] }"},
		{`[3, 1] with z and y, { sorted: true }`, ObjectValue(keyed), sorted, "[ 3, 1, y: 2, z: 1 ]"},
		{`new Map([['k2', 1], ['k1', 2]]), { sorted: true }`, m, sorted, "Map(2) { 'k1' => 2, 'k2' => 1 }"},
		{`{ a: 1, b: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }`, obj("a", 1, "b", 2, "c", 3),
			with(func(o *InspectOptions) { o.Sorted, o.SortCompare = true, ObjectValue(descending) }), "{ c: 3, b: 2, a: 1 }"},
		{`acc, { getters: true }`, ObjectValue(acc), with(func(o *InspectOptions) { o.Getters = getAll }),
			"{\n  a: [Getter: 1],\n  b: [Getter] { x: 1 },\n  n: [Getter: null],\n  t: [Getter: <Inspection threw (bad)>],\n  gs: [Getter/Setter: 's'],\n  only: [Setter]\n}"},
		{`acc, { getters: 'get' }`, ObjectValue(acc), with(func(o *InspectOptions) { o.Getters = getOnly }),
			"{\n  a: [Getter: 1],\n  b: [Getter] { x: 1 },\n  n: [Getter: null],\n  t: [Getter: <Inspection threw (bad)>],\n  gs: [Getter/Setter],\n  only: [Setter]\n}"},
		{`acc, { getters: 'set' }`, ObjectValue(acc), with(func(o *InspectOptions) { o.Getters = getWithSetter }),
			"{\n  a: [Getter],\n  b: [Getter],\n  n: [Getter],\n  t: [Getter],\n  gs: [Getter/Setter: 's'],\n  only: [Setter]\n}"},
		{`[1234567, 1234.5678, -1000, 1e21, 1.5e-7, 12345678901234567890n], { numericSeparator: true }`,
			arr(1234567, 1234.5678, -1000, 1e21, 1.5e-7, BigInt(new(big.Int).SetUint64(12345678901234567890))),
			with(func(o *InspectOptions) { o.NumericSeparator = true }),
			"[\n  1_234_567,\n  1_234.567_8,\n  -1_000,\n  1e+21,\n  1.5e-_7,\n  12_345_678_901_234_567_890n\n]"},
	} {
		assert.Equal(t, tt.want, InspectWith(tt.v, tt.opts), tt.js)
	}
}

// The expected strings were printed by node v20.20.2's util.inspect with
// compact: true.
func TestInspectCompactTrue(t *testing.T) {
	opts := DefaultInspectOptions
	opts.Compact = compactTrue
	circular := obj("n", 1).Object()
	circular.CreateDataProperty(Key("self"), ObjectValue(circular))
	for _, tt := range []struct {
		js   string
		v    Value
		want string
	}{
		{`{ alpha: 'a'.repeat(30), beta: ['b'.repeat(30), 'c'.repeat(20)] }`,
			obj("alpha", strings.Repeat("a", 30), "beta", arr(strings.Repeat("b", 30), strings.Repeat("c", 20))),
			"{ alpha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n  beta: [ 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccc' ] }"},
		{`{ s: 'x'.repeat(20) + '\n' + 'y'.repeat(70) }`, obj("s", strings.Repeat("x", 20)+"\n"+strings.Repeat("y", 70)),
			"{ s:\n   'xxxxxxxxxxxxxxxxxxxx\\nyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' }"},
		{`c = { n: 1 }; c.self = c`, ObjectValue(circular), "<ref *1> { n: 1, self: [Circular *1] }"},
		{`[{ a: 1 }, { b: 2 }]`, arr(obj("a", 1), obj("b", 2)), "[ { a: 1 }, { b: 2 } ]"},
	} {
		assert.Equal(t, tt.want, InspectWith(tt.v, opts), tt.js)
	}
}

// The expected strings were printed by node v20.20.2's util.inspect with
// showHidden: a typed array's hidden properties, with its buffer shown
// without contents, and the accessors and data of user-defined prototypes.
func TestInspectShowHiddenExtras(t *testing.T) {
	opts := DefaultInspectOptions
	opts.ShowHidden = true
	assert.Equal(t, `Uint8Array(2) [
  0,
  0,
  [BYTES_PER_ELEMENT]: 1,
  [length]: 2,
  [byteLength]: 2,
  [byteOffset]: 0,
  [buffer]: ArrayBuffer { byteLength: 2 }
]`, InspectWith(ObjectValue(NewTypedArray("Uint8Array", []byte{0, 0})), opts))
	// class P { constructor() { this.a = 1; } get g() {} m() {} }; P.prototype.d = 5
	p := classInstance("P", "a", 1).Object()
	proto := p.Proto()
	proto.DefineAccessor(Key("g"), NewFunction("g", 0, returnUndefined), nil, Configurable)
	proto.DefineData(Key("m"), ObjectValue(NewFunction("m", 0, returnUndefined)), Hidden)
	proto.CreateDataProperty(Key("d"), Int(5))
	assert.Equal(t, `P { a: 1, [g]: [Getter], d: 5 }`, InspectWith(ObjectValue(p), opts))
	assert.Equal(t, `P { a: 1 }`, Inspect(ObjectValue(p)))
}

// The expected strings were printed by node v20.20.2: objects without a
// prototype named as V8's GetConstructorName names them.
func TestInspectNullPrototypeNames(t *testing.T) {
	tagged := obj().Object()
	tagged.SetProtoRaw(nil)
	tagged.CreateDataProperty(SymbolKey(SymToStringTag), Str("Tag"))
	// Object.create(Object.create(null, {constructor: {value: function Foo() {}}}))
	fooProto := obj().Object()
	fooProto.SetProtoRaw(nil)
	fooProto.DefineData(Key("constructor"), ObjectValue(NewFunction("Foo", 0, returnUndefined)), Hidden)
	foo := obj().Object()
	foo.SetProtoRaw(fooProto)
	re := Construct(ObjectValue(RegExpConstructor), RegExpConstructor, Str("x"), Str("g")).Object()
	re.SetProtoRaw(nil)
	for _, tt := range []struct {
		js   string
		v    Value
		want string
	}{
		{`o = Object.create(null); o[Symbol.toStringTag] = 'Tag'`, ObjectValue(tagged), `[Tag: null prototype] { [Symbol(Symbol.toStringTag)]: 'Tag' }`},
		{`Object.create(Object.create(null, {constructor: {value: function Foo() {}}}))`, ObjectValue(foo), `Foo <[Object: null prototype] {}> {}`},
		{`r = /x/g; Object.setPrototypeOf(r, null)`, ObjectValue(re), `[RegExp: null prototype] /x/g`},
	} {
		assert.Equal(t, tt.want, Inspect(tt.v), tt.js)
	}
}
