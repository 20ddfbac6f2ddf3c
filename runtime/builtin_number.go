package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// NumberConstructor is the global Number.
var NumberConstructor *Object

// thisNumberValue is thisNumberValue(this) of the Number.prototype methods.
func thisNumberValue(this Value, method string) float64 {
	if this.kind == KindNumber {
		return this.num
	}
	if o := this.Object(); o != nil && o.class == ClassNumber {
		if v, ok := o.Internal.(Value); ok {
			return v.num
		}
	}
	ThrowTypeError("Number.prototype." + method + " requires that 'this' be a Number")
	return 0
}

func init() {
	NumberConstructor = NewConstructor("Number", 1, func(_ Value, args []Value) Value {
		return Number(numberFromArgs(args))
	}, func(args []Value, newTarget *Object) Value {
		return ObjectValue(NewClassObject(protoFromConstructor(newTarget, NumberPrototype), ClassNumber, Number(numberFromArgs(args))))
	})
	DefineConstructor(NumberConstructor, NumberPrototype)
	n := NumberConstructor
	DefineMethod(n, "isFinite", 1, func(_ Value, args []Value) Value {
		v := Arg(args, 0)
		return Bool(v.IsNumber() && !math.IsInf(v.num, 0) && !math.IsNaN(v.num))
	})
	DefineMethod(n, "isInteger", 1, func(_ Value, args []Value) Value {
		v := Arg(args, 0)
		return Bool(v.IsNumber() && isIntegral(v.num))
	})
	DefineMethod(n, "isNaN", 1, func(_ Value, args []Value) Value {
		v := Arg(args, 0)
		return Bool(v.IsNumber() && math.IsNaN(v.num))
	})
	DefineMethod(n, "isSafeInteger", 1, func(_ Value, args []Value) Value {
		v := Arg(args, 0)
		return Bool(v.IsNumber() && isIntegral(v.num) && math.Abs(v.num) <= maxSafeLength)
	})
	// Number.parseFloat and Number.parseInt are the global functions themselves.
	parseFloat := DefineMethod(n, "parseFloat", 1, func(_ Value, args []Value) Value {
		return Number(ParseFloat(ToGoString(Arg(args, 0))))
	})
	parseInt := DefineMethod(n, "parseInt", 2, func(_ Value, args []Value) Value {
		s := ToGoString(Arg(args, 0))
		return Number(ParseInt(s, ToInt32(Arg(args, 1))))
	})
	// The constants follow the functions, in node's property order.
	for _, c := range []struct {
		name string
		v    float64
	}{
		{"MAX_VALUE", math.MaxFloat64}, {"MIN_VALUE", 5e-324}, {"NaN", math.NaN()},
		{"NEGATIVE_INFINITY", math.Inf(-1)}, {"POSITIVE_INFINITY", math.Inf(1)},
		{"MAX_SAFE_INTEGER", maxSafeLength}, {"MIN_SAFE_INTEGER", -maxSafeLength}, {"EPSILON", math.Nextafter(1, 2) - 1},
	} {
		n.DefineData(Key(c.name), Number(c.v), 0)
	}
	DefineGlobal("parseFloat", ObjectValue(parseFloat))
	DefineGlobal("parseInt", ObjectValue(parseInt))

	p := NumberPrototype
	DefineMethod(p, "toString", 1, func(this Value, args []Value) Value {
		x := thisNumberValue(this, "toString")
		radix := 10.0
		if r := Arg(args, 0); !r.IsUndefined() {
			radix = toIntegerOrInfinity(r)
		}
		if radix < 2 || radix > 36 {
			ThrowRangeError("toString() radix argument must be between 2 and 36")
		}
		if radix == 10 || math.IsNaN(x) || math.IsInf(x, 0) {
			return strASCII(NumberToString(x))
		}
		return strASCII(NumberToRadixString(x, int(radix)))
	})
	DefineMethod(p, "toLocaleString", 0, func(this Value, args []Value) Value {
		x := thisNumberValue(this, "toLocaleString")
		return Str(newNumberFormat(Arg(args, 1)).format(x))
	})
	DefineMethod(p, "valueOf", 0, func(this Value, _ []Value) Value {
		return Number(thisNumberValue(this, "valueOf"))
	})
	DefineMethod(p, "toFixed", 1, func(this Value, args []Value) Value {
		x := thisNumberValue(this, "toFixed")
		f := toIntegerOrInfinity(Arg(args, 0))
		if f < 0 || f > 100 {
			ThrowRangeError("toFixed() digits argument must be between 0 and 100")
		}
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1e21 {
			return strASCII(NumberToString(x))
		}
		return strASCII(numberToFixed(x, int(f)))
	})
	DefineMethod(p, "toExponential", 1, func(this Value, args []Value) Value {
		x := thisNumberValue(this, "toExponential")
		f := toIntegerOrInfinity(Arg(args, 0))
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return strASCII(NumberToString(x))
		}
		if f < 0 || f > 100 {
			ThrowRangeError("toExponential() argument must be between 0 and 100")
		}
		return strASCII(numberToExponential(x, int(f), Arg(args, 0).IsUndefined()))
	})
	DefineMethod(p, "toPrecision", 1, func(this Value, args []Value) Value {
		x := thisNumberValue(this, "toPrecision")
		if Arg(args, 0).IsUndefined() {
			return strASCII(NumberToString(x))
		}
		prec := toIntegerOrInfinity(Arg(args, 0))
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return strASCII(NumberToString(x))
		}
		if prec < 1 || prec > 100 {
			ThrowRangeError("toPrecision() argument must be between 1 and 100")
		}
		return strASCII(numberToPrecision(x, int(prec)))
	})
}

// numberFromArgs is the Number constructor's conversion: ToNumeric, with a
// BigInt becoming the nearest number.
func numberFromArgs(args []Value) float64 {
	if len(args) == 0 {
		return 0
	}
	v := ToPrimitive(args[0], "number")
	if b := v.BigIntValue(); b != nil {
		f, _ := new(big.Float).SetInt(b).Float64()
		return f
	}
	return ToNumber(v)
}

func isIntegral(f float64) bool {
	return !math.IsInf(f, 0) && f == math.Trunc(f)
}

// ParseFloat is the global parseFloat: the longest prefix of the trimmed
// text that is a decimal literal.
func ParseFloat(s string) float64 {
	s = strings.TrimLeftFunc(s, isJSSpace)
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if strings.HasPrefix(s[i:], "Infinity") {
		if s[0] == '-' {
			return math.Inf(-1)
		}
		return math.Inf(1)
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i, digits = i+1, digits+1
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return math.NaN()
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			i = j
		}
	}
	f, err := strconv.ParseFloat(s[:i], 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		return math.NaN()
	}
	return f
}

// ParseInt is the global parseInt with radix R (0 for automatic).
func ParseInt(s string, r int32) float64 {
	s = strings.TrimLeftFunc(s, isJSSpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	radix := int(r)
	stripPrefix := true
	if radix != 0 {
		if radix < 2 || radix > 36 {
			return math.NaN()
		}
		stripPrefix = radix == 16
	} else {
		radix = 10
	}
	if stripPrefix && len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s, radix = s[2:], 16
	}
	end := 0
	for end < len(s) && digitValue(rune(s[end])) < radix {
		end++
	}
	if end == 0 {
		return math.NaN()
	}
	digits := s[:end]
	var f float64
	if radix == 10 {
		// Decimal digits round correctly, as V8 does.
		f, _ = strconv.ParseFloat(digits, 64)
	} else {
		for _, c := range digits {
			f = f*float64(radix) + float64(digitValue(c))
		}
	}
	if neg {
		return -f
	}
	return f
}

// NumberToRadixString is Number.prototype.toString(radix) for radix ≠ 10,
// digit for digit as V8's DoubleToRadixCString.
func NumberToRadixString(value float64, radix int) string {
	const chars = "0123456789abcdefghijklmnopqrstuvwxyz"
	if math.IsNaN(value) || math.IsInf(value, 0) {
		return NumberToString(value)
	}
	negative := value < 0
	if negative {
		value = -value
	}
	integer := math.Floor(value)
	fraction := value - integer
	// Only as many fraction digits as the double's precision supports.
	delta := math.Max(0.5*(math.Nextafter(value, math.Inf(1))-value), math.Nextafter(0, 1))
	var frac []byte
	if fraction >= delta {
		frac = append(frac, '.')
		for {
			fraction *= float64(radix)
			delta *= float64(radix)
			digit := int(fraction)
			frac = append(frac, chars[digit])
			fraction -= float64(digit)
			if fraction > 0.5 || fraction == 0.5 && digit&1 == 1 {
				if fraction+delta > 1 {
					// Round up, carrying through the digits written so far.
					for {
						last := len(frac) - 1
						if last == 0 {
							integer++
							frac = frac[:0]
							break
						}
						d := digitValue(rune(frac[last]))
						frac = frac[:last]
						if d+1 < radix {
							frac = append(frac, chars[d+1])
							break
						}
					}
					break
				}
			}
			if fraction < delta {
				break
			}
		}
	}
	var intDigits []byte
	// Digits below the double's precision are zeros.
	for exponentOf(integer/float64(radix)) > 0 {
		integer /= float64(radix)
		intDigits = append(intDigits, '0')
	}
	for {
		rem := math.Mod(integer, float64(radix))
		intDigits = append(intDigits, chars[int(rem)])
		integer = (integer - rem) / float64(radix)
		if integer <= 0 {
			break
		}
	}
	var b strings.Builder
	if negative {
		b.WriteByte('-')
	}
	for i := len(intDigits) - 1; i >= 0; i-- {
		b.WriteByte(intDigits[i])
	}
	b.Write(frac)
	return b.String()
}

// exponentOf is V8's Double::Exponent: the power of two of the last bit
// of the significand; positive from 2⁵³ up.
func exponentOf(f float64) int {
	bits := math.Float64bits(f)
	biased := int(bits >> 52 & 0x7ff)
	if biased == 0 {
		return 1 - 1075
	}
	return biased - 1075
}

// exactDecimal is the exact decimal expansion of a finite f ≥ 0: its
// significant digits (no leading zeros, "0" for zero) and the position of
// the decimal point, f = 0.digits × 10^point.
func exactDecimal(f float64) (string, int) {
	if f == 0 {
		return "0", 1
	}
	// A double has at most 767 significant decimal digits.
	e := strconv.FormatFloat(f, 'e', 767, 64)
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.TrimRight(strings.Replace(mant, ".", "", 1), "0")
	x, _ := strconv.Atoi(exp)
	return digits, x + 1
}

// roundDigits rounds digits (with point) to n significant digits, ties
// away from zero as the Number.prototype formatting methods require.
func roundDigits(digits string, point, n int) (string, int) {
	if len(digits) <= n {
		return digits + strings.Repeat("0", n-len(digits)), point
	}
	out := []byte(digits[:n])
	if digits[n] >= '5' {
		i := n - 1
		for ; i >= 0; i-- {
			if out[i] < '9' {
				out[i]++
				break
			}
			out[i] = '0'
		}
		if i < 0 {
			out = append([]byte{'1'}, out[:n-1]...)
			point++
		}
	}
	return string(out), point
}

func numberToFixed(x float64, f int) string {
	sign := ""
	if x < 0 {
		sign, x = "-", -x
	}
	digits, point := exactDecimal(x)
	// Round at the f-th fraction digit: that is point+f significant digits.
	n := point + f
	if n <= 0 {
		// Rounds to 0 or to one unit in the last place.
		if n == 0 && digits[0] >= '5' {
			digits, point = "1", point+1
		} else {
			digits, point = "0", 1-f
		}
		if f == 0 && digits == "0" {
			return sign + "0"
		}
	} else {
		digits, point = roundDigits(digits, point, n)
	}
	// Lay the digits out with point digits before the decimal point.
	if point <= 0 {
		digits = strings.Repeat("0", 1-point) + digits
		point = 1
	}
	digits += strings.Repeat("0", max(0, point+f-len(digits)))
	intPart, fracPart := digits[:point], digits[point:point+f]
	if f == 0 {
		return sign + intPart
	}
	return sign + intPart + "." + fracPart
}

func numberToExponential(x float64, f int, shortest bool) string {
	sign := ""
	if x < 0 {
		sign, x = "-", -x
	}
	var digits string
	var point int
	if shortest {
		e := strconv.FormatFloat(x, 'e', -1, 64)
		mant, exp, _ := strings.Cut(e, "e")
		digits = strings.Replace(mant, ".", "", 1)
		point, _ = strconv.Atoi(exp)
		point++
		if x == 0 {
			digits, point = "0", 1
		}
	} else {
		digits, point = exactDecimal(x)
		digits, point = roundDigits(digits, point, f+1)
		if x == 0 {
			point = 1
		}
	}
	return sign + exponentForm(digits, point-1)
}

// exponentForm writes d.ddd e±x.
func exponentForm(digits string, exp int) string {
	s := digits[:1]
	if len(digits) > 1 {
		s += "." + digits[1:]
	}
	if exp < 0 {
		return s + "e-" + strconv.Itoa(-exp)
	}
	return s + "e+" + strconv.Itoa(exp)
}

func numberToPrecision(x float64, p int) string {
	sign := ""
	if x < 0 {
		sign, x = "-", -x
	}
	if x == 0 {
		if p == 1 {
			return "0"
		}
		return "0." + strings.Repeat("0", p-1)
	}
	digits, point := exactDecimal(x)
	digits, point = roundDigits(digits, point, p)
	e := point - 1
	if e < -6 || e >= p {
		return sign + exponentForm(digits, e)
	}
	if e == p-1 {
		return sign + digits
	}
	if e >= 0 {
		return sign + digits[:e+1] + "." + digits[e+1:]
	}
	return sign + "0." + strings.Repeat("0", -(e+1)) + digits
}
