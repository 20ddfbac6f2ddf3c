package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFunctionBuiltins(t *testing.T) {
	// f(a, b, c) returns this.k + its arguments joined.
	f := NewFunction("f", 3, func(this Value, args []Value) Value {
		s := ToString(GetProp(this, Key("k")))
		for _, a := range args {
			s = Concat(Concat(s, Str(",")), ToString(a))
		}
		return s
	})
	fv := ObjectValue(f)
	recv := opsObj("k", Str("K"))
	point := NewConstructor("P", 1, nil, func(args []Value, nt *Object) Value {
		o := OrdinaryCreateFromConstructor(nt, ObjectPrototype)
		o.CreateDataProperty(Key("x"), Arg(args, 0))
		return ObjectValue(o)
	})
	point.DefineData(Key("prototype"), ObjectValue(NewPlainObject()), Writable)
	pv := ObjectValue(point)
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`f.call({k: 'K'}, 1, 2)`, "K,1,2", func() Value { return opsCall(fv, "call", recv, Int(1), Int(2)) }},
		{`f.apply({k: 'K'}, [1, 2])`, "K,1,2", func() Value { return opsCall(fv, "apply", recv, opsArr(Int(1), Int(2))) }},
		{`f.apply({k: 'K'}, {length: 2, 0: 'a'})`, "K,a,undefined", func() Value {
			return opsCall(fv, "apply", recv, opsObj("length", Int(2), "0", Str("a")))
		}},
		{`f.apply({k: 'K'})`, "K", func() Value { return opsCall(fv, "apply", recv) }},
		{`f.apply(null, {length: 2 ** 32 - 1})`, "RangeError: Invalid array length", func() Value { return opsCall(fv, "apply", Null, opsObj("length", Number(1<<32-1))) }},
		{`f.apply(null, {length: 200000})`, "RangeError: Maximum call stack size exceeded", func() Value { return opsCall(fv, "apply", Null, opsObj("length", Int(200000))) }},
		{`f.apply(null, 1)`, "TypeError: CreateListFromArrayLike called on non-object", func() Value { return opsCall(fv, "apply", Null, Int(1)) }},
		{`Function.prototype.bind.call(1)`, "TypeError: Bind must be called on a function", func() Value {
			return CallThis("bind", GetProp(ObjectValue(FunctionPrototype), Key("bind")), Int(1))
		}},
		{`f.bind({k: 'K'}, 1)(2)`, "K,1,2", func() Value { return CallFunc("g", opsCall(fv, "bind", recv, Int(1)), Int(2)) }},
		{`g = f.bind(null, 1); [g.name, g.length, g.bind().name].join()`, "bound f,2,bound bound f", func() Value {
			g := opsCall(fv, "bind", Null, Int(1))
			return opsCall(opsArr(GetProp(g, Key("name")), GetProp(g, Key("length")), GetProp(opsCall(g, "bind"), Key("name"))), "join")
		}},
		{`f.bind(null, 1, 2, 3, 4).length`, "0", func() Value { return GetProp(opsCall(fv, "bind", Null, Int(1), Int(2), Int(3), Int(4)), Key("length")) }},
		{`f.bind().toString()`, "function () { [native code] }", func() Value { return opsCall(opsCall(fv, "bind"), "toString") }},
		{`B = P.bind(null, 3); b = new B; [b.x, b instanceof B, b instanceof P].join()`, "3,true,true", func() Value {
			b := opsCall(pv, "bind", Null, Int(3))
			obj := New("B", b)
			return opsCall(opsArr(GetProp(obj, Key("x")), Bool(InstanceOf(obj, b)), Bool(InstanceOf(obj, pv))), "join")
		}},
		{`B = (() => 1).bind(); new B`, "TypeError: B is not a constructor", func() Value { return New("B", opsCall(fv, "bind")) }},
		{`Math.max.toString()`, "function max() { [native code] }", func() Value {
			return opsCall(ObjectValue(NewFunction("max", 2, func(Value, []Value) Value { return Undefined })), "toString")
		}},
		{`Function.prototype.toString.call(1)`, "TypeError: Function.prototype.toString requires that 'this' be a Function", func() Value {
			return CallThis("toString", GetProp(ObjectValue(FunctionPrototype), Key("toString")), Int(1))
		}},
		{`Object.getOwnPropertyNames(Function.prototype).join()`, "length,name,arguments,caller,constructor,apply,bind,call,toString", func() Value {
			return opsObject("getOwnPropertyNames", ObjectValue(FunctionPrototype))
		}},
		{`Function.prototype[Symbol.hasInstance].name`, "[Symbol.hasInstance]", func() Value {
			return GetProp(GetProp(ObjectValue(FunctionPrototype), SymbolKey(SymHasInstance)), Key("name"))
		}},
		{`Function.prototype[Symbol.hasInstance].call(P, new P)`, "true", func() Value {
			return CallThis("h", GetProp(ObjectValue(FunctionPrototype), SymbolKey(SymHasInstance)), pv, New("P", pv))
		}},
		{`'use strict'; Function.prototype.caller`, "TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them", func() Value {
			return GetProp(ObjectValue(FunctionPrototype), Key("caller"))
		}},
		{`Function.length + ' ' + Function.name`, "1 Function", func() Value {
			return Add(Add(GetProp(opsGlobal("Function"), Key("length")), Str(" ")), GetProp(opsGlobal("Function"), Key("name")))
		}},
		{`Function.prototype.constructor === Function`, "true", func() Value {
			return Bool(StrictEquals(GetProp(ObjectValue(FunctionPrototype), Key("constructor")), opsGlobal("Function")))
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

// node evaluates code from strings; a compiled program cannot, and fails
// as V8 does under a content security policy (DESIGN.md).
func TestCodeFromStrings(t *testing.T) {
	const want = "EvalError: Code generation from strings disallowed for this context"
	assert.Equal(t, want, opsShow(func() Value { return New("Function", opsGlobal("Function"), Str("return 1")) }))
	assert.Equal(t, want, opsShow(func() Value { return CallFunc("Function", opsGlobal("Function"), Str("return 1")) }))
	assert.Equal(t, want, opsShow(func() Value { return CallFunc("eval", opsGlobal("eval"), Str("1")) }))
	assert.Equal(t, "1", opsShow(func() Value { return CallFunc("eval", opsGlobal("eval"), Int(1)) }), "(0, eval)(1)")
}

func TestFunctionBuiltinsOnProxies(t *testing.T) {
	toString := getV(ObjectValue(FunctionPrototype), Key("toString"))
	g := ObjectValue(NewFunction("g", 2, func(this Value, _ []Value) Value { return this }))
	// A handler logging every trap it sees, forwarding to Reflect.
	tracing := func(log *[]string, proto Value) Value {
		h := NewPlainObject()
		reflect := opsGlobal("Reflect")
		for _, trap := range []string{"get", "getOwnPropertyDescriptor"} {
			h.Set(Key(trap), opsFn(func(_ Value, args []Value) Value {
				*log = append(*log, trap+":"+ToGoString(Arg(args, 1)))
				return opsCall(reflect, trap, args...)
			}), ObjectValue(h))
		}
		h.Set(Key("getPrototypeOf"), opsFn(func(Value, []Value) Value {
			*log = append(*log, "getPrototypeOf")
			return proto
		}), ObjectValue(h))
		return ObjectValue(h)
	}
	var log []string
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`Function.prototype.toString.call(new Proxy(function g() {}, {}))`, "function () { [native code] }", func() Value {
			return Call(toString, proxyOf(g, opsObj()))
		}},
		{`const r = Proxy.revocable(function () {}, {}); r.revoke(); Function.prototype.toString.call(r.proxy)`, "function () { [native code] }", func() Value {
			r := opsCall(opsGlobal("Proxy"), "revocable", g, opsObj())
			opsCall(r, "revoke")
			return Call(toString, GetProp(r, Key("proxy")))
		}},
		// node: Object.getPrototypeOf(b) === Array.prototype, b.name, b.length and the traps run, in order
		{`const b = new Proxy(function g(a, b) {}, tracing(Array.prototype)).bind(null, 1)`, "true bound g 1 getPrototypeOf getOwnPropertyDescriptor:length get:length get:name", func() Value {
			p := proxyOf(g, tracing(&log, ObjectValue(ArrayPrototype)))
			b := Call(getV(ObjectValue(FunctionPrototype), Key("bind")), p, Null, Int(1))
			s := ToGoString(Bool(b.Object().Proto() == ArrayPrototype)) + " " + ToGoString(GetProp(b, Key("name"))) + " " + ToGoString(GetProp(b, Key("length")))
			for _, l := range log {
				s += " " + l
			}
			return Str(s)
		}},
	} {
		assert.Equal(t, c.want, ToGoString(c.got()), c.js)
	}
	assert.Equal(t, "TypeError: Function.prototype.toString requires that 'this' be a Function",
		thrownText(func() { Call(toString, proxyOf(opsObj(), opsObj())) }), "Function.prototype.toString.call(new Proxy({}, {}))")
}
