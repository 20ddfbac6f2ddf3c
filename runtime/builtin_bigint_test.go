package runtime

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBigIntBuiltins(t *testing.T) {
	big1 := func(s string) Value { b, _ := new(big.Int).SetString(s, 10); return BigInt(b) }
	bigInt := func(args ...Value) Value { return CallFunc("BigInt", opsGlobal("BigInt"), args...) }
	static := func(name string, args ...Value) Value { return opsCall(opsGlobal("BigInt"), name, args...) }
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`BigInt(10)`, "10n", func() Value { return bigInt(Int(10)) }},
		{`BigInt(1.5)`, "RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer", func() Value { return bigInt(Number(1.5)) }},
		{`BigInt(NaN)`, "RangeError: The number NaN cannot be converted to a BigInt because it is not an integer", func() Value { return bigInt(NaN) }},
		{`BigInt(-0)`, "0n", func() Value { return bigInt(Number(math.Copysign(0, -1))) }},
		{`BigInt(1e21)`, "1000000000000000000000n", func() Value { return bigInt(Number(1e21)) }},
		{`BigInt('0x1f')`, "31n", func() Value { return bigInt(Str("0x1f")) }},
		{`BigInt('  123  ')`, "123n", func() Value { return bigInt(Str("  123  ")) }},
		{`BigInt('')`, "0n", func() Value { return bigInt(Str("")) }},
		{`BigInt('-12')`, "-12n", func() Value { return bigInt(Str("-12")) }},
		{`BigInt('1.5')`, "SyntaxError: Cannot convert 1.5 to a BigInt", func() Value { return bigInt(Str("1.5")) }},
		{`BigInt('-0x1')`, "SyntaxError: Cannot convert -0x1 to a BigInt", func() Value { return bigInt(Str("-0x1")) }},
		{`BigInt('9007199254740993')`, "9007199254740993n", func() Value { return bigInt(Str("9007199254740993")) }},
		{`BigInt(true)`, "1n", func() Value { return bigInt(True) }},
		{`BigInt(undefined)`, "TypeError: Cannot convert undefined to a BigInt", func() Value { return bigInt() }},
		{`BigInt(null)`, "TypeError: Cannot convert null to a BigInt", func() Value { return bigInt(Null) }},
		{`BigInt(Symbol('s'))`, "TypeError: Cannot convert Symbol(s) to a BigInt", func() Value { return bigInt(SymbolValue(NewSymbol("s"))) }},
		{`BigInt({valueOf() { return 5; }})`, "5n", func() Value { return bigInt(opsObj("valueOf", returning(Int(5)))) }},
		{`new BigInt(1)`, "TypeError: BigInt is not a constructor", func() Value { return New("BigInt", opsGlobal("BigInt"), Int(1)) }},
		{`BigInt.asIntN(8, 255n)`, "-1n", func() Value { return static("asIntN", Int(8), big1("255")) }},
		{`BigInt.asIntN(8, 128n)`, "-128n", func() Value { return static("asIntN", Int(8), big1("128")) }},
		{`BigInt.asUintN(8, -1n)`, "255n", func() Value { return static("asUintN", Int(8), big1("-1")) }},
		{`BigInt.asUintN(64, -1n)`, "18446744073709551615n", func() Value { return static("asUintN", Int(64), big1("-1")) }},
		{`BigInt.asIntN(64, 2n ** 63n)`, "-9223372036854775808n", func() Value { return static("asIntN", Int(64), big1("9223372036854775808")) }},
		{`BigInt.asIntN(0, 5n)`, "0n", func() Value { return static("asIntN", Int(0), big1("5")) }},
		{`BigInt.asUintN(3, 25n)`, "1n", func() Value { return static("asUintN", Int(3), big1("25")) }},
		{`BigInt.asIntN(-1, 5n)`, "RangeError: Invalid value: not (convertible to) a safe integer", func() Value { return static("asIntN", Int(-1), big1("5")) }},
		{`BigInt.asIntN(2**53, 5n)`, "RangeError: Invalid value: not (convertible to) a safe integer", func() Value { return static("asIntN", Number(1<<53), big1("5")) }},
		{`BigInt.asIntN(2**53-1, 5n)`, "5n", func() Value { return static("asIntN", Number(1<<53-1), big1("5")) }},
		{`BigInt.asUintN(8, 1)`, "TypeError: Cannot convert 1 to a BigInt", func() Value { return static("asUintN", Int(8), Int(1)) }},
		{`(255n).toString(16)`, "ff", func() Value { return opsCall(big1("255"), "toString", Int(16)) }},
		{`(-255n).toString(2)`, "-11111111", func() Value { return opsCall(big1("-255"), "toString", Int(2)) }},
		{`(255n).toString(37)`, "RangeError: toString() radix argument must be between 2 and 36", func() Value { return opsCall(big1("255"), "toString", Int(37)) }},
		{`(12345678901234567890n).toLocaleString()`, "12,345,678,901,234,567,890", func() Value { return opsCall(big1("12345678901234567890"), "toLocaleString") }},
		{`(-1234n).toLocaleString()`, "-1,234", func() Value { return opsCall(big1("-1234"), "toLocaleString") }},
		{`Object(5n).valueOf()`, "5n", func() Value { return opsCall(ObjectValue(ToObject(big1("5"))), "valueOf") }},
		{`BigInt.prototype.toString.call(1)`, "TypeError: BigInt.prototype.toString requires that 'this' be a BigInt", func() Value {
			return CallThis("toString", GetProp(ObjectValue(BigIntPrototype), Key("toString")), Int(1))
		}},
		{`Object.prototype.toString.call(1n)`, "[object BigInt]", func() Value { return Str(ObjectToString(big1("1"))) }},
		{`BigInt.name + BigInt.length`, "BigInt1", func() Value {
			return Concat(GetProp(opsGlobal("BigInt"), Key("name")), Str(ToGoString(GetProp(opsGlobal("BigInt"), Key("length")))))
		}},
		// The operators, which operators.go implements, as node computes them.
		{`1n + 2`, "TypeError: Cannot mix BigInt and other types, use explicit conversions", func() Value { return Add(big1("1"), Int(2)) }},
		{`2n ** 64n`, "18446744073709551616n", func() Value { return Exp(big1("2"), big1("64")) }},
		{`-7n / 2n`, "-3n", func() Value { return Div(big1("-7"), big1("2")) }},
		{`1n / 0n`, "RangeError: Division by zero", func() Value { return Div(big1("1"), big1("0")) }},
		{`-7n % 2n`, "-1n", func() Value { return Mod(big1("-7"), big1("2")) }},
		{`-9n >> 1n`, "-5n", func() Value { return Shr(big1("-9"), big1("1")) }},
		{`1n >>> 0n`, "TypeError: BigInts have no unsigned right shift, use >> instead", func() Value { return UShr(big1("1"), big1("0")) }},
		{`1n < 2`, "true", func() Value { return Bool(Lt(big1("1"), Int(2))) }},
		{`2n == 2`, "true", func() Value { return Bool(LooseEquals(big1("2"), Int(2))) }},
		{`+5n`, "TypeError: Cannot convert a BigInt value to a number", func() Value { return Plus(big1("5")) }},
		{`JSON.stringify({a: 1n})`, "TypeError: Do not know how to serialize a BigInt", func() Value { return opsCall(opsGlobal("JSON"), "stringify", opsObj("a", big1("1"))) }},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}
