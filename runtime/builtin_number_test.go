package runtime

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNumberFormatting(t *testing.T) {
	n := func(f float64) Value { return Number(f) }
	num := ObjectValue(NumberConstructor)
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"(255).toString(16)", func() Value { return callJS(n(255), "toString", 16) }, "\"ff\""},
		{"(0.1).toString(3)", func() Value { return callJS(n(0.1), "toString", 3) }, "\"0.0022002200220022002200220022002201\""},
		{"(-255.5).toString(2)", func() Value { return callJS(n(-255.5), "toString", 2) }, "\"-11111111.1\""},
		{"(1e21).toString(36)", func() Value { return callJS(n(1e21), "toString", 36) }, "\"5v1j4f4ds7c000\""},
		{"Math.PI.toString(7)", func() Value { return callJS(n(math.Pi), "toString", 7) }, "\"3.066365143203613411\""},
		{"(0.5).toString(2)", func() Value { return callJS(n(0.5), "toString", 2) }, "\"0.1\""},
		{"(-0).toString(2)", func() Value { return callJS(n(math.Copysign(0, -1)), "toString", 2) }, "\"0\""},
		{"(2**60).toString(2)", func() Value { return callJS(n(1<<60), "toString", 2) }, "\"1000000000000000000000000000000000000000000000000000000000000\""},
		{"(123.456).toString(36)", func() Value { return callJS(n(123.456), "toString", 36) }, "\"3f.gez4w97ry\""},
		{"(0.5).toFixed(0)", func() Value { return callJS(n(0.5), "toFixed", 0) }, "\"1\""},
		{"(2.5).toFixed(0)", func() Value { return callJS(n(2.5), "toFixed", 0) }, "\"3\""},
		{"(1.005).toFixed(2)", func() Value { return callJS(n(1.005), "toFixed", 2) }, "\"1.00\""},
		{"(-1.5).toFixed(0)", func() Value { return callJS(n(-1.5), "toFixed", 0) }, "\"-2\""},
		{"(-0.4).toFixed(0)", func() Value { return callJS(n(-0.4), "toFixed", 0) }, "\"-0\""},
		{"(0.0004).toFixed(3)", func() Value { return callJS(n(0.0004), "toFixed", 3) }, "\"0.000\""},
		{"(0.0006).toFixed(3)", func() Value { return callJS(n(0.0006), "toFixed", 3) }, "\"0.001\""},
		{"(99.99).toFixed(1)", func() Value { return callJS(n(99.99), "toFixed", 1) }, "\"100.0\""},
		{"(1234.5678).toFixed(2)", func() Value { return callJS(n(1234.5678), "toFixed", 2) }, "\"1234.57\""},
		{"(1e21).toFixed(2)", func() Value { return callJS(n(1e21), "toFixed", 2) }, "\"1e+21\""},
		{"(0).toFixed(2)", func() Value { return callJS(n(0), "toFixed", 2) }, "\"0.00\""},
		{"(1.45).toFixed(20)", func() Value { return callJS(n(1.45), "toFixed", 20) }, "\"1.44999999999999995559\""},
		{"(123.456).toExponential()", func() Value { return callJS(n(123.456), "toExponential") }, "\"1.23456e+2\""},
		{"(123.456).toExponential(1)", func() Value { return callJS(n(123.456), "toExponential", 1) }, "\"1.2e+2\""},
		{"(0).toExponential(2)", func() Value { return callJS(n(0), "toExponential", 2) }, "\"0.00e+0\""},
		{"(0.00015).toExponential(1)", func() Value { return callJS(n(0.00015), "toExponential", 1) }, "\"1.5e-4\""},
		{"(123456).toPrecision(2)", func() Value { return callJS(n(123456), "toPrecision", 2) }, "\"1.2e+5\""},
		{"(0.00001234).toPrecision(2)", func() Value { return callJS(n(0.00001234), "toPrecision", 2) }, "\"0.000012\""},
		{"(0.000001234).toPrecision(2)", func() Value { return callJS(n(0.000001234), "toPrecision", 2) }, "\"0.0000012\""},
		{"(99.99).toPrecision(3)", func() Value { return callJS(n(99.99), "toPrecision", 3) }, "\"100\""},
		{"(1.5).toPrecision(1)", func() Value { return callJS(n(1.5), "toPrecision", 1) }, "\"2\""},
		{"(0).toPrecision(3)", func() Value { return callJS(n(0), "toPrecision", 3) }, "\"0.00\""},
		{"(123).toPrecision(3)", func() Value { return callJS(n(123), "toPrecision", 3) }, "\"123\""},
		{"(1.0625).toLocaleString()", func() Value { return callJS(n(1.0625), "toLocaleString") }, "\"1.063\""},
		{"(1234567.891).toLocaleString()", func() Value { return callJS(n(1234567.891), "toLocaleString") }, "\"1,234,567.891\""},
		{"(-1234.5).toLocaleString()", func() Value { return callJS(n(-1234.5), "toLocaleString") }, "\"-1,234.5\""},
		{"Number('0x1f')", func() Value { return Call(num, Undefined, Str("0x1f")) }, "31"},
		{"Number(' 12 ')", func() Value { return Call(num, Undefined, Str(" 12 ")) }, "12"},
		{"Number()", func() Value { return Call(num, Undefined) }, "0"},
		{"Number.parseFloat('3.14abc')", func() Value { return callJS(num, "parseFloat", "3.14abc") }, "3.14"},
		{"Number.parseFloat('  -.5e3x')", func() Value { return callJS(num, "parseFloat", "  -.5e3x") }, "-500"},
		{"Number.parseFloat('1e')", func() Value { return callJS(num, "parseFloat", "1e") }, "1"},
		{"Number.parseFloat('-Infinityx')", func() Value { return callJS(num, "parseFloat", "-Infinityx") }, "-Infinity"},
		{"Number.parseFloat('.')", func() Value { return callJS(num, "parseFloat", ".") }, "NaN"},
		{"Number.parseInt('  0x1F')", func() Value { return callJS(num, "parseInt", "  0x1F") }, "31"},
		{"Number.parseInt('-12px')", func() Value { return callJS(num, "parseInt", "-12px") }, "-12"},
		{"Number.parseInt('z', 36)", func() Value { return callJS(num, "parseInt", "z", 36) }, "35"},
		{"Number.parseInt('101', 2)", func() Value { return callJS(num, "parseInt", "101", 2) }, "5"},
		{"Number.parseInt('9', 8)", func() Value { return callJS(num, "parseInt", "9", 8) }, "NaN"},
		{"Number.parseInt('12', 37)", func() Value { return callJS(num, "parseInt", "12", 37) }, "NaN"},
		{"Number.parseInt('123456789012345678901234567890')", func() Value { return callJS(num, "parseInt", "123456789012345678901234567890") }, "1.2345678901234568e+29"},
		{"Number.isInteger(5.0)", func() Value { return callJS(num, "isInteger", 5.0) }, "true"},
		{"Number.isInteger('5')", func() Value { return callJS(num, "isInteger", "5") }, "false"},
		{"Number.isSafeInteger(2**53)", func() Value { return callJS(num, "isSafeInteger", float64(1<<53)) }, "false"},
		{"Number.isNaN('x')", func() Value { return callJS(num, "isNaN", "x") }, "false"},
		{"Number.isFinite(Infinity)", func() Value { return callJS(num, "isFinite", math.Inf(1)) }, "false"},
		{"Number.EPSILON", func() Value { return getV(num, Key("EPSILON")) }, "2.220446049250313e-16"},
		{"Number.MIN_VALUE", func() Value { return getV(num, Key("MIN_VALUE")) }, "5e-324"},
		{"Number.MAX_SAFE_INTEGER", func() Value { return getV(num, Key("MAX_SAFE_INTEGER")) }, "9007199254740991"},
		{"new Number(5).valueOf()", func() Value { return callJS(Construct(num, nil, Int(5)), "valueOf") }, "5"},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

func TestNumberErrors(t *testing.T) {
	for _, c := range []struct {
		js   string
		f    func()
		want string
	}{
		{"(1).toString(1)", func() { callJS(Int(1), "toString", 1) }, "RangeError: toString() radix argument must be between 2 and 36"},
		{"(1).toFixed(101)", func() { callJS(Int(1), "toFixed", 101) }, "RangeError: toFixed() digits argument must be between 0 and 100"},
		{"(1).toPrecision(0)", func() { callJS(Int(1), "toPrecision", 0) }, "RangeError: toPrecision() argument must be between 1 and 100"},
		{"(1).toExponential(-1)", func() { callJS(Int(1), "toExponential", -1) }, "RangeError: toExponential() argument must be between 0 and 100"},
		{"Number.prototype.toFixed.call('1')", func() { Call(getV(ObjectValue(NumberPrototype), Key("toFixed")), Str("1")) }, "TypeError: Number.prototype.toFixed requires that 'this' be a Number"},
	} {
		assert.Equal(t, c.want, thrownText(c.f), c.js)
	}
}

// FuzzNumberFormatting formats fuzzed numbers every way Number.prototype
// can: each call may throw a RangeError, never fail in Go, and the shortest
// forms must read back as the same number.
func FuzzNumberFormatting(f *testing.F) {
	f.Add(1.005, int64(2))
	f.Add(-1e21, int64(36))
	f.Add(5e-324, int64(100))
	f.Add(math.Inf(-1), int64(7))
	f.Fuzz(func(t *testing.T, x float64, digits int64) {
		v := Number(x)
		for _, method := range []string{"toString", "toFixed", "toPrecision", "toExponential", "toLocaleString"} {
			TryCatch(func() { callJS(v, method, Int(int(digits%120))) })
		}
		if !math.IsNaN(x) {
			assert.Equal(t, x, StringToNumber(NumberToString(x)))
			if exp := callJS(v, "toExponential").Text(); !math.IsInf(x, 0) {
				assert.Equal(t, x, StringToNumber(exp))
			}
			for radix := 2; radix <= 36; radix += 17 {
				TryCatch(func() { NumberToRadixString(x, radix) })
			}
		}
	})
}
