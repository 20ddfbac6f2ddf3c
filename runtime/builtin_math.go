package runtime

import (
	"math"
	"math/bits"
	"math/rand/v2"
)

// MathObject is the global Math.
var MathObject = NewObject(ObjectPrototype)

// mathArg is ToNumber of argument i.
func mathArg(args []Value, i int) float64 { return ToNumber(Arg(args, i)) }

func init() {
	DefineGlobal("Math", ObjectValue(MathObject))
	MathObject.DefineData(SymbolKey(SymToStringTag), strASCII("Math"), Configurable)
	for _, c := range []struct {
		name string
		v    float64
	}{
		{"E", math.E}, {"LN10", math.Ln10}, {"LN2", math.Ln2}, {"LOG10E", math.Log10E}, {"LOG2E", math.Log2E},
		{"PI", math.Pi}, {"SQRT1_2", math.Sqrt2 / 2}, {"SQRT2", math.Sqrt2},
	} {
		MathObject.DefineData(Key(c.name), Number(c.v), 0)
	}
	for _, f := range []struct {
		name string
		fn   func(float64) float64
	}{
		{"abs", math.Abs}, {"acos", fdlibmAcos}, {"acosh", math.Acosh}, {"asin", fdlibmAsin}, {"asinh", math.Asinh},
		{"atan", fdlibmAtan}, {"atanh", math.Atanh}, {"cbrt", fdlibmCbrt}, {"ceil", math.Ceil}, {"cos", fdlibmCos},
		{"cosh", fdlibmCosh}, {"exp", fdlibmExp}, {"expm1", math.Expm1}, {"floor", math.Floor},
		{"fround", func(x float64) float64 { return float64(float32(x)) }},
		{"log", fdlibmLog}, {"log1p", math.Log1p}, {"log10", fdlibmLog10}, {"log2", fdlibmLog2},
		{"round", mathRound}, {"sign", mathSign}, {"sin", fdlibmSin}, {"sinh", fdlibmSinh}, {"sqrt", math.Sqrt},
		{"tan", fdlibmTan}, {"tanh", fdlibmTanh}, {"trunc", math.Trunc},
		{"clz32", func(x float64) float64 { return float64(bits.LeadingZeros32(toUint32Float(x))) }},
	} {
		DefineMethod(MathObject, f.name, 1, func(_ Value, args []Value) Value {
			return Number(f.fn(mathArg(args, 0)))
		})
	}
	DefineMethod(MathObject, "atan2", 2, func(_ Value, args []Value) Value {
		y := mathArg(args, 0)
		return Number(fdlibmAtan2(y, mathArg(args, 1)))
	})
	DefineMethod(MathObject, "pow", 2, func(_ Value, args []Value) Value {
		x := mathArg(args, 0)
		return Number(numberExp(x, mathArg(args, 1)))
	})
	DefineMethod(MathObject, "imul", 2, func(_ Value, args []Value) Value {
		a := ToUint32(Arg(args, 0))
		return Int(int(int32(a * ToUint32(Arg(args, 1)))))
	})
	DefineMethod(MathObject, "max", 2, func(_ Value, args []Value) Value { return Number(mathMinMax(args, true)) })
	DefineMethod(MathObject, "min", 2, func(_ Value, args []Value) Value { return Number(mathMinMax(args, false)) })
	DefineMethod(MathObject, "hypot", 2, func(_ Value, args []Value) Value {
		nums := make([]float64, len(args))
		for i := range args {
			nums[i] = ToNumber(args[i])
		}
		return Number(mathHypot(nums))
	})
	DefineMethod(MathObject, "random", 0, func(Value, []Value) Value { return Number(rand.Float64()) })
}

// mathRound is Math.round: halves round up, and -0.5 ≤ x < 0 gives -0.
func mathRound(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == math.Trunc(x) {
		return x
	}
	if x < 0 && x >= -0.5 {
		return math.Copysign(0, -1)
	}
	r := math.Floor(x)
	if x-r >= 0.5 {
		r++
	}
	return r
}

func mathSign(x float64) float64 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return x // NaN, +0 and -0 are their own sign
}

// mathMinMax converts every argument before comparing, as the spec orders;
// NaN wins and +0 is greater than -0.
func mathMinMax(args []Value, isMax bool) float64 {
	r := math.Inf(1)
	if isMax {
		r = math.Inf(-1)
	}
	nan := false
	for _, a := range args {
		x := ToNumber(a)
		switch {
		case math.IsNaN(x):
			nan = true
		case isMax:
			r = math.Max(r, x)
		default:
			r = math.Min(r, x)
		}
	}
	if nan {
		return math.NaN()
	}
	return r
}

// mathHypot is V8's Math.hypot: any infinity wins over NaN, and the squares
// of the arguments scaled by the largest are added with Kahan's
// compensated summation (math.Hypot pairwise would round differently).
func mathHypot(nums []float64) float64 {
	largest, nan := 0.0, false
	for _, x := range nums {
		switch {
		case math.IsInf(x, 0):
			return math.Inf(1)
		case math.IsNaN(x):
			nan = true
		default:
			largest = math.Max(largest, math.Abs(x))
		}
	}
	if nan {
		return math.NaN()
	}
	if largest == 0 {
		return 0
	}
	sum, compensation := 0.0, 0.0
	for _, x := range nums {
		n := math.Abs(x) / largest
		summand := n*n - compensation
		preliminary := sum + summand
		compensation = (preliminary - sum) - summand
		sum = preliminary
	}
	return math.Sqrt(sum) * largest
}
