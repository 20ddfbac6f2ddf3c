package runtime

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Intl.NumberFormat and Number.prototype.toLocaleString's options, for the
// en-US locale only (node's default here): the styles decimal, percent and
// currency, minimumFractionDigits, maximumFractionDigits and useGrouping.
// Other locales format as en-US.

// numberFormat is the Internal of an Intl.NumberFormat: its resolved options.
type numberFormat struct {
	style            string // "decimal", "percent" or "currency"
	currency         string // ISO code, upper case
	currencyDisplay  string // "symbol" or "code"
	accounting       bool   // currencySign "accounting": negatives in parentheses
	notation         string // "standard", "compact", "scientific" or "engineering"
	longCompact      bool   // compactDisplay "long": "1.2 thousand"
	signDisplay      string
	minInt           int
	minFrac, maxFrac int
	minSig, maxSig   int // 0 unless significant digits were asked for
	fracSet          bool
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
	f.fracSet = hasMin || hasMax
	option := func(name, def string, allowed ...string) string {
		v := get(name)
		if v.IsUndefined() {
			return def
		}
		s := ToGoString(v)
		for _, a := range allowed {
			if s == a {
				return s
			}
		}
		ThrowRangeError("Value " + s + " out of range for Intl.NumberFormat options property " + name)
		return ""
	}
	f.minInt, _ = digits("minimumIntegerDigits", 1)
	if f.minInt < 1 || f.minInt > 21 {
		ThrowRangeError("minimumIntegerDigits value is out of range.")
	}
	if v := get("minimumSignificantDigits"); !v.IsUndefined() || !get("maximumSignificantDigits").IsUndefined() {
		f.minSig, _ = digits("minimumSignificantDigits", 1)
		f.maxSig, _ = digits("maximumSignificantDigits", 21)
		if f.minSig < 1 || f.maxSig < f.minSig || f.maxSig > 21 {
			ThrowRangeError("maximumSignificantDigits value is out of range.")
		}
	}
	f.currencyDisplay = option("currencyDisplay", "symbol", "symbol", "narrowSymbol", "code", "name")
	f.accounting = option("currencySign", "standard", "standard", "accounting") == "accounting"
	f.notation = option("notation", "standard", "standard", "scientific", "engineering", "compact")
	f.longCompact = option("compactDisplay", "short", "short", "long") == "long"
	f.signDisplay = option("signDisplay", "auto", "auto", "never", "always", "exceptZero", "negative")
	return f
}

// decimalDigits is x > 0 as ICU reads a double: its shortest round-trip
// digits with the decimal point after point of them.
func decimalDigits(x float64) (string, int) {
	e := strconv.FormatFloat(x, 'e', -1, 64)
	mant, exp, _ := strings.Cut(e, "e")
	n, _ := strconv.Atoi(exp)
	return strings.Replace(mant, ".", "", 1), n + 1
}

// roundFraction rounds digits (point after point of them) to f fraction
// digits, ties away from zero, dropping trailing zeros past minFrac.
func roundFraction(digits string, point, f int) (string, int) {
	n := point + f
	switch {
	case n < 0 || n == 0 && digits[0] < '5':
		return "0", 1
	case n == 0:
		return "1", point + 1
	}
	return roundDigits(digits, point, n)
}

// layout writes digits (point after point of them) as an integer part of at
// least minInt digits and between minFrac and maxFrac fraction digits.
func (f *numberFormat) layout(digits string, point, minFrac, maxFrac int) string {
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		digits, point = "0", 1
	}
	if point <= 0 {
		digits, point = strings.Repeat("0", 1-point)+digits, 1
	}
	if len(digits) < point {
		digits += strings.Repeat("0", point-len(digits))
	}
	intPart, frac := digits[:point], digits[point:]
	if len(frac) > maxFrac {
		frac = frac[:maxFrac]
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) < minFrac {
		frac += strings.Repeat("0", minFrac-len(frac))
	}
	intPart = strings.TrimLeft(intPart, "0")
	if len(intPart) < f.minInt {
		intPart = strings.Repeat("0", f.minInt-len(intPart)) + intPart
	}
	var b strings.Builder
	for i, c := range intPart {
		if f.grouping && f.notation != "scientific" && f.notation != "engineering" && i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// rounded is |x| rounded as f's digit options say, laid out.
func (f *numberFormat) rounded(ax float64, defaultCompact bool) string {
	if ax == 0 {
		return f.layout("0", 1, f.minFrac, f.maxFrac)
	}
	digits, point := decimalDigits(ax)
	switch {
	case f.maxSig > 0:
		digits, point = roundDigits(digits, point, f.maxSig)
		return f.layout(digits, point, max(0, f.minSig-point), f.maxSig)
	case defaultCompact:
		// Compact notation keeps two significant digits below 100, none
		// after the point above.
		n := 2
		if point > 2 {
			n = point
		}
		digits, point = roundDigits(digits, point, n)
		return f.layout(digits, point, 0, max(0, n-point))
	}
	digits, point = roundFraction(digits, point, f.maxFrac)
	return f.layout(digits, point, f.minFrac, f.maxFrac)
}

var compactUnits = []struct{ short, long string }{{"", ""}, {"K", " thousand"}, {"M", " million"}, {"B", " billion"}, {"T", " trillion"}}

// format formats x as en-US does with f's options.
func (f *numberFormat) format(x float64) string {
	neg := x < 0 || x == 0 && math.Signbit(x)
	ax := math.Abs(x)
	if f.style == "percent" {
		ax *= 100
	}
	var text string
	zero := false
	switch {
	case math.IsNaN(x):
		text, neg = "NaN", false
	case math.IsInf(x, 0):
		text = "∞"
	case f.notation == "compact":
		unit := 0
		for unit < len(compactUnits)-1 && ax >= math.Pow(1000, float64(unit+1)) {
			unit++
		}
		scaled := ax / math.Pow(1000, float64(unit))
		text = f.rounded(scaled, !f.fracSet && f.maxSig == 0)
		if strings.HasPrefix(text, "1,000") && unit < len(compactUnits)-1 {
			unit++ // 999,999 rounds up to 1M
			text = f.rounded(ax/math.Pow(1000, float64(unit)), !f.fracSet && f.maxSig == 0)
		}
		if f.longCompact {
			text += compactUnits[unit].long
		} else {
			text += compactUnits[unit].short
		}
		zero = ax == 0
	case f.notation == "scientific" || f.notation == "engineering":
		exp := 0
		if ax != 0 {
			_, point := decimalDigits(ax)
			exp = point - 1
			if f.notation == "engineering" {
				exp -= ((exp % 3) + 3) % 3
			}
		}
		g := *f
		if !f.fracSet {
			g.minFrac, g.maxFrac = 0, 3
		}
		text = g.rounded(ax/math.Pow(10, float64(exp)), false) + "E" + strconv.Itoa(exp)
		zero = ax == 0
	default:
		text = f.rounded(ax, false)
		zero = strings.Trim(text, "0.,") == ""
	}
	sign := ""
	switch f.signDisplay {
	case "auto":
		if neg {
			sign = "-"
		}
	case "always":
		sign = map[bool]string{true: "-", false: "+"}[neg]
	case "exceptZero":
		if !zero && text != "NaN" {
			sign = map[bool]string{true: "-", false: "+"}[neg]
		}
	case "negative":
		if neg && !zero {
			sign = "-"
		}
	}
	switch f.style {
	case "percent":
		return sign + text + "%"
	case "currency":
		cur := f.currency + "\u00a0"
		if sym, ok := currencySymbols[f.currency]; ok && f.currencyDisplay != "code" {
			cur = sym
		}
		if f.accounting && sign == "-" {
			return "(" + cur + text + ")"
		}
		return sign + cur + text
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
	defineDateTimeFormat(intl)
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

// Intl.DateTimeFormat and Date.prototype.toLocale{,Date,Time}String's
// options, for en-US only: the components weekday, era, year, month, day,
// hour, minute, second, fractionalSecondDigits and timeZoneName, hour12 and
// hourCycle, dateStyle and timeStyle, and timeZone. The patterns are ICU's
// en-US ones for the common combinations of components.

// dateTimeFormat is the Internal of an Intl.DateTimeFormat: its resolved options.
type dateTimeFormat struct {
	weekday, era, year, month, day string
	hour, minute, second, tzName   string
	dayPeriod                      string
	fracDigits                     int
	hourCycle                      string // "h11", "h12", "h23" or "h24"; "" without an hour
	dateStyle, timeStyle           string
	zone                           *dateZone // nil for the local zone
	bound                          *Object   // the function the format getter returns
}

// dateTimePart is one piece of formatted text, as formatToParts reports it.
type dateTimePart struct{ kind, value string }

var (
	longWeekdayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	longMonthNames   = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// newDateTimeFormat is CreateDateTimeFormat after ToDateTimeOptions: which
// components are required ("date", "time" or "any") and which are added
// when none is given ("date", "time" or "all"). method names the caller in
// RangeErrors.
func newDateTimeFormat(options Value, required, defaults, method string) *dateTimeFormat {
	f := &dateTimeFormat{}
	var o *Object
	if !options.IsUndefined() {
		o = ToObject(options)
	}
	get := func(name string) Value {
		if o == nil {
			return Undefined
		}
		return o.Get(Key(name), ObjectValue(o))
	}
	choice := func(name string, allowed ...string) string {
		v := get(name)
		if v.IsUndefined() {
			return ""
		}
		s := ToGoString(v)
		for _, a := range allowed {
			if s == a {
				return s
			}
		}
		ThrowRangeError("Value " + s + " out of range for " + method + " options property " + name)
		return ""
	}
	hour12 := get("hour12")
	f.hourCycle = choice("hourCycle", "h11", "h12", "h23", "h24")
	if tz := get("timeZone"); !tz.IsUndefined() {
		f.zone = namedZone(ToGoString(tz))
	}
	f.weekday = choice("weekday", "narrow", "short", "long")
	f.era = choice("era", "narrow", "short", "long")
	f.year = choice("year", "2-digit", "numeric")
	f.month = choice("month", "2-digit", "numeric", "narrow", "short", "long")
	f.day = choice("day", "2-digit", "numeric")
	f.dayPeriod = choice("dayPeriod", "narrow", "short", "long")
	f.hour = choice("hour", "2-digit", "numeric")
	f.minute = choice("minute", "2-digit", "numeric")
	f.second = choice("second", "2-digit", "numeric")
	if v := get("fractionalSecondDigits"); !v.IsUndefined() {
		n := ToNumber(v)
		if n != n || n < 1 || n > 3 {
			ThrowRangeError("fractionalSecondDigits value is out of range.")
		}
		f.fracDigits = int(n)
	}
	f.tzName = choice("timeZoneName", "short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric")
	f.dateStyle = choice("dateStyle", "full", "long", "medium", "short")
	f.timeStyle = choice("timeStyle", "full", "long", "medium", "short")
	hasDate := f.weekday != "" || f.year != "" || f.month != "" || f.day != ""
	hasTime := f.dayPeriod != "" || f.hour != "" || f.minute != "" || f.second != "" || f.fracDigits != 0
	if f.dateStyle != "" || f.timeStyle != "" {
		if hasDate || hasTime || f.era != "" || f.tzName != "" {
			ThrowTypeError("Can't set option " + map[bool]string{true: "weekday", false: "hour"}[hasDate] + " when " +
				map[bool]string{true: "dateStyle", false: "timeStyle"}[f.dateStyle != ""] + " is used")
		}
		if required == "date" && f.timeStyle != "" {
			ThrowTypeError("Invalid option : timeStyle")
		}
		if required == "time" && f.dateStyle != "" {
			ThrowTypeError("Invalid option : dateStyle")
		}
	} else {
		need := true
		if required == "date" || required == "any" {
			need = need && !hasDate
		}
		if required == "time" || required == "any" {
			need = need && !hasTime
		}
		if need && (defaults == "date" || defaults == "all") {
			f.year, f.month, f.day = "numeric", "numeric", "numeric"
		}
		if need && (defaults == "time" || defaults == "all") {
			f.hour, f.minute, f.second = "numeric", "numeric", "numeric"
		}
	}
	if f.hour != "" || f.timeStyle != "" {
		switch {
		case !hour12.IsUndefined() && ToBoolean(hour12):
			f.hourCycle = "h12"
		case !hour12.IsUndefined():
			f.hourCycle = "h24" // V8 with ICU's en-US data: hour12 false counts to 24
		case f.hourCycle == "":
			f.hourCycle = "h12"
		}
	} else {
		f.hourCycle = ""
	}
	return f
}

// namedZone is the zone a timeZone option names.
func namedZone(name string) *dateZone {
	switch strings.ToUpper(name) {
	case "UTC", "ETC/UTC", "GMT", "ETC/GMT":
		return &dateZone{loc: time.UTC, id: "UTC"}
	}
	loc, err := time.LoadLocation(name)
	if err != nil || name == "" || name == "Local" {
		ThrowRangeError("Invalid time zone specified: " + name)
	}
	return &dateZone{loc: loc, id: name}
}

// offsetAt is the zone's offset from UTC at the instant t, in milliseconds.
func (f *dateTimeFormat) offsetAt(t float64) float64 {
	if f.zone == nil {
		return localOffset(t)
	}
	_, off := time.UnixMilli(int64(t)).In(f.zone.loc).Zone()
	return float64(off) * 1000
}

func (f *dateTimeFormat) zoneAt() *dateZone {
	if f.zone == nil {
		return localZone()
	}
	return f.zone
}

// format is the formatted text of the time value t.
func (f *dateTimeFormat) format(t float64) string {
	var b strings.Builder
	for _, p := range f.formatToParts(t) {
		b.WriteString(p.value)
	}
	return b.String()
}

func (f *dateTimeFormat) formatToParts(t float64) []dateTimePart {
	if math.IsNaN(t) {
		ThrowRangeError("Invalid time value")
	}
	fields := fieldsOf(t + f.offsetAt(t))
	var parts []dateTimePart
	add := func(kind, value string) { parts = append(parts, dateTimePart{kind, value}) }
	lit := func(s string) { add("literal", s) }
	if f.dateStyle != "" || f.timeStyle != "" {
		f.styledParts(t, fields, add, lit)
		return parts
	}
	dateLen := f.dateParts(fields, add, lit)
	hasTime := f.hour != "" || f.minute != "" || f.second != "" || f.fracDigits != 0 || f.dayPeriod != ""
	if dateLen > 0 && hasTime {
		switch {
		case f.month == "long":
			lit(" at ")
		case f.weekday != "" && f.year == "" && f.month == "" && f.day == "":
			lit(" ")
		default:
			lit(", ")
		}
	}
	f.timeParts(fields, add, lit)
	if f.tzName != "" {
		if hasTime {
			lit(" ")
		} else {
			lit(", ")
		}
		add("timeZoneName", f.zoneText(t))
	}
	return parts
}

// dateParts adds the date components in en-US order and reports how many
// it added.
func (f *dateTimeFormat) dateParts(d dateFields, add func(kind, value string), lit func(string)) int {
	n := 0
	put := func(kind, value string) { add(kind, value); n++ }
	year := func() {
		y := d.year
		if y <= 0 {
			y = 1 - y // an era year: year 0 is 1 BC
		}
		if f.year == "2-digit" {
			put("year", datePad2(y%100))
		} else {
			put("year", strconv.FormatInt(y, 10))
		}
	}
	day := func() { put("day", intlNumeric(d.day, f.day)) }
	weekday := func() { put("weekday", weekdayText(d.weekday, f.weekday)) }
	switch {
	case f.month == "" && f.year == "" && f.day == "":
		if f.weekday != "" {
			weekday()
		}
	case f.month == "" && f.year != "" && f.day != "":
		year()
		lit(" (day: ")
		day()
		lit(")")
	case f.month == "":
		// A year or a day alone, followed by the weekday ("4 Thursday").
		if f.year != "" {
			year()
		} else {
			day()
		}
		if f.weekday != "" {
			lit(" ")
			weekday()
		}
	default:
		if f.weekday != "" {
			weekday()
			lit(", ")
		}
		if f.month == "numeric" || f.month == "2-digit" {
			put("month", intlNumeric(d.month+1, f.month))
			if f.day != "" {
				lit("/")
				day()
			}
			if f.year != "" {
				lit("/")
				year()
			}
			break
		}
		put("month", monthText(d.month, f.month))
		if f.day != "" {
			lit(" ")
			day()
		}
		if f.year != "" {
			if f.day != "" {
				lit(", ")
			} else {
				lit(" ")
			}
			year()
		}
	}
	if f.era != "" {
		if n > 0 {
			lit(" ")
		}
		era := "AD"
		if d.year <= 0 {
			era = "BC"
		}
		switch f.era {
		case "long":
			era = map[string]string{"AD": "Anno Domini", "BC": "Before Christ"}[era]
		case "narrow":
			era = era[:1]
		}
		put("era", era)
	}
	return n
}

func (f *dateTimeFormat) timeParts(d dateFields, add func(kind, value string), lit func(string)) {
	if f.hour != "" {
		h := d.hour
		switch f.hourCycle {
		case "h12":
			if h = h % 12; h == 0 {
				h = 12
			}
		case "h11":
			h %= 12
		case "h24":
			if h == 0 {
				h = 24
			}
		}
		if f.hourCycle == "h23" || f.hourCycle == "h24" || f.hour == "2-digit" {
			add("hour", datePad2(h))
		} else {
			add("hour", strconv.FormatInt(h, 10))
		}
		if f.minute != "" {
			lit(":")
			add("minute", datePad2(d.minute))
			if f.second != "" {
				lit(":")
				add("second", datePad2(d.second))
			}
		}
		f.fraction(d, add, lit, f.second != "" && f.minute != "")
		if f.hourCycle == "h12" || f.hourCycle == "h11" {
			lit(" ")
			period := "AM"
			if d.hour >= 12 {
				period = "PM"
			}
			if f.dayPeriod != "" {
				period = f.dayPeriodText(d)
			}
			add("dayPeriod", period)
		}
		return
	}
	if f.dayPeriod != "" && f.minute == "" && f.second == "" && f.fracDigits == 0 {
		add("dayPeriod", f.dayPeriodText(d))
		return
	}
	switch {
	case f.minute != "" && f.second != "":
		add("minute", datePad2(d.minute))
		lit(":")
		add("second", datePad2(d.second))
	case f.minute != "":
		add("minute", strconv.FormatInt(d.minute, 10))
	case f.second != "":
		add("second", strconv.FormatInt(d.second, 10))
	}
	f.fraction(d, add, lit, f.second != "")
}

// dayPeriodText is en's flexible day period for the time d.
func (f *dateTimeFormat) dayPeriodText(d dateFields) string {
	switch h := d.hour; {
	case h == 12 && d.minute == 0 && d.second == 0:
		if f.dayPeriod == "narrow" {
			return "n"
		}
		return "noon"
	case h < 12:
		return "in the morning"
	case h < 18:
		return "in the afternoon"
	case h < 21:
		return "in the evening"
	}
	return "at night"
}

// fraction adds the fractional seconds, after a "." when seconds precede.
func (f *dateTimeFormat) fraction(d dateFields, add func(kind, value string), lit func(string), afterSeconds bool) {
	if f.fracDigits == 0 {
		return
	}
	if afterSeconds {
		lit(".")
	}
	add("fractionalSecond", datePadN(d.ms, 3)[:f.fracDigits])
}

func (f *dateTimeFormat) styledParts(t float64, d dateFields, add func(kind, value string), lit func(string)) {
	date := *f
	switch f.dateStyle {
	case "full":
		date.weekday, date.month, date.day, date.year = "long", "long", "numeric", "numeric"
	case "long":
		date.month, date.day, date.year = "long", "numeric", "numeric"
	case "medium":
		date.month, date.day, date.year = "short", "numeric", "numeric"
	case "short":
		date.month, date.day, date.year = "numeric", "numeric", "2-digit"
	}
	if f.dateStyle != "" {
		date.dateParts(d, add, lit)
	}
	if f.timeStyle == "" {
		return
	}
	if f.dateStyle == "full" || f.dateStyle == "long" {
		lit(" at ")
	} else if f.dateStyle != "" {
		lit(", ")
	}
	tm := *f
	tm.hour, tm.minute = "numeric", "2-digit"
	if f.timeStyle != "short" {
		tm.second = "2-digit"
	}
	tm.timeParts(d, add, lit)
	switch f.timeStyle {
	case "full":
		lit(" ")
		add("timeZoneName", f.zoneAt().longName(t))
	case "long":
		lit(" ")
		tm.tzName = "short"
		add("timeZoneName", tm.zoneText(t))
	}
}

// usZoneNames are the zone abbreviations en-US prints for timeZoneName
// "short"; elsewhere it prints an offset from GMT.
var usZoneNames = map[string]bool{"EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true,
	"PST": true, "PDT": true, "AKST": true, "AKDT": true, "HST": true}

// zoneText is the time zone's name at t in the timeZoneName style.
func (f *dateTimeFormat) zoneText(t float64) string {
	z := f.zoneAt()
	off := int64(f.offsetAt(t)) / 60000
	if f.tzName == "long" || f.tzName == "longGeneric" {
		return z.longName(t)
	}
	gmt := func(long bool) string {
		if off == 0 {
			if long {
				return "GMT"
			}
			if f.tzName == "shortOffset" {
				return "GMT+0"
			}
			return "GMT"
		}
		sign, m := "+", off
		if m < 0 {
			sign, m = "-", -m
		}
		if long {
			return "GMT" + sign + datePad2(m/60) + ":" + datePad2(m%60)
		}
		s := "GMT" + sign + strconv.FormatInt(m/60, 10)
		if m%60 != 0 {
			s += ":" + datePad2(m%60)
		}
		return s
	}
	switch f.tzName {
	case "longOffset":
		return gmt(true)
	case "shortOffset":
		return gmt(false)
	}
	if z.invalid || z.loc == time.UTC || z.id == "UTC" || z.id == "Etc/UTC" {
		return "UTC"
	}
	name, _ := time.UnixMilli(int64(t)).In(z.loc).Zone()
	if usZoneNames[name] {
		return name
	}
	return gmt(false)
}

func intlNumeric(n int64, style string) string {
	if style == "2-digit" {
		return datePad2(n % 100)
	}
	return strconv.FormatInt(n, 10)
}

func weekdayText(wd int64, style string) string {
	switch style {
	case "long":
		return longWeekdayNames[wd]
	case "narrow":
		return longWeekdayNames[wd][:1]
	}
	return weekdayNames[wd]
}

func monthText(m int64, style string) string {
	switch style {
	case "long":
		return longMonthNames[m]
	case "narrow":
		return longMonthNames[m][:1]
	}
	return monthNames[m]
}

// DateTimeFormatPrototype is Intl.DateTimeFormat.prototype.
var DateTimeFormatPrototype = NewObject(ObjectPrototype)

func defineDateTimeFormat(intl *Object) {
	construct := func(args []Value, newTarget *Object) Value {
		f := newDateTimeFormat(Arg(args, 1), "any", "date", "Intl.DateTimeFormat")
		return ObjectValue(NewClassObject(DateTimeFormatPrototype, ClassObject, f))
	}
	ctor := NewConstructor("DateTimeFormat", 0, func(_ Value, args []Value) Value {
		return construct(args, nil)
	}, construct)
	ctor.DefineData(Key("prototype"), ObjectValue(DateTimeFormatPrototype), 0)
	DefineMethod(ctor, "supportedLocalesOf", 1, func(_ Value, args []Value) Value {
		return ObjectValue(NewArray([]Value{Str("en-US")}))
	})
	p := DateTimeFormatPrototype
	p.DefineData(Key("constructor"), ObjectValue(ctor), Hidden)
	p.DefineData(SymbolKey(SymToStringTag), Str("Intl.DateTimeFormat"), Configurable)
	DefineGetter(p, "format", func(this Value, _ []Value) Value {
		f := thisDateTimeFormat(this, "")
		if f.bound == nil {
			f.bound = NewFunction("", 1, func(_ Value, args []Value) Value {
				return Str(f.format(dateArg(Arg(args, 0))))
			})
		}
		return ObjectValue(f.bound)
	})
	DefineMethod(p, "formatToParts", 1, func(this Value, args []Value) Value {
		f := thisDateTimeFormat(this, "formatToParts")
		var out []Value
		parts := f.formatToParts(dateArg(Arg(args, 0)))
		for i, part := range parts {
			if part.value == " " && i+1 < len(parts) && parts[i+1].kind == "dayPeriod" {
				// ICU's narrow no-break space, which V8 turns into a space
				// in format but not here.
				part.value = "\u202f"
			}
			o := NewPlainObject()
			o.CreateDataProperty(Key("type"), Str(part.kind))
			o.CreateDataProperty(Key("value"), Str(part.value))
			out = append(out, ObjectValue(o))
		}
		return ObjectValue(NewArray(out))
	})
	DefineMethod(p, "resolvedOptions", 0, func(this Value, _ []Value) Value {
		f := thisDateTimeFormat(this, "")
		o := NewPlainObject()
		set := func(name, value string) {
			if value != "" {
				o.CreateDataProperty(Key(name), Str(value))
			}
		}
		set("locale", "en-US")
		set("calendar", "gregory")
		set("numberingSystem", "latn")
		z := f.zoneAt()
		switch {
		case z.invalid || z.id == "" || z.id == "Etc/UTC" || z.id == "Etc/GMT" || z.id == "GMT":
			set("timeZone", "UTC")
		default:
			set("timeZone", z.id)
		}
		if f.hourCycle != "" {
			set("hourCycle", f.hourCycle)
			o.CreateDataProperty(Key("hour12"), Bool(f.hourCycle == "h11" || f.hourCycle == "h12"))
		}
		for _, kv := range [][2]string{{"weekday", f.weekday}, {"era", f.era}, {"year", f.year}, {"month", f.month}, {"day", f.day},
			{"hour", f.hour}, {"minute", f.minute}, {"second", f.second}} {
			set(kv[0], kv[1])
		}
		if f.fracDigits != 0 {
			o.CreateDataProperty(Key("fractionalSecondDigits"), Int(f.fracDigits))
		}
		set("timeZoneName", f.tzName)
		set("dateStyle", f.dateStyle)
		set("timeStyle", f.timeStyle)
		return ObjectValue(o)
	})
	intl.DefineData(Key("DateTimeFormat"), ObjectValue(ctor), Hidden)
}

// dateArg is the time value format takes: now for undefined, else ToNumber.
func dateArg(v Value) float64 {
	if v.IsUndefined() {
		return nowMillis()
	}
	if t, ok := DateValue(v.Object()); ok {
		return t
	}
	return timeClip(ToNumber(v))
}

func thisDateTimeFormat(this Value, method string) *dateTimeFormat {
	if o := this.Object(); o != nil {
		if f, ok := o.Internal.(*dateTimeFormat); ok {
			return f
		}
	}
	if method == "" {
		method = "UnwrapDateTimeFormat" // V8's name for the format getter
	} else {
		method = "Intl.DateTimeFormat.prototype." + method
	}
	ThrowTypeError("Method " + method + " called on incompatible receiver " + inspectShort(this))
	return nil
}
