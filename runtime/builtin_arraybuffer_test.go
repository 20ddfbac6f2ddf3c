package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestArrayBuffer(t *testing.T) {
	// resizable is new ArrayBuffer(4, {maxByteLength: 8}).
	resizable := func() Value { return taNew("ArrayBuffer", Int(4), opsObj("maxByteLength", Int(8))) }
	filled := func() Value { return GetProp(taNew("Uint8Array", nums(1, 2, 3, 4, 5, 6, 7, 8)), Key("buffer")) }
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`new ArrayBuffer(8).byteLength`, "8", func() Value { return GetProp(taNew("ArrayBuffer", Int(8)), Key("byteLength")) }},
		{`new ArrayBuffer().byteLength`, "0", func() Value { return GetProp(taNew("ArrayBuffer"), Key("byteLength")) }},
		{`new ArrayBuffer(-1)`, "RangeError: Invalid array buffer length", func() Value { return taNew("ArrayBuffer", Int(-1)) }},
		{`new ArrayBuffer(2**53)`, "RangeError: Invalid array buffer length", func() Value { return taNew("ArrayBuffer", Number(1<<53)) }},
		{`ArrayBuffer(1)`, "TypeError: Constructor ArrayBuffer requires 'new'", func() Value { return CallFunc("ArrayBuffer", opsGlobal("ArrayBuffer"), Int(1)) }},
		{`new Uint8Array(buf.slice(4, 6)).join()`, "5,6", func() Value { return joined(taNew("Uint8Array", opsCall(filled(), "slice", Int(4), Int(6)))) }},
		{`buf.slice(-2).byteLength`, "2", func() Value { return GetProp(opsCall(filled(), "slice", Int(-2)), Key("byteLength")) }},
		{`ArrayBuffer.prototype.slice.call({}, 0)`, "TypeError: Method ArrayBuffer.prototype.slice called on incompatible receiver #<Object>", func() Value {
			return CallThis("slice", GetProp(ObjectValue(ArrayBufferPrototype), Key("slice")), opsObj(), Int(0))
		}},
		{`ArrayBuffer.prototype.byteLength`, "TypeError: Method get ArrayBuffer.prototype.byteLength called on incompatible receiver #<ArrayBuffer>", func() Value {
			return GetProp(ObjectValue(ArrayBufferPrototype), Key("byteLength"))
		}},
		{`ArrayBuffer.isView(new Int8Array(1))`, "true", func() Value { return opsCall(opsGlobal("ArrayBuffer"), "isView", taNew("Int8Array", Int(1))) }},
		{`ArrayBuffer.isView(new ArrayBuffer(1))`, "false", func() Value { return opsCall(opsGlobal("ArrayBuffer"), "isView", taNew("ArrayBuffer", Int(1))) }},
		{`Object.prototype.toString.call(new ArrayBuffer(1))`, "[object ArrayBuffer]", func() Value { return Str(ObjectToString(taNew("ArrayBuffer", Int(1)))) }},
		{`new ArrayBuffer(5, {maxByteLength: 4})`, "RangeError: Invalid array buffer max length", func() Value { return taNew("ArrayBuffer", Int(5), opsObj("maxByteLength", Int(4))) }},
		{`new ArrayBuffer(4).resize(2)`, "TypeError: Method ArrayBuffer.prototype.resize called on incompatible receiver #<ArrayBuffer>", func() Value { return opsCall(taNew("ArrayBuffer", Int(4)), "resize", Int(2)) }},
		{`resizable(4, 8).resize(9)`, "RangeError: ArrayBuffer.prototype.resize: Invalid length parameter", func() Value { return opsCall(resizable(), "resize", Int(9)) }},
		{`resizable(4, 8).maxByteLength`, "8", func() Value { return GetProp(resizable(), Key("maxByteLength")) }},
		{`b = resizable(4, 8); t = new Uint8Array(b); b.resize(8); t.length`, "8", func() Value {
			b := resizable()
			ta := taNew("Uint8Array", b)
			opsCall(b, "resize", Int(8))
			return GetProp(ta, Key("length"))
		}},
		{`b = resizable(4, 8); t = new Uint8Array(b, 0, 4); b.resize(2); [t.length, t[0]]`, "0,", func() Value {
			b := resizable()
			ta := taNew("Uint8Array", b, Int(0), Int(4))
			opsCall(b, "resize", Int(2))
			return opsArr(GetProp(ta, Key("length")), GetIndex(ta, Int(0)))
		}},
		{`b = resizable(4, 8); t = new Uint8Array(b, 0, 4); b.resize(2); t.fill(1)`, "TypeError: Cannot perform %TypedArray%.prototype.fill on a detached ArrayBuffer", func() Value {
			b := resizable()
			ta := taNew("Uint8Array", b, Int(0), Int(4))
			opsCall(b, "resize", Int(2))
			return opsCall(ta, "fill", Int(1))
		}},
		{`b = resizable(4, 8); dv = new DataView(b, 0, 4); b.resize(2); dv.getInt8(0)`, "TypeError: Cannot perform DataView.prototype.getInt8 on a detached ArrayBuffer", func() Value {
			b := resizable()
			dv := taNew("DataView", b, Int(0), Int(4))
			opsCall(b, "resize", Int(2))
			return opsCall(dv, "getInt8", Int(0))
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}
