package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSymbolAndBooleanBuiltins(t *testing.T) {
	sym := func(args ...Value) Value { return CallFunc("Symbol", opsGlobal("Symbol"), args...) }
	symbolCtor := opsGlobal("Symbol")
	boolean := opsGlobal("Boolean")
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`Symbol('x').toString()`, "Symbol(x)", func() Value { return opsCall(sym(Str("x")), "toString") }},
		{`Symbol().toString()`, "Symbol()", func() Value { return opsCall(sym(), "toString") }},
		{`Symbol().description`, "undefined", func() Value { return GetProp(sym(), Key("description")) }},
		{`Symbol('').description === ''`, "true", func() Value { return Bool(StrictEquals(GetProp(sym(Str("")), Key("description")), Str(""))) }},
		{`Symbol(12).description`, "12", func() Value { return GetProp(sym(Int(12)), Key("description")) }},
		{`Object(Symbol('q')).description`, "q", func() Value { return GetProp(ObjectValue(ToObject(sym(Str("q")))), Key("description")) }},
		{`new Symbol()`, "TypeError: Symbol is not a constructor", func() Value { return New("Symbol", symbolCtor) }},
		{`Reflect.construct(Symbol, [])`, "TypeError: Symbol is not a constructor", func() Value {
			return opsCall(ObjectValue(ReflectObject), "construct", symbolCtor, ObjectValue(NewArray(nil)))
		}},
		{`Reflect.construct(Object, [], Symbol) instanceof Symbol`, "true", func() Value {
			return Bool(InstanceOf(opsCall(ObjectValue(ReflectObject), "construct", ObjectValue(ObjectConstructor), ObjectValue(NewArray(nil)), symbolCtor), symbolCtor))
		}},
		{`Symbol.keyFor(1)`, "TypeError: 1 is not a symbol", func() Value { return opsCall(symbolCtor, "keyFor", Int(1)) }},
		{`Symbol.keyFor(Symbol.for('k'))`, "k", func() Value { return opsCall(symbolCtor, "keyFor", opsCall(symbolCtor, "for", Str("k"))) }},
		{`+{[Symbol.toPrimitive]: 1}`, "TypeError: number 1 is not a function", func() Value {
			o := NewPlainObject()
			o.Set(SymbolKey(SymToPrimitive), Int(1), ObjectValue(o))
			return Number(ToNumber(ObjectValue(o)))
		}},
		{`'' + {[Symbol.toPrimitive]: 's'}`, `TypeError: string "s" is not a function`, func() Value {
			o := NewPlainObject()
			o.Set(SymbolKey(SymToPrimitive), Str("s"), ObjectValue(o))
			return Add(Str(""), ObjectValue(o))
		}},
		{`Symbol.keyFor(Symbol('k'))`, "undefined", func() Value { return opsCall(symbolCtor, "keyFor", sym(Str("k"))) }},
		{`Symbol.for('k') === Symbol.for('k')`, "true", func() Value {
			return Bool(StrictEquals(opsCall(symbolCtor, "for", Str("k")), opsCall(symbolCtor, "for", Str("k"))))
		}},
		{`Symbol.prototype.toString.call(1)`, "TypeError: Symbol.prototype.toString requires that 'this' be a Symbol", func() Value {
			return CallThis("toString", GetProp(ObjectValue(SymbolPrototype), Key("toString")), Int(1))
		}},
		{`Object.getOwnPropertyNames(Symbol).join()`, "length,name,prototype,for,keyFor,asyncIterator,hasInstance,isConcatSpreadable,iterator,match,matchAll,replace,search,species,split,toPrimitive,toStringTag,unscopables,dispose,asyncDispose", func() Value {
			return opsObject("getOwnPropertyNames", symbolCtor)
		}},
		{`Object.getOwnPropertyNames(Symbol.prototype).join() + ' ' + Symbol.prototype[Symbol.toStringTag]`, "constructor,toString,valueOf,description Symbol", func() Value {
			return Add(Add(opsObject("getOwnPropertyNames", ObjectValue(SymbolPrototype)), Str(" ")), GetProp(ObjectValue(SymbolPrototype), SymbolKey(SymToStringTag)))
		}},
		{`Symbol.iterator.toString() + ' ' + Symbol.length`, "Symbol(Symbol.iterator) 0", func() Value {
			return Add(Add(opsCall(GetProp(symbolCtor, Key("iterator")), "toString"), Str(" ")), GetProp(symbolCtor, Key("length")))
		}},
		{`Symbol.iterator === Symbol.iterator && typeof Symbol.asyncDispose`, "symbol", func() Value { return TypeOf(GetProp(symbolCtor, Key("asyncDispose"))) }},
		{`Object(Symbol.iterator) == Symbol.iterator`, "true", func() Value {
			return Bool(LooseEquals(ObjectValue(ToObject(SymbolValue(SymIterator))), SymbolValue(SymIterator)))
		}},
		{`Boolean('')`, "false", func() Value { return CallFunc("Boolean", boolean, Str("")) }},
		{`new Boolean(0).valueOf()`, "false", func() Value { return opsCall(New("Boolean", boolean, Int(0)), "valueOf") }},
		{`typeof new Boolean(1)`, "object", func() Value { return TypeOf(New("Boolean", boolean, Int(1))) }},
		{`new Boolean(false) ? 'y' : 'n'`, "y", func() Value {
			if ToBoolean(New("Boolean", boolean, False)) {
				return Str("y")
			}
			return Str("n")
		}},
		{`true.toString()`, "true", func() Value { return opsCall(True, "toString") }},
		{`Boolean.prototype.valueOf()`, "false", func() Value { return opsCall(ObjectValue(BooleanPrototype), "valueOf") }},
		{`Boolean.prototype.toString.call(1)`, "TypeError: Boolean.prototype.toString requires that 'this' be a Boolean", func() Value {
			return CallThis("toString", GetProp(ObjectValue(BooleanPrototype), Key("toString")), Int(1))
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}
