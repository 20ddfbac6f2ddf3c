package runtime

import (
	"math"
	"strings"
)

// Intl.NumberFormat and Number.prototype.toLocaleString's options, for the
// en-US locale only (node's default here): the styles decimal, percent and
// currency, minimumFractionDigits, maximumFractionDigits and useGrouping.
// Other locales format as en-US.

// numberFormat is the Internal of an Intl.NumberFormat: its resolved options.
type numberFormat struct {
	style            string // "decimal", "percent" or "currency"
	currency         string // ISO code, upper case
	minFrac, maxFrac int
	grouping         bool
	bound            *Object // the function the format getter returns
}

// currencySymbols are the symbols en-US uses; other codes print as "CHF 5.00".
var currencySymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "CNY": "CN¥", "CAD": "CA$", "AUD": "A$"}

// newNumberFormat resolves the options object of NumberFormat or toLocaleString.
func newNumberFormat(options Value) *numberFormat {
	f := &numberFormat{style: "decimal", grouping: true}
	o := options.Object()
	get := func(name string) Value {
		if o == nil {
			return Undefined
		}
		return o.Get(Key(name), options)
	}
	if v := get("style"); !v.IsUndefined() {
		f.style = ToGoString(v)
		if f.style != "decimal" && f.style != "percent" && f.style != "currency" {
			ThrowRangeError("Value " + f.style + " out of range for Intl.NumberFormat options property style")
		}
	}
	defMin, defMax := 0, 3
	switch f.style {
	case "percent":
		defMax = 0
	case "currency":
		c := get("currency")
		if c.IsUndefined() {
			ThrowTypeError("Currency code is required with currency style.")
		}
		f.currency = strings.ToUpper(ToGoString(c))
		defMin, defMax = 2, 2
		if f.currency == "JPY" {
			defMin, defMax = 0, 0
		}
	}
	digits := func(name string, def int) (int, bool) {
		v := get(name)
		if v.IsUndefined() {
			return def, false
		}
		n := ToNumber(v)
		if n != n || n < 0 || n > 100 {
			ThrowRangeError(name + " value is out of range.")
		}
		return int(math.Floor(n)), true
	}
	minFrac, hasMin := digits("minimumFractionDigits", defMin)
	maxFrac, hasMax := digits("maximumFractionDigits", max(defMax, minFrac))
	if hasMin && !hasMax && maxFrac < minFrac {
		maxFrac = minFrac
	}
	if hasMax && !hasMin && minFrac > maxFrac {
		minFrac = maxFrac
	}
	if minFrac > maxFrac {
		ThrowRangeError("maximumFractionDigits value is out of range.")
	}
	f.minFrac, f.maxFrac = minFrac, maxFrac
	if v := get("useGrouping"); !v.IsUndefined() {
		f.grouping = ToBoolean(v)
	}
	return f
}

// format formats x as en-US does with f's options.
func (f *numberFormat) format(x float64) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 0):
		if x < 0 {
			return "-∞"
		}
		return "∞"
	}
	if f.style == "percent" {
		x *= 100
	}
	s := numberToFixed(x, f.maxFrac)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	for len(frac) > f.minFrac && strings.HasSuffix(frac, "0") {
		frac = frac[:len(frac)-1]
	}
	var b strings.Builder
	for i, c := range intPart {
		if f.grouping && i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	text := b.String()
	switch f.style {
	case "percent":
		return sign + text + "%"
	case "currency":
		if sym, ok := currencySymbols[f.currency]; ok {
			return sign + sym + text
		}
		return sign + f.currency + "\u00a0" + text
	}
	return sign + text
}

// NumberFormatPrototype is Intl.NumberFormat.prototype.
var NumberFormatPrototype = NewObject(ObjectPrototype)

func init() {
	intl := NewPlainObject()
	intl.DefineData(SymbolKey(SymToStringTag), Str("Intl"), Configurable)
	construct := func(args []Value, newTarget *Object) Value {
		o := NewClassObject(NumberFormatPrototype, ClassObject, newNumberFormat(Arg(args, 1)))
		return ObjectValue(o)
	}
	ctor := NewConstructor("NumberFormat", 0, func(_ Value, args []Value) Value {
		return construct(args, nil)
	}, construct)
	ctor.DefineData(Key("prototype"), ObjectValue(NumberFormatPrototype), 0)
	NumberFormatPrototype.DefineData(Key("constructor"), ObjectValue(ctor), Hidden)
	NumberFormatPrototype.DefineData(SymbolKey(SymToStringTag), Str("Intl.NumberFormat"), Configurable)
	// format is a getter of a function bound to the formatter, so that
	// `[1, 2].map(nf.format)` works.
	DefineGetter(NumberFormatPrototype, "format", func(this Value, _ []Value) Value {
		f := thisNumberFormat(this, "format")
		if f.bound == nil {
			f.bound = NewFunction("", 1, func(_ Value, args []Value) Value {
				return Str(f.format(ToNumber(Arg(args, 0))))
			})
		}
		return ObjectValue(f.bound)
	})
	DefineMethod(NumberFormatPrototype, "resolvedOptions", 0, func(this Value, _ []Value) Value {
		f := thisNumberFormat(this, "resolvedOptions")
		o := NewPlainObject()
		o.CreateDataProperty(Key("locale"), Str("en-US"))
		o.CreateDataProperty(Key("numberingSystem"), Str("latn"))
		o.CreateDataProperty(Key("style"), Str(f.style))
		if f.currency != "" {
			o.CreateDataProperty(Key("currency"), Str(f.currency))
		}
		o.CreateDataProperty(Key("minimumFractionDigits"), Int(f.minFrac))
		o.CreateDataProperty(Key("maximumFractionDigits"), Int(f.maxFrac))
		return ObjectValue(o)
	})
	intl.DefineData(Key("NumberFormat"), ObjectValue(ctor), Hidden)
	DefineGlobal("Intl", ObjectValue(intl))
}

func thisNumberFormat(this Value, method string) *numberFormat {
	if o := this.Object(); o != nil {
		if f, ok := o.Internal.(*numberFormat); ok {
			return f
		}
	}
	ThrowTypeError("Method Intl.NumberFormat.prototype." + method + " called on incompatible receiver " + inspectShort(this))
	return nil
}
