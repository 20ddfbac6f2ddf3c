package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGlobalBuiltins(t *testing.T) {
	call := func(name string, args ...Value) Value { return CallFunc(name, opsGlobal(name), args...) }
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`globalThis.globalThis === globalThis`, "true", func() Value { return Bool(opsGlobal("globalThis").Object() == Global) }},
		{`[global === globalThis, Object.keys(globalThis).includes('global'), Object.keys(globalThis).includes('structuredClone')].join()`, "true,true,true", func() Value {
			keys := opsObject("keys", ObjectValue(Global))
			return opsCall(opsArr(Bool(opsGlobal("global").Object() == Global), opsCall(keys, "includes", Str("global")), opsCall(keys, "includes", Str("structuredClone"))), "join")
		}},
		{`Object.prototype.toString.call(globalThis)`, "[object global]", func() Value { return Call(GetProp(ObjectValue(ObjectPrototype), Key("toString")), ObjectValue(Global)) }},
		{`[NaN, Infinity, undefined].join('/')`, "NaN/Infinity/", func() Value {
			return opsCall(opsArr(opsGlobal("NaN"), opsGlobal("Infinity"), opsGlobal("undefined")), "join", Str("/"))
		}},
		{`Object.getOwnPropertyDescriptor(globalThis, 'undefined').writable`, "false", func() Value {
			return GetProp(opsObject("getOwnPropertyDescriptor", ObjectValue(Global), Str("undefined")), Key("writable"))
		}},
		{`Object.keys(globalThis).includes('globalThis')`, "false", func() Value { return opsCall(opsObject("keys", ObjectValue(Global)), "includes", Str("globalThis")) }},
		{`[isNaN('x'), isNaN(''), isFinite('12'), isFinite(Infinity)].join()`, "true,false,true,false", func() Value {
			return opsCall(opsArr(call("isNaN", Str("x")), call("isNaN", Str("")), call("isFinite", Str("12")), call("isFinite", opsGlobal("Infinity"))), "join")
		}},
		{`isNaN(1n)`, "TypeError: Cannot convert a BigInt value to a number", func() Value { return call("isNaN", opsBig(1)) }},
		{`encodeURIComponent('a b&c/d?é😀')`, "a%20b%26c%2Fd%3F%C3%A9%F0%9F%98%80", func() Value { return call("encodeURIComponent", Str("a b&c/d?é😀")) }},
		{`encodeURIComponent("-_.!~*'()")`, "-_.!~*'()", func() Value { return call("encodeURIComponent", Str("-_.!~*'()")) }},
		{`encodeURI('http://x/a b?q=1&r=é#h')`, "http://x/a%20b?q=1&r=%C3%A9#h", func() Value { return call("encodeURI", Str("http://x/a b?q=1&r=é#h")) }},
		{`encodeURIComponent('\uD800')`, "URIError: URI malformed", func() Value { return call("encodeURIComponent", Str16([]uint16{0xd800})) }},
		{`encodeURIComponent('\uDC00x')`, "URIError: URI malformed", func() Value { return call("encodeURIComponent", Str16([]uint16{0xdc00, 'x'})) }},
		{`decodeURIComponent('%E2%82%AC%20%2F')`, "€ /", func() Value { return call("decodeURIComponent", Str("%E2%82%AC%20%2F")) }},
		{`decodeURI('%E2%82%AC%20%2F%23')`, "€ %2F%23", func() Value { return call("decodeURI", Str("%E2%82%AC%20%2F%23")) }},
		{`decodeURIComponent('%F0%9F%98%80').length`, "2", func() Value { return GetProp(call("decodeURIComponent", Str("%F0%9F%98%80")), Key("length")) }},
		{`decodeURIComponent('%')`, "URIError: URI malformed", func() Value { return call("decodeURIComponent", Str("%")) }},
		{`decodeURIComponent('%4')`, "URIError: URI malformed", func() Value { return call("decodeURIComponent", Str("%4")) }},
		{`decodeURIComponent('%zz')`, "URIError: URI malformed", func() Value { return call("decodeURIComponent", Str("%zz")) }},
		{`decodeURIComponent('%C0%80')`, "URIError: URI malformed", func() Value { return call("decodeURIComponent", Str("%C0%80")) }},
		{`decodeURIComponent('%ED%A0%80')`, "URIError: URI malformed", func() Value { return call("decodeURIComponent", Str("%ED%A0%80")) }},
		{`decodeURIComponent('%E2%82')`, "URIError: URI malformed", func() Value { return call("decodeURIComponent", Str("%E2%82")) }},
		{`escape('a b+é\u20AC@*_-./')`, "a%20b+%E9%u20AC@*_-./", func() Value { return call("escape", Str("a b+é\u20AC@*_-./")) }},
		{`unescape('a%20b+%E9%u20AC%zz%u12')`, "a b+é€%zz%u12", func() Value { return call("unescape", Str("a%20b+%E9%u20AC%zz%u12")) }},
		{`o = {a: [1, {b: 2}]}; o.self = o; c = structuredClone(o); [c.self === c, c !== o, c.a[1].b, c.a !== o.a].join()`, "true,true,2,true", func() Value {
			o := opsObj("a", opsArr(Int(1), opsObj("b", Int(2))))
			SetProp(o, Key("self"), o, true)
			c := call("structuredClone", o)
			return opsCall(opsArr(Bool(GetProp(c, Key("self")).Object() == c.Object()), Bool(c.Object() != o.Object()),
				GetIndex(GetIndex(GetProp(c, Key("a")), Int(1)), Str("b")), Bool(GetProp(c, Key("a")).Object() != GetProp(o, Key("a")).Object())), "join")
		}},
		{`a = [1, , 3]; a.extra = 1; c = structuredClone(a); [c.length, 1 in c, c.extra].join()`, "3,false,1", func() Value {
			a := opsArr(Int(1), hole, Int(3))
			SetProp(a, Key("extra"), Int(1), true)
			c := call("structuredClone", a)
			return opsCall(opsArr(GetProp(c, Key("length")), Bool(In(Int(1), c)), GetProp(c, Key("extra"))), "join")
		}},
		{`Object.entries(structuredClone({get q() { return 5 }}))`, "q,5", func() Value {
			o := opsObject("defineProperty", opsObj(), Str("q"), opsObj("get", opsFn(func(Value, []Value) Value { return Int(5) }), "enumerable", True))
			return opsObject("entries", call("structuredClone", o))
		}},
		{`e = structuredClone(new TypeError('m')); [e instanceof TypeError, e.message].join()`, "true,m", func() Value {
			e := call("structuredClone", New("TypeError", opsGlobal("TypeError"), Str("m")))
			return opsCall(opsArr(Bool(InstanceOf(e, opsGlobal("TypeError"))), GetProp(e, Key("message"))), "join")
		}},
		{`typeof structuredClone(Object(1))`, "object", func() Value { return TypeOf(call("structuredClone", ObjectValue(ToObject(Int(1))))) }},
		{`try { structuredClone({a: () => 1}) } catch (e) { e.name + ': ' + e.message }`, "DataCloneError: () => 1 could not be cloned.", func() Value {
			f := NewFunction("f", 0, func(Value, []Value) Value { return Undefined })
			saved := FunctionSource
			FunctionSource = func(o *Object) (string, bool) { return "() => 1", o == f }
			defer func() { FunctionSource = saved }()
			exc := TryCatch(func() { call("structuredClone", opsObj("a", ObjectValue(f))) })
			return Add(Add(GetProp(exc.Value, Key("name")), Str(": ")), GetProp(exc.Value, Key("message")))
		}},
		{`try { structuredClone(Symbol('x')) } catch (e) { e.message }`, "Symbol(x) could not be cloned.", func() Value {
			exc := TryCatch(func() { call("structuredClone", SymbolValue(NewSymbol("x"))) })
			return GetProp(exc.Value, Key("message"))
		}},
		{`structuredClone()`, "TypeError: The value argument must be specified", func() Value { return call("structuredClone") }},
		{`[encodeURI.length, decodeURIComponent.name].join()`, "1,decodeURIComponent", func() Value {
			return opsCall(opsArr(GetProp(opsGlobal("encodeURI"), Key("length")), GetProp(opsGlobal("decodeURIComponent"), Key("name"))), "join")
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}
