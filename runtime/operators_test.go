package runtime

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
)

func opsNum(f float64) Value { return Number(f) }
func opsBig(i int64) Value   { return BigInt(big.NewInt(i)) }

// objWithValueOf is an object whose valueOf returns v.
func opsWithValueOf(v Value) Value {
	o := NewPlainObject()
	o.DefineData(Key("valueOf"), ObjectValue(NewFunction("valueOf", 0, func(Value, []Value) Value { return v })), Hidden)
	return ObjectValue(o)
}

// objWithToString is an object whose toString returns v (and has no valueOf
// of its own, so Object.prototype's applies when installed).
func opsWithToString(v Value) Value {
	o := NewObject(nil)
	o.DefineData(Key("toString"), ObjectValue(NewFunction("toString", 0, func(Value, []Value) Value { return v })), Hidden)
	return ObjectValue(o)
}

// show renders a result as node's String(x) does, a bigint with its n and
// a thrown error as "Name: message".
func opsShow(f func() Value) (s string) {
	if exc := TryCatch(func() {
		v := f()
		switch {
		case v.Kind() == KindBigInt:
			s = v.BigIntValue().String() + "n"
		case v.IsNumber() && v.NumberValue() == 0 && math.Signbit(v.NumberValue()):
			s = "-0"
		default:
			s = ToGoString(v)
		}
	}); exc != nil {
		return opsErrorText(exc.Value)
	}
	return s
}

func opsErrorText(v Value) string {
	o := v.Object()
	if o == nil {
		return "throw " + ToGoString(v)
	}
	name := ""
	for p, n := range map[*Object]string{TypeErrorPrototype: "TypeError", RangeErrorPrototype: "RangeError",
		ReferenceErrorPrototype: "ReferenceError", SyntaxErrorPrototype: "SyntaxError", EvalErrorPrototype: "EvalError",
		URIErrorPrototype: "URIError", ErrorPrototype: "Error"} {
		if o.Proto() == p {
			name = n
		}
	}
	return name + ": " + o.Get(Key("message"), v).Text()
}

// Each case is a JavaScript expression, node's String() of its result (or
// of the error it throws), and the same computation through the runtime.
func TestOperators(t *testing.T) {
	inf := math.Inf(1)
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`1 + 2`, "3", func() Value { return Add(opsNum(1), opsNum(2)) }},
		{`'a' + 1`, "a1", func() Value { return Add(Str("a"), opsNum(1)) }},
		{`1 + null`, "1", func() Value { return Add(opsNum(1), Null) }},
		{`1 + undefined`, "NaN", func() Value { return Add(opsNum(1), Undefined) }},
		{`true + true`, "2", func() Value { return Add(True, True) }},
		{`({valueOf(){return 5}}) + 1`, "6", func() Value { return Add(opsWithValueOf(opsNum(5)), opsNum(1)) }},
		{`({toString(){return '7'}}) + 1`, "71", func() Value { return Add(opsWithToString(Str("7")), opsNum(1)) }},
		{`1n + 2n`, "3n", func() Value { return Add(opsBig(1), opsBig(2)) }},
		{`1n + 1`, "TypeError: Cannot mix BigInt and other types, use explicit conversions", func() Value { return Add(opsBig(1), opsNum(1)) }},
		{`1n + '1'`, "11", func() Value { return Add(opsBig(1), Str("1")) }},
		{`'x' + Symbol()`, "TypeError: Cannot convert a Symbol value to a string", func() Value { return Add(Str("x"), SymbolValue(NewSymbol(""))) }},
		{`5 - '2'`, "3", func() Value { return Sub(opsNum(5), Str("2")) }},
		{`'3' * '4'`, "12", func() Value { return Mul(Str("3"), Str("4")) }},
		{`1 / 0`, "Infinity", func() Value { return Div(opsNum(1), opsNum(0)) }},
		{`-1 / 0`, "-Infinity", func() Value { return Div(opsNum(-1), opsNum(0)) }},
		{`-7n / 2n`, "-3n", func() Value { return Div(opsBig(-7), opsBig(2)) }},
		{`1n / 0n`, "RangeError: Division by zero", func() Value { return Div(opsBig(1), opsBig(0)) }},
		{`5 % -3`, "2", func() Value { return Mod(opsNum(5), opsNum(-3)) }},
		{`-5 % 3`, "-2", func() Value { return Mod(opsNum(-5), opsNum(3)) }},
		{`-0 % 5`, "-0", func() Value { return Mod(opsNum(math.Copysign(0, -1)), opsNum(5)) }},
		{`5.5 % 2`, "1.5", func() Value { return Mod(opsNum(5.5), opsNum(2)) }},
		{`5 % Infinity`, "5", func() Value { return Mod(opsNum(5), opsNum(inf)) }},
		{`-7n % 2n`, "-1n", func() Value { return Mod(opsBig(-7), opsBig(2)) }},
		{`1n % 0n`, "RangeError: Division by zero", func() Value { return Mod(opsBig(1), opsBig(0)) }},
		{`2 ** 10`, "1024", func() Value { return Exp(opsNum(2), opsNum(10)) }},
		{`2 ** -1074`, "5e-324", func() Value { return Exp(opsNum(2), opsNum(-1074)) }},
		{`1 ** NaN`, "NaN", func() Value { return Exp(opsNum(1), NaN) }},
		{`(-1) ** Infinity`, "NaN", func() Value { return Exp(opsNum(-1), opsNum(inf)) }},
		{`NaN ** 0`, "1", func() Value { return Exp(NaN, opsNum(0)) }},
		{`(-8) ** (1/3)`, "NaN", func() Value { return Exp(opsNum(-8), opsNum(1.0/3)) }},
		{`(1/3) ** -2`, "9.000000000000002", func() Value { return Exp(opsNum(1.0/3), opsNum(-2)) }},
		{`1e21 ** 5`, "1e+105", func() Value { return Exp(opsNum(1e21), opsNum(5)) }},
		{`10 ** -7.25`, "5.6234132519034905e-8", func() Value { return Exp(opsNum(10), opsNum(-7.25)) }},
		{`'1e3' ** ' 12 '`, "9.999999999999999e+35", func() Value { return Exp(Str("1e3"), Str(" 12 ")) }},
		{`(-21.819345951080322) ** 26`, "6.454831845571612e+34", func() Value { return Exp(opsNum(-21.819345951080322), opsNum(26)) }},
		{`2 ** 0.5`, "1.4142135623730951", func() Value { return Exp(opsNum(2), opsNum(0.5)) }},
		{`(-8) ** 3`, "-512", func() Value { return Exp(opsNum(-8), opsNum(3)) }},
		{`(-0) ** -3`, "-Infinity", func() Value { return Exp(opsNum(math.Copysign(0, -1)), opsNum(-3)) }},
		{`0.5 ** -1075`, "Infinity", func() Value { return Exp(opsNum(0.5), opsNum(-1075)) }},
		{`2 ** -1075`, "0", func() Value { return Exp(opsNum(2), opsNum(-1075)) }},
		{`2n ** 64n`, "18446744073709551616n", func() Value { return Exp(opsBig(2), opsBig(64)) }},
		{`2n ** -1n`, "RangeError: undefined must be positive", func() Value { return Exp(opsBig(2), opsBig(-1)) }},
		{`5 & 3`, "1", func() Value { return BitAnd(opsNum(5), opsNum(3)) }},
		{`-1 | 0`, "-1", func() Value { return BitOr(opsNum(-1), opsNum(0)) }},
		{`4294967296 | 0`, "0", func() Value { return BitOr(opsNum(4294967296), opsNum(0)) }},
		{`2147483648 | 0`, "-2147483648", func() Value { return BitOr(opsNum(2147483648), opsNum(0)) }},
		{`1.9 | 0`, "1", func() Value { return BitOr(opsNum(1.9), opsNum(0)) }},
		{`-1.9 | 0`, "-1", func() Value { return BitOr(opsNum(-1.9), opsNum(0)) }},
		{`NaN | 0`, "0", func() Value { return BitOr(NaN, opsNum(0)) }},
		{`5 ^ 1`, "4", func() Value { return BitXor(opsNum(5), opsNum(1)) }},
		{`(-1n) & 0xffn`, "255n", func() Value { return BitAnd(opsBig(-1), opsBig(255)) }},
		{`1 << 31`, "-2147483648", func() Value { return Shl(opsNum(1), opsNum(31)) }},
		{`1 << 32`, "1", func() Value { return Shl(opsNum(1), opsNum(32)) }},
		{`-16 >> 2`, "-4", func() Value { return Shr(opsNum(-16), opsNum(2)) }},
		{`-1 >>> 0`, "4294967295", func() Value { return UShr(opsNum(-1), opsNum(0)) }},
		{`-16 >>> 28`, "15", func() Value { return UShr(opsNum(-16), opsNum(28)) }},
		{`1n << 64n`, "18446744073709551616n", func() Value { return Shl(opsBig(1), opsBig(64)) }},
		{`1n << -2n`, "0n", func() Value { return Shl(opsBig(1), opsBig(-2)) }},
		{`-5n >> 1n`, "-3n", func() Value { return Shr(opsBig(-5), opsBig(1)) }},
		{`1n >>> 0n`, "TypeError: BigInts have no unsigned right shift, use >> instead", func() Value { return UShr(opsBig(1), opsBig(0)) }},
		{`-'3'`, "-3", func() Value { return Neg(Str("3")) }},
		{`-(1n)`, "-1n", func() Value { return Neg(opsBig(1)) }},
		{`+'  12  '`, "12", func() Value { return Plus(Str("  12  ")) }},
		{`+1n`, "TypeError: Cannot convert a BigInt value to a number", func() Value { return Plus(opsBig(1)) }},
		{`~5`, "-6", func() Value { return BitNot(opsNum(5)) }},
		{`~5n`, "-6n", func() Value { return BitNot(opsBig(5)) }},
		{`x = '5'; ++x`, "6", func() Value { return Inc(Str("5")) }},
		{`x = 1n; --x`, "0n", func() Value { return Dec(opsBig(1)) }},
		{`x = undefined; x++, x`, "NaN", func() Value { return Inc(Undefined) }},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

func TestComparisons(t *testing.T) {
	astral, bmpHigh := Str("\U0001F600"), Str("\uFFFF")
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`1 < 2`, "true", func() Value { return Bool(Lt(opsNum(1), opsNum(2))) }},
		{`'10' < '9'`, "true", func() Value { return Bool(Lt(Str("10"), Str("9"))) }},
		{`'10' < 9`, "false", func() Value { return Bool(Lt(Str("10"), opsNum(9))) }},
		{`'\u{1F600}' < '\uFFFF'`, "true", func() Value { return Bool(Lt(astral, bmpHigh)) }},
		{`'a' < 'ab'`, "true", func() Value { return Bool(Lt(Str("a"), Str("ab"))) }},
		{`NaN <= NaN`, "false", func() Value { return Bool(Le(NaN, NaN)) }},
		{`undefined >= 0`, "false", func() Value { return Bool(Ge(Undefined, opsNum(0))) }},
		{`null >= 0`, "true", func() Value { return Bool(Ge(Null, opsNum(0))) }},
		{`null > 0`, "false", func() Value { return Bool(Gt(Null, opsNum(0))) }},
		{`1n < 2`, "true", func() Value { return Bool(Lt(opsBig(1), opsNum(2))) }},
		{`2n > 1.5`, "true", func() Value { return Bool(Gt(opsBig(2), opsNum(1.5))) }},
		{`1n < '2'`, "true", func() Value { return Bool(Lt(opsBig(1), Str("2"))) }},
		{`1n < 'x'`, "false", func() Value { return Bool(Lt(opsBig(1), Str("x"))) }},
		{`1n >= 'x'`, "false", func() Value { return Bool(Ge(opsBig(1), Str("x"))) }},
		{`9007199254740993n > 9007199254740992`, "true", func() Value {
			n, _ := new(big.Int).SetString("9007199254740993", 10)
			return Bool(Gt(BigInt(n), opsNum(9007199254740992)))
		}},
		{`1n < Infinity`, "true", func() Value { return Bool(Lt(opsBig(1), opsNum(math.Inf(1)))) }},
		{`null == undefined`, "true", func() Value { return Bool(LooseEquals(Null, Undefined)) }},
		{`null == 0`, "false", func() Value { return Bool(LooseEquals(Null, opsNum(0))) }},
		{`'' == 0`, "true", func() Value { return Bool(LooseEquals(Str(""), opsNum(0))) }},
		{`'0x10' == 16`, "true", func() Value { return Bool(LooseEquals(Str("0x10"), opsNum(16))) }},
		{`true == '1'`, "true", func() Value { return Bool(LooseEquals(True, Str("1"))) }},
		{`false == 'false'`, "false", func() Value { return Bool(LooseEquals(False, Str("false"))) }},
		{`NaN == NaN`, "false", func() Value { return Bool(LooseEquals(NaN, NaN)) }},
		{`1n == 1`, "true", func() Value { return Bool(LooseEquals(opsBig(1), opsNum(1))) }},
		{`1n == '1'`, "true", func() Value { return Bool(LooseEquals(opsBig(1), Str("1"))) }},
		{`1n == '1.5'`, "false", func() Value { return Bool(LooseEquals(opsBig(1), Str("1.5"))) }},
		{`1n == true`, "true", func() Value { return Bool(LooseEquals(opsBig(1), True)) }},
		{`({valueOf(){return 5}}) == 5`, "true", func() Value { return Bool(LooseEquals(opsWithValueOf(opsNum(5)), opsNum(5))) }},
		{`({valueOf(){return 5}}) == '5'`, "true", func() Value { return Bool(LooseEquals(opsWithValueOf(opsNum(5)), Str("5"))) }},
		{`({}) == ({})`, "false", func() Value { return Bool(LooseEquals(ObjectValue(NewPlainObject()), ObjectValue(NewPlainObject()))) }},
		{`({}) == null`, "false", func() Value { return Bool(LooseEquals(ObjectValue(NewPlainObject()), Null)) }},
		{`s = Symbol(); s == Object(s)`, "true", func() Value {
			s := SymbolValue(NewSymbol("s"))
			return Bool(LooseEquals(s, opsWithValueOf(s)))
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

func TestInAndInstanceOf(t *testing.T) {
	ctor := NewConstructor("C", 0, nil, func(args []Value, nt *Object) Value {
		return ObjectValue(OrdinaryCreateFromConstructor(nt, ObjectPrototype))
	})
	proto := NewPlainObject()
	ctor.DefineData(Key("prototype"), ObjectValue(proto), Writable)
	inst := ObjectValue(NewObject(proto))
	hasInstance := NewPlainObject()
	hasInstance.DefineData(SymbolKey(SymHasInstance), ObjectValue(NewFunction("h", 1, func(_ Value, args []Value) Value {
		return Bool(Arg(args, 0).IsNumber())
	})), Hidden)
	badHasInstance := NewPlainObject()
	badHasInstance.DefineData(SymbolKey(SymHasInstance), opsNum(1), Hidden)
	withX := NewPlainObject()
	withX.CreateDataProperty(Key("x"), opsNum(1))
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`'x' in {x: 1}`, "true", func() Value { return Bool(In(Str("x"), ObjectValue(withX))) }},
		{`'toString' in Object.create(null)`, "false", func() Value { return Bool(In(Str("toString"), ObjectValue(NewObject(nil)))) }},
		{`'a' in 1`, "TypeError: Cannot use 'in' operator to search for 'a' in 1", func() Value { return Bool(In(Str("a"), opsNum(1))) }},
		{`Symbol('x') in 'str'`, "TypeError: Cannot use 'in' operator to search for 'Symbol(x)' in str", func() Value {
			return Bool(In(SymbolValue(NewSymbol("x")), Str("str")))
		}},
		{`new C instanceof C`, "true", func() Value { return Bool(InstanceOf(inst, ObjectValue(ctor))) }},
		{`({}) instanceof C`, "false", func() Value { return Bool(InstanceOf(ObjectValue(NewPlainObject()), ObjectValue(ctor))) }},
		{`1 instanceof C`, "false", func() Value { return Bool(InstanceOf(opsNum(1), ObjectValue(ctor))) }},
		{`1 instanceof 1`, "TypeError: Right-hand side of 'instanceof' is not an object", func() Value { return Bool(InstanceOf(opsNum(1), opsNum(1))) }},
		{`({}) instanceof {}`, "TypeError: Right-hand side of 'instanceof' is not callable", func() Value {
			return Bool(InstanceOf(ObjectValue(NewPlainObject()), ObjectValue(NewPlainObject())))
		}},
		{`1 instanceof {[Symbol.hasInstance]: v => typeof v == 'number'}`, "true", func() Value { return Bool(InstanceOf(opsNum(1), ObjectValue(hasInstance))) }},
		{`1 instanceof {[Symbol.hasInstance]: 1}`, "TypeError: number 1 is not a function", func() Value { return Bool(InstanceOf(opsNum(1), ObjectValue(badHasInstance))) }},
		{`1 instanceof {[Symbol.hasInstance]: {}}`, "TypeError: object is not a function", func() Value {
			o := NewPlainObject()
			o.DefineData(SymbolKey(SymHasInstance), ObjectValue(NewPlainObject()), Hidden)
			return Bool(InstanceOf(opsNum(1), ObjectValue(o)))
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

// The expected values were printed by node v20 (x % y, with Object.is for -0).
func TestModIntegerFastPath(t *testing.T) {
	negZero := math.Copysign(0, -1)
	for _, c := range []struct{ x, y, want float64 }{
		{7, 3, 1}, {7, -3, 1}, {-7, 3, -1}, {6, 3, 0}, {-6, 3, negZero}, {negZero, 5, negZero},
		{5, 0, math.NaN()}, {5.5, 2, 1.5}, {1 << 53, 3, 2}, {9007199254740991, 10, 1},
	} {
		got := Mod(Number(c.x), Number(c.y)).NumberValue()
		if !SameValue(Number(got), Number(c.want)) {
			t.Errorf("%v %% %v = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}
