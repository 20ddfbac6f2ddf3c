package runtime

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMath(t *testing.T) {
	m := ObjectValue(MathObject)
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"Math.round(-0.5)", func() Value { return callJS(m, "round", -0.5) }, "-0"},
		{"Math.round(2.5)", func() Value { return callJS(m, "round", 2.5) }, "3"},
		{"Math.round(-2.5)", func() Value { return callJS(m, "round", -2.5) }, "-2"},
		{"Math.round(0.49999999999999994)", func() Value { return callJS(m, "round", 0.49999999999999994) }, "0"},
		{"Math.max()", func() Value { return callJS(m, "max") }, "-Infinity"},
		{"Math.min(1, '0', -1)", func() Value { return callJS(m, "min", 1, "0", -1) }, "-1"},
		{"Math.max(1, NaN, 3)", func() Value { return callJS(m, "max", 1, math.NaN(), 3) }, "NaN"},
		{"Math.max(-0, 0)", func() Value { return callJS(m, "max", math.Copysign(0, -1), 0) }, "0"},
		{"Math.min(0, -0)", func() Value { return callJS(m, "min", 0, math.Copysign(0, -1)) }, "-0"},
		{"Math.sign(-3)", func() Value { return callJS(m, "sign", -3) }, "-1"},
		{"Math.trunc(-4.7)", func() Value { return callJS(m, "trunc", -4.7) }, "-4"},
		{"Math.cbrt(27)", func() Value { return callJS(m, "cbrt", 27) }, "3"},
		{"Math.hypot(3, 4)", func() Value { return callJS(m, "hypot", 3, 4) }, "5"},
		{"Math.hypot(NaN, Infinity)", func() Value { return callJS(m, "hypot", math.NaN(), math.Inf(1)) }, "Infinity"},
		{"Math.clz32(1)", func() Value { return callJS(m, "clz32", 1) }, "31"},
		{"Math.imul(0xffffffff, 5)", func() Value { return callJS(m, "imul", float64(0xffffffff), 5) }, "-5"},
		{"Math.fround(5.5)", func() Value { return callJS(m, "fround", 5.5) }, "5.5"},
		{"Math.fround(5.05)", func() Value { return callJS(m, "fround", 5.05) }, "5.050000190734863"},
		{"Math.pow(2, 10)", func() Value { return callJS(m, "pow", 2, 10) }, "1024"},
		{"Math.pow(1, Infinity)", func() Value { return callJS(m, "pow", 1, math.Inf(1)) }, "NaN"},
		{"Math.atan2(1, 1)", func() Value { return callJS(m, "atan2", 1, 1) }, "0.7853981633974483"},
		{"Math.log2(8)", func() Value { return callJS(m, "log2", 8) }, "3"},
		{"Math.sqrt(2)", func() Value { return callJS(m, "sqrt", 2) }, "1.4142135623730951"},
		{"Math.sin(1)", func() Value { return callJS(m, "sin", 1) }, "0.8414709848078965"},
		{"Math.exp(1)", func() Value { return callJS(m, "exp", 1) }, "2.718281828459045"},
		{"Math.abs('-2')", func() Value { return callJS(m, "abs", "-2") }, "2"},
		{"Math.ceil(-0.5)", func() Value { return callJS(m, "ceil", -0.5) }, "-0"},
		{"Math.SQRT1_2", func() Value { return getV(m, Key("SQRT1_2")) }, "0.7071067811865476"},
		{"Object.prototype.toString.call(Math)", func() Value { return Concat(Str("[object "), Concat(getV(m, SymbolKey(SymToStringTag)), Str("]"))) }, "\"[object Math]\""},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
	r := ToNumber(callJS(m, "random"))
	assert.True(t, r >= 0 && r < 1)
}

// TestMathFdlibm holds arguments on which Go's math package and V8's fdlibm
// disagree in the last bit; the wanted results are node's.
func TestMathFdlibm(t *testing.T) {
	for _, c := range []struct {
		fn   string
		x, y float64
		want string
	}{
		{"acos", 0.4145476818084717, 0, "1.1433506180102808"},
		{"asin", 0.31030809693038464, 0, "0.31551711087528905"},
		{"atan", 0.17312335968017578, 0, "0.17142421206106728"},
		{"atan2", 0.31030809693038464, -1.5, "2.9375981560433244"},
		{"cbrt", 26.49669647216797, 0, "2.9812420866104428"},
		{"cos", 0.000991762161254883, 0, "0.9999995082039481"},
		{"cosh", 0.4145476818084717, 0, "1.0871624751673272"},
		{"exp", 0.4145476818084717, 0, "1.5136859181478381"},
		{"log", 1.092200517654419, 0, "0.08819448469150708"},
		{"log10", 0.000991762161254883, 0, "-3.0035924653851893"},
		{"log2", 0.31030809693038464, 0, "-1.6882267530033006"},
		{"sin", 1.014028549194336, 0, "0.8489675942070489"},
		{"sin", 1e22, 0, "-0.8522008497671888"},
		{"sinh", 0.31030809693038464, 0, "0.31531211383316515"},
		{"tan", -3.9037132263183594, 0, "-0.9544958271205465"},
		{"tanh", -0.0003245165348052979, 0, "-0.00032451652341358006"},
		{"hypot", 0.1, 0.2, "0.223606797749979"},
	} {
		got := showValue(callJS(ObjectValue(MathObject), c.fn, c.x, c.y))
		assert.Equal(t, c.want, got, "Math.%s(%v, %v)", c.fn, c.x, c.y)
	}
}
