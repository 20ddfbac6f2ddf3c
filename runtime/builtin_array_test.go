package runtime

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// showValue prints a value compactly for table tests; the same printer in
// JavaScript produced the expected strings under node:
//
//	function showValue(v) { if (Array.isArray(v)) return '[' + [...v.keys()].map(i => i in v ? showValue(v[i]) : '').join(',') + ']';
//	  if (typeof v === 'string') return '"' + v + '"'; if (v === undefined) return 'undefined';
//	  if (typeof v === 'object' && v !== null) return '{' + Object.keys(v).map(k => k + ':' + showValue(v[k])).join(',') + '}';
//	  if (Object.is(v, -0)) return '-0'; return String(v) }
func showValue(v Value) string {
	switch {
	case isArray(v):
		o := v.Object()
		parts := make([]string, arrayLikeLength(o))
		for i := range parts {
			if e, ok := hasGetIndex(o, int64(i)); ok {
				parts[i] = showValue(e)
			}
		}
		return "[" + strings.Join(parts, ",") + "]"
	case v.IsString():
		return `"` + v.Text() + `"`
	case v.IsObject() && !v.Object().IsCallable():
		var parts []string
		for _, k := range v.Object().OwnKeys() {
			if d, _ := v.Object().GetOwnProperty(k); k.Symbol == nil && d.Flags&Enumerable != 0 {
				parts = append(parts, k.Name+":"+showValue(getV(v, k)))
			}
		}
		return "{" + strings.Join(parts, ",") + "}"
	case v.IsNumber() && v.num == 0 && math.Signbit(v.num):
		return "-0"
	}
	return ToGoString(v)
}

// toJS converts Go test data to values: numbers, strings, bools, nil as
// undefined, []any as an array, Value as itself.
func toJS(x any) Value {
	switch x := x.(type) {
	case nil:
		return Undefined
	case Value:
		return x
	case int:
		return Int(x)
	case float64:
		return Number(x)
	case string:
		return Str(x)
	case bool:
		return Bool(x)
	case []any:
		vals := make([]Value, len(x))
		for i, e := range x {
			vals[i] = toJS(e)
		}
		return ObjectValue(NewArray(vals))
	}
	panic("js: unsupported test value")
}

func jsFunc(f func(args []Value) Value) Value {
	return ObjectValue(NewFunction("", 0, func(_ Value, args []Value) Value { return f(args) }))
}

// callJS calls this[name](args...).
func callJS(this Value, name string, args ...any) Value {
	vals := make([]Value, len(args))
	for i, a := range args {
		vals[i] = toJS(a)
	}
	return Call(getV(this, Key(name)), this, vals...)
}

// holeyArray makes [0, , 2, , 4].
func holeyArray() Value {
	a := newArrayOfLength(5)
	a.elems[0], a.elems[2], a.elems[4] = Int(0), Int(2), Int(4)
	return ObjectValue(a)
}

// thrownText runs f and returns "Name: message" of what it throws.
func thrownText(f func()) string {
	exc := TryCatch(f)
	if exc == nil {
		return "no exception"
	}
	return ToGoString(exc.Value)
}

func TestArrayMethods(t *testing.T) {
	double := jsFunc(func(a []Value) Value { return Mul(a[0], Int(2)) })
	isEven := jsFunc(func(a []Value) Value { return Bool(int(a[0].num)%2 == 0) })
	desc := jsFunc(func(a []Value) Value { return Sub(a[1], a[0]) })
	byTens := jsFunc(func(a []Value) Value { return Sub(Number(math.Floor(a[0].num/10)), Number(math.Floor(a[1].num/10))) })
	sum := jsFunc(func(a []Value) Value { return Add(a[0], a[1]) })
	pair := jsFunc(func(a []Value) Value { return toJS([]any{a[0], a[1]}) })
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"[1,2,3].at(-1)", func() Value { return callJS(toJS([]any{1, 2, 3}), "at", -1) }, "3"},
		{"[1,2,3].at(5)", func() Value { return callJS(toJS([]any{1, 2, 3}), "at", 5) }, "undefined"},
		{"[1,[2]].concat(3,[4,[5]])", func() Value { return callJS(toJS([]any{1, []any{2}}), "concat", 3, []any{4, []any{5}}) }, "[1,[2],3,4,[5]]"},
		{"[0,,2,,4].concat([1])", func() Value { return callJS(holeyArray(), "concat", []any{1}) }, "[0,,2,,4,1]"},
		{"[1,2,3,4,5].copyWithin(0,3)", func() Value { return callJS(toJS([]any{1, 2, 3, 4, 5}), "copyWithin", 0, 3) }, "[4,5,3,4,5]"},
		{"[1,2,3,4,5].copyWithin(1,0,3)", func() Value { return callJS(toJS([]any{1, 2, 3, 4, 5}), "copyWithin", 1, 0, 3) }, "[1,1,2,3,5]"},
		{"[1,2,3,4].fill(0,1,-1)", func() Value { return callJS(toJS([]any{1, 2, 3, 4}), "fill", 0, 1, -1) }, "[1,0,0,4]"},
		{"[1,2,3,4].filter(isEven)", func() Value { return callJS(toJS([]any{1, 2, 3, 4}), "filter", isEven) }, "[2,4]"},
		{"[1,3,4,6].find(isEven)", func() Value { return callJS(toJS([]any{1, 3, 4, 6}), "find", isEven) }, "4"},
		{"[1,3,4,6].findIndex(isEven)", func() Value { return callJS(toJS([]any{1, 3, 4, 6}), "findIndex", isEven) }, "2"},
		{"[1,3,4,6].findLast(isEven)", func() Value { return callJS(toJS([]any{1, 3, 4, 6}), "findLast", isEven) }, "6"},
		{"[1,3,5].findLastIndex(isEven)", func() Value { return callJS(toJS([]any{1, 3, 5}), "findLastIndex", isEven) }, "-1"},
		{"[1,[2,[3,[4]]]].flat()", func() Value { return callJS(toJS([]any{1, []any{2, []any{3, []any{4}}}}), "flat") }, "[1,2,[3,[4]]]"},
		{"[1,[2,[3,[4]]]].flat(Infinity)", func() Value { return callJS(toJS([]any{1, []any{2, []any{3, []any{4}}}}), "flat", math.Inf(1)) }, "[1,2,3,4]"},
		{"[1,2].flatMap(pair)", func() Value { return callJS(toJS([]any{1, 2}), "flatMap", pair) }, "[1,0,2,1]"},
		{"[NaN].includes(NaN)", func() Value { return callJS(toJS([]any{math.NaN()}), "includes", math.NaN()) }, "true"},
		{"[NaN].indexOf(NaN)", func() Value { return callJS(toJS([]any{math.NaN()}), "indexOf", math.NaN()) }, "-1"},
		{"[1,2,1,2].indexOf(2,2)", func() Value { return callJS(toJS([]any{1, 2, 1, 2}), "indexOf", 2, 2) }, "3"},
		{"[1,2,1,2].lastIndexOf(2,-2)", func() Value { return callJS(toJS([]any{1, 2, 1, 2}), "lastIndexOf", 2, -2) }, "1"},
		{"[1,null,undefined,'a'].join('-')", func() Value { return callJS(toJS([]any{1, Null, nil, "a"}), "join", "-") }, "\"1---a\""},
		{"[0,,2,,4].map(double)", func() Value { return callJS(holeyArray(), "map", double) }, "[0,,4,,8]"},
		{"[1,2,3].reduce(sum)", func() Value { return callJS(toJS([]any{1, 2, 3}), "reduce", sum) }, "6"},
		{"['a','b','c'].reduceRight(sum,'')", func() Value { return callJS(toJS([]any{"a", "b", "c"}), "reduceRight", sum, "") }, "\"cba\""},
		{"[0,,2,,4].reverse()", func() Value { return callJS(holeyArray(), "reverse") }, "[4,,2,,0]"},
		{"[1,2,3,4,5].slice(1,-1)", func() Value { return callJS(toJS([]any{1, 2, 3, 4, 5}), "slice", 1, -1) }, "[2,3,4]"},
		{"[1,2,3].slice(2,1)", func() Value { return callJS(toJS([]any{1, 2, 3}), "slice", 2, 1) }, "[]"},
		{"[0,,2,,4].slice(1)", func() Value { return callJS(holeyArray(), "slice", 1) }, "[,2,,4]"},
		{"[10,9,1,undefined,'b',,2].sort()", func() Value {
			a := toJS([]any{10, 9, 1, nil, "b", nil, 2})
			a.Object().elems[5] = hole
			return callJS(a, "sort")
		}, "[1,10,2,9,\"b\",undefined,]"},
		{"[3,1,2].sort(desc)", func() Value { return callJS(toJS([]any{3, 1, 2}), "sort", desc) }, "[3,2,1]"},
		{"[21,12,25,11,23].sort(byTens)", func() Value { return callJS(toJS([]any{21, 12, 25, 11, 23}), "sort", byTens) }, "[12,11,21,25,23]"},
		{"['\\u{1F600}','\\uffff'].sort()", func() Value { return callJS(toJS([]any{"\U0001F600", "\uffff"}), "sort") }, "[\"😀\",\"￿\"]"},
		{"[0,,2,,4].toSorted(desc)", func() Value {
			return callJS(holeyArray(), "toSorted", jsFunc(func(a []Value) Value { return Sub(Plus(a[1]), Plus(a[0])) }))
		}, "[4,2,0,undefined,undefined]"},
		{"[1,2,3].toReversed()", func() Value { return callJS(toJS([]any{1, 2, 3}), "toReversed") }, "[3,2,1]"},
		{"[1,2,3,4].toSpliced(1,2,'x')", func() Value { return callJS(toJS([]any{1, 2, 3, 4}), "toSpliced", 1, 2, "x") }, "[1,\"x\",4]"},
		{"[1,2,3].with(-1,9)", func() Value { return callJS(toJS([]any{1, 2, 3}), "with", -1, 9) }, "[1,2,9]"},
		{"[1,2].some(isEven)", func() Value { return callJS(toJS([]any{1, 2}), "some", isEven) }, "true"},
		{"[2,4].every(isEven)", func() Value { return callJS(toJS([]any{2, 4}), "every", isEven) }, "true"},
		{"[1,[2,[3]]].toString()", func() Value { return callJS(toJS([]any{1, []any{2, []any{3}}}), "toString") }, "\"1,2,3\""},
		{"Array.from('a\\u{1F600}')", func() Value { return callJS(ObjectValue(ArrayConstructor), "from", "a\U0001F600") }, "[\"a\",\"😀\"]"},
		{"Array.from({length:3}, (v,i)=>i*2)", func() Value {
			o := NewPlainObject()
			o.CreateDataProperty(Key("length"), Int(3))
			return callJS(ObjectValue(ArrayConstructor), "from", ObjectValue(o), jsFunc(func(a []Value) Value { return Mul(a[1], Int(2)) }))
		}, "[0,2,4]"},
		{"Array.from([1,2].entries())", func() Value {
			return callJS(ObjectValue(ArrayConstructor), "from", callJS(toJS([]any{1, 2}), "entries"))
		}, "[[0,1],[1,2]]"},
		{"Array.from([5,6].keys())", func() Value { return callJS(ObjectValue(ArrayConstructor), "from", callJS(toJS([]any{5, 6}), "keys")) }, "[0,1]"},
		{"Array.of(7)", func() Value { return callJS(ObjectValue(ArrayConstructor), "of", 7) }, "[7]"},
		{"Array(3)", func() Value { return Call(ObjectValue(ArrayConstructor), Undefined, Int(3)) }, "[,,]"},
		{"new Array(1,2)", func() Value { return Construct(ObjectValue(ArrayConstructor), nil, Int(1), Int(2)) }, "[1,2]"},
		{"Array.isArray([])", func() Value { return callJS(ObjectValue(ArrayConstructor), "isArray", []any{}) }, "true"},
		{"Array.prototype.map.call('ab', s=>s+s)", func() Value {
			return Call(getV(ObjectValue(ArrayPrototype), Key("map")), Str("ab"), jsFunc(func(a []Value) Value { return Concat(a[0], a[0]) }))
		}, "[\"aa\",\"bb\"]"},
		{"Array.prototype.join.call({length:2,0:'x'})", func() Value {
			o := NewPlainObject()
			o.CreateDataProperty(Key("length"), Int(2))
			o.CreateDataProperty(Key("0"), Str("x"))
			return Call(getV(ObjectValue(ArrayPrototype), Key("join")), ObjectValue(o))
		}, "\"x,\""},
		{"(o={length:1}, Array.prototype.push.call(o,'a','b'), o)", func() Value {
			o := NewPlainObject()
			o.CreateDataProperty(Key("length"), Int(1))
			Call(getV(ObjectValue(ArrayPrototype), Key("push")), ObjectValue(o), Str("a"), Str("b"))
			return ObjectValue(o)
		}, "{1:\"a\",2:\"b\",length:3}"},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

func TestArrayMutators(t *testing.T) {
	for _, c := range []struct {
		js   string
		got  func() (Value, Value)
		want string // result then the array
	}{
		{"a=[1,2,3]; a.splice(1,1,'x','y')", func() (Value, Value) { a := toJS([]any{1, 2, 3}); return callJS(a, "splice", 1, 1, "x", "y"), a }, "[2] [1,\"x\",\"y\",3]"},
		{"a=[0,,2,,4]; a.splice(1,2)", func() (Value, Value) { a := holeyArray(); return callJS(a, "splice", 1, 2), a }, "[,2] [0,,4]"},
		{"a=[1,2,3]; a.splice(-2)", func() (Value, Value) { a := toJS([]any{1, 2, 3}); return callJS(a, "splice", -2), a }, "[2,3] [1]"},
		{"a=[1,2]; a.push(3,4)", func() (Value, Value) { a := toJS([]any{1, 2}); return callJS(a, "push", 3, 4), a }, "4 [1,2,3,4]"},
		{"a=[1,2]; a.pop()", func() (Value, Value) { a := toJS([]any{1, 2}); return callJS(a, "pop"), a }, "2 [1]"},
		{"a=[1,2]; a.shift()", func() (Value, Value) { a := toJS([]any{1, 2}); return callJS(a, "shift"), a }, "1 [2]"},
		{"a=[0,,2,,4]; a.shift()", func() (Value, Value) { a := holeyArray(); return callJS(a, "shift"), a }, "0 [,2,,4]"},
		{"a=[1,2]; a.unshift(8,9)", func() (Value, Value) { a := toJS([]any{1, 2}); return callJS(a, "unshift", 8, 9), a }, "4 [8,9,1,2]"},
		{"a=[0,,2,,4]; a.unshift(9)", func() (Value, Value) { a := holeyArray(); return callJS(a, "unshift", 9), a }, "6 [9,0,,2,,4]"},
	} {
		got := ""
		if exc := TryCatch(func() { r, a := c.got(); got = showValue(r) + " " + showValue(a) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

func TestArrayErrors(t *testing.T) {
	for _, c := range []struct {
		js   string
		f    func()
		want string
	}{
		{"[].reduce((a,b)=>a)", func() { callJS(toJS([]any{}), "reduce", jsFunc(func([]Value) Value { return Undefined })) }, "TypeError: Reduce of empty array with no initial value"},
		{"[1].map(5)", func() { callJS(toJS([]any{1}), "map", 5) }, "TypeError: 5 is not a function"},
		{"new Array(-1)", func() { Construct(ObjectValue(ArrayConstructor), nil, Int(-1)) }, "RangeError: Invalid array length"},
		{"[1].sort(1)", func() { callJS(toJS([]any{1}), "sort", 1) }, "TypeError: The comparison function must be either a function or undefined"},
		{"Array.prototype.map.call(null, x => x)", func() {
			Call(getV(ObjectValue(ArrayPrototype), Key("map")), Null, jsFunc(func(a []Value) Value { return a[0] }))
		}, "TypeError: Array.prototype.map called on null or undefined"},
		{"Array.prototype.slice.call(undefined)", func() { Call(getV(ObjectValue(ArrayPrototype), Key("slice")), Undefined) }, "TypeError: Cannot convert undefined or null to object"},
		{"[1].with(3, 0)", func() { callJS(toJS([]any{1}), "with", 3, 0) }, "RangeError: Invalid index : 3"},
		{"[1].map('x')", func() { callJS(toJS([]any{1}), "map", "x") }, "TypeError: x is not a function"},
		{"[1].map({})", func() { Call(getV(toJS([]any{1}), Key("map")), toJS([]any{1}), ObjectValue(NewPlainObject())) }, "TypeError: #<Object> is not a function"},
		{"[1].map([])", func() { Call(getV(toJS([]any{1}), Key("map")), toJS([]any{1}), toJS([]any{})) }, "TypeError: [object Array] is not a function"},
		{"Array.from(null)", func() { Call(getV(ObjectValue(ArrayConstructor), Key("from")), ObjectValue(ArrayConstructor), Null) }, "TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))"},
		{"Array.from([], 'f')", func() {
			Call(getV(ObjectValue(ArrayConstructor), Key("from")), ObjectValue(ArrayConstructor), toJS([]any{}), Str("f"))
		}, "TypeError: f is not a function"},
		{"[].values().next.call({})", func() { Call(getV(callJS(toJS([]any{}), "values"), Key("next")), ObjectValue(NewPlainObject())) }, "TypeError: Method Array Iterator.prototype.next called on incompatible receiver #<Object>"},
	} {
		assert.Equal(t, c.want, thrownText(c.f), c.js)
	}
}

func TestArrayIteratorLive(t *testing.T) {
	// const a = [1]; const it = a.values(); it.next(); a.push(2); it.next().value === 2
	a := toJS([]any{1})
	it := callJS(a, "values")
	callJS(it, "next")
	callJS(a, "push", 2)
	assert.Equal(t, "{value:2,done:false}", showValue(callJS(it, "next")))
	assert.Equal(t, "{value:undefined,done:true}", showValue(callJS(it, "next")))
	callJS(a, "push", 3)
	assert.Equal(t, "{value:undefined,done:true}", showValue(callJS(it, "next")), "an exhausted iterator stays done")
	assert.Equal(t, "[object Array Iterator]", ToGoString(Str("[object "+ToGoString(getV(it, SymbolKey(SymToStringTag)))+"]")))
}

// FuzzArrayMethods calls every Array.prototype method on arrays made from
// fuzzed bytes (numbers, strings, holes, undefined, nested arrays) with
// fuzzed arguments: each may throw a JavaScript exception, never fail in Go.
func FuzzArrayMethods(f *testing.F) {
	f.Add([]byte{1, 0, 2, 200, 3, 100, 255}, int64(-2), int64(3))
	f.Fuzz(func(t *testing.T, data []byte, n, m int64) {
		n, m = max(-100, min(n, 100)), max(-100, min(m, 100))
		makeArray := func() Value {
			a := newArrayOfLength(int64(len(data)))
			for i, b := range data {
				switch {
				case b == 0:
				case b == 1:
					a.elems[i] = Undefined
				case b < 100:
					a.elems[i] = Int(int(b))
				case b < 200:
					a.elems[i] = Str(string(rune(b)))
				default:
					a.elems[i] = toJS([]any{int(b), []any{int(b)}})
				}
			}
			return ObjectValue(a)
		}
		fn := jsFunc(func(a []Value) Value { return Bool(ToNumber(Arg(a, 0)) > float64(n)) })
		cmp := jsFunc(func(a []Value) Value { return Sub(Plus(Arg(a, 0)), Plus(Arg(a, 1))) })
		for _, k := range ArrayPrototype.OwnKeys() {
			method := getV(ObjectValue(ArrayPrototype), k)
			if !isCallable(method) || k.Name == "constructor" {
				continue
			}
			for _, args := range [][]Value{{fn, Int(int(n))}, {Int(int(n)), Int(int(m))}, {Int(int(n)), Int(int(m)), fn}, {cmp}, nil} {
				TryCatch(func() { Call(method, makeArray(), args...) })
			}
		}
	})
}

func TestArrayMethodsSeeProxiesAsArrays(t *testing.T) {
	// function S(n) { this.made = 'S' + n }
	// const p = () => { const a = [1, 2]; a.constructor = {[Symbol.species]: S}; return new Proxy(a, {}) }
	species := NewConstructor("S", 1, func(Value, []Value) Value { return Undefined }, func(args []Value, _ *Object) Value {
		o := NewPlainObject()
		o.Set(Key("made"), Str("S"+ToGoString(Arg(args, 0))), ObjectValue(o))
		return ObjectValue(o)
	})
	p := func() Value {
		a := toJS([]any{1, 2})
		ctor := NewPlainObject()
		ctor.Set(SymbolKey(SymSpecies), ObjectValue(species), ObjectValue(ctor))
		a.Object().Set(Key("constructor"), ObjectValue(ctor), a)
		return proxyOf(a, opsObj())
	}
	double := jsFunc(func(args []Value) Value { return Mul(args[0], Int(2)) })
	above1 := jsFunc(func(args []Value) Value { return Bool(ToNumber(args[0]) > 1) })
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"Array.isArray(p())", func() Value { return callJS(ObjectValue(ArrayConstructor), "isArray", p()) }, "true"},
		{"Array.isArray(new Proxy({}, {}))", func() Value { return callJS(ObjectValue(ArrayConstructor), "isArray", proxyOf(opsObj(), opsObj())) }, "false"},
		{"[0].concat(p())", func() Value { return callJS(toJS([]any{0}), "concat", p()) }, "[0,1,2]"},
		{"p().concat([3])", func() Value { return callJS(p(), "concat", []any{3}) }, `{0:1,1:2,2:3,made:"S0",length:3}`},
		{"p().slice(0)", func() Value { return callJS(p(), "slice", 0) }, `{0:1,1:2,made:"S2",length:2}`},
		{"p().map(x => x * 2)", func() Value { return callJS(p(), "map", double) }, `{0:2,1:4,made:"S2"}`},
		{"p().filter(x => x > 1)", func() Value { return callJS(p(), "filter", above1) }, `{0:2,made:"S0"}`},
		{"p().splice(0, 1)", func() Value { return callJS(p(), "splice", 0, 1) }, `{0:1,made:"S1",length:1}`},
	} {
		assert.Equal(t, c.want, showValue(c.got()), c.js)
	}
	revoked := func() {
		r := opsCall(opsGlobal("Proxy"), "revocable", opsObj(), opsObj())
		opsCall(r, "revoke")
		callJS(ObjectValue(ArrayConstructor), "isArray", GetProp(r, Key("proxy")))
	}
	assert.Equal(t, "TypeError: Cannot perform 'IsArray' on a proxy that has been revoked", thrownText(revoked))
}

func TestArrayMutatorsOnFrozenArrays(t *testing.T) {
	frozen := func() Value { return opsObject("freeze", toJS([]any{1, 2})) }
	for _, c := range []struct {
		js   string
		f    func()
		want string
	}{
		{"Object.freeze([1,2]).push(3)", func() { callJS(frozen(), "push", 3) }, "TypeError: Cannot add property 2, object is not extensible"},
		{"Object.freeze([1,2]).pop()", func() { callJS(frozen(), "pop") }, "TypeError: Cannot delete property '1' of [object Array]"},
		{"Object.freeze([1,2]).fill(0)", func() { callJS(frozen(), "fill", 0) }, "TypeError: Cannot assign to read only property '0' of object '[object Array]'"},
		{"Object.freeze([1,2]).reverse()", func() { callJS(frozen(), "reverse") }, "TypeError: Cannot assign to read only property '0' of object '[object Array]'"},
		{"Object.freeze([1,2]).unshift(0)", func() { callJS(frozen(), "unshift", 0) }, "TypeError: Cannot add property 2, object is not extensible"},
		{"Object.freeze([1,2]).copyWithin(0,1)", func() { callJS(frozen(), "copyWithin", 0, 1) }, "TypeError: Cannot assign to read only property '0' of object '[object Array]'"},
		{"Object.freeze([]).push()", func() { callJS(opsObject("freeze", toJS([]any{})), "push") }, "TypeError: Cannot assign to read only property 'length' of object '[object Array]'"},
		{"Object.preventExtensions([1,2]).push(3)", func() { callJS(opsObject("preventExtensions", toJS([]any{1, 2})), "push", 3) }, "TypeError: Cannot add property 2, object is not extensible"},
		{"Object.seal([1,2]).push(3)", func() { callJS(opsObject("seal", toJS([]any{1, 2})), "push", 3) }, "TypeError: Cannot add property 2, object is not extensible"},
		{"Array.prototype.pop.call(Object.freeze({length:1,0:1}))", func() {
			Call(getV(ObjectValue(ArrayPrototype), Key("pop")), opsObject("freeze", opsObj("length", Int(1), "0", Int(1))))
		}, "TypeError: Cannot delete property '0' of #<Object>"},
		{"Array.prototype.shift.call(Object.freeze([function f(){}, 2]))", func() {
			callJS(opsObject("freeze", toJS([]any{jsFunc(func([]Value) Value { return Undefined }), 2})), "shift")
		}, "TypeError: Cannot assign to read only property '0' of object '[object Array]'"},
		{"Array.prototype.push.call(Object.freeze({length:0}), 1)", func() {
			Call(getV(ObjectValue(ArrayPrototype), Key("push")), opsObject("freeze", opsObj("length", Int(0))), Int(1))
		}, "TypeError: Cannot add property 0, object is not extensible"},
	} {
		assert.Equal(t, c.want, thrownText(c.f), c.js)
	}
}

// TestArrayElementAttributes covers elements that leave the dense storage
// (non-default attributes) and a read-only length; each expectation is
// what node prints for the JavaScript in its name.
func TestArrayElementAttributes(t *testing.T) {
	nonConfigurable := Descriptor{HasConfig: true}
	readOnlyLength := Descriptor{HasWrite: true}
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"a=[1,2]; defineProperty(a,'1',{configurable:false}); CreateDataProperty(a,'1',22)", func() Value {
			a := toJS([]any{1, 2}).Object()
			a.DefineOwnProperty(Key("1"), nonConfigurable)
			return Bool(a.CreateDataProperty(Key("1"), Int(22)))
		}, "false"},
		{"a=[1,2]; defineProperty(a,'1',{configurable:false}); delete a[1]; a", func() Value {
			a := toJS([]any{1, 2}).Object()
			a.DefineOwnProperty(Key("1"), nonConfigurable)
			return toJS([]any{a.Delete(Key("1")), ObjectValue(a)})
		}, "[false,[1,2]]"},
		{"a=[1,2,3,4]; defineProperty(a,'1',{configurable:false}); a.length=0; a.length", func() Value {
			a := toJS([]any{1, 2, 3, 4}).Object()
			a.DefineOwnProperty(Key("1"), nonConfigurable)
			return toJS([]any{a.Set(Key("length"), Int(0), ObjectValue(a)), int(arrayLikeLength(a))})
		}, "[false,2]"},
		{"a=[]; defineProperty(a,'5',{get(){},configurable:true}); a.length", func() Value {
			a := NewArray(nil)
			a.DefineOwnProperty(Key("5"), Descriptor{Getter: NewFunction("", 0, func(Value, []Value) Value { return Undefined }), HasGet: true, HasConfig: true, Flags: Configurable})
			return Int(int(arrayLikeLength(a)))
		}, "6"},
		{"a=[1,2,3]; defineProperty(a,'length',{writable:false}); a.pop()", func() Value {
			a := toJS([]any{1, 2, 3})
			a.Object().DefineOwnProperty(Key("length"), readOnlyLength)
			return Str(thrownText(func() { callJS(a, "pop") }) + " " + showValue(a))
		}, "\"TypeError: Cannot assign to read only property 'length' of object '[object Array]' [1,2,]\""},
		{"a=[1]; defineProperty(a,'length',{writable:false}); a.push(2)", func() Value {
			a := toJS([]any{1})
			a.Object().DefineOwnProperty(Key("length"), readOnlyLength)
			return Str(thrownText(func() { callJS(a, "push", 2) }))
		}, "\"TypeError: Cannot assign to read only property 'length' of object '[object Array]'\""},
		{"'use strict'; a=[1,2]; defineProperty(a,'length',{writable:false}); a[2]=3", func() Value {
			a := toJS([]any{1, 2})
			a.Object().DefineOwnProperty(Key("length"), readOnlyLength)
			return Str(thrownText(func() { SetIndex(a, Int(2), Int(3), true) }) + " " + showValue(a))
		}, "\"TypeError: Cannot assign to read only property 'length' of object '[object Array]' [1,2]\""},
		{"'use strict'; a=Object.seal([1,2,3]); a.length=0", func() Value {
			a := toJS([]any{1, 2, 3})
			a.Object().elemFlags = Configurable
			a.Object().extensible = false
			return Str(thrownText(func() { SetProp(a, Key("length"), Int(0), true) }))
		}, "\"TypeError: Cannot delete property '2' of [object Array]\""},
		{"[1].flatMap('x')", func() Value {
			return Str(thrownText(func() { callJS(toJS([]any{1}), "flatMap", "x") }))
		}, "\"TypeError: flatMap mapper function is not callable\""},
		{"Reflect.defineProperty([], 'length', {configurable:true})", func() Value {
			return Bool(NewArray(nil).DefineOwnProperty(Key("length"), Descriptor{HasConfig: true, Flags: Configurable}))
		}, "false"},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

// TestArrayJoinOrder: join reads the length before it converts the
// separator, as the spec orders (test262 join/coerced-separator-shrink).
func TestArrayJoinOrder(t *testing.T) {
	var order []string
	o := NewPlainObject()
	o.DefineAccessor(Key("length"), NewFunction("", 0, func(Value, []Value) Value { order = append(order, "length"); return Int(2) }), nil, Enumerable|Configurable)
	sep := NewPlainObject()
	sep.DefineData(Key("toString"), ObjectValue(NewFunction("", 0, func(Value, []Value) Value { order = append(order, "separator"); return Str("+") })), Default)
	got := Call(getV(ObjectValue(ArrayPrototype), Key("join")), ObjectValue(o), ObjectValue(sep))
	assert.Equal(t, "+", ToGoString(got))
	assert.Equal(t, []string{"length", "separator"}, order)
}

// TestSortLikeV8 checks the comparator calls against node's, printed by
// [...].sort((a, b) => { calls.push(`${a}:${b}`); return a - b; }).
func TestSortLikeV8(t *testing.T) {
	for _, c := range []struct {
		in    []int
		calls string
	}{
		{[]int{3, 1, 2}, "1:3 2:1 2:3 2:1"},
		{[]int{5, 4, 3, 2, 1}, "4:5 3:4 2:3 1:2"},
		{[]int{1, 2, 3, 4}, "2:1 3:2 4:3"},
		{[]int{2, 9, 4, 4, 1}, "9:2 4:9 4:9 4:2 4:4 4:9 1:4 1:4 1:2"},
	} {
		vals := make([]Value, len(c.in))
		for i, n := range c.in {
			vals[i] = Int(n)
		}
		var calls []string
		sortLikeV8(vals, func(a, b Value) int {
			calls = append(calls, showValue(a)+":"+showValue(b))
			return int(ToNumber(a) - ToNumber(b))
		})
		assert.Equal(t, c.calls, strings.Join(calls, " "), "%v", c.in)
	}
}
