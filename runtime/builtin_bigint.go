package runtime

import (
	"math"
	"math/big"
)

// BigIntConstructor is the global BigInt: a function that converts, and
// that new refuses ("BigInt is not a constructor").
var BigIntConstructor *Object

func init() {
	c := NewFunction("BigInt", 1, func(_ Value, args []Value) Value {
		v := ToPrimitive(Arg(args, 0), "number")
		if v.kind == KindNumber {
			return NumberToBigInt(v.num)
		}
		return ToBigInt(v)
	})
	BigIntConstructor = c
	DefineConstructor(c, BigIntPrototype)
	DefineMethod(c, "asUintN", 2, func(_ Value, args []Value) Value {
		bits := bigIntBits(Arg(args, 0))
		return BigInt(bigIntAsUintN(bits, ToBigInt(Arg(args, 1)).BigIntValue()))
	})

	DefineMethod(c, "asIntN", 2, func(_ Value, args []Value) Value {
		bits := bigIntBits(Arg(args, 0))
		return BigInt(bigIntAsIntN(bits, ToBigInt(Arg(args, 1)).BigIntValue()))
	})
	p := BigIntPrototype
	DefineMethod(p, "toLocaleString", 0, func(this Value, _ []Value) Value {
		return Str(bigIntLocaleString(thisBigIntValue(this, "toLocaleString")))
	})
	DefineMethod(p, "toString", 0, func(this Value, args []Value) Value {
		x := thisBigIntValue(this, "toString")
		radix := 10
		if r := Arg(args, 0); !r.IsUndefined() {
			f := toIntegerOrInfinity(r)
			if f < 2 || f > 36 {
				ThrowRangeError("toString() radix argument must be between 2 and 36")
			}
			radix = int(f)
		}
		return Str(x.Text(radix))
	})
	DefineMethod(p, "valueOf", 0, func(this Value, _ []Value) Value {
		return BigInt(thisBigIntValue(this, "valueOf"))
	})
	p.DefineData(SymbolKey(SymToStringTag), Str("BigInt"), Configurable)
}

// thisBigIntValue is the spec's thisBigIntValue for BigInt.prototype.method.
func thisBigIntValue(this Value, method string) *big.Int {
	if this.kind == KindBigInt {
		return this.BigIntValue()
	}
	if o := this.Object(); o != nil && o.class == ClassBigInt {
		if v, ok := o.Internal.(Value); ok {
			return v.BigIntValue()
		}
	}
	ThrowTypeError("BigInt.prototype." + method + " requires that 'this' be a BigInt")
	return nil
}

// NumberToBigInt is NumberToBigInt: a RangeError unless f is an integer.
func NumberToBigInt(f float64) Value {
	if math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) {
		ThrowRangeError("The number " + NumberToString(f) + " cannot be converted to a BigInt because it is not an integer")
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return BigInt(b)
}

// ToBigInt is the spec's ToBigInt.
func ToBigInt(v Value) Value {
	p := ToPrimitive(v, "number")
	switch p.kind {
	case KindBigInt:
		return p
	case KindBool:
		return BigInt(big.NewInt(int64(p.num)))
	case KindString:
		if b, ok := StringToBigInt(p.Text()); ok {
			return BigInt(b)
		}
		ThrowSyntaxError("Cannot convert " + p.Text() + " to a BigInt")
	case KindSymbol:
		ThrowTypeError("Cannot convert " + symbolDescriptiveString(p.Symbol()) + " to a BigInt")
	}
	ThrowTypeError("Cannot convert " + ToGoString(p) + " to a BigInt")
	return Undefined
}

// bigIntBits is ToIndex for asIntN/asUintN's bit count.
func bigIntBits(v Value) int64 {
	f := toIntegerOrInfinity(v)
	if f < 0 || f > 1<<53-1 {
		ThrowRangeError("Invalid value: not (convertible to) a safe integer")
	}
	return int64(f)
}

// bigIntAsUintN is x modulo 2^bits.
func bigIntAsUintN(bits int64, x *big.Int) *big.Int {
	if x.Sign() >= 0 && int64(x.BitLen()) <= bits {
		return x
	}
	if bits > maxBigIntBits {
		ThrowRangeError("Maximum BigInt size exceeded")
	}
	m := new(big.Int).Lsh(big.NewInt(1), uint(bits))
	return new(big.Int).Mod(x, m) // Go's Mod is Euclidean: never negative
}

// bigIntAsIntN is x modulo 2^bits, read as a two's-complement number.
func bigIntAsIntN(bits int64, x *big.Int) *big.Int {
	if bits == 0 {
		return new(big.Int)
	}
	// Any x with fewer than bits bits of magnitude is its own result.
	if int64(x.BitLen()) < bits {
		return x
	}
	r := bigIntAsUintN(bits, x)
	if r.Bit(int(bits-1)) == 1 {
		r = new(big.Int).Sub(r, new(big.Int).Lsh(big.NewInt(1), uint(bits)))
	}
	return r
}

// bigIntLocaleString is toLocaleString in node's default en-US locale:
// the digits grouped by threes with commas.
func bigIntLocaleString(x *big.Int) string {
	digits := new(big.Int).Abs(x).String()
	out := make([]byte, 0, len(digits)+len(digits)/3+1)
	if x.Sign() < 0 {
		out = append(out, '-')
	}
	for i := 0; i < len(digits); i++ {
		if i > 0 && (len(digits)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, digits[i])
	}
	return string(out)
}
