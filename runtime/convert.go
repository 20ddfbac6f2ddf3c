package runtime

import (
	"math"
	"strconv"
	"strings"
)

// ToBoolean is the spec's ToBoolean.
func ToBoolean(v Value) bool {
	switch v.kind {
	case KindUndefined, KindNull:
		return false
	case KindBool:
		return v.num != 0
	case KindNumber:
		return v.num != 0 && !math.IsNaN(v.num)
	case KindString:
		return v.num != 0
	case KindBigInt:
		return bigIntSign(v) != 0
	}
	return true
}

// Truthy is ToBoolean for the conditions of compiled code.
func (v Value) Truthy() bool { return ToBoolean(v) }

// ToPrimitive converts an object with @@toPrimitive, valueOf and toString;
// hint is "default", "number" or "string".
func ToPrimitive(v Value, hint string) Value {
	o := v.Object()
	if o == nil {
		return v
	}
	if exotic := o.Get(SymbolKey(SymToPrimitive), v); !exotic.IsNullish() {
		if !isCallable(exotic) {
			ThrowTypeError(typedNotAFunction(exotic))
		}
		r := Call(exotic, v, strASCII(hint))
		if r.IsObject() {
			ThrowTypeError("Cannot convert object to primitive value")
		}
		return r
	}
	order := [2]string{"valueOf", "toString"}
	if hint == "string" {
		order = [2]string{"toString", "valueOf"}
	}
	for _, name := range order {
		if m := o.Get(Key(name), v); m.IsObject() && m.Object().IsCallable() {
			if r := Call(m, v); !r.IsObject() {
				return r
			}
		}
	}
	ThrowTypeError("Cannot convert object to primitive value")
	return Undefined
}

// ToNumber is the spec's ToNumber.
func ToNumber(v Value) float64 {
	switch v.kind {
	case KindNumber:
		return v.num
	case KindUndefined:
		return math.NaN()
	case KindNull:
		return 0
	case KindBool:
		return v.num
	case KindString:
		return StringToNumber(v.Text())
	case KindSymbol:
		ThrowTypeError("Cannot convert a Symbol value to a number")
	case KindBigInt:
		ThrowTypeError("Cannot convert a BigInt value to a number")
	}
	return ToNumber(ToPrimitive(v, "number"))
}

// StringToNumber parses a string as the StringNumericLiteral grammar does.
func StringToNumber(s string) float64 {
	s = strings.TrimFunc(s, isJSSpace)
	if s == "" {
		return 0
	}
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			f := 0.0
			for _, c := range s[2:] {
				d := digitValue(c)
				if d >= base {
					return math.NaN()
				}
				f = f*float64(base) + float64(d)
			}
			return f
		}
	}
	switch s {
	case "Infinity", "+Infinity":
		return math.Inf(1)
	case "-Infinity":
		return math.Inf(-1)
	}
	for _, c := range s {
		// Go also accepts "inf", "nan", hex floats and underscores; JS does not.
		if !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
			return math.NaN()
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f
		}
		return math.NaN()
	}
	return f
}

func digitValue(c rune) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// isJSSpace is WhiteSpace or LineTerminator.
func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// ToString is the spec's ToString, as a string value.
func ToString(v Value) Value {
	switch v.kind {
	case KindString:
		return v
	case KindNumber:
		return strASCII(NumberToString(v.num))
	case KindUndefined:
		return strUndefined
	case KindNull:
		return strASCII("null")
	case KindBool:
		if v.num != 0 {
			return strASCII("true")
		}
		return strASCII("false")
	case KindSymbol:
		ThrowTypeError("Cannot convert a Symbol value to a string")
	case KindBigInt:
		return strASCII(bigIntString(v, 10))
	}
	return ToString(ToPrimitive(v, "string"))
}

// ToGoString is ToString as Go text (WTF-8).
func ToGoString(v Value) string { return ToString(v).Text() }

// NumberToString formats a number as JavaScript's Number::toString does:
// the shortest digits that round-trip, in plain notation from 1e-7 up to
// 1e21 and in exponent notation outside it.
func NumberToString(f float64) string {
	switch {
	case f == 0:
		return "0"
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	// digits d1d2…dk and exponent n such that f = 0.d1…dk × 10ⁿ.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	n, k := x+1, len(digits)
	switch {
	case k <= n && n <= 21:
		return sign + digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return sign + digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		return sign + "0." + strings.Repeat("0", -n) + digits
	}
	expSign := "+"
	if n-1 < 0 {
		expSign = "-"
	}
	expDigits := strconv.Itoa(abs(n - 1))
	if k == 1 {
		return sign + digits + "e" + expSign + expDigits
	}
	return sign + digits[:1] + "." + digits[1:] + "e" + expSign + expDigits
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// ToPropertyKey converts a value to a property key.
func ToPropertyKey(v Value) PropertyKey {
	switch v.kind {
	case KindString:
		return PropertyKey{Name: v.Text()}
	case KindSymbol:
		return PropertyKey{Symbol: v.Symbol()}
	case KindNumber:
		if i := int(v.num); float64(i) == v.num && i >= 0 {
			return PropertyKey{Name: strconv.Itoa(i)}
		}
	case KindObject:
		return ToPropertyKey(ToPrimitive(v, "string"))
	}
	return PropertyKey{Name: ToGoString(v)}
}

// ToObject boxes primitives and throws for undefined and null.
func ToObject(v Value) *Object {
	switch v.kind {
	case KindObject:
		return v.Object()
	case KindUndefined, KindNull:
		ThrowTypeError("Cannot convert undefined or null to object")
	case KindBool:
		return NewClassObject(BooleanPrototype, ClassBoolean, v)
	case KindNumber:
		return NewClassObject(NumberPrototype, ClassNumber, v)
	case KindString:
		o := NewClassObject(StringPrototype, ClassString, v)
		o.DefineData(Key("length"), Int(v.StrLen()), 0)
		return o
	case KindSymbol:
		return NewClassObject(SymbolPrototype, ClassSymbol, v)
	case KindBigInt:
		return NewClassObject(BigIntPrototype, ClassBigInt, v)
	}
	return nil
}

// SameValue is Object.is.
func SameValue(a, b Value) bool {
	if a.kind == KindNumber && b.kind == KindNumber {
		if math.IsNaN(a.num) {
			return math.IsNaN(b.num)
		}
		return a.num == b.num && math.Signbit(a.num) == math.Signbit(b.num)
	}
	return StrictEquals(a, b)
}

// SameValueZero is SameValue with +0 equal to -0 (Map keys, includes).
func SameValueZero(a, b Value) bool {
	if a.kind == KindNumber && b.kind == KindNumber && math.IsNaN(a.num) {
		return math.IsNaN(b.num)
	}
	return StrictEquals(a, b)
}

// StrictEquals is ===.
func StrictEquals(a, b Value) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case KindUndefined, KindNull:
		return true
	case KindNumber, KindBool:
		return a.num == b.num
	case KindString:
		return a.num == b.num && a.Text() == b.Text()
	case KindBigInt:
		return bigIntCompare(a, b) == 0
	}
	return a.ref == b.ref
}
