package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDataView(t *testing.T) {
	// view is new DataView(new ArrayBuffer(16), 2).
	view := func() Value { return taNew("DataView", taNew("ArrayBuffer", Int(16)), Int(2)) }
	// after runs dv.setter(args) on a fresh view, then dv.getter(at, little).
	after := func(setter string, args []Value, getter string, get ...Value) func() Value {
		return func() Value {
			dv := view()
			opsCall(dv, setter, args...)
			return opsCall(dv, getter, get...)
		}
	}
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`dv.byteLength`, "14", func() Value { return GetProp(view(), Key("byteLength")) }},
		{`dv.byteOffset`, "2", func() Value { return GetProp(view(), Key("byteOffset")) }},
		{`dv.setInt16(0, -2); dv.getInt16(0)`, "-2", after("setInt16", []Value{Int(0), Int(-2)}, "getInt16", Int(0))},
		{`dv.setInt16(0, -2); dv.getUint16(0)`, "65534", after("setInt16", []Value{Int(0), Int(-2)}, "getUint16", Int(0))},
		{`dv.setInt16(0, -2); dv.getInt16(0, true)`, "-257", after("setInt16", []Value{Int(0), Int(-2)}, "getInt16", Int(0), True)},
		{`dv.setUint32(2, 0xdeadbeef, true); dv.getInt32(2, true)`, "-559038737", after("setUint32", []Value{Int(2), Number(0xdeadbeef), True}, "getInt32", Int(2), True)},
		{`dv.setFloat32(6, 1.5); dv.getFloat32(6, true)`, "6.896490392174587e-41", after("setFloat32", []Value{Int(6), Number(1.5)}, "getFloat32", Int(6), True)},
		{`dv.setFloat64(4, Math.PI, true); dv.getFloat64(4, true)`, "3.141592653589793", after("setFloat64", []Value{Int(4), Number(3.141592653589793), True}, "getFloat64", Int(4), True)},
		{`dv.setBigInt64(4, -5n); dv.getBigUint64(4)`, "18446744073709551611n", after("setBigInt64", []Value{Int(4), NumberToBigInt(-5)}, "getBigUint64", Int(4))},
		{`dv.setInt8(0, 300); dv.getInt8(0)`, "44", after("setInt8", []Value{Int(0), Int(300)}, "getInt8", Int(0))},
		{`dv.getInt32(12)`, "RangeError: Offset is outside the bounds of the DataView", func() Value { return opsCall(view(), "getInt32", Int(12)) }},
		{`dv.setInt32(-1, 0)`, "RangeError: Offset is outside the bounds of the DataView", func() Value { return opsCall(view(), "setInt32", Int(-1), Int(0)) }},
		{`new DataView(new ArrayBuffer(4)).setBigInt64(0, 1)`, "TypeError: Cannot convert 1 to a BigInt", func() Value {
			return opsCall(taNew("DataView", taNew("ArrayBuffer", Int(8))), "setBigInt64", Int(0), Int(1))
		}},
		{`new DataView({})`, "TypeError: First argument to DataView constructor must be an ArrayBuffer", func() Value { return taNew("DataView", opsObj()) }},
		{`new DataView(new ArrayBuffer(4), 5)`, "RangeError: Start offset 5 is outside the bounds of the buffer", func() Value { return taNew("DataView", taNew("ArrayBuffer", Int(4)), Int(5)) }},
		{`new DataView(new ArrayBuffer(4), 1, 4)`, "RangeError: Invalid DataView length 4", func() Value { return taNew("DataView", taNew("ArrayBuffer", Int(4)), Int(1), Int(4)) }},
		{`DataView(new ArrayBuffer(4))`, "TypeError: Constructor DataView requires 'new'", func() Value { return CallFunc("DataView", opsGlobal("DataView"), taNew("ArrayBuffer", Int(4))) }},
		{`DataView.prototype.getInt8.call(new Int8Array(1), 0)`, "TypeError: Method DataView.prototype.getInt8 called on incompatible receiver undefined", func() Value {
			return CallThis("getInt8", GetProp(ObjectValue(DataViewPrototype), Key("getInt8")), taNew("Int8Array", Int(1)), Int(0))
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}
