package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestArrayBuffer(t *testing.T) {
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
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}
