package runtime

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// opsObj makes a plain object from alternating keys and values.
func opsObj(kv ...any) Value {
	o := NewPlainObject()
	for i := 0; i < len(kv); i += 2 {
		o.CreateDataProperty(Key(kv[i].(string)), kv[i+1].(Value))
	}
	return ObjectValue(o)
}

func opsArr(vs ...Value) Value { return ObjectValue(NewArray(vs)) }

// opsObject calls Object.name(args).
func opsObject(name string, args ...Value) Value { return opsCall(opsGlobal("Object"), name, args...) }

func opsFn(body func(this Value, args []Value) Value) Value {
	return ObjectValue(NewFunction("f", 0, body))
}

func TestObjectBuiltins(t *testing.T) {
	tag := func(v Value) Value {
		return CallThis("toString", GetProp(ObjectValue(ObjectPrototype), Key("toString")), v)
	}
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`Object.keys({b: 1, 2: 1, a: 1})`, "2,b,a", func() Value { return opsObject("keys", opsObj("b", Int(1), "2", Int(1), "a", Int(1))) }},
		{`Object.keys('ab')`, "0,1", func() Value { return opsObject("keys", Str("ab")) }},
		{`Object.getOwnPropertyNames('ab')`, "0,1,length", func() Value { return opsObject("getOwnPropertyNames", Str("ab")) }},
		{`Object.keys(null)`, "TypeError: Cannot convert undefined or null to object", func() Value { return opsObject("keys", Null) }},
		{`Object.entries('ab').join('|')`, "0,a|1,b", func() Value { return opsCall(opsObject("entries", Str("ab")), "join", Str("|")) }},
		{`Object.values('xy')`, "x,y", func() Value { return opsObject("values", Str("xy")) }},
		{`Object.values({a: 1, b: 'x'})`, "1,x", func() Value { return opsObject("values", opsObj("a", Int(1), "b", Str("x"))) }},
		{`Object.entries({a: 1, b: [2]}).join('|')`, "a,1|b,2", func() Value {
			return opsCall(opsObject("entries", opsObj("a", Int(1), "b", opsArr(Int(2)))), "join", Str("|"))
		}},
		{`Object.assign({}, null, 'ab', 1, {c: 1}).c`, "1", func() Value {
			return GetProp(opsObject("assign", opsObj(), Null, Str("ab"), Int(1), opsObj("c", Int(1))), Key("c"))
		}},
		{`Object.keys(Object.assign({}, 'ab'))`, "0,1", func() Value { return opsObject("keys", opsObject("assign", opsObj(), Str("ab"))) }},
		{`Object.assign(null)`, "TypeError: Cannot convert undefined or null to object", func() Value { return opsObject("assign", Null) }},
		{`Object.assign(Object.freeze({a: 1}), {a: 2})`, "TypeError: Cannot assign to read only property 'a' of object '#<Object>'", func() Value {
			return opsObject("assign", opsObject("freeze", opsObj("a", Int(1))), opsObj("a", Int(2)))
		}},
		{`Object.create(1)`, "TypeError: Object prototype may only be an Object or null: 1", func() Value { return opsObject("create", Int(1)) }},
		{`Object.create(null, {a: {value: 1, enumerable: true}}).a`, "1", func() Value {
			return GetProp(opsObject("create", Null, opsObj("a", opsObj("value", Int(1), "enumerable", True))), Key("a"))
		}},
		{`Object.getPrototypeOf(Object.create(null))`, "null", func() Value { return opsObject("getPrototypeOf", opsObject("create", Null)) }},
		{`Object.getPrototypeOf(1) === Number.prototype`, "true", func() Value {
			return Bool(opsObject("getPrototypeOf", Int(1)).Object() == NumberPrototype)
		}},
		{`Object.defineProperty(1, 'a', {})`, "TypeError: Object.defineProperty called on non-object", func() Value { return opsObject("defineProperty", Int(1), Str("a"), opsObj()) }},
		{`Object.defineProperty({}, 'a', 1)`, "TypeError: Property description must be an object: 1", func() Value { return opsObject("defineProperty", opsObj(), Str("a"), Int(1)) }},
		{`Object.defineProperty({}, 'a', {get: 1})`, "TypeError: Getter must be a function: 1", func() Value {
			return opsObject("defineProperty", opsObj(), Str("a"), opsObj("get", Int(1)))
		}},
		{`Object.defineProperty({}, 'a', {get() {}, value: 1})`, "TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>", func() Value {
			return opsObject("defineProperty", opsObj(), Str("a"), opsObj("get", opsFn(func(Value, []Value) Value { return Undefined }), "value", Int(1)))
		}},
		{`Object.defineProperty(Object.freeze({a: 1}), 'a', {value: 2})`, "TypeError: Cannot redefine property: a", func() Value {
			return opsObject("defineProperty", opsObject("freeze", opsObj("a", Int(1))), Str("a"), opsObj("value", Int(2)))
		}},
		{`Object.defineProperty(Object.freeze({}), 'b', {value: 2})`, "TypeError: Cannot define property b, object is not extensible", func() Value {
			return opsObject("defineProperty", opsObject("freeze", opsObj()), Str("b"), opsObj("value", Int(2)))
		}},
		{`o = Object.defineProperty({}, 'x', {get: () => 5, enumerable: true}); o.x + Object.keys(o)`, "5x", func() Value {
			o := opsObject("defineProperty", opsObj(), Str("x"), opsObj("get", opsFn(func(Value, []Value) Value { return Int(5) }), "enumerable", True))
			return Add(GetProp(o, Key("x")), opsObject("keys", o))
		}},
		{`Object.values(Object.getOwnPropertyDescriptor('ab', 0))`, "a,false,true,false", func() Value {
			d := opsObject("getOwnPropertyDescriptor", Str("ab"), Int(0))
			return opsObject("values", d)
		}},
		{`Object.values(Object.getOwnPropertyDescriptor([1], 'length'))`, "1,true,false,false", func() Value {
			return opsObject("values", opsObject("getOwnPropertyDescriptor", opsArr(Int(1)), Str("length")))
		}},
		{`Object.keys(Object.getOwnPropertyDescriptors({a: 1}).a)`, "value,writable,enumerable,configurable", func() Value {
			return opsObject("keys", GetProp(opsObject("getOwnPropertyDescriptors", opsObj("a", Int(1))), Key("a")))
		}},
		{`Object.setPrototypeOf(Object.preventExtensions({}), {})`, "TypeError: #<Object> is not extensible", func() Value {
			return opsObject("setPrototypeOf", opsObject("preventExtensions", opsObj()), opsObj())
		}},
		{`a = {}; Object.setPrototypeOf(a, Object.create(a))`, "TypeError: Cyclic __proto__ value", func() Value {
			a := opsObj()
			return opsObject("setPrototypeOf", a, opsObject("create", a))
		}},
		{`Object.setPrototypeOf(null, {})`, "TypeError: Object.setPrototypeOf called on null or undefined", func() Value { return opsObject("setPrototypeOf", Null, opsObj()) }},
		{`Object.setPrototypeOf({}, 1)`, "TypeError: Object prototype may only be an Object or null: 1", func() Value { return opsObject("setPrototypeOf", opsObj(), Int(1)) }},
		{`a = {}; a.__proto__ = Object.create(a)`, "TypeError: Cyclic __proto__ value", func() Value {
			a := opsObj()
			SetProp(a, Key("__proto__"), opsObject("create", a), true)
			return Undefined
		}},
		{`Object.prototype.__proto__`, "null", func() Value { return GetProp(ObjectValue(ObjectPrototype), Key("__proto__")) }},
		{`[Object.isFrozen(1), Object.freeze(1), Object.isExtensible(1)].join()`, "true,1,false", func() Value {
			return opsCall(opsArr(opsObject("isFrozen", Int(1)), opsObject("freeze", Int(1)), opsObject("isExtensible", Int(1))), "join")
		}},
		{`[Object.isFrozen(Object.freeze([1, 2])), Object.isSealed(Object.seal([1])), Object.isFrozen(Object.seal([1]))].join()`, "true,true,false", func() Value {
			return opsCall(opsArr(opsObject("isFrozen", opsObject("freeze", opsArr(Int(1), Int(2)))),
				opsObject("isSealed", opsObject("seal", opsArr(Int(1)))), opsObject("isFrozen", opsObject("seal", opsArr(Int(1))))), "join")
		}},
		{`Object.isFrozen(Object.preventExtensions({}))`, "true", func() Value { return opsObject("isFrozen", opsObject("preventExtensions", opsObj())) }},
		{`'use strict'; Object.freeze([1, 2])[0] = 3`, "TypeError: Cannot assign to read only property '0' of object '[object Array]'", func() Value {
			SetIndex(opsObject("freeze", opsArr(Int(1), Int(2))), Int(0), Int(3), true)
			return Undefined
		}},
		{`a = Object.freeze([1, 2]); a[0] = 3; a.length = 0; a.join()`, "1,2", func() Value {
			a := opsObject("freeze", opsArr(Int(1), Int(2)))
			SetIndex(a, Int(0), Int(3), false)
			SetProp(a, Key("length"), Int(0), false)
			return opsCall(a, "join")
		}},
		{`a = Object.seal([1, 2]); a[0] = 3; delete a[1]; a.join()`, "3,2", func() Value {
			a := opsObject("seal", opsArr(Int(1), Int(2)))
			SetIndex(a, Int(0), Int(3), false)
			DeleteProp(a, Int(1), false)
			return opsCall(a, "join")
		}},
		{`Object.fromEntries([['a', 1], ['b', 2]]).b`, "2", func() Value {
			return GetProp(opsObject("fromEntries", opsArr(opsArr(Str("a"), Int(1)), opsArr(Str("b"), Int(2)))), Key("b"))
		}},
		{`Object.fromEntries([1])`, "TypeError: Iterator value 1 is not an entry object", func() Value { return opsObject("fromEntries", opsArr(Int(1))) }},
		{`Object.fromEntries(null)`, "TypeError: undefined is not iterable", func() Value { return opsObject("fromEntries", Null) }},
		{`Object.fromEntries(1)`, "TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))", func() Value { return opsObject("fromEntries", Int(1)) }},
		{`[Object.is(NaN, NaN), Object.is(0, -0)].join()`, "true,false", func() Value {
			return opsCall(opsArr(opsObject("is", NaN, NaN), opsObject("is", Int(0), Number(math.Copysign(0, -1)))), "join")
		}},
		{`Object.hasOwn({a: 1}, 'a')`, "true", func() Value { return opsObject("hasOwn", opsObj("a", Int(1)), Str("a")) }},
		{`Object.hasOwn(null, 'a')`, "TypeError: Cannot convert undefined or null to object", func() Value { return opsObject("hasOwn", Null, Str("a")) }},
		{`({a: 1}).hasOwnProperty('toString')`, "false", func() Value { return opsCall(opsObj("a", Int(1)), "hasOwnProperty", Str("toString")) }},
		{`Object.prototype.isPrototypeOf([])`, "true", func() Value { return opsCall(ObjectValue(ObjectPrototype), "isPrototypeOf", opsArr()) }},
		{`Object.prototype.propertyIsEnumerable.call([1], 'length')`, "false", func() Value { return opsCall(opsArr(Int(1)), "propertyIsEnumerable", Str("length")) }},
		{`[1].propertyIsEnumerable(0)`, "true", func() Value { return opsCall(opsArr(Int(1)), "propertyIsEnumerable", Int(0)) }},
		{`Object.prototype.toString.call(null)`, "[object Null]", func() Value { return tag(Null) }},
		{`Object.prototype.toString.call(undefined)`, "[object Undefined]", func() Value { return tag(Undefined) }},
		{`Object.prototype.toString.call(1)`, "[object Number]", func() Value { return tag(Int(1)) }},
		{`Object.prototype.toString.call([])`, "[object Array]", func() Value { return tag(opsArr()) }},
		{`Object.prototype.toString.call(() => 1)`, "[object Function]", func() Value { return tag(opsFn(func(Value, []Value) Value { return Undefined })) }},
		{`Object.prototype.toString.call(new TypeError)`, "[object Error]", func() Value { return tag(New("TypeError", opsGlobal("TypeError"))) }},
		{`Object.prototype.toString.call(Symbol())`, "[object Symbol]", func() Value { return tag(SymbolValue(NewSymbol(""))) }},
		{`Object.prototype.toString.call({[Symbol.toStringTag]: 'Custom'})`, "[object Custom]", func() Value {
			o := NewPlainObject()
			o.CreateDataProperty(SymbolKey(SymToStringTag), Str("Custom"))
			return tag(ObjectValue(o))
		}},
		{`Object.prototype.valueOf.call(null)`, "TypeError: Cannot convert undefined or null to object", func() Value {
			return CallThis("valueOf", GetProp(ObjectValue(ObjectPrototype), Key("valueOf")), Null)
		}},
		{`Object.prototype.toLocaleString.call(null)`, "TypeError: Object.prototype.toLocaleString called on null or undefined", func() Value {
			return CallThis("toLocaleString", GetProp(ObjectValue(ObjectPrototype), Key("toLocaleString")), Null)
		}},
		{`Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').set.call(null, {})`, "TypeError: set Object.prototype.__proto__ called on null or undefined", func() Value {
			d, _ := ObjectPrototype.GetOwnProperty(Key("__proto__"))
			return CallThis("set", ObjectValue(d.Setter), Null, opsObj())
		}},
		{`o = {}; o.__proto__ = 5; Object.getPrototypeOf(o) === Object.prototype`, "true", func() Value {
			o := opsObj()
			SetProp(o, Key("__proto__"), Int(5), true)
			return Bool(opsObject("getPrototypeOf", o).Object() == ObjectPrototype)
		}},
		{`Object.setPrototypeOf(Object.prototype, {})`, "TypeError: Immutable prototype object 'Object.prototype' cannot have their prototype set", func() Value {
			return opsObject("setPrototypeOf", ObjectValue(ObjectPrototype), opsObj())
		}},
		{`Object.defineProperties({}, {a: 1})`, "TypeError: Property description must be an object: 1", func() Value { return opsObject("defineProperties", opsObj(), opsObj("a", Int(1))) }},
		{`typeof Object('s')`, "object", func() Value { return TypeOf(CallFunc("Object", opsGlobal("Object"), Str("s"))) }},
		{`o = {}; o.__defineGetter__('x', () => 5); o.x + ' ' + typeof o.__lookupGetter__('x')`, "5 function", func() Value {
			o := opsObj()
			opsCall(o, "__defineGetter__", Str("x"), opsFn(func(Value, []Value) Value { return Int(5) }))
			return Add(Add(GetProp(o, Key("x")), Str(" ")), TypeOf(opsCall(o, "__lookupGetter__", Str("x"))))
		}},
		{`Object.getOwnPropertyNames(Object.prototype).join()`, "constructor,__defineGetter__,__defineSetter__,hasOwnProperty,__lookupGetter__,__lookupSetter__,isPrototypeOf,propertyIsEnumerable,toString,valueOf,__proto__,toLocaleString", func() Value {
			return opsCall(opsObject("getOwnPropertyNames", ObjectValue(ObjectPrototype)), "join")
		}},
		{`Object.getOwnPropertyNames(Object).join()`, "length,name,prototype,assign,getOwnPropertyDescriptor,getOwnPropertyDescriptors,getOwnPropertyNames,getOwnPropertySymbols,hasOwn,is,preventExtensions,seal,create,defineProperties,defineProperty,freeze,getPrototypeOf,setPrototypeOf,isExtensible,isFrozen,isSealed,keys,entries,fromEntries,values", func() Value {
			return opsCall(opsObject("getOwnPropertyNames", opsGlobal("Object")), "join")
		}},
		{`typeof Object.groupBy`, "undefined", func() Value { return TypeOf(GetProp(opsGlobal("Object"), Key("groupBy"))) }},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

func TestReflect(t *testing.T) {
	reflect := func(name string, args ...Value) Value { return opsCall(opsGlobal("Reflect"), name, args...) }
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`Reflect.get(1, 'a')`, "TypeError: Reflect.get called on non-object", func() Value { return reflect("get", Int(1), Str("a")) }},
		{`Reflect.apply(1)`, "TypeError: Function.prototype.apply was called on 1, which is a number and not a function", func() Value { return reflect("apply", Int(1)) }},
		{`Reflect.apply({})`, "TypeError: Function.prototype.apply was called on #<Object>, which is an object and not a function", func() Value { return reflect("apply", opsObj()) }},
		{`Reflect.apply(null)`, "TypeError: Function.prototype.apply was called on null, which is null and not a function", func() Value { return reflect("apply", Null) }},
		{`Reflect.apply((a, b) => a + b, null, [1, 2])`, "3", func() Value {
			return reflect("apply", opsFn(func(_ Value, args []Value) Value { return Add(Arg(args, 0), Arg(args, 1)) }), Null, opsArr(Int(1), Int(2)))
		}},
		{`Reflect.apply(Math.max, null, 1)`, "TypeError: CreateListFromArrayLike called on non-object", func() Value {
			return reflect("apply", opsFn(func(Value, []Value) Value { return Undefined }), Null, Int(1))
		}},
		{`Reflect.construct(1)`, "TypeError: 1 is not a constructor", func() Value { return reflect("construct", Int(1)) }},
		{`Reflect.construct(Error, ['m']).message`, "m", func() Value {
			return GetProp(reflect("construct", opsGlobal("Error"), opsArr(Str("m"))), Key("message"))
		}},
		{`Reflect.construct(Error, ['m'], TypeError) instanceof TypeError`, "true", func() Value {
			return Bool(InstanceOf(reflect("construct", opsGlobal("Error"), opsArr(Str("m")), opsGlobal("TypeError")), opsGlobal("TypeError")))
		}},
		{`Reflect.ownKeys(1)`, "TypeError: Reflect.ownKeys called on non-object", func() Value { return reflect("ownKeys", Int(1)) }},
		{`Reflect.ownKeys(new String('ab'))`, "0,1,length", func() Value { return reflect("ownKeys", ObjectValue(ToObject(Str("ab")))) }},
		{`Reflect.ownKeys({b: 1, [Symbol.iterator]: 1, 1: 1}).length`, "3", func() Value {
			o := opsObj("b", Int(1), "1", Int(1))
			SetIndex(o, SymbolValue(SymIterator), Int(1), true)
			return GetProp(reflect("ownKeys", o), Key("length"))
		}},
		{`Reflect.setPrototypeOf({}, 1)`, "TypeError: Object prototype may only be an Object or null: 1", func() Value { return reflect("setPrototypeOf", opsObj(), Int(1)) }},
		{`Reflect.setPrototypeOf(Object.preventExtensions({}), {})`, "false", func() Value {
			return reflect("setPrototypeOf", opsObject("preventExtensions", opsObj()), opsObj())
		}},
		{`Reflect.defineProperty(Object.freeze({a: 1}), 'a', {value: 2})`, "false", func() Value {
			return reflect("defineProperty", opsObject("freeze", opsObj("a", Int(1))), Str("a"), opsObj("value", Int(2)))
		}},
		{`Reflect.deleteProperty(Object.freeze({a: 1}), 'a')`, "false", func() Value { return reflect("deleteProperty", opsObject("freeze", opsObj("a", Int(1))), Str("a")) }},
		{`Reflect.set(Object.freeze({a: 1}), 'a', 2)`, "false", func() Value { return reflect("set", opsObject("freeze", opsObj("a", Int(1))), Str("a"), Int(2)) }},
		{`o = {set x(v) { this.y = v }}; r = {}; Reflect.set(o, 'x', 5, r); r.y`, "5", func() Value {
			o := opsObject("defineProperty", opsObj(), Str("x"), opsObj("set", opsFn(func(this Value, args []Value) Value {
				SetProp(this, Key("y"), Arg(args, 0), true)
				return Undefined
			})))
			r := opsObj()
			reflect("set", o, Str("x"), Int(5), r)
			return GetProp(r, Key("y"))
		}},
		{`o = {get x() { return this }}; r = {}; Reflect.get(o, 'x', r) === r`, "true", func() Value {
			o := opsObject("defineProperty", opsObj(), Str("x"), opsObj("get", opsFn(func(this Value, _ []Value) Value { return this })))
			r := opsObj()
			return Bool(StrictEquals(reflect("get", o, Str("x"), r), r))
		}},
		{`Reflect.has([], 'length') && Reflect.has({a: 1}, 'toString')`, "true", func() Value {
			return Bool(ToBoolean(reflect("has", opsArr(), Str("length"))) && ToBoolean(reflect("has", opsObj("a", Int(1)), Str("toString"))))
		}},
		{`Object.getOwnPropertyNames(Reflect).join() + ' ' + Reflect[Symbol.toStringTag]`, "defineProperty,deleteProperty,apply,construct,get,getOwnPropertyDescriptor,getPrototypeOf,has,isExtensible,ownKeys,preventExtensions,set,setPrototypeOf Reflect", func() Value {
			return Add(Add(opsObject("getOwnPropertyNames", opsGlobal("Reflect")), Str(" ")), GetProp(opsGlobal("Reflect"), SymbolKey(SymToStringTag)))
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

// The builtin prototypes list their keys in V8's order, which
// Reflect.ownKeys and console.log(Object.getOwnPropertyNames(…)) show.
func TestBuiltinKeyOrder(t *testing.T) {
	for _, c := range []struct {
		js   string
		o    *Object
		want string
	}{
		{"Map.prototype", MapPrototype, "constructor,get,set,has,delete,clear,entries,forEach,keys,size,values,Symbol(Symbol.toStringTag),Symbol(Symbol.iterator)"},
		{"Set.prototype", SetPrototype, "constructor,has,add,delete,clear,entries,forEach,size,values,keys,Symbol(Symbol.toStringTag),Symbol(Symbol.iterator)"},
		{"WeakMap.prototype", WeakMapPrototype, "constructor,delete,get,set,has,Symbol(Symbol.toStringTag)"},
		{"WeakSet.prototype", WeakSetPrototype, "constructor,delete,has,add,Symbol(Symbol.toStringTag)"},
		{"Symbol.prototype", SymbolPrototype, "constructor,toString,valueOf,description,Symbol(Symbol.toStringTag),Symbol(Symbol.toPrimitive)"},
	} {
		var keys []string
		for _, k := range c.o.OwnKeys() {
			if k.Symbol != nil {
				keys = append(keys, "Symbol("+k.Symbol.Description+")")
			} else {
				keys = append(keys, k.Name)
			}
		}
		assert.Equal(t, c.want, strings.Join(keys, ","), "Reflect.ownKeys(%s).map(String).join()", c.js)
	}
}
