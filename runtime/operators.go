package runtime

import (
	"math"
	"math/big"
	"strings"
)

// The operators of compiled expressions. Each has a fast path for two
// numbers that neither allocates nor calls; everything else follows the
// spec's ApplyStringOrNumericBinaryOperator, IsLessThan and
// IsLooselyEqual, BigInt included.

// ToNumeric is the spec's ToNumeric: a number or a bigint value.
func ToNumeric(v Value) Value {
	switch v.kind {
	case KindNumber, KindBigInt:
		return v
	case KindObject:
		v = ToPrimitive(v, "number")
		if v.kind == KindBigInt {
			return v
		}
	}
	return Number(ToNumber(v))
}

// ToInt32 is the spec's ToInt32.
func ToInt32(v Value) int32 {
	if v.kind == KindNumber {
		if i := int32(v.num); float64(i) == v.num {
			return i
		}
		return int32(toUint32Float(v.num))
	}
	return int32(toUint32Float(ToNumber(v)))
}

// ToUint32 is the spec's ToUint32.
func ToUint32(v Value) uint32 {
	if v.kind == KindNumber {
		return toUint32Float(v.num)
	}
	return toUint32Float(ToNumber(v))
}

// toUint32Float wraps a number modulo 2³², as ToUint32 does after ToNumber.
func toUint32Float(f float64) uint32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	f = math.Mod(math.Trunc(f), 1<<32)
	if f < 0 {
		f += 1 << 32
	}
	return uint32(f)
}

func throwMixBigInt() {
	ThrowTypeError("Cannot mix BigInt and other types, use explicit conversions")
}

// numericOperands converts both operands with ToNumeric, left first, and
// reports whether they are bigints; one of each throws.
func numericOperands(a, b Value) (Value, Value, bool) {
	a, b = ToNumeric(a), ToNumeric(b)
	if a.kind != b.kind {
		throwMixBigInt()
	}
	return a, b, a.kind == KindBigInt
}

// Add is the + operator.
func Add(a, b Value) Value {
	if a.kind == KindNumber && b.kind == KindNumber {
		return Number(a.num + b.num)
	}
	if a.kind == KindString && b.kind == KindString {
		return Concat(a, b)
	}
	a, b = ToPrimitive(a, "default"), ToPrimitive(b, "default")
	if a.kind == KindString || b.kind == KindString {
		return Concat(ToString(a), ToString(b))
	}
	a, b, isBig := numericOperands(a, b)
	if isBig {
		return BigInt(new(big.Int).Add(a.BigIntValue(), b.BigIntValue()))
	}
	return Number(a.num + b.num)
}

// Sub is the - operator.
func Sub(a, b Value) Value {
	if a.kind == KindNumber && b.kind == KindNumber {
		return Number(a.num - b.num)
	}
	a, b, isBig := numericOperands(a, b)
	if isBig {
		return BigInt(new(big.Int).Sub(a.BigIntValue(), b.BigIntValue()))
	}
	return Number(a.num - b.num)
}

// Mul is the * operator.
func Mul(a, b Value) Value {
	if a.kind == KindNumber && b.kind == KindNumber {
		return Number(a.num * b.num)
	}
	a, b, isBig := numericOperands(a, b)
	if isBig {
		return BigInt(new(big.Int).Mul(a.BigIntValue(), b.BigIntValue()))
	}
	return Number(a.num * b.num)
}

// Div is the / operator; bigint division truncates toward zero.
func Div(a, b Value) Value {
	if a.kind == KindNumber && b.kind == KindNumber {
		return Number(a.num / b.num)
	}
	a, b, isBig := numericOperands(a, b)
	if isBig {
		if b.BigIntValue().Sign() == 0 {
			ThrowRangeError("Division by zero")
		}
		return BigInt(new(big.Int).Quo(a.BigIntValue(), b.BigIntValue()))
	}
	return Number(a.num / b.num)
}

// Mod is the % operator: the remainder takes the sign of the dividend, as
// C's fmod (and Go's math.Mod) does.
func Mod(a, b Value) Value {
	if a.kind == KindNumber && b.kind == KindNumber {
		return Number(numberMod(a.num, b.num))
	}
	a, b, isBig := numericOperands(a, b)
	if isBig {
		if b.BigIntValue().Sign() == 0 {
			ThrowRangeError("Division by zero")
		}
		return BigInt(new(big.Int).Rem(a.BigIntValue(), b.BigIntValue()))
	}
	return Number(numberMod(a.num, b.num))
}

// numberMod is % on numbers. A positive integer dividend and a non-zero
// integer divisor, the common case of `i % n`, take one machine division;
// math.Mod's general loop is several times slower. (A zero or negative
// dividend takes the slow path, which keeps -0 right.)
func numberMod(x, y float64) float64 {
	if x >= 1 && x < 1<<53 && y >= -(1<<53) && y < 1<<53 {
		if i, j := int64(x), int64(y); float64(i) == x && float64(j) == y && j != 0 {
			return float64(i % j)
		}
	}
	return math.Mod(x, y)
}

// maxBigIntBits is V8's bound on the size of a bigint.
const maxBigIntBits = 1 << 30

// Exp is the ** operator.
func Exp(a, b Value) Value {
	if a.kind != KindNumber || b.kind != KindNumber {
		var isBig bool
		a, b, isBig = numericOperands(a, b)
		if isBig {
			return bigIntExp(a.BigIntValue(), b.BigIntValue())
		}
	}
	return Number(numberExp(a.num, b.num))
}

// numberExp is Number::exponentiate. Unlike C's pow, a NaN exponent with
// base 1 and ±1 with an infinite exponent give NaN.
func numberExp(x, y float64) float64 {
	if math.IsNaN(y) || math.IsInf(y, 0) && (x == 1 || x == -1) {
		return math.NaN()
	}
	return fdlibmPow(x, y)
}

func bigIntExp(x, y *big.Int) Value {
	if y.Sign() < 0 {
		// V8's text, word for word.
		ThrowRangeError("undefined must be positive")
	}
	if x.CmpAbs(big.NewInt(1)) > 0 && (!y.IsInt64() || int64(x.BitLen()-1)*y.Int64() > maxBigIntBits) {
		ThrowRangeError("Maximum BigInt size exceeded")
	}
	return BigInt(new(big.Int).Exp(x, y, nil))
}

// BitAnd is the & operator.
func BitAnd(a, b Value) Value {
	if a.kind != KindNumber || b.kind != KindNumber {
		var isBig bool
		if a, b, isBig = numericOperands(a, b); isBig {
			return BigInt(new(big.Int).And(a.BigIntValue(), b.BigIntValue()))
		}
	}
	return Int(int(ToInt32(a) & ToInt32(b)))
}

// BitOr is the | operator.
func BitOr(a, b Value) Value {
	if a.kind != KindNumber || b.kind != KindNumber {
		var isBig bool
		if a, b, isBig = numericOperands(a, b); isBig {
			return BigInt(new(big.Int).Or(a.BigIntValue(), b.BigIntValue()))
		}
	}
	return Int(int(ToInt32(a) | ToInt32(b)))
}

// BitXor is the ^ operator.
func BitXor(a, b Value) Value {
	if a.kind != KindNumber || b.kind != KindNumber {
		var isBig bool
		if a, b, isBig = numericOperands(a, b); isBig {
			return BigInt(new(big.Int).Xor(a.BigIntValue(), b.BigIntValue()))
		}
	}
	return Int(int(ToInt32(a) ^ ToInt32(b)))
}

// Shl is the << operator.
func Shl(a, b Value) Value {
	if a.kind != KindNumber || b.kind != KindNumber {
		var isBig bool
		if a, b, isBig = numericOperands(a, b); isBig {
			return bigIntShift(a.BigIntValue(), b.BigIntValue(), false)
		}
	}
	return Int(int(ToInt32(a) << (ToUint32(b) & 31)))
}

// Shr is the >> operator.
func Shr(a, b Value) Value {
	if a.kind != KindNumber || b.kind != KindNumber {
		var isBig bool
		if a, b, isBig = numericOperands(a, b); isBig {
			return bigIntShift(a.BigIntValue(), b.BigIntValue(), true)
		}
	}
	return Int(int(ToInt32(a) >> (ToUint32(b) & 31)))
}

// UShr is the >>> operator, which bigints do not have.
func UShr(a, b Value) Value {
	if a.kind != KindNumber || b.kind != KindNumber {
		if _, _, isBig := numericOperands(a, b); isBig {
			ThrowTypeError("BigInts have no unsigned right shift, use >> instead")
		}
	}
	return Int(int(ToUint32(a) >> (ToUint32(b) & 31)))
}

// bigIntShift shifts x left by n bits (right when right is set); a negative
// n shifts the other way. big.Int's Rsh rounds toward negative infinity, as
// two's complement arithmetic does.
func bigIntShift(x, n *big.Int, right bool) Value {
	if right {
		n = new(big.Int).Neg(n)
	}
	if !n.IsInt64() || n.Int64() > maxBigIntBits || n.Int64() < -maxBigIntBits {
		if n.Sign() < 0 {
			if x.Sign() < 0 {
				return BigInt(big.NewInt(-1))
			}
			return BigInt(new(big.Int))
		}
		if x.Sign() == 0 {
			return BigInt(new(big.Int))
		}
		ThrowRangeError("Maximum BigInt size exceeded")
	}
	if s := n.Int64(); s >= 0 {
		return BigInt(new(big.Int).Lsh(x, uint(s)))
	} else {
		return BigInt(new(big.Int).Rsh(x, uint(-s)))
	}
}

// Neg is unary -.
func Neg(a Value) Value {
	if a = ToNumeric(a); a.kind == KindBigInt {
		return BigInt(new(big.Int).Neg(a.BigIntValue()))
	}
	return Number(-a.num)
}

// Plus is unary +, which throws for a bigint.
func Plus(a Value) Value {
	if a.kind == KindNumber {
		return a
	}
	return Number(ToNumber(a))
}

// BitNot is the ~ operator.
func BitNot(a Value) Value {
	if a = ToNumeric(a); a.kind == KindBigInt {
		return BigInt(new(big.Int).Not(a.BigIntValue()))
	}
	return Int(int(^ToInt32(a)))
}

var bigOne = big.NewInt(1)

// Inc is ToNumeric(a) + 1, the value ++ stores.
func Inc(a Value) Value {
	if a = ToNumeric(a); a.kind == KindBigInt {
		return BigInt(new(big.Int).Add(a.BigIntValue(), bigOne))
	}
	return Number(a.num + 1)
}

// Dec is ToNumeric(a) - 1, the value -- stores.
func Dec(a Value) Value {
	if a = ToNumeric(a); a.kind == KindBigInt {
		return BigInt(new(big.Int).Sub(a.BigIntValue(), bigOne))
	}
	return Number(a.num - 1)
}

// Lt is a < b.
func Lt(a, b Value) bool {
	if a.kind == KindNumber && b.kind == KindNumber {
		return a.num < b.num
	}
	less, undef := isLessThan(a, b, true)
	return less && !undef
}

// Gt is a > b.
func Gt(a, b Value) bool {
	if a.kind == KindNumber && b.kind == KindNumber {
		return a.num > b.num
	}
	less, undef := isLessThan(b, a, false)
	return less && !undef
}

// Le is a <= b: not b < a, and false where the comparison is undefined (NaN).
func Le(a, b Value) bool {
	if a.kind == KindNumber && b.kind == KindNumber {
		return a.num <= b.num
	}
	less, undef := isLessThan(b, a, false)
	return !less && !undef
}

// Ge is a >= b.
func Ge(a, b Value) bool {
	if a.kind == KindNumber && b.kind == KindNumber {
		return a.num >= b.num
	}
	less, undef := isLessThan(a, b, true)
	return !less && !undef
}

// isLessThan is IsLessThan(x, y, LeftFirst): undef is the spec's
// undefined result (a NaN or an unparsable bigint string was involved).
// leftFirst orders the two ToPrimitive calls, which may be observable.
func isLessThan(x, y Value, leftFirst bool) (less, undef bool) {
	if leftFirst {
		x = ToPrimitive(x, "number")
		y = ToPrimitive(y, "number")
	} else {
		y = ToPrimitive(y, "number")
		x = ToPrimitive(x, "number")
	}
	if x.kind == KindString && y.kind == KindString {
		return compareUTF16(x, y) < 0, false
	}
	if x.kind == KindBigInt && y.kind == KindString {
		ny, ok := StringToBigInt(y.Text())
		if !ok {
			return false, true
		}
		return x.BigIntValue().Cmp(ny) < 0, false
	}
	if x.kind == KindString && y.kind == KindBigInt {
		nx, ok := StringToBigInt(x.Text())
		if !ok {
			return false, true
		}
		return nx.Cmp(y.BigIntValue()) < 0, false
	}
	x, y = ToNumeric(x), ToNumeric(y)
	switch {
	case x.kind == KindNumber && y.kind == KindNumber:
		if math.IsNaN(x.num) || math.IsNaN(y.num) {
			return false, true
		}
		return x.num < y.num, false
	case x.kind == KindBigInt && y.kind == KindBigInt:
		return x.BigIntValue().Cmp(y.BigIntValue()) < 0, false
	case x.kind == KindBigInt:
		if math.IsNaN(y.num) {
			return false, true
		}
		return compareBigIntNumber(x.BigIntValue(), y.num) < 0, false
	default:
		if math.IsNaN(x.num) {
			return false, true
		}
		return compareBigIntNumber(y.BigIntValue(), x.num) > 0, false
	}
}

// compareUTF16 orders strings by UTF-16 code units. WTF-8 bytes order by
// code point, which agrees except between astral characters (surrogate
// pairs, 0xD800…) and BMP characters from U+E000 up.
func compareUTF16(a, b Value) int {
	if a.ascii || b.ascii {
		return strings.Compare(a.Text(), b.Text())
	}
	ua, ub := a.UTF16(), b.UTF16()
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			if ua[i] < ub[i] {
				return -1
			}
			return 1
		}
	}
	return len(ua) - len(ub)
}

// compareBigIntNumber compares a bigint with a non-NaN number exactly.
func compareBigIntNumber(x *big.Int, f float64) int {
	if math.IsInf(f, 0) {
		if f > 0 {
			return -1
		}
		return 1
	}
	// SetInt with precision 0 keeps every bit of x, so the comparison is exact.
	return new(big.Float).SetInt(x).Cmp(big.NewFloat(f))
}

// StringToBigInt parses a string as the StringIntegerLiteral grammar does
// (BigInt("…") and comparisons with strings): whitespace around, an empty
// string is 0n, a sign only for decimal, 0x/0o/0b prefixes.
func StringToBigInt(s string) (*big.Int, bool) {
	s = strings.TrimFunc(s, isJSSpace)
	if s == "" {
		return new(big.Int), true
	}
	base := 10
	if len(s) > 2 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 10 {
			s = s[2:]
		}
	}
	digits := s
	if base == 10 && (s[0] == '+' || s[0] == '-') {
		digits = s[1:]
	}
	if digits == "" {
		return nil, false
	}
	for _, c := range digits {
		if digitValue(c) >= base {
			return nil, false
		}
	}
	n, ok := new(big.Int).SetString(s, base)
	return n, ok
}

// LooseEquals is ==.
func LooseEquals(a, b Value) bool {
	for {
		if a.kind == b.kind {
			return StrictEquals(a, b)
		}
		switch {
		case a.IsNullish() && b.IsNullish():
			return true
		case a.kind == KindNumber && b.kind == KindString:
			return a.num == StringToNumber(b.Text())
		case a.kind == KindString && b.kind == KindNumber:
			return StringToNumber(a.Text()) == b.num
		case a.kind == KindBigInt && b.kind == KindString:
			n, ok := StringToBigInt(b.Text())
			return ok && a.BigIntValue().Cmp(n) == 0
		case a.kind == KindString && b.kind == KindBigInt:
			n, ok := StringToBigInt(a.Text())
			return ok && b.BigIntValue().Cmp(n) == 0
		case a.kind == KindBool:
			a = Number(a.num)
		case b.kind == KindBool:
			b = Number(b.num)
		// An object meets a number, string, symbol or bigint (booleans are
		// numbers by now, and the kinds differ).
		case a.kind == KindObject && !b.IsNullish():
			a = ToPrimitive(a, "default")
		case b.kind == KindObject && !a.IsNullish():
			b = ToPrimitive(b, "default")
		case a.kind == KindBigInt && b.kind == KindNumber:
			return !math.IsNaN(b.num) && compareBigIntNumber(a.BigIntValue(), b.num) == 0
		case a.kind == KindNumber && b.kind == KindBigInt:
			return !math.IsNaN(a.num) && compareBigIntNumber(b.BigIntValue(), a.num) == 0
		default:
			return false
		}
	}
}

// In is `key in obj`.
func In(key, obj Value) bool {
	o := obj.Object()
	if o == nil {
		ThrowTypeError("Cannot use 'in' operator to search for '" + keyText(key) + "' in " + inspectShort(obj))
	}
	return o.HasProperty(ToPropertyKey(key))
}

// keyText is how V8 quotes a key in its messages: a symbol as
// Symbol(desc), anything else as its string.
func keyText(key Value) string {
	if s := key.Symbol(); s != nil {
		return symbolDescriptiveString(s)
	}
	return ToGoString(key)
}

// symbolDescriptiveString is Symbol.prototype.toString's text.
func symbolDescriptiveString(s *Symbol) string {
	return "Symbol(" + s.Description + ")"
}

// inspectShort is how V8 names a value in a message: a primitive by its
// string form (a string unquoted, a symbol as Symbol(desc)), an object as
// objectDescription does.
func inspectShort(v Value) string {
	if v.kind == KindSymbol {
		return symbolDescriptiveString(v.Symbol())
	}
	if v.kind == KindObject {
		return objectDescription(v.Object())
	}
	return ToGoString(v)
}

// InstanceOf is `v instanceof ctor`.
func InstanceOf(v, ctor Value) bool {
	c := ctor.Object()
	if c == nil {
		ThrowTypeError("Right-hand side of 'instanceof' is not an object")
	}
	if h := c.Get(SymbolKey(SymHasInstance), ctor); !h.IsNullish() {
		if h.Object() == nil || !h.Object().IsCallable() {
			ThrowTypeError(typedDescription(h) + " is not a function")
		}
		return ToBoolean(h.Object().CallWith(ctor, []Value{v}))
	}
	if !c.IsCallable() {
		ThrowTypeError("Right-hand side of 'instanceof' is not callable")
	}
	return OrdinaryHasInstance(c, v)
}

// OrdinaryHasInstance is the default instanceof: a bound function defers to
// its target; otherwise v's prototype chain is searched for c.prototype.
func OrdinaryHasInstance(c *Object, v Value) bool {
	if !c.IsCallable() {
		return false
	}
	if b, ok := c.Internal.(*BoundFunction); ok && c.class == ClassFunction {
		return InstanceOf(v, ObjectValue(b.Target))
	}
	o := v.Object()
	if o == nil {
		return false
	}
	proto := c.Get(Key("prototype"), ObjectValue(c)).Object()
	if proto == nil {
		ThrowTypeError("Function has non-object prototype '" + ToGoString(c.Get(Key("prototype"), ObjectValue(c))) + "' in instanceof check")
	}
	for p := o.Proto(); p != nil; p = p.Proto() {
		if p == proto {
			return true
		}
	}
	return false
}

// typedDescription is how V8 names a value it cannot call or iterate:
// "number 1", "string "x"", "boolean true", but only the type of a symbol,
// bigint or object, and undefined and null as themselves.
func typedDescription(v Value) string {
	switch v.kind {
	case KindUndefined, KindNull:
		return ToGoString(v)
	case KindString:
		return `string "` + v.Text() + `"`
	case KindNumber, KindBool:
		return TypeOf(v).Text() + " " + ToGoString(v)
	}
	return TypeOf(v).Text()
}

// constructorName is the name V8 shows in #<Name>: that of the nearest
// constructor on the prototype chain, read without running getters; "" when
// there is none.
func constructorName(o *Object) string {
	for p := o; p != nil; p = p.proto {
		if d, ok := p.GetOwnProperty(Key("constructor")); ok && !d.IsAccessor() {
			if c := d.Value.Object(); c != nil {
				if n, ok := c.GetOwnProperty(Key("name")); ok && n.Value.kind == KindString && n.Value.num > 0 {
					return n.Value.Text()
				}
			}
		}
	}
	return ""
}

// The constants of fdlibm's e_pow.c, whose __ieee754_pow V8 uses for ** and
// Math.pow. Go's math.Pow rounds differently in the last place (1e21 ** 5
// is not 1e105 there), and node prints every digit.
var (
	powBp  = [2]float64{1.0, 1.5}
	powDpH = [2]float64{0.0, 5.84962487220764160156e-01}
	powDpL = [2]float64{0.0, 1.35003920212974897128e-08}
)

const (
	powTwo53  = 9007199254740992.0
	powHuge   = 1.0e300
	powTiny   = 1.0e-300
	powL1     = 5.99999999999994648725e-01
	powL2     = 4.28571428578550184252e-01
	powL3     = 3.33333329818377432918e-01
	powL4     = 2.72728123808534006489e-01
	powL5     = 2.30660745775561754067e-01
	powL6     = 2.06975017800338417784e-01
	powP1     = 1.66666666666666019037e-01
	powP2     = -2.77777777770155933842e-03
	powP3     = 6.61375632143793436117e-05
	powP4     = -1.65339022054652515390e-06
	powP5     = 4.13813679705723846039e-08
	powLg2    = 6.93147180559945286227e-01
	powLg2H   = 6.93147182464599609375e-01
	powLg2L   = -1.90465429995776804525e-09
	powOvt    = 8.0085662595372944372e-17
	powCp     = 9.61796693925975554329e-01
	powCpH    = 9.61796700954437255859e-01
	powCpL    = -7.02846165095275826516e-09
	powIvln2  = 1.44269504088896338700e+00
	powIvln2H = 1.44269502162933349609e+00
	powIvln2L = 1.92596299112661746887e-08
)

func hiWord(x float64) int32  { return int32(math.Float64bits(x) >> 32) }
func loWord(x float64) uint32 { return uint32(math.Float64bits(x)) }
func withHi(x float64, hi int32) float64 {
	return math.Float64frombits(uint64(uint32(hi))<<32 | uint64(loWord(x)))
}
func clearLo(x float64) float64 { return math.Float64frombits(math.Float64bits(x) &^ 0xffffffff) }

// fdlibmPow is V8's base::ieee754::legacy::pow (fdlibm's __ieee754_pow),
// statement for statement.
func fdlibmPow(x, y float64) float64 {
	hx, lx := hiWord(x), loWord(x)
	hy, ly := hiWord(y), loWord(y)
	ix, iy := hx&0x7fffffff, hy&0x7fffffff

	if iy|int32(ly) == 0 {
		return 1
	}
	if ix > 0x7ff00000 || ix == 0x7ff00000 && lx != 0 || iy > 0x7ff00000 || iy == 0x7ff00000 && ly != 0 {
		return x + y
	}
	// yisint: 0 when y is not an integer, 1 when odd, 2 when even.
	yisint := int32(0)
	if hx < 0 {
		if iy >= 0x43400000 {
			yisint = 2
		} else if iy >= 0x3ff00000 {
			k := iy>>20 - 0x3ff
			if k > 20 {
				j := ly >> (52 - k)
				if j<<(52-k) == ly {
					yisint = 2 - int32(j&1)
				}
			} else if ly == 0 {
				j := iy >> (20 - k)
				if j<<(20-k) == iy {
					yisint = 2 - j&1
				}
			}
		}
	}
	if ly == 0 {
		if iy == 0x7ff00000 {
			switch {
			case (ix-0x3ff00000)|int32(lx) == 0:
				return y - y
			case ix >= 0x3ff00000:
				if hy >= 0 {
					return y
				}
				return 0
			default:
				if hy < 0 {
					return -y
				}
				return 0
			}
		}
		if iy == 0x3ff00000 {
			if hy < 0 {
				return 1 / x
			}
			return x
		}
		if hy == 0x40000000 {
			return x * x
		}
		if hy == 0x3fe00000 && hx >= 0 {
			return math.Sqrt(x)
		}
	}
	ax := math.Abs(x)
	if lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000) {
		z := ax
		if hy < 0 {
			z = 1 / z
		}
		if hx < 0 {
			if (ix-0x3ff00000)|yisint == 0 {
				z = math.NaN()
			} else if yisint == 1 {
				z = -z
			}
		}
		return z
	}
	n := int32(uint32(hx)>>31) - 1
	if n|yisint == 0 {
		return math.NaN()
	}
	s := 1.0
	if n|(yisint-1) == 0 {
		s = -1
	}
	var t1, t2 float64
	if iy > 0x41e00000 {
		if iy > 0x43f00000 {
			if ix <= 0x3fefffff {
				if hy < 0 {
					return math.Inf(1)
				}
				return 0
			}
			if ix >= 0x3ff00000 {
				if hy > 0 {
					return math.Inf(1)
				}
				return 0
			}
		}
		if ix < 0x3fefffff {
			if hy < 0 {
				return s * powHuge * powHuge
			}
			return s * powTiny * powTiny
		}
		if ix > 0x3ff00000 {
			if hy > 0 {
				return s * powHuge * powHuge
			}
			return s * powTiny * powTiny
		}
		t := ax - 1
		w := (t * t) * (0.5 - t*(0.3333333333333333333333-t*0.25))
		u := powIvln2H * t
		v := t*powIvln2L - w*powIvln2
		t1 = clearLo(u + v)
		t2 = v - (t1 - u)
	} else {
		n = 0
		if ix < 0x00100000 {
			ax *= powTwo53
			n -= 53
			ix = hiWord(ax)
		}
		n += ix>>20 - 0x3ff
		j := ix & 0x000fffff
		ix = j | 0x3ff00000
		var k int32
		switch {
		case j <= 0x3988E:
			k = 0
		case j < 0xBB67A:
			k = 1
		default:
			k = 0
			n++
			ix -= 0x00100000
		}
		ax = withHi(ax, ix)
		u := ax - powBp[k]
		v := 1 / (ax + powBp[k])
		ss := u * v
		sH := clearLo(ss)
		tH := math.Float64frombits(uint64(uint32((ix>>1)|0x20000000)+0x00080000+uint32(k<<18)) << 32)
		tL := ax - (tH - powBp[k])
		sL := v * ((u - sH*tH) - sH*tL)
		s2 := ss * ss
		r := s2 * s2 * (powL1 + s2*(powL2+s2*(powL3+s2*(powL4+s2*(powL5+s2*powL6)))))
		r += sL * (sH + ss)
		s2 = sH * sH
		tH = clearLo(3.0 + s2 + r)
		tL = r - ((tH - 3.0) - s2)
		u = sH * tH
		v = sL*tH + tL*ss
		pH := clearLo(u + v)
		pL := v - (pH - u)
		zH := powCpH * pH
		zL := powCpL*pH + pL*powCp + powDpL[k]
		t := float64(n)
		t1 = clearLo(((zH + zL) + powDpH[k]) + t)
		t2 = zL - (((t1 - t) - powDpH[k]) - zH)
	}
	y1 := clearLo(y)
	pL := (y-y1)*t1 + y*t2
	pH := y1 * t1
	z := pL + pH
	j, i := hiWord(z), loWord(z)
	if j >= 0x40900000 {
		if (j-0x40900000)|int32(i) != 0 || pL+powOvt > z-pH {
			return s * powHuge * powHuge
		}
	} else if j&0x7fffffff >= 0x4090cc00 {
		if uint32(j)-0xc090cc00|i != 0 || pL <= z-pH {
			return s * powTiny * powTiny
		}
	}
	i32 := j & 0x7fffffff
	k := i32>>20 - 0x3ff
	n = 0
	if i32 > 0x3fe00000 {
		n = j + 0x00100000>>(k+1)
		k = (n&0x7fffffff)>>20 - 0x3ff
		t := math.Float64frombits(uint64(uint32(n&^(0x000fffff>>k))) << 32)
		n = (n&0x000fffff | 0x00100000) >> (20 - k)
		if j < 0 {
			n = -n
		}
		pH -= t
	}
	t := clearLo(pL + pH)
	u := t * powLg2H
	v := (pL-(t-pH))*powLg2 + t*powLg2L
	z = u + v
	w := v - (z - u)
	t = z * z
	t1 = z - t*(powP1+t*(powP2+t*(powP3+t*(powP4+t*powP5))))
	// V8's copy divides by the whole difference, unlike fdlibm's
	// (z*t1)/(t1-2) - (w+z*w); node's results follow V8.
	r := (z * t1) / ((t1 - 2) - (w + z*w))
	z = 1 - (r - z)
	if (hiWord(z)+n<<20)>>20 <= 0 {
		z = math.Ldexp(z, int(n))
	} else {
		z = withHi(z, hiWord(z)+n<<20)
	}
	return s * z
}
