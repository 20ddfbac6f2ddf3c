package runtime

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// opsGlobal reads a global binding.
func opsGlobal(name string) Value { return Global.Get(Key(name), ObjectValue(Global)) }

// opsCall calls obj.name(args).
func opsCall(obj Value, name string, args ...Value) Value {
	return CallMethod(name, obj, Key(name), args...)
}

func TestErrorConstructors(t *testing.T) {
	newErr := func(ctor string, args ...Value) Value { return New(ctor, opsGlobal(ctor), args...) }
	causeOpts := NewPlainObject()
	causeOpts.CreateDataProperty(Key("cause"), Int(0))
	errs := NewArray([]Value{Int(1), Int(2)})
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`Object.getOwnPropertyNames(new TypeError()).join()`, "stack", func() Value {
			return opsCall(opsCall(opsGlobal("Object"), "getOwnPropertyNames", newErr("TypeError")), "join")
		}},
		{`Object.getOwnPropertyNames(new Error('x', {cause: 0})).join()`, "stack,message,cause", func() Value {
			return opsCall(opsCall(opsGlobal("Object"), "getOwnPropertyNames", newErr("Error", Str("x"), ObjectValue(causeOpts))), "join")
		}},
		{`String(new TypeError('x'))`, "TypeError: x", func() Value { return ToString(newErr("TypeError", Str("x"))) }},
		{`new RangeError('x', {cause: 0}).cause`, "0", func() Value { return GetProp(newErr("RangeError", Str("x"), ObjectValue(causeOpts)), Key("cause")) }},
		{`TypeError('q') instanceof TypeError`, "true", func() Value {
			return Bool(InstanceOf(CallFunc("TypeError", opsGlobal("TypeError"), Str("q")), opsGlobal("TypeError")))
		}},
		{`new URIError instanceof Error`, "true", func() Value { return Bool(InstanceOf(newErr("URIError"), opsGlobal("Error"))) }},
		{`Object.getPrototypeOf(RangeError) === Error`, "true", func() Value {
			return Bool(opsGlobal("RangeError").Object().Proto() == opsGlobal("Error").Object())
		}},
		{`TypeError.length`, "1", func() Value { return GetProp(opsGlobal("TypeError"), Key("length")) }},
		{`AggregateError.length`, "2", func() Value { return GetProp(opsGlobal("AggregateError"), Key("length")) }},
		{`EvalError.prototype.name`, "EvalError", func() Value { return GetProp(GetProp(opsGlobal("EvalError"), Key("prototype")), Key("name")) }},
		{`new AggregateError([1, 2], 'm').errors.length`, "2", func() Value {
			return GetProp(GetProp(newErr("AggregateError", ObjectValue(errs), Str("m")), Key("errors")), Key("length"))
		}},
		{`String(new AggregateError([1, 2], 'm'))`, "AggregateError: m", func() Value { return ToString(newErr("AggregateError", ObjectValue(errs), Str("m"))) }},
		{`new AggregateError(1)`, "TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))", func() Value {
			return newErr("AggregateError", Int(1))
		}},
		{`new Error(undefined).hasOwnProperty('message')`, "false", func() Value { return opsCall(newErr("Error", Undefined), "hasOwnProperty", Str("message")) }},
		{`new Error(12).message`, "12", func() Value { return GetProp(newErr("Error", Int(12)), Key("message")) }},
		{`Error.prototype.toString.call({name: 'N', message: ''})`, "N", func() Value {
			o := NewPlainObject()
			o.CreateDataProperty(Key("name"), Str("N"))
			o.CreateDataProperty(Key("message"), Str(""))
			return CallThis("toString", GetProp(ObjectValue(ErrorPrototype), Key("toString")), ObjectValue(o))
		}},
		{`Error.prototype.toString.call({name: '', message: 'm'})`, "m", func() Value {
			o := NewPlainObject()
			o.CreateDataProperty(Key("name"), Str(""))
			o.CreateDataProperty(Key("message"), Str("m"))
			return CallThis("toString", GetProp(ObjectValue(ErrorPrototype), Key("toString")), ObjectValue(o))
		}},
		{`Error.prototype.toString.call({})`, "Error", func() Value {
			return CallThis("toString", GetProp(ObjectValue(ErrorPrototype), Key("toString")), ObjectValue(NewPlainObject()))
		}},
		{`Error.prototype.toString.call(1)`, "TypeError: Method Error.prototype.toString called on incompatible receiver 1", func() Value {
			return CallThis("toString", GetProp(ObjectValue(ErrorPrototype), Key("toString")), Int(1))
		}},
		{`Object.getOwnPropertyNames(Error).filter(k => k != 'prepareStackTrace').join()`, "length,name,prototype,captureStackTrace,stackTraceLimit", func() Value {
			return opsObject("getOwnPropertyNames", opsGlobal("Error"))
		}},
		{`Object.getOwnPropertyNames(Error.prototype).join()`, "constructor,name,message,toString", func() Value {
			return opsObject("getOwnPropertyNames", ObjectValue(ErrorPrototype))
		}},
		{`Error.stackTraceLimit`, "10", func() Value { return GetProp(opsGlobal("Error"), Key("stackTraceLimit")) }},
		{`e = new Error('a'); e.stack = 'zz'; e.stack`, "zz", func() Value {
			e := newErr("Error", Str("a"))
			SetProp(e, Key("stack"), Str("zz"), true)
			return GetProp(e, Key("stack"))
		}},
		{`e = new Error('a'); e.name = 'Custom'; e.stack.split('\n')[0]`, "Custom: a", func() Value {
			e := newErr("Error", Str("a"))
			SetProp(e, Key("name"), Str("Custom"), true)
			return Str(strings.Split(GetProp(e, Key("stack")).Text(), "\n")[0])
		}},
		{`Error.captureStackTrace(1)`, "TypeError: invalid_argument", func() Value {
			return opsCall(opsGlobal("Error"), "captureStackTrace", Int(1))
		}},
		{`o = {name: 'X', message: 'y'}; Error.captureStackTrace(o); o.stack.split('\n')[0]`, "X: y", func() Value {
			o := NewPlainObject()
			o.CreateDataProperty(Key("name"), Str("X"))
			o.CreateDataProperty(Key("message"), Str("y"))
			opsCall(opsGlobal("Error"), "captureStackTrace", ObjectValue(o))
			return Str(strings.Split(GetProp(ObjectValue(o), Key("stack")).Text(), "\n")[0])
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}
