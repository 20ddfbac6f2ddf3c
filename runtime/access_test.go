package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPropertyAccess(t *testing.T) {
	strict := func(f func()) func() Value { return func() Value { f(); return Undefined } }
	frozen := func() Value { return opsObject("freeze", opsObj("a", Int(1))) }
	getterOnly := func() Value {
		return opsObject("defineProperty", opsObj(), Str("a"), opsObj("get", opsFn(func(Value, []Value) Value { return Int(1) })))
	}
	readOnly := func(target Value) Value {
		return opsObject("defineProperty", target, Str("a"), opsObj("value", Int(1)))
	}
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`'abc'.length`, "3", func() Value { return GetProp(Str("abc"), Key("length")) }},
		{`'😀x'.length`, "3", func() Value { return GetProp(Str("😀x"), Key("length")) }},
		{`'😀x'[2]`, "x", func() Value { return GetIndex(Str("😀x"), Int(2)) }},
		{`'😀x'[0].charCodeAt(0)`, "55357", func() Value { return Int(int(GetIndex(Str("😀x"), Int(0)).CharCodeAt(0))) }},
		{`new String('ab')[1]`, "b", func() Value { return GetIndex(ObjectValue(ToObject(Str("ab"))), Int(1)) }},
		{`0 in new String('a')`, "true", func() Value { return Bool(In(Int(0), ObjectValue(ToObject(Str("a"))))) }},
		{`'abc'[5]`, "undefined", func() Value { return GetIndex(Str("abc"), Int(5)) }},
		{`'abc'['1']`, "b", func() Value { return GetIndex(Str("abc"), Str("1")) }},
		{`'abc'[-1]`, "undefined", func() Value { return GetIndex(Str("abc"), Int(-1)) }},
		{`(5).constructor === Number`, "true", func() Value {
			return Bool(GetProp(Int(5), Key("constructor")).Object() == NumberPrototype.Get(Key("constructor"), Undefined).Object())
		}},
		{`true.toString`, "function toString() { [native code] }", func() Value { return opsCall(GetProp(True, Key("toString")), "toString") }},
		{`[1, , 3][1]`, "undefined", func() Value { return GetIndex(opsArr(Int(1), hole, Int(3)), Int(1)) }},
		{`[1, 2][1.5]`, "undefined", func() Value { return GetIndex(opsArr(Int(1), Int(2)), Number(1.5)) }},
		{`[1, 2]['length']`, "2", func() Value { return GetIndex(opsArr(Int(1), Int(2)), Str("length")) }},
		{`({1: 'one'})[1]`, "one", func() Value { return GetIndex(opsObj("1", Str("one")), Int(1)) }},
		{`undefined.x`, "TypeError: Cannot read properties of undefined (reading 'x')", func() Value { return GetProp(Undefined, Key("x")) }},
		{`null[Symbol('q')]`, "TypeError: Cannot read properties of null (reading 'Symbol(q)')", func() Value { return GetIndex(Null, SymbolValue(NewSymbol("q"))) }},
		{`null[0]`, "TypeError: Cannot read properties of null (reading '0')", func() Value { return GetIndex(Null, Int(0)) }},
		{`null[{toString() { return 'k' }}]`, "TypeError: Cannot read properties of null", func() Value { return GetIndex(Null, opsObj()) }},
		{`'use strict'; undefined.x = 1`, "TypeError: Cannot set properties of undefined (setting 'x')", strict(func() { SetProp(Undefined, Key("x"), Int(1), true) })},
		{`undefined[0] = 1`, "TypeError: Cannot set properties of undefined (setting '0')", strict(func() { SetIndex(Undefined, Int(0), Int(1), false) })},
		{`'use strict'; Object.freeze({a: 1}).a = 2`, "TypeError: Cannot assign to read only property 'a' of object '#<Object>'", strict(func() { SetProp(frozen(), Key("a"), Int(2), true) })},
		{`void (Object.freeze({a: 1}).a = 2)`, "undefined", strict(func() { SetProp(frozen(), Key("a"), Int(2), false) })},
		{`'use strict'; Object.freeze({}).b = 2`, "TypeError: Cannot add property b, object is not extensible", strict(func() { SetProp(opsObject("freeze", opsObj()), Key("b"), Int(2), true) })},
		{`'use strict'; Object.create(Object.freeze({a: 1})).a = 2`, "TypeError: Cannot assign to read only property 'a' of object '#<Object>'", strict(func() {
			SetProp(opsObject("create", frozen()), Key("a"), Int(2), true)
		})},
		{`'use strict'; getterOnly.a = 2`, "TypeError: Cannot set property a of #<Object> which has only a getter", strict(func() { SetProp(getterOnly(), Key("a"), Int(2), true) })},
		{`'use strict'; readOnly(Object.create(null)).a = 2`, "TypeError: Cannot assign to read only property 'a' of object '[object Object]'", strict(func() {
			SetProp(readOnly(opsObject("create", Null)), Key("a"), Int(2), true)
		})},
		{`'use strict'; readOnly([]).a = 2`, "TypeError: Cannot assign to read only property 'a' of object '[object Array]'", strict(func() { SetProp(readOnly(opsArr()), Key("a"), Int(2), true) })},
		{`'use strict'; 'abc'.x = 2`, "TypeError: Cannot create property 'x' on string 'abc'", strict(func() { SetProp(Str("abc"), Key("x"), Int(2), true) })},
		{`'use strict'; (5).x = 2`, "TypeError: Cannot create property 'x' on number '5'", strict(func() { SetProp(Int(5), Key("x"), Int(2), true) })},
		{`'use strict'; Symbol().x = 1`, "TypeError: Cannot create property 'x' on symbol 'Symbol()'", strict(func() { SetProp(SymbolValue(&Symbol{}), Key("x"), Int(1), true) })},
		{`'use strict'; 1n.x = 1`, "TypeError: Cannot create property 'x' on bigint '1'", strict(func() { SetProp(opsBig(1), Key("x"), Int(1), true) })},
		{`void ('abc'.x = 2)`, "undefined", strict(func() { SetProp(Str("abc"), Key("x"), Int(2), false) })},
		{`'use strict'; 'abc'[0] = 2`, "TypeError: Cannot assign to read only property '0' of string 'abc'", strict(func() { SetIndex(Str("abc"), Int(0), Int(2), true) })},
		{`'use strict'; 'abc'.length = 2`, "TypeError: Cannot assign to read only property 'length' of string 'abc'", strict(func() { SetProp(Str("abc"), Key("length"), Int(2), true) })},
		{`a = [1]; a[3] = 4; a.length`, "4", func() Value {
			a := opsArr(Int(1))
			SetIndex(a, Int(3), Int(4), true)
			return GetProp(a, Key("length"))
		}},
		{`a = []; for (let i = 0; i < 3; i++) a[a.length] = i * 2; a.join()`, "0,2,4", func() Value {
			a := opsArr()
			for i := 0; i < 3; i++ {
				SetIndex(a, GetProp(a, Key("length")), Int(i*2), true)
			}
			return opsCall(a, "join")
		}},
		{`Object.defineProperty(Array.prototype, 2, {set(v) { log = v }, configurable: true}); a = [1, 2]; a[2] = 9; delete Array.prototype[2]; [a.length, log].join()`, "2,9", func() Value {
			var log Value
			setter := NewFunction("set", 1, func(_ Value, args []Value) Value { log = Arg(args, 0); return Undefined })
			ArrayPrototype.DefineAccessor(Key("2"), nil, setter, Configurable)
			defer ArrayPrototype.Delete(Key("2"))
			a := opsArr(Int(1), Int(2))
			SetIndex(a, Int(2), Int(9), true)
			return opsCall(opsArr(GetProp(a, Key("length")), log), "join")
		}},
		{`'use strict'; a = Object.preventExtensions([1]); a[1] = 2`, "TypeError: Cannot add property 1, object is not extensible", func() Value {
			SetIndex(opsObject("preventExtensions", opsArr(Int(1))), Int(1), Int(2), true)
			return Undefined
		}},
		{`o = {}; o[1.5] = 'x'; Object.keys(o)`, "1.5", func() Value {
			o := opsObj()
			SetIndex(o, Number(1.5), Str("x"), true)
			return opsObject("keys", o)
		}},
		{`'use strict'; delete Object.prototype`, "TypeError: Cannot delete property 'prototype' of function Object() { [native code] }", func() Value {
			return Bool(DeleteProp(opsGlobal("Object"), Str("prototype"), true))
		}},
		{`'use strict'; delete [].length`, "TypeError: Cannot delete property 'length' of [object Array]", func() Value { return Bool(DeleteProp(opsArr(), Str("length"), true)) }},
		{`'use strict'; delete 'abc'[0]`, "TypeError: Cannot delete property '0' of [object String]", func() Value { return Bool(DeleteProp(Str("abc"), Int(0), true)) }},
		{`'use strict'; delete Object.defineProperty(new Number(1), 'a', {value: 1}).a`, "TypeError: Cannot delete property 'a' of [object Number]", func() Value {
			return Bool(DeleteProp(readOnly(ObjectValue(ToObject(Int(1)))), Str("a"), true))
		}},
		{`'use strict'; Object.defineProperty(new Date(0), 'a', {value: 1}).a = 2`, "TypeError: Cannot assign to read only property 'a' of object '[object Date]'", func() Value {
			SetProp(readOnly(New("Date", opsGlobal("Date"), Int(0))), Key("a"), Int(2), true)
			return Undefined
		}},
		{`'use strict'; Object.defineProperty(new Map, 'a', {value: 1}).a = 2`, "TypeError: Cannot assign to read only property 'a' of object '#<Map>'", func() Value {
			SetProp(readOnly(New("Map", opsGlobal("Map"))), Key("a"), Int(2), true)
			return Undefined
		}},
		{`delete 'abc'[0]`, "false", func() Value { return Bool(DeleteProp(Str("abc"), Int(0), false)) }},
		{`delete 'abc'.x`, "true", func() Value { return Bool(DeleteProp(Str("abc"), Str("x"), false)) }},
		{`'use strict'; delete readOnly(Object.create(null)).a`, "TypeError: Cannot delete property 'a' of [object Object]", func() Value {
			return Bool(DeleteProp(readOnly(opsObject("create", Null)), Str("a"), true))
		}},
		{`a = Object.defineProperty([], 0, {get() { return 1 }, configurable: true}); delete a[0]; 0 in a`, "false", func() Value {
			a := opsObject("defineProperty", opsArr(), Int(0), opsObj("get", opsFn(func(Value, []Value) Value { return Int(1) }), "configurable", True))
			DeleteProp(a, Int(0), true)
			return Bool(In(Int(0), a))
		}},
		{`delete null.x`, "TypeError: Cannot convert undefined or null to object", func() Value { return Bool(DeleteProp(Null, Str("x"), false)) }},
		{`o = {a: 1}; delete o.a; 'a' in o`, "false", func() Value {
			o := opsObj("a", Int(1))
			DeleteProp(o, Str("a"), true)
			return Bool(In(Str("a"), o))
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

func TestCalls(t *testing.T) {
	m := opsObj("f", opsFn(func(this Value, args []Value) Value { return Add(GetProp(this, Key("k")), Arg(args, 0)) }), "k", Int(1))
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`m.f(2)`, "3", func() Value { return CallMethod("m.f", m, Key("f"), Int(2)) }},
		{`m['f'](2)`, "3", func() Value { return CallIndexMethod("m['f']", m, Str("f"), Int(2)) }},
		{`m.g()`, "TypeError: m.g is not a function", func() Value { return CallMethod("m.g", m, Key("g")) }},
		{`m.k()`, "TypeError: m.k is not a function", func() Value { return CallMethod("m.k", m, Key("k")) }},
		{`undefined.f()`, "TypeError: Cannot read properties of undefined (reading 'f')", func() Value { return CallMethod("x.f", Undefined, Key("f")) }},
		{`(void 0)()`, "TypeError: (void 0) is not a function", func() Value { return CallFunc("(void 0)", Undefined) }},
		{`'abc'.charAt(1)`, "b", func() Value { return CallMethod("s.charAt", Str("abc"), Key("charAt"), Int(1)) }},
		{`new m.k`, "TypeError: m.k is not a constructor", func() Value { return New("m.k", GetProp(m, Key("k"))) }},
		{`new m.f`, "TypeError: m.f is not a constructor", func() Value { return New("m.f", GetProp(m, Key("f"))) }},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

// The paths compiled code takes most must not allocate.
func TestHotPathsDoNotAllocate(t *testing.T) {
	o := opsObj("x", Int(1))
	a := opsArr(Int(1), Int(2))
	s := Str("abc")
	fn := opsFn(func(_ Value, args []Value) Value { return Arg(args, 0) })
	args := []Value{Int(1)}
	for name, f := range map[string]func(){
		"Add numbers":     func() { Add(Int(1), Int(2)) },
		"Lt numbers":      func() { Lt(Int(1), Int(2)) },
		"LooseEquals":     func() { LooseEquals(Int(1), Str("1")) },
		"BitOr":           func() { BitOr(Number(1.5), Int(0)) },
		"GetProp":         func() { GetProp(o, Key("x")) },
		"GetProp missing": func() { GetProp(o, Key("nope")) },
		"GetProp length":  func() { GetProp(s, Key("length")) },
		"GetIndex array":  func() { GetIndex(a, Int(1)) },
		"array length":    func() { GetProp(a, Key("length")) },
		"array method":    func() { GetProp(a, Key("nope")) },
		"GetIndex string": func() { GetIndex(s, Int(1)) },
		"SetProp":         func() { SetProp(o, Key("x"), Int(2), true) },
		"SetIndex array":  func() { SetIndex(a, Int(0), Int(3), true) },
		"CallFunc":        func() { CallFunc("fn", fn, args...) },
	} {
		assert.Zero(t, testing.AllocsPerRun(100, f), name)
	}
}
