package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStringObjectIndices checks the own index properties of String
// objects (StringGetOwnProperty) through every path that reaches them.
func TestStringObjectIndices(t *testing.T) {
	// const s = () => { const o = new String('ab'); o[5] = 1; o.x = 2; return o }
	s := func() Value {
		o := ObjectValue(ToObject(Str("ab")))
		SetIndex(o, Int(5), Int(1), true)
		SetProp(o, Key("x"), Int(2), true)
		return o
	}
	hi := func() Value { return ObjectValue(ToObject(Str("hi"))) }
	json := func(v Value) Value { return callJS(ObjectValue(JSONObject), "stringify", v) }
	reflect := func(name string, args ...Value) Value { return opsCall(opsGlobal("Reflect"), name, args...) }
	join := func(v Value) Value { return callJS(v, "join") }
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`Object.keys(s()).join()`, "0,1,5,x", func() Value { return join(opsObject("keys", s())) }},
		{`Object.getOwnPropertyNames(s()).join()`, "0,1,5,length,x", func() Value { return join(opsObject("getOwnPropertyNames", s())) }},
		{`Object.getOwnPropertyNames(new String('')).join()`, "length", func() Value {
			return join(opsObject("getOwnPropertyNames", ObjectValue(ToObject(Str("")))))
		}},
		{`JSON.stringify(Object.getOwnPropertyDescriptor(s(), 0))`, `{"value":"a","writable":false,"enumerable":true,"configurable":false}`, func() Value {
			return json(opsObject("getOwnPropertyDescriptor", s(), Int(0)))
		}},
		{`s().hasOwnProperty(1)`, "true", func() Value { return callJS(s(), "hasOwnProperty", 1) }},
		{`s().hasOwnProperty(2)`, "false", func() Value { return callJS(s(), "hasOwnProperty", 2) }},
		{`0 in s()`, "true", func() Value { return Bool(In(Int(0), s())) }},
		{`2 in s()`, "false", func() Value { return Bool(In(Int(2), s())) }},
		{`Reflect.deleteProperty(s(), 0)`, "false", func() Value { return reflect("deleteProperty", s(), Int(0)) }},
		{`Reflect.defineProperty(s(), 0, {value: 'a'})`, "true", func() Value { return reflect("defineProperty", s(), Int(0), opsObj("value", Str("a"))) }},
		{`Reflect.defineProperty(s(), 0, {value: 'q'})`, "false", func() Value { return reflect("defineProperty", s(), Int(0), opsObj("value", Str("q"))) }},
		{`Reflect.defineProperty(s(), 1, {enumerable: false})`, "false", func() Value { return reflect("defineProperty", s(), Int(1), opsObj("enumerable", False)) }},
		{`Reflect.set(s(), 0, 'z')`, "false", func() Value { return reflect("set", s(), Int(0), Str("z")) }},
		{`s()[1]`, "b", func() Value { return GetIndex(s(), Int(1)) }},
		{`Reflect.get(s(), 1)`, "b", func() Value { return reflect("get", s(), Int(1)) }},
		{`Reflect.has(s(), 1)`, "true", func() Value { return reflect("has", s(), Int(1)) }},
		{`JSON.stringify(Object.entries(new String('hi')))`, `[["0","h"],["1","i"]]`, func() Value { return json(opsObject("entries", hi())) }},
		{`JSON.stringify(Object.assign({}, new String('hi')))`, `{"0":"h","1":"i"}`, func() Value { return json(opsObject("assign", opsObj(), hi())) }},
		{`JSON.stringify({...new String('hi')})`, `{"0":"h","1":"i"}`, func() Value {
			o := NewPlainObject()
			SpreadInto(o, hi())
			return json(ObjectValue(o))
		}},
		{`Object.isFrozen(Object.freeze(new String('ab')))`, "true", func() Value { return opsObject("isFrozen", opsObject("freeze", s())) }},
		{`for (const k in Object.create(new String('hi')))`, "0,1", func() Value { return opsForIn(opsObject("create", hi()), nil) }},
		{`for (const k in new String('hi'))`, "0,1", func() Value { return opsForIn(hi(), nil) }},
		{`new Proxy(new String('ab'), {})[1]`, "b", func() Value { return GetIndex(proxyOf(s(), opsObj()), Int(1)) }},
		{`Reflect.ownKeys(new Proxy(new String('ab'), {})).join()`, "0,1,length", func() Value {
			return join(reflect("ownKeys", proxyOf(ObjectValue(ToObject(Str("ab"))), opsObj())))
		}},
	} {
		assert.Equal(t, c.want, ToGoString(c.got()), c.js)
	}
	for _, c := range []struct {
		js, want string
		f        func()
	}{
		{`'use strict'; new String('ab')[0] = 'z'`, "TypeError: Cannot assign to read only property '0' of object '[object String]'", func() { SetIndex(s(), Int(0), Str("z"), true) }},
		{`'use strict'; delete new String('ab')[0]`, "TypeError: Cannot delete property '0' of [object String]", func() { DeleteProp(s(), Int(0), true) }},
		{`Object.defineProperty(new String('ab'), 0, {value: 'q'})`, "TypeError: Cannot redefine property: 0", func() { opsObject("defineProperty", s(), Int(0), opsObj("value", Str("q"))) }},
	} {
		assert.Equal(t, c.want, thrownText(c.f), c.js)
	}
}
