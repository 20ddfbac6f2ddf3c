package runtime

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// proxyOf is new Proxy(target, handler).
func proxyOf(target, handler Value) Value { return New("Proxy", opsGlobal("Proxy"), target, handler) }

// returning is a trap that returns v.
func returning(v Value) Value { return opsFn(func(Value, []Value) Value { return v }) }

func TestProxyTraps(t *testing.T) {
	// target: {x: 1 read-only non-configurable, a: a non-configurable getter}
	fixed := func() Value {
		o := NewPlainObject()
		o.DefineData(Key("x"), Int(1), 0)
		o.DefineAccessor(Key("a"), NewFunction("get", 0, func(Value, []Value) Value { return Int(1) }), nil, 0)
		return ObjectValue(o)
	}
	// tg: {w: 1} writable but not configurable
	fixedWritable := func() Value {
		o := NewPlainObject()
		o.DefineData(Key("w"), Int(1), Writable)
		return ObjectValue(o)
	}
	sealedY := func() Value { return opsObject("preventExtensions", opsObj("y", Int(1))) }
	revoked := func() Value {
		r := opsCall(opsGlobal("Proxy"), "revocable", opsObj(), opsObj())
		opsCall(r, "revoke")
		return GetProp(r, Key("proxy"))
	}
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`new Proxy({}, {get: (t, k, r) => k + '!'}).foo`, "foo!", func() Value {
			return GetProp(proxyOf(opsObj(), opsObj("get", opsFn(func(_ Value, a []Value) Value { return Concat(a[1], Str("!")) }))), Key("foo"))
		}},
		{`new Proxy({b: 2}, {}).b`, "2", func() Value { return GetProp(proxyOf(opsObj("b", Int(2)), opsObj()), Key("b")) }},
		{`Object.create(new Proxy({}, {get: () => 7})).z`, "7", func() Value {
			return GetProp(opsObject("create", proxyOf(opsObj(), opsObj("get", returning(Int(7))))), Key("z"))
		}},
		{`new Proxy(target, {get: () => 2}).x`, "TypeError: 'get' on proxy: property 'x' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '1' but got '2')", func() Value {
			return GetProp(proxyOf(fixed(), opsObj("get", returning(Int(2)))), Key("x"))
		}},
		{`new Proxy(target, {get: () => 2}).a`, "2", func() Value { return GetProp(proxyOf(fixed(), opsObj("get", returning(Int(2)))), Key("a")) }},
		{`'use strict'; new Proxy(target, {set: () => true}).x = 5`, "TypeError: 'set' on proxy: trap returned truish for property 'x' which exists in the proxy target as a non-configurable and non-writable data property with a different value", func() Value {
			SetProp(proxyOf(fixed(), opsObj("set", returning(True))), Key("x"), Int(5), true)
			return Undefined
		}},
		{`'use strict'; new Proxy({}, {set: () => false}).z = 5`, "TypeError: 'set' on proxy: trap returned falsish for property 'z'", func() Value {
			SetProp(proxyOf(opsObj(), opsObj("set", returning(False))), Key("z"), Int(5), true)
			return Undefined
		}},
		{`const t = {}; new Proxy(t, {}).q = 3; t.q`, "3", func() Value {
			tg := opsObj()
			SetProp(proxyOf(tg, opsObj()), Key("q"), Int(3), true)
			return GetProp(tg, Key("q"))
		}},
		{`'x' in new Proxy(target, {has: () => false})`, "TypeError: 'has' on proxy: trap returned falsish for property 'x' which exists in the proxy target as non-configurable", func() Value {
			return Bool(In(Str("x"), proxyOf(fixed(), opsObj("has", returning(False)))))
		}},
		{`'y' in new Proxy(Object.preventExtensions({y: 1}), {has: () => false})`, "TypeError: 'has' on proxy: trap returned falsish for property 'y' but the proxy target is not extensible", func() Value {
			return Bool(In(Str("y"), proxyOf(sealedY(), opsObj("has", returning(False)))))
		}},
		{`'q' in new Proxy({}, {has: () => 1})`, "true", func() Value { return Bool(In(Str("q"), proxyOf(opsObj(), opsObj("has", returning(Int(1)))))) }},
		{`'use strict'; delete new Proxy({}, {deleteProperty: () => false}).x`, "TypeError: 'deleteProperty' on proxy: trap returned falsish for property 'x'", func() Value {
			return Bool(DeleteProp(proxyOf(opsObj(), opsObj("deleteProperty", returning(False))), Str("x"), true))
		}},
		{`delete new Proxy(target, {deleteProperty: () => true}).x`, "TypeError: 'deleteProperty' on proxy: trap returned truish for property 'x' which is non-configurable in the proxy target", func() Value {
			return Bool(DeleteProp(proxyOf(fixed(), opsObj("deleteProperty", returning(True))), Str("x"), false))
		}},
		{`Object.getOwnPropertyDescriptor(new Proxy(target, {getOwnPropertyDescriptor: () => undefined}), 'x')`, "TypeError: 'getOwnPropertyDescriptor' on proxy: trap returned undefined for property 'x' which is non-configurable in the proxy target", func() Value {
			return opsObject("getOwnPropertyDescriptor", proxyOf(fixed(), opsObj("getOwnPropertyDescriptor", returning(Undefined))), Str("x"))
		}},
		{`Object.getOwnPropertyDescriptor(new Proxy({}, {getOwnPropertyDescriptor: () => ({value: 1, configurable: false})}), 'q')`, "TypeError: 'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property 'q' which is either non-existent or configurable in the proxy target", func() Value {
			return opsObject("getOwnPropertyDescriptor", proxyOf(opsObj(), opsObj("getOwnPropertyDescriptor", returning(opsObj("value", Int(1), "configurable", False)))), Str("q"))
		}},
		{`Object.getOwnPropertyDescriptor(new Proxy({}, {getOwnPropertyDescriptor: () => 1}), 'q')`, "TypeError: 'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property 'q'", func() Value {
			return opsObject("getOwnPropertyDescriptor", proxyOf(opsObj(), opsObj("getOwnPropertyDescriptor", returning(Int(1)))), Str("q"))
		}},
		{`Object.defineProperty(new Proxy({}, {defineProperty: () => false}), 'q', {value: 1})`, "TypeError: 'defineProperty' on proxy: trap returned falsish for property 'q'", func() Value {
			return opsObject("defineProperty", proxyOf(opsObj(), opsObj("defineProperty", returning(False))), Str("q"), opsObj("value", Int(1)))
		}},
		{`Reflect.defineProperty(new Proxy({}, {defineProperty: () => false}), 'q', {value: 1})`, "false", func() Value {
			return opsCall(opsGlobal("Reflect"), "defineProperty", proxyOf(opsObj(), opsObj("defineProperty", returning(False))), Str("q"), opsObj("value", Int(1)))
		}},
		{`Object.defineProperty(new Proxy(Object.preventExtensions({}), {defineProperty: () => true}), 'q', {value: 1})`, "TypeError: 'defineProperty' on proxy: trap returned truish for adding property 'q'  to the non-extensible proxy target", func() Value {
			return opsObject("defineProperty", proxyOf(opsObject("preventExtensions", opsObj()), opsObj("defineProperty", returning(True))), Str("q"), opsObj("value", Int(1)))
		}},
		{`Object.keys(new Proxy({a: 1, b: 2}, {ownKeys: () => ['b', 'a', 'c']}))`, "b,a", func() Value {
			return opsObject("keys", proxyOf(opsObj("a", Int(1), "b", Int(2)), opsObj("ownKeys", returning(opsArr(Str("b"), Str("a"), Str("c"))))))
		}},
		{`Object.keys(new Proxy(target, {ownKeys: () => []}))`, "TypeError: 'ownKeys' on proxy: trap result did not include 'x'", func() Value {
			return opsObject("keys", proxyOf(fixed(), opsObj("ownKeys", returning(opsArr()))))
		}},
		{`Object.keys(new Proxy(Object.preventExtensions({y: 1}), {ownKeys: () => ['y', 'z']}))`, "TypeError: 'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible", func() Value {
			return opsObject("keys", proxyOf(sealedY(), opsObj("ownKeys", returning(opsArr(Str("y"), Str("z"))))))
		}},
		{`Object.keys(new Proxy({}, {ownKeys: () => ['y', 'y']}))`, "TypeError: 'ownKeys' on proxy: trap returned duplicate entries", func() Value {
			return opsObject("keys", proxyOf(opsObj(), opsObj("ownKeys", returning(opsArr(Str("y"), Str("y"))))))
		}},
		{`Object.keys(new Proxy({}, {ownKeys: () => [1]}))`, "TypeError: 1 is not a valid property name", func() Value {
			return opsObject("keys", proxyOf(opsObj(), opsObj("ownKeys", returning(opsArr(Int(1))))))
		}},
		{`Object.getPrototypeOf(new Proxy({}, {getPrototypeOf: () => 1}))`, "TypeError: 'getPrototypeOf' on proxy: trap returned neither object nor null", func() Value {
			return opsObject("getPrototypeOf", proxyOf(opsObj(), opsObj("getPrototypeOf", returning(Int(1)))))
		}},
		{`new Proxy({}, {getPrototypeOf: () => Array.prototype}) instanceof Array`, "true", func() Value {
			return Bool(InstanceOf(proxyOf(opsObj(), opsObj("getPrototypeOf", returning(ObjectValue(ArrayPrototype)))), opsGlobal("Array")))
		}},
		{`Object.setPrototypeOf(new Proxy({}, {setPrototypeOf: () => false}), null)`, "TypeError: 'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'", func() Value {
			return opsObject("setPrototypeOf", proxyOf(opsObj(), opsObj("setPrototypeOf", returning(False))), Null)
		}},
		{`Object.isExtensible(new Proxy({}, {isExtensible: () => false}))`, "TypeError: 'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is 'true')", func() Value {
			return opsObject("isExtensible", proxyOf(opsObj(), opsObj("isExtensible", returning(False))))
		}},
		{`Object.preventExtensions(new Proxy({}, {preventExtensions: () => false}))`, "TypeError: 'preventExtensions' on proxy: trap returned falsish", func() Value {
			return opsObject("preventExtensions", proxyOf(opsObj(), opsObj("preventExtensions", returning(False))))
		}},
		{`Reflect.preventExtensions(new Proxy({}, {preventExtensions: () => false}))`, "false", func() Value {
			return opsCall(opsGlobal("Reflect"), "preventExtensions", proxyOf(opsObj(), opsObj("preventExtensions", returning(False))))
		}},
		{`Object.isFrozen(Object.freeze(new Proxy({a: 1}, {})))`, "true", func() Value {
			return opsObject("isFrozen", opsObject("freeze", proxyOf(opsObj("a", Int(1)), opsObj())))
		}},
		{`new Proxy(function () {}, {apply: (t, th, args) => args.length})(1, 2)`, "2", func() Value {
			return CallFunc("p", proxyOf(opsFn(returnUndefined), opsObj("apply", opsFn(func(_ Value, a []Value) Value { return GetProp(a[2], Key("length")) }))), Int(1), Int(2))
		}},
		{`new Proxy({}, {})()`, "TypeError: p is not a function", func() Value { return CallFunc("p", proxyOf(opsObj(), opsObj())) }},
		{`new (new Proxy(function () {}, {construct: () => 1}))()`, "TypeError: 'construct' on proxy: trap returned non-object ('1')", func() Value {
			return New("p", proxyOf(ObjectValue(NewConstructor("F", 0, returnUndefined, func([]Value, *Object) Value { return opsObj() })), opsObj("construct", returning(Int(1)))))
		}},
		{`typeof new Proxy(function () {}, {})`, "function", func() Value { return TypeOf(proxyOf(opsFn(returnUndefined), opsObj())) }},
		{`Array.isArray(new Proxy([], {}))`, "true", func() Value { return Bool(proxyOf(opsArr(), opsObj()).Object().IsArray()) }},
		{`Object.prototype.toString.call(new Proxy([], {}))`, "[object Array]", func() Value { return Str(ObjectToString(proxyOf(opsArr(), opsObj()))) }},
		{`revoked.x`, "TypeError: Cannot perform 'get' on a proxy that has been revoked", func() Value { return GetProp(revoked(), Key("x")) }},
		{`Array.isArray(revoked)`, "TypeError: Cannot perform 'IsArray' on a proxy that has been revoked", func() Value { return Bool(revoked().Object().IsArray()) }},
		{`Object.keys(revoked)`, "TypeError: Cannot perform 'ownKeys' on a proxy that has been revoked", func() Value { return opsObject("keys", revoked()) }},
		{`new Proxy(1, {})`, "TypeError: Cannot create proxy with a non-object as target or handler", func() Value { return proxyOf(Int(1), opsObj()) }},
		{`Proxy({}, {})`, "TypeError: Constructor Proxy requires 'new'", func() Value { return CallFunc("Proxy", opsGlobal("Proxy"), opsObj(), opsObj()) }},
		{`new Proxy({}, {get: 1}).x`, "TypeError: '1' returned for property 'get' of object '#<Object>' is not a function", func() Value {
			return GetProp(proxyOf(opsObj(), opsObj("get", Int(1))), Key("x"))
		}},
		{`Object.getOwnPropertyDescriptor(new Proxy(tg, {getOwnPropertyDescriptor: () => ({value: 1, writable: false, configurable: false})}), 'w')`, "TypeError: 'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property 'w' which is non-configurable, non-writable in the proxy target", func() Value {
			return opsObject("getOwnPropertyDescriptor", proxyOf(fixedWritable(), opsObj("getOwnPropertyDescriptor", returning(opsObj("value", Int(1), "writable", False, "configurable", False)))), Str("w"))
		}},
		{`Object.defineProperty(new Proxy(tg, {defineProperty: () => true}), 'w', {writable: false})`, "TypeError: 'defineProperty' on proxy: trap returned truish for defining non-configurable property 'w' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.", func() Value {
			return opsObject("defineProperty", proxyOf(fixedWritable(), opsObj("defineProperty", returning(True))), Str("w"), opsObj("writable", False))
		}},
		{`Object.keys(new Proxy({}, {ownKeys: () => [{}]}))`, "TypeError: #<Object> is not a valid property name", func() Value {
			return opsObject("keys", proxyOf(opsObj(), opsObj("ownKeys", returning(opsArr(opsObj())))))
		}},
		{`new (new Proxy(class {}, {construct() { return undefined; }}))()`, "TypeError: 'construct' on proxy: trap returned non-object ('undefined')", func() Value {
			return New("p", proxyOf(ObjectValue(NewConstructor("F", 0, nil, func([]Value, *Object) Value { return opsObj() })), opsObj("construct", returning(Undefined))))
		}},
		{`Object.assign({}, new Proxy({a: 1}, {get: () => 2})).a`, "2", func() Value {
			return GetProp(opsObject("assign", opsObj(), proxyOf(opsObj("a", Int(1)), opsObj("get", returning(Int(2))))), Key("a"))
		}},
		{`r = Proxy.revocable(target, {get() { r.revoke(); return 2; }}); r.proxy.x`, "TypeError: 'get' on proxy: property 'x' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '1' but got '2')", func() Value {
			var r Value
			r = opsCall(opsGlobal("Proxy"), "revocable", fixed(), opsObj("get", opsFn(func(Value, []Value) Value {
				opsCall(r, "revoke")
				return Int(2)
			})))
			return GetProp(GetProp(r, Key("proxy")), Key("x"))
		}},
		{`Proxy.name + Proxy.length + ('prototype' in Proxy)`, "Proxy2false", func() Value {
			p := opsGlobal("Proxy")
			return Str(ToGoString(GetProp(p, Key("name"))) + ToGoString(GetProp(p, Key("length"))) + ToGoString(Bool(In(Str("prototype"), p))))
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

// TestProxyTrapOrder records which traps each operation runs, in order.
func TestProxyTrapOrder(t *testing.T) {
	var log []string
	handler := NewPlainObject()
	reflect := opsGlobal("Reflect")
	for _, trap := range []string{"get", "has", "getOwnPropertyDescriptor", "set", "defineProperty", "ownKeys", "deleteProperty"} {
		handler.CreateDataProperty(Key(trap), opsFn(func(_ Value, args []Value) Value {
			log = append(log, trap)
			return opsCall(reflect, trap, args...)
		}))
	}
	for _, c := range []struct {
		js, want string
		run      func(p Value)
	}{
		{`Reflect.get(p, 'a')`, "get", func(p Value) { opsCall(reflect, "get", p, Str("a")) }},
		{`Reflect.has(p, 'a')`, "has", func(p Value) { opsCall(reflect, "has", p, Str("a")) }},
		{`'a' in p`, "has", func(p Value) { In(Str("a"), p) }},
		{`p.b = 1`, "set getOwnPropertyDescriptor defineProperty", func(p Value) { SetProp(p, Key("b"), Int(1), true) }},
		{`delete p.a`, "deleteProperty", func(p Value) { DeleteProp(p, Str("a"), true) }},
		{`Object.hasOwn(p, 'a')`, "getOwnPropertyDescriptor", func(p Value) { opsObject("hasOwn", p, Str("a")) }},
		{`Object.keys(p)`, "ownKeys getOwnPropertyDescriptor", func(p Value) { opsObject("keys", p) }},
		{`Object.entries(p)`, "ownKeys getOwnPropertyDescriptor get", func(p Value) { opsObject("entries", p) }},
		{`Object.assign({}, p)`, "ownKeys getOwnPropertyDescriptor get", func(p Value) { opsObject("assign", opsObj(), p) }},
		{`Reflect.ownKeys(p)`, "ownKeys", func(p Value) { opsCall(reflect, "ownKeys", p) }},
	} {
		log = nil
		c.run(proxyOf(opsObj("a", Int(1)), ObjectValue(handler)))
		assert.Equal(t, c.want, strings.Join(log, " "), c.js)
	}
}

// TestProxyNeverCrashes runs every Reflect function and the Object
// functions that reach internal methods on proxies whose traps return
// awkward values, throw, or revoke the proxy: each must return or throw a
// JavaScript exception, never a Go panic.
func TestProxyNeverCrashes(t *testing.T) {
	awkward := []Value{Undefined, Null, Int(1), Str("x"), True, opsObj(), opsArr(Str("a"), Int(1)), opsObj("value", Int(1), "configurable", False)}
	traps := []string{"getPrototypeOf", "setPrototypeOf", "isExtensible", "preventExtensions", "getOwnPropertyDescriptor",
		"defineProperty", "has", "get", "set", "deleteProperty", "ownKeys", "apply", "construct"}
	targets := func() []Value {
		fixed := NewPlainObject()
		fixed.DefineData(Key("a"), Int(1), 0)
		return []Value{opsObj("a", Int(1)), opsObject("freeze", opsObj("a", Int(1))), ObjectValue(fixed), opsArr(Int(1)),
			ObjectValue(NewConstructor("F", 0, returnUndefined, func([]Value, *Object) Value { return opsObj() }))}
	}
	reflect := opsGlobal("Reflect")
	var ops []string
	for _, k := range reflect.Object().OwnKeys() {
		if k.Symbol == nil {
			ops = append(ops, k.Name)
		}
	}
	calls := 0
	for _, trap := range traps {
		for _, result := range append(awkward, Undefined) {
			for _, target := range targets() {
				var r Value
				throws := result.IsUndefined() && calls%2 == 0
				fn := opsFn(func(Value, []Value) Value {
					if throws {
						opsCall(r, "revoke")
						Throw(Str("boom"))
					}
					return result
				})
				r = opsCall(opsGlobal("Proxy"), "revocable", target, opsObj(trap, fn))
				p := GetProp(r, Key("proxy"))
				for _, op := range ops {
					assert.NotPanics(t, func() {
						TryCatch(func() { opsCall(reflect, op, p, Str("a"), opsObj("value", Int(2)), p) })
					}, "Reflect.%s with a %s trap returning %s", op, trap, inspectShort(result))
					calls++
				}
				for _, op := range []string{"keys", "freeze", "seal", "isFrozen", "getOwnPropertyDescriptors", "assign"} {
					assert.NotPanics(t, func() { TryCatch(func() { opsObject(op, p, p) }) }, "Object.%s with a %s trap", op, trap)
				}
			}
		}
	}
	assert.Greater(t, calls, 1000)
}
