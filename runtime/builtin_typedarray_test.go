package runtime

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// taNew is new name(args).
func taNew(name string, args ...Value) Value { return New(name, opsGlobal(name), args...) }

// nums makes an array of numbers.
func nums(fs ...float64) Value {
	vs := make([]Value, len(fs))
	for i, f := range fs {
		vs[i] = Number(f)
	}
	return opsArr(vs...)
}

// joined is ta.join() (or any array-like's).
func joined(v Value) Value {
	return CallThis("join", GetProp(ObjectValue(ArrayPrototype), Key("join")), v)
}

func TestTypedArrays(t *testing.T) {
	u8 := func() Value { return taNew("Uint8Array", nums(1, 2, 300, -1)) }
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`new Uint8Array([1, 2, 300, -1]).join()`, "1,2,44,255", func() Value { return joined(u8()) }},
		{`a[2]`, "44", func() Value { return GetIndex(u8(), Int(2)) }},
		{`a[4]`, "undefined", func() Value { return GetIndex(u8(), Int(4)) }},
		{`a[-1]`, "undefined", func() Value { return GetIndex(u8(), Int(-1)) }},
		{`a['1.5']`, "undefined", func() Value { return GetIndex(u8(), Str("1.5")) }},
		{`a[1] = 258; a[1]`, "2", func() Value { a := u8(); SetIndex(a, Int(1), Int(258), true); return GetIndex(a, Int(1)) }},
		{`a[10] = 5; Object.keys(a)`, "0,1,2,3", func() Value { a := u8(); SetIndex(a, Int(10), Int(5), true); return opsObject("keys", a) }},
		{`a['-0'] = 9; '-0' in a`, "false", func() Value { a := u8(); SetIndex(a, Str("-0"), Int(9), true); return Bool(In(Str("-0"), a)) }},
		{`a[-0] = 9; a[0]`, "9", func() Value { a := u8(); SetIndex(a, Number(negZero()), Int(9), true); return GetIndex(a, Int(0)) }},
		{`a.foo = 1; Object.keys(a)`, "0,1,2,3,foo", func() Value { a := u8(); SetProp(a, Key("foo"), Int(1), true); return opsObject("keys", a) }},
		{`new Uint8ClampedArray([1.5, 2.5, -3, 300, NaN, 254.5]).join()`, "2,2,0,255,0,254", func() Value {
			return joined(taNew("Uint8ClampedArray", nums(1.5, 2.5, -3, 300, nan(), 254.5)))
		}},
		{`new Float32Array([1.1])[0]`, "1.100000023841858", func() Value { return GetIndex(taNew("Float32Array", nums(1.1)), Int(0)) }},
		{`new Int16Array([40000, -40000]).join()`, "-25536,25536", func() Value { return joined(taNew("Int16Array", nums(40000, -40000))) }},
		{`new Uint32Array([-1])[0]`, "4294967295", func() Value { return GetIndex(taNew("Uint32Array", nums(-1)), Int(0)) }},
		{`new BigInt64Array([1])`, "TypeError: Cannot convert 1 to a BigInt", func() Value { return taNew("BigInt64Array", nums(1)) }},
		{`new Int8Array(new BigInt64Array(1))`, "TypeError: Cannot mix BigInt and other types, use explicit conversions", func() Value {
			return taNew("Int8Array", taNew("BigInt64Array", Int(1)))
		}},
		{`new Int8Array(-1)`, "RangeError: Invalid typed array length: -1", func() Value { return taNew("Int8Array", Int(-1)) }},
		{`new Int32Array(new ArrayBuffer(8), 1)`, "RangeError: start offset of Int32Array should be a multiple of 4", func() Value {
			return taNew("Int32Array", taNew("ArrayBuffer", Int(8)), Int(1))
		}},
		{`new Int32Array(new ArrayBuffer(7))`, "RangeError: byte length of Int32Array should be a multiple of 4", func() Value {
			return taNew("Int32Array", taNew("ArrayBuffer", Int(7)))
		}},
		{`new Int32Array(new ArrayBuffer(8), 12)`, "RangeError: Start offset 12 is outside the bounds of the buffer", func() Value {
			return taNew("Int32Array", taNew("ArrayBuffer", Int(8)), Int(12))
		}},
		{`new Int32Array(new ArrayBuffer(8), 4, 2)`, "RangeError: Invalid typed array length: 2", func() Value {
			return taNew("Int32Array", taNew("ArrayBuffer", Int(8)), Int(4), Int(2))
		}},
		{`Int8Array(2)`, "TypeError: Constructor Int8Array requires 'new'", func() Value { return CallFunc("Int8Array", opsGlobal("Int8Array"), Int(2)) }},
		{`new (Object.getPrototypeOf(Int8Array))()`, "TypeError: Abstract class TypedArray not directly constructable", func() Value {
			return New("TypedArray", ObjectValue(TypedArrayConstructor))
		}},
		{`const buf = new ArrayBuffer(8); new Uint32Array(buf, 4, 1)[0] = 0x01020304; new Uint8Array(buf).join()`, "0,0,0,0,4,3,2,1", func() Value {
			buf := taNew("ArrayBuffer", Int(8))
			SetIndex(taNew("Uint32Array", buf, Int(4), Int(1)), Int(0), Int(0x01020304), true)
			return joined(taNew("Uint8Array", buf))
		}},
		{`new Int8Array(3).fill(7, 1).join()`, "0,7,7", func() Value { return joined(opsCall(taNew("Int8Array", Int(3)), "fill", Int(7), Int(1))) }},
		{`new Int8Array([1,2,3,4]).subarray(1, 3).join()`, "2,3", func() Value { return joined(opsCall(taNew("Int8Array", nums(1, 2, 3, 4)), "subarray", Int(1), Int(3))) }},
		{`new Int8Array([1,2,3]).slice(-2).join()`, "2,3", func() Value { return joined(opsCall(taNew("Int8Array", nums(1, 2, 3)), "slice", Int(-2))) }},
		{`new Float64Array([3, 1, NaN, -0, 0, 2]).sort().join()`, "0,0,1,2,3,NaN", func() Value {
			return joined(opsCall(taNew("Float64Array", nums(3, 1, nan(), negZero(), 0, 2)), "sort"))
		}},
		{`new Int8Array([1, 2, 3]).map(x => x * 100).join()`, "100,-56,44", func() Value {
			return joined(opsCall(taNew("Int8Array", nums(1, 2, 3)), "map", opsFn(func(_ Value, a []Value) Value { return Mul(a[0], Int(100)) })))
		}},
		{`new Int8Array([1, 2, 3]).reduce((s, x) => s + x)`, "6", func() Value {
			return opsCall(taNew("Int8Array", nums(1, 2, 3)), "reduce", opsFn(func(_ Value, a []Value) Value { return Add(a[0], a[1]) }))
		}},
		{`new Uint8Array([]).reduce((a, b) => a + b)`, "TypeError: Reduce of empty array with no initial value", func() Value {
			return opsCall(taNew("Uint8Array", nums()), "reduce", opsFn(returnUndefined))
		}},
		{`new Float32Array([NaN]).includes(NaN)`, "true", func() Value { return opsCall(taNew("Float32Array", nums(nan())), "includes", NaN) }},
		{`new Float32Array([NaN]).indexOf(NaN)`, "-1", func() Value { return opsCall(taNew("Float32Array", nums(nan())), "indexOf", NaN) }},
		{`new Int8Array([1,2,1]).lastIndexOf(1)`, "2", func() Value { return opsCall(taNew("Int8Array", nums(1, 2, 1)), "lastIndexOf", Int(1)) }},
		{`const s = new Int8Array([1, 2, 3, 4]); s.set(s.subarray(0, 2), 1); s.join()`, "1,1,2,4", func() Value {
			s := taNew("Int8Array", nums(1, 2, 3, 4))
			opsCall(s, "set", opsCall(s, "subarray", Int(0), Int(2)), Int(1))
			return joined(s)
		}},
		{`new Int8Array(4).set([1, 2, 3], 2)`, "RangeError: offset is out of bounds", func() Value { return opsCall(taNew("Int8Array", Int(4)), "set", nums(1, 2, 3), Int(2)) }},
		{`new Int8Array([1, 2, 3, 4]).copyWithin(0, 2).join()`, "3,4,3,4", func() Value {
			return joined(opsCall(taNew("Int8Array", nums(1, 2, 3, 4)), "copyWithin", Int(0), Int(2)))
		}},
		{`new Int8Array([1,2,3]).with(0, 9).join()`, "9,2,3", func() Value { return joined(opsCall(taNew("Int8Array", nums(1, 2, 3)), "with", Int(0), Int(9))) }},
		{`new Uint8Array(2).with(5, 1)`, "RangeError: Invalid typed array index", func() Value { return opsCall(taNew("Uint8Array", Int(2)), "with", Int(5), Int(1)) }},
		{`new Uint8Array(2).sort(1)`, "TypeError: The comparison function must be either a function or undefined", func() Value { return opsCall(taNew("Uint8Array", Int(2)), "sort", Int(1)) }},
		{`Int8Array.from([1, 2], x => x * 2).join()`, "2,4", func() Value {
			return joined(opsCall(opsGlobal("Int8Array"), "from", nums(1, 2), opsFn(func(_ Value, a []Value) Value { return Mul(a[0], Int(2)) })))
		}},
		{`Int16Array.from({length: 2, 0: 7}).join()`, "7,0", func() Value {
			return joined(opsCall(opsGlobal("Int16Array"), "from", opsObj("length", Int(2), "0", Int(7))))
		}},
		{`Int8Array.of(1, 2, 3).join()`, "1,2,3", func() Value { return joined(opsCall(opsGlobal("Int8Array"), "of", Int(1), Int(2), Int(3))) }},
		{`Object.prototype.toString.call(new Int8Array(1))`, "[object Int8Array]", func() Value { return Str(ObjectToString(taNew("Int8Array", Int(1)))) }},
		{`new Int8Array(2).toString()`, "0,0", func() Value { return opsCall(taNew("Int8Array", Int(2)), "toString") }},
		{`Object.defineProperty(new Uint8Array(2), '5', {value: 5})`, "TypeError: Invalid typed array index", func() Value {
			return opsObject("defineProperty", taNew("Uint8Array", Int(2)), Str("5"), opsObj("value", Int(5)))
		}},
		{`'use strict'; delete new Uint8Array(2)[0]`, "TypeError: Cannot delete property '0' of [object Uint8Array]", func() Value { return Bool(DeleteProp(taNew("Uint8Array", Int(2)), Int(0), true)) }},
		{`Object.freeze(new Uint8Array(2))`, "TypeError: Cannot freeze array buffer views with elements", func() Value { return opsObject("freeze", taNew("Uint8Array", Int(2))) }},
		{`Object.isSealed(Object.seal(new Int8Array(2)))`, "true", func() Value { return opsObject("isSealed", opsObject("seal", taNew("Int8Array", Int(2)))) }},
		{`Int8Array.prototype.fill.call([], 1)`, "TypeError: this is not a typed array.", func() Value {
			return CallThis("fill", GetProp(ObjectValue(TypedArrayPrototype), Key("fill")), opsArr(), Int(1))
		}},
		{`new BigInt64Array([-1n])[0]`, "-1n", func() Value { return GetIndex(taNew("BigInt64Array", opsArr(NumberToBigInt(-1))), Int(0)) }},
		{`new BigUint64Array([-1n])[0]`, "18446744073709551615n", func() Value { return GetIndex(taNew("BigUint64Array", opsArr(NumberToBigInt(-1))), Int(0)) }},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

func negZero() float64 { return math.Copysign(0, -1) }
func nan() float64     { return math.NaN() }

// TestTypedArrayMethodsNeverCrash calls every %TypedArray%.prototype and
// DataView.prototype method with a grid of awkward arguments, on views in
// and out of bounds of a shrunken resizable buffer: each call must return
// or throw a JavaScript exception, never a Go panic.
func TestTypedArrayMethodsNeverCrash(t *testing.T) {
	awkward := []Value{Undefined, Int(-1), Int(0), Int(1), Number(2.5), Int(100), NaN, Number(math.Inf(-1)), Str("x"),
		opsArr(Int(1), Int(2)), opsFn(func(_ Value, a []Value) Value { return Arg(a, 0) })}
	views := func() []Value {
		b := taNew("ArrayBuffer", Int(8), opsObj("maxByteLength", Int(16)))
		vs := []Value{
			taNew("Uint8Array", b), taNew("Int16Array", b, Int(2)), taNew("Float64Array", b, Int(0), Int(1)),
			taNew("BigInt64Array", b), taNew("Uint8ClampedArray", nums(1, 2, 3)), taNew("DataView", b, Int(1)),
			taNew("DataView", b, Int(4), Int(4)),
		}
		opsCall(b, "resize", Int(4))
		return append(vs, taNew("Float32Array", b), taNew("Int8Array", Int(0)))
	}
	var names []PropertyKey
	for _, p := range []*Object{TypedArrayPrototype, DataViewPrototype} {
		for _, k := range p.OwnKeys() {
			if d, ok := p.GetOwnProperty(k); ok && !d.IsAccessor() && k.Name != "constructor" {
				names = append(names, k)
			}
		}
	}
	calls := 0
	for _, k := range names {
		vs := views()
		for _, a := range awkward {
			for _, b := range awkward[:3] {
				for _, v := range vs {
					assert.NotPanics(t, func() {
						TryCatch(func() { CallMethod(k.Name, v, k, a, b) })
					}, "%s(%s, %s)", k.Name, inspectShort(a), inspectShort(b))
					calls++
				}
			}
		}
	}
	assert.Greater(t, calls, 1000)
}
