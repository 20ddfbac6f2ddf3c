package runtime

import (
	"math"
	"os"
	"strconv"
	"strings"
	"time"
)

// A Date object's Internal is its time value: float64 milliseconds since
// the epoch, NaN for an invalid date. The calendar arithmetic is the spec's
// (Day, MakeDay, YearFromTime…) so that it covers the full ±8.64e15 range;
// only the local time zone offset comes from Go's time package.

// DateConstructor is the global Date.
var DateConstructor *Object

const (
	msPerDay    = 86400000
	maxTimeSpan = 8.64e15
)

var (
	weekdayNames = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	monthNames   = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// NewDate makes a Date object with time value t (milliseconds, TimeClipped).
func NewDate(t float64) *Object {
	return NewClassObject(DatePrototype, ClassDate, timeClip(t))
}

// DateValue returns the time value of a Date object.
func DateValue(o *Object) (float64, bool) {
	if o == nil || o.class != ClassDate {
		return 0, false
	}
	t, ok := o.Internal.(float64)
	return t, ok
}

// thisTimeValue is thisTimeValue(this). V8 words the error two ways: the
// getters say "this is not a Date object.", the methods given a name here
// name themselves.
func thisTimeValue(this Value, method ...string) float64 {
	t, ok := DateValue(this.Object())
	if !ok {
		if len(method) > 0 {
			ThrowTypeError("Method Date.prototype." + method[0] + " called on incompatible receiver " + inspectShort(this))
		}
		ThrowTypeError("this is not a Date object.")
	}
	return t
}

// timeClip is TimeClip.
func timeClip(t float64) float64 {
	if math.IsNaN(t) || math.Abs(t) > maxTimeSpan {
		return math.NaN()
	}
	return math.Trunc(t) + 0
}

func nowMillis() float64 { return float64(time.Now().UnixMilli()) }

// Calendar arithmetic on time values (spec 21.4.1).

func dayOf(t float64) float64         { return math.Floor(t / msPerDay) }
func timeWithinDay(t float64) float64 { return posMod(t, msPerDay) }

func posMod(a, b float64) float64 {
	r := math.Mod(a, b)
	if r < 0 {
		r += b
	}
	return r
}

// daysFromCivil is the day number of y-m-d (m 1..12) in the proleptic
// Gregorian calendar, counted from 1970-01-01.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y, m, d int64) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// dateFields are the calendar fields of a time value.
type dateFields struct {
	year, month, day, weekday int64 // month 0..11
	hour, minute, second, ms  int64
}

func fieldsOf(t float64) dateFields {
	y, m, d := civilFromDays(int64(dayOf(t)))
	tod := int64(timeWithinDay(t))
	return dateFields{
		year: y, month: m - 1, day: d, weekday: int64(posMod(dayOf(t)+4, 7)),
		hour: tod / 3600000, minute: tod / 60000 % 60, second: tod / 1000 % 60, ms: tod % 1000,
	}
}

// makeDay is MakeDay(year, month, date).
func makeDay(year, month, date float64) float64 {
	if math.IsNaN(year) || math.IsNaN(month) || math.IsNaN(date) || math.IsInf(year, 0) || math.IsInf(month, 0) || math.IsInf(date, 0) {
		return math.NaN()
	}
	y, m, dt := math.Trunc(year), math.Trunc(month), math.Trunc(date)
	ym := y + math.Floor(m/12)
	if math.Abs(ym) > 400000 {
		return math.NaN()
	}
	mn := posMod(m, 12)
	return float64(daysFromCivil(int64(ym), int64(mn)+1, 1)) + dt - 1
}

// makeTime is MakeTime(hour, min, sec, ms).
func makeTime(h, m, s, ms float64) float64 {
	for _, f := range []float64{h, m, s, ms} {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return math.NaN()
		}
	}
	return math.Trunc(h)*3600000 + math.Trunc(m)*60000 + math.Trunc(s)*1000 + math.Trunc(ms)
}

// makeDate is MakeDate(day, time).
func makeDate(day, t float64) float64 {
	if math.IsInf(day, 0) || math.IsInf(t, 0) {
		return math.NaN()
	}
	return day*msPerDay + t
}

// localOffset is the local time zone's offset from UTC, in milliseconds,
// at the instant t.
func localOffset(t float64) float64 {
	if math.IsNaN(t) {
		return 0
	}
	_, off := time.UnixMilli(int64(t)).In(localZone().loc).Zone()
	return float64(off) * 1000
}

// dateZone is the local time zone: its rules and its IANA name (which picks
// the name toString prints), or invalid for a TZ that names no zone, which
// V8 takes as UTC printed "GMT+00:00".
type dateZone struct {
	loc     *time.Location
	id      string
	invalid bool
}

var (
	// startTZ is the TZ the program started with, which time.Local follows.
	startTZ, startHasTZ = os.LookupEnv("TZ")
	startZone           = dateZone{loc: time.Local, id: strings.TrimPrefix(startTZ, ":"), invalid: startHasTZ && !zoneExists(startTZ)}
	// setZone caches the zone of the last TZ a program assigned.
	setZone struct {
		tz   string
		zone dateZone
	}
)

func init() {
	if !startHasTZ {
		if link, err := os.Readlink("/etc/localtime"); err == nil {
			if _, id, ok := strings.Cut(link, "zoneinfo/"); ok {
				startZone.id = id
			}
		}
	}
}

func zoneExists(tz string) bool {
	_, err := time.LoadLocation(strings.TrimPrefix(tz, ":"))
	return err == nil && tz != ""
}

// localZone is the zone local times are in. As in node, assigning
// process.env.TZ while the program runs moves every later local time to
// the new zone.
func localZone() *dateZone {
	tz, ok := processEnvTZ()
	if !ok || startHasTZ && tz == startTZ {
		startZone.loc = time.Local
		return &startZone
	}
	if setZone.zone.loc == nil || setZone.tz != tz {
		id := strings.TrimPrefix(tz, ":")
		loc, err := time.LoadLocation(id)
		if err != nil || id == "" {
			loc, id = time.UTC, ""
		}
		setZone.tz, setZone.zone = tz, dateZone{loc: loc, id: id, invalid: loc == time.UTC && id == ""}
	}
	return &setZone.zone
}

// processEnvTZ reads process.env.TZ without running any getter.
func processEnvTZ() (string, bool) {
	d, ok := Process.GetOwnProperty(Key("env"))
	if !ok || d.IsAccessor() || d.Value.Object() == nil {
		return "", false
	}
	d, ok = d.Value.Object().GetOwnProperty(Key("TZ"))
	if !ok || d.IsAccessor() || d.Value.Kind() != KindString {
		return "", false
	}
	return d.Value.Text(), true
}

// localTime is LocalTime(t).
func localTime(t float64) float64 { return t + localOffset(t) }

// utcFromLocal is UTC(t): the instant whose local time is t. Around a
// transition the offsets a day before and after are the candidates; a
// local time that exists twice, or not at all, takes the offset from
// before the transition, as the spec says.
func utcFromLocal(t float64) float64 {
	if math.IsNaN(t) {
		return t
	}
	before, after := localOffset(t-msPerDay), localOffset(t+msPerDay)
	if localOffset(t-before) != before && localOffset(t-after) == after {
		return t - after
	}
	return t - before
}

// zoneNames are ICU's long names for the zone abbreviations Go reports.
var zoneNames = map[string]string{
	"UTC": "Coordinated Universal Time", "GMT": "Greenwich Mean Time", "BST": "British Summer Time",
	"EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time", "CST": "Central Standard Time",
	"CDT": "Central Daylight Time", "MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
	"PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time", "AKST": "Alaska Standard Time",
	"AKDT": "Alaska Daylight Time", "HST": "Hawaii-Aleutian Standard Time", "WET": "Western European Standard Time",
	"WEST": "Western European Summer Time", "CET": "Central European Standard Time",
	"CEST": "Central European Summer Time", "EET": "Eastern European Standard Time",
	"EEST": "Eastern European Summer Time", "MSK": "Moscow Standard Time", "SAST": "South Africa Standard Time",
	"IST": "India Standard Time", "JST": "Japan Standard Time", "KST": "Korean Standard Time",
	"HKT": "Hong Kong Standard Time", "WIB": "Western Indonesia Time", "AEST": "Australian Eastern Standard Time",
	"AEDT": "Australian Eastern Daylight Time", "ACST": "Australian Central Standard Time",
	"ACDT": "Australian Central Daylight Time", "AWST": "Australian Western Standard Time",
	"NZST": "New Zealand Standard Time", "NZDT": "New Zealand Daylight Time", "PKT": "Pakistan Standard Time",
	"WAT": "West Africa Time", "EAT": "East Africa Time", "CAT": "Central Africa Time",
	"AST": "Atlantic Standard Time", "ADT": "Atlantic Daylight Time", "NST": "Newfoundland Standard Time",
	"NDT": "Newfoundland Daylight Time", "IDT": "Israel Daylight Time", "WITA": "Central Indonesia Time",
	"WIT": "Eastern Indonesia Time", "ChST": "Chamorro Standard Time", "SST": "Samoa Standard Time",
}

// zoneIDNames are ICU's names, standard then daylight, for common zones
// whose abbreviation Go gives as a bare offset ("-03") or shares with
// another zone.
var zoneIDNames = map[string][2]string{
	"America/Sao_Paulo":              {"Brasilia Standard Time", "Brasilia Summer Time"},
	"America/Argentina/Buenos_Aires": {"Argentina Standard Time", "Argentina Summer Time"},
	"America/Buenos_Aires":           {"Argentina Standard Time", "Argentina Summer Time"},
	"America/Bogota":                 {"Colombia Standard Time", "Colombia Summer Time"},
	"America/Lima":                   {"Peru Standard Time", "Peru Summer Time"},
	"America/Santiago":               {"Chile Standard Time", "Chile Summer Time"},
	"America/Caracas":                {"Venezuela Time", "Venezuela Time"},
	"Asia/Dubai":                     {"Gulf Standard Time", "Gulf Standard Time"},
	"Asia/Singapore":                 {"Singapore Standard Time", "Singapore Standard Time"},
	"Asia/Kathmandu":                 {"Nepal Time", "Nepal Time"},
	"Asia/Bangkok":                   {"Indochina Time", "Indochina Time"},
	"Asia/Ho_Chi_Minh":               {"Indochina Time", "Indochina Time"},
	"Asia/Kuala_Lumpur":              {"Malaysia Time", "Malaysia Time"},
	"Asia/Manila":                    {"Philippine Standard Time", "Philippine Summer Time"},
	"Asia/Taipei":                    {"Taiwan Standard Time", "Taiwan Daylight Time"},
	"Asia/Shanghai":                  {"China Standard Time", "China Daylight Time"},
	"Asia/Dhaka":                     {"Bangladesh Standard Time", "Bangladesh Summer Time"},
	"Asia/Tehran":                    {"Iran Standard Time", "Iran Daylight Time"},
	"Asia/Riyadh":                    {"Arabian Standard Time", "Arabian Daylight Time"},
	"Asia/Baghdad":                   {"Arabian Standard Time", "Arabian Daylight Time"},
	"Asia/Yangon":                    {"Myanmar Time", "Myanmar Time"},
	"Asia/Tashkent":                  {"Uzbekistan Standard Time", "Uzbekistan Summer Time"},
	"Asia/Jerusalem":                 {"Israel Standard Time", "Israel Daylight Time"},
	"Europe/Istanbul":                {"Türkiye Standard Time", "Türkiye Summer Time"},
}

// zoneName is the name node prints in parentheses after a local time:
// ICU's long name where the zone or abbreviation is known, else "GMT±hh:mm".
func zoneName(t float64) string { return localZone().longName(t) }

// longName is the zone's long name at the instant t, as zoneName.
func (z *dateZone) longName(t float64) string {
	if z.invalid {
		return "GMT+00:00"
	}
	at := time.UnixMilli(int64(t)).In(z.loc)
	name, off := at.Zone()
	if name == "LMT" {
		// Before its first standard time a zone keeps, in ICU, the name
		// of its standard time today.
		at = time.Date(2024, 1, 1, 0, 0, 0, 0, z.loc)
		if at.IsDST() {
			at = at.AddDate(0, 6, 0)
		}
		name, off = at.Zone()
	}
	if names, ok := zoneIDNames[z.id]; ok {
		if at.IsDST() {
			return names[1]
		}
		return names[0]
	}
	switch {
	case name == "" && off == 0:
		return "Coordinated Universal Time"
	case name == "CST" && off == 8*3600:
		return "China Standard Time"
	case name == "IST" && off == 3600:
		return "Irish Standard Time"
	case name == "IST" && off == 2*3600:
		return "Israel Standard Time"
	}
	if long, ok := zoneNames[name]; ok {
		return long
	}
	return "GMT" + offsetText(float64(off)*1000, true)
}

func offsetText(off float64, colon bool) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	mins := int64(off) / 60000
	sep := ""
	if colon {
		sep = ":"
	}
	return sign + datePad2(mins/60) + sep + datePad2(mins%60)
}

func datePad2(n int64) string {
	if n < 10 {
		return "0" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}

// yearText is a year as toString prints it: at least four digits, signed
// when negative.
func yearText(y int64) string {
	if y < 0 {
		return "-" + datePadN(-y, 4)
	}
	return datePadN(y, 4)
}

func datePadN(n int64, width int) string {
	s := strconv.FormatInt(n, 10)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func dateText(f dateFields) string {
	return weekdayNames[f.weekday] + " " + monthNames[f.month] + " " + datePad2(f.day) + " " + yearText(f.year)
}

func timeText(f dateFields) string {
	return datePad2(f.hour) + ":" + datePad2(f.minute) + ":" + datePad2(f.second)
}

// DateToString is Date.prototype.toString's text for time value t.
func DateToString(t float64) string {
	if math.IsNaN(t) {
		return "Invalid Date"
	}
	f := fieldsOf(localTime(t))
	return dateText(f) + " " + timeText(f) + " GMT" + offsetText(localOffset(t), false) + " (" + zoneName(t) + ")"
}

// DateToISOString is toISOString's text; ok is false for an invalid date.
func DateToISOString(t float64) (string, bool) {
	if math.IsNaN(t) {
		return "", false
	}
	f := fieldsOf(t)
	year := datePadN(f.year, 4)
	switch {
	case f.year < 0:
		year = "-" + datePadN(-f.year, 6)
	case f.year > 9999:
		year = "+" + datePadN(f.year, 6)
	}
	return year + "-" + datePad2(f.month+1) + "-" + datePad2(f.day) + "T" + timeText(f) + "." + datePadN(f.ms, 3) + "Z", true
}

func dateToUTCString(t float64) string {
	if math.IsNaN(t) {
		return "Invalid Date"
	}
	f := fieldsOf(t)
	return weekdayNames[f.weekday] + ", " + datePad2(f.day) + " " + monthNames[f.month] + " " + yearText(f.year) + " " + timeText(f) + " GMT"
}

// Locale formats are en-US's, which node uses by default.
func localeDateText(f dateFields) string {
	y := f.year
	if y <= 0 {
		y = 1 - y // en-US prints the year of the era, without the era
	}
	return strconv.FormatInt(f.month+1, 10) + "/" + strconv.FormatInt(f.day, 10) + "/" + strconv.FormatInt(y, 10)
}

func localeTimeText(f dateFields) string {
	h, suffix := f.hour%12, "AM"
	if f.hour >= 12 {
		suffix = "PM"
	}
	if h == 0 {
		h = 12
	}
	return strconv.FormatInt(h, 10) + ":" + datePad2(f.minute) + ":" + datePad2(f.second) + " " + suffix
}

func init() {
	DateConstructor = NewConstructor("Date", 7, func(Value, []Value) Value {
		return Str(DateToString(nowMillis()))
	}, constructDate)
	DefineConstructor(DateConstructor, DatePrototype)
	DefineMethod(DateConstructor, "now", 0, func(Value, []Value) Value { return Number(nowMillis()) })
	DefineMethod(DateConstructor, "parse", 1, func(_ Value, args []Value) Value {
		return Number(ParseDate(ToGoString(Arg(args, 0))))
	})
	DefineMethod(DateConstructor, "UTC", 7, func(_ Value, args []Value) Value {
		if len(args) == 0 {
			return NaN
		}
		return Number(timeClip(dateFromComponents(args)))
	})

	p := DatePrototype
	DefineMethod(p, "toString", 0, func(this Value, _ []Value) Value { return Str(DateToString(thisTimeValue(this, "toString"))) })
	DefineMethod(p, "toDateString", 0, func(this Value, _ []Value) Value {
		t := thisTimeValue(this, "toDateString")
		if math.IsNaN(t) {
			return strASCII("Invalid Date")
		}
		return strASCII(dateText(fieldsOf(localTime(t))))
	})
	DefineMethod(p, "toTimeString", 0, func(this Value, _ []Value) Value {
		t := thisTimeValue(this, "toTimeString")
		if math.IsNaN(t) {
			return strASCII("Invalid Date")
		}
		return Str(timeText(fieldsOf(localTime(t))) + " GMT" + offsetText(localOffset(t), false) + " (" + zoneName(t) + ")")
	})
	DefineMethod(p, "toISOString", 0, func(this Value, _ []Value) Value {
		s, ok := DateToISOString(thisTimeValue(this, "toISOString"))
		if !ok {
			ThrowRangeError("Invalid time value")
		}
		return strASCII(s)
	})
	utc := DefineMethod(p, "toUTCString", 0, func(this Value, _ []Value) Value {
		return strASCII(dateToUTCString(thisTimeValue(this, "toUTCString")))
	})
	p.DefineData(Key("toGMTString"), ObjectValue(utc), Hidden)
	for _, m := range []struct{ name, required, defaults string }{
		{"toLocaleString", "any", "all"}, {"toLocaleDateString", "date", "date"}, {"toLocaleTimeString", "time", "time"},
	} {
		DefineMethod(p, m.name, 0, func(this Value, args []Value) Value {
			t := thisTimeValue(this, m.name)
			if math.IsNaN(t) {
				return strASCII("Invalid Date")
			}
			if len(args) < 2 || args[1].IsUndefined() {
				f := fieldsOf(localTime(t))
				switch m.name {
				case "toLocaleDateString":
					return strASCII(localeDateText(f))
				case "toLocaleTimeString":
					return strASCII(localeTimeText(f))
				}
				return strASCII(localeDateText(f) + ", " + localeTimeText(f))
			}
			return Str(newDateTimeFormat(args[1], m.required, m.defaults, "Date.prototype."+m.name).format(t))
		})
	}
	DefineMethod(p, "toJSON", 1, func(this Value, _ []Value) Value {
		o := ToObject(this)
		tv := ToPrimitive(ObjectValue(o), "number")
		if tv.IsNumber() && (math.IsNaN(tv.num) || math.IsInf(tv.num, 0)) {
			return Null
		}
		toISO := o.Get(Key("toISOString"), ObjectValue(o))
		if !isCallable(toISO) {
			ThrowTypeError("toISOString is not a function")
		}
		return Call(toISO, ObjectValue(o))
	})
	valueOf := func(this Value, _ []Value) Value { return Number(thisTimeValue(this)) }
	DefineMethod(p, "valueOf", 0, valueOf)
	DefineMethod(p, "getTime", 0, valueOf)
	DefineMethod(p, "getTimezoneOffset", 0, func(this Value, _ []Value) Value {
		t := thisTimeValue(this)
		if math.IsNaN(t) {
			return NaN
		}
		return Number((t - localTime(t)) / 60000)
	})
	f := DefineSymbolMethod(p, SymToPrimitive, 1, func(this Value, args []Value) Value {
		if !this.IsObject() {
			ThrowTypeError("Method Date.prototype [ @@toPrimitive ] called on incompatible receiver " + inspectShort(this))
		}
		hint := Arg(args, 0)
		switch hint.Text() {
		case "string", "default":
			return ordinaryToPrimitive(this.Object(), "string")
		case "number":
			return ordinaryToPrimitive(this.Object(), "number")
		}
		ThrowTypeError("Invalid hint: " + ToGoString(hint))
		return Undefined
	})
	p.DefineData(SymbolKey(SymToPrimitive), ObjectValue(f), Configurable)

	for _, g := range []struct {
		name  string
		local bool
		field func(dateFields) int64
	}{
		{"getFullYear", true, func(f dateFields) int64 { return f.year }},
		{"getMonth", true, func(f dateFields) int64 { return f.month }},
		{"getDate", true, func(f dateFields) int64 { return f.day }},
		{"getDay", true, func(f dateFields) int64 { return f.weekday }},
		{"getHours", true, func(f dateFields) int64 { return f.hour }},
		{"getMinutes", true, func(f dateFields) int64 { return f.minute }},
		{"getSeconds", true, func(f dateFields) int64 { return f.second }},
		{"getMilliseconds", true, func(f dateFields) int64 { return f.ms }},
		{"getYear", true, func(f dateFields) int64 { return f.year - 1900 }},
		{"getUTCFullYear", false, func(f dateFields) int64 { return f.year }},
		{"getUTCMonth", false, func(f dateFields) int64 { return f.month }},
		{"getUTCDate", false, func(f dateFields) int64 { return f.day }},
		{"getUTCDay", false, func(f dateFields) int64 { return f.weekday }},
		{"getUTCHours", false, func(f dateFields) int64 { return f.hour }},
		{"getUTCMinutes", false, func(f dateFields) int64 { return f.minute }},
		{"getUTCSeconds", false, func(f dateFields) int64 { return f.second }},
		{"getUTCMilliseconds", false, func(f dateFields) int64 { return f.ms }},
	} {
		DefineMethod(p, g.name, 0, func(this Value, _ []Value) Value {
			var t float64
			if g.name == "getYear" {
				t = thisTimeValue(this, g.name)
			} else {
				t = thisTimeValue(this)
			}
			if math.IsNaN(t) {
				return NaN
			}
			if g.local {
				t = localTime(t)
			}
			return Number(float64(g.field(fieldsOf(t))))
		})
	}

	DefineMethod(p, "setTime", 1, func(this Value, args []Value) Value {
		thisTimeValue(this, "setTime")
		t := timeClip(ToNumber(Arg(args, 0)))
		this.Object().Internal = t
		return Number(t)
	})
	// Each setter replaces a run of fields, starting at first, with its
	// arguments; the fields it is not given keep their values.
	for _, s := range []struct {
		name  string
		local bool
		first int // 0 year, 1 month, 2 date, 3 hour, 4 minute, 5 second, 6 ms
		max   int // how many fields it may set
	}{
		{"setFullYear", true, 0, 3}, {"setMonth", true, 1, 2}, {"setDate", true, 2, 1},
		{"setHours", true, 3, 4}, {"setMinutes", true, 4, 3}, {"setSeconds", true, 5, 2}, {"setMilliseconds", true, 6, 1},
		{"setUTCFullYear", false, 0, 3}, {"setUTCMonth", false, 1, 2}, {"setUTCDate", false, 2, 1},
		{"setUTCHours", false, 3, 4}, {"setUTCMinutes", false, 4, 3}, {"setUTCSeconds", false, 5, 2}, {"setUTCMilliseconds", false, 6, 1},
	} {
		length := s.max
		DefineMethod(p, s.name, length, func(this Value, args []Value) Value {
			return Number(dateSet(this, args, s.name, s.local, s.first, s.max))
		})
	}
	DefineMethod(p, "setYear", 1, func(this Value, args []Value) Value {
		t := thisTimeValue(this, "setYear")
		y := ToNumber(Arg(args, 0))
		if math.IsNaN(y) {
			this.Object().Internal = math.NaN()
			return NaN
		}
		if yi := math.Trunc(y); yi >= 0 && yi <= 99 {
			y = 1900 + yi
		}
		if math.IsNaN(t) {
			t = 0
		} else {
			t = localTime(t)
		}
		f := fieldsOf(t)
		d := makeDate(makeDay(y, float64(f.month), float64(f.day)), timeWithinDay(t))
		nt := timeClip(utcFromLocal(d))
		this.Object().Internal = nt
		return Number(nt)
	})
}

// ordinaryToPrimitive is OrdinaryToPrimitive(o, hint).
func ordinaryToPrimitive(o *Object, hint string) Value {
	order := [2]string{"valueOf", "toString"}
	if hint == "string" {
		order = [2]string{"toString", "valueOf"}
	}
	for _, name := range order {
		if m := o.Get(Key(name), ObjectValue(o)); isCallable(m) {
			if r := Call(m, ObjectValue(o)); !r.IsObject() {
				return r
			}
		}
	}
	ThrowTypeError("Cannot convert object to primitive value")
	return Undefined
}

// dateSet is the shared body of the setters: it converts the arguments
// (all of them, as the spec orders), then rebuilds the time value.
func dateSet(this Value, args []Value, name string, local bool, first, count int) float64 {
	t := thisTimeValue(this, name)
	n := min(max(len(args), 1), count)
	vals := make([]float64, n)
	for i := range vals {
		vals[i] = ToNumber(Arg(args, i))
	}
	if math.IsNaN(t) {
		if first != 0 {
			return math.NaN()
		}
		// setFullYear on an invalid date starts from +0.
		t = 0
	} else if local {
		t = localTime(t)
	}
	f := fieldsOf(t)
	fields := []float64{float64(f.year), float64(f.month), float64(f.day), float64(f.hour), float64(f.minute), float64(f.second), float64(f.ms)}
	copy(fields[first:], vals)
	nt := makeDate(makeDay(fields[0], fields[1], fields[2]), makeTime(fields[3], fields[4], fields[5], fields[6]))
	if local {
		nt = utcFromLocal(nt)
	}
	nt = timeClip(nt)
	this.Object().Internal = nt
	return nt
}

// dateFromComponents is the time value (before UTC/TimeClip) of the
// (year, month[, date, hours, minutes, seconds, ms]) arguments.
func dateFromComponents(args []Value) float64 {
	nums := [7]float64{math.NaN(), 0, 1, 0, 0, 0, 0}
	for i := 0; i < len(args) && i < 7; i++ {
		nums[i] = ToNumber(args[i])
	}
	if y := nums[0]; !math.IsNaN(y) {
		if yi := math.Trunc(y); yi >= 0 && yi <= 99 {
			nums[0] = 1900 + yi
		}
	}
	return makeDate(makeDay(nums[0], nums[1], nums[2]), makeTime(nums[3], nums[4], nums[5], nums[6]))
}

func constructDate(args []Value, newTarget *Object) Value {
	var t float64
	switch len(args) {
	case 0:
		t = nowMillis()
	case 1:
		if dt, ok := DateValue(args[0].Object()); ok {
			t = dt
			break
		}
		v := ToPrimitive(args[0], "default")
		if v.IsString() {
			t = ParseDate(v.Text())
		} else {
			t = ToNumber(v)
		}
	default:
		t = utcFromLocal(dateFromComponents(args))
	}
	o := NewDate(t)
	o.proto = protoFromConstructor(newTarget, DatePrototype)
	return ObjectValue(o)
}

// ParseDate is Date.parse: the ISO format first, then the legacy formats
// V8 accepts (toString and toUTCString output, "March 7, 2024",
// "3/5/2024 10:30 PM" …). It returns NaN when neither reads the text.
func ParseDate(s string) float64 {
	s = strings.TrimFunc(s, isJSSpace)
	if t, ok := parseISODate(s); ok {
		return timeClip(t)
	}
	return timeClip(parseLegacyDate(s))
}

// parseISODate reads the Date Time String Format: YYYY[-MM[-DD]] with an
// optional THH:mm[:ss[.sss]] and Z or ±HH:mm. Date-only forms are UTC,
// date-times without an offset local time.
func parseISODate(s string) (float64, bool) {
	i := 0
	num := func(width int) (int64, bool) {
		if i+width > len(s) {
			return 0, false
		}
		n := int64(0)
		for _, c := range s[i : i+width] {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int64(c-'0')
		}
		i += width
		return n, true
	}
	var year int64
	var ok bool
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg := s[i] == '-'
		i++
		if year, ok = num(6); !ok || neg && year == 0 {
			return 0, false
		}
		if neg {
			year = -year
		}
	} else if year, ok = num(4); !ok {
		return 0, false
	}
	month, day := int64(1), int64(1)
	if i < len(s) && s[i] == '-' {
		i++
		if month, ok = num(2); !ok || month < 1 || month > 12 {
			return 0, false
		}
		if i < len(s) && s[i] == '-' {
			i++
			if day, ok = num(2); !ok || day < 1 || day > 31 {
				return 0, false
			}
		}
	}
	date := makeDay(float64(year), float64(month-1), float64(day))
	if i == len(s) {
		return makeDate(date, 0), true
	}
	if s[i] != 'T' && s[i] != 't' {
		return 0, false
	}
	i++
	var hour, minute, second, ms int64
	if hour, ok = num(2); !ok || i >= len(s) || s[i] != ':' {
		return 0, false
	}
	i++
	if minute, ok = num(2); !ok {
		return 0, false
	}
	if i < len(s) && s[i] == ':' {
		i++
		if second, ok = num(2); !ok {
			return 0, false
		}
		if i < len(s) && s[i] == '.' {
			i++
			start := i
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			if i == start {
				return 0, false
			}
			frac := (s[start:i] + "00")[:3]
			ms, _ = strconv.ParseInt(frac, 10, 64)
		}
	}
	if hour > 24 || minute > 59 || second > 59 || hour == 24 && (minute > 0 || second > 0 || ms > 0) {
		return 0, false
	}
	t := makeDate(date, makeTime(float64(hour), float64(minute), float64(second), float64(ms)))
	switch {
	case i == len(s):
		return utcFromLocal(t), true
	case (s[i] == 'Z' || s[i] == 'z') && i+1 == len(s):
		return t, true
	case s[i] == '+' || s[i] == '-':
		sign := int64(1)
		if s[i] == '-' {
			sign = -1
		}
		i++
		oh, ok1 := num(2)
		if !ok1 || i >= len(s) || s[i] != ':' {
			return 0, false
		}
		i++
		om, ok2 := num(2)
		if !ok2 || i != len(s) || oh > 23 || om > 59 {
			return 0, false
		}
		return t - float64(sign*(oh*60+om)*60000), true
	}
	return 0, false
}

// legacyZones are the zone abbreviations V8's legacy parser knows.
var legacyZones = map[string]int64{
	"ut": 0, "utc": 0, "gmt": 0, "z": 0,
	"est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
}

// parseLegacyDate follows V8's legacy date parser: numbers with ':' are a
// time, month names name the month, other numbers (up to three) are the
// day, month and year in an order worked out from their sizes, a signed
// number after the time or after GMT is the offset, and text in
// parentheses is ignored.
func parseLegacyDate(s string) float64 {
	var day []int64
	namedMonth := int64(-1)
	var timeParts []int64
	ms := int64(0)
	pm, am := false, false
	hasZone := false
	var zone int64 // minutes east of UTC
	sawNumber := false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			start := i
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			n, _ := strconv.ParseInt(s[start:i], 10, 64)
			sawNumber = true
			switch {
			case i < len(s) && s[i] == ':' || len(timeParts) > 0 && len(timeParts) < 3 && start > 0 && s[start-1] == ':':
				timeParts = append(timeParts, n)
			case i < len(s) && s[i] == '.' && len(timeParts) > 0:
				timeParts = append(timeParts, n)
			case start > 0 && s[start-1] == '.' && len(timeParts) == 3:
				frac := (s[start:i] + "00")[:3]
				ms, _ = strconv.ParseInt(frac, 10, 64)
			default:
				if len(day) == 3 {
					return math.NaN()
				}
				day = append(day, n)
			}
		case (c == '+' || c == '-') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && (len(timeParts) > 0 || hasZone):
			i++
			start := i
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			n, _ := strconv.ParseInt(s[start:i], 10, 64)
			if i-start <= 2 {
				n *= 100
				if i < len(s) && s[i] == ':' {
					i++
					mstart := i
					for i < len(s) && s[i] >= '0' && s[i] <= '9' {
						i++
					}
					m, _ := strconv.ParseInt(s[mstart:i], 10, 64)
					n += m
				}
			}
			zone = n/100*60 + n%100
			if c == '-' {
				zone = -zone
			}
			hasZone = true
		case c == '(':
			depth := 0
			for ; i < len(s); i++ {
				if s[i] == '(' {
					depth++
				} else if s[i] == ')' {
					depth--
					if depth == 0 {
						i++
						break
					}
				}
			}
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			start := i
			for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
				i++
			}
			word := strings.ToLower(s[start:i])
			if off, ok := legacyZones[word]; ok {
				zone, hasZone = off*60, true
				continue
			}
			switch word {
			case "am":
				am = true
				continue
			case "pm":
				pm = true
				continue
			case "t":
				continue
			}
			if len(word) >= 3 {
				found := false
				for m, name := range monthNames {
					if strings.HasPrefix(word, strings.ToLower(name)) {
						namedMonth, found = int64(m)+1, true
					}
				}
				if found {
					continue
				}
				isDayName := false
				for _, name := range weekdayNames {
					if strings.HasPrefix(word, strings.ToLower(name)) {
						isDayName = true
					}
				}
				if isDayName {
					continue
				}
			}
			// V8 ignores unknown words before the first number only.
			if sawNumber {
				return math.NaN()
			}
		default:
			i++
		}
	}
	if len(day) == 0 {
		return math.NaN()
	}
	for len(day) < 3 {
		day = append(day, 1)
	}
	isDay := func(n int64) bool { return n >= 1 && n <= 31 }
	var year, month, date int64
	switch {
	case namedMonth < 0 && !isDay(day[0]):
		year, month, date = day[0], day[1], day[2]
	case namedMonth < 0:
		month, date, year = day[0], day[1], day[2]
	case !isDay(day[0]):
		month, year, date = namedMonth, day[0], day[1]
	default:
		month, date, year = namedMonth, day[0], day[1]
	}
	switch {
	case year >= 0 && year <= 49:
		year += 2000
	case year >= 50 && year <= 99:
		year += 1900
	}
	if month < 1 || month > 12 || !isDay(date) {
		return math.NaN()
	}
	for len(timeParts) < 3 {
		timeParts = append(timeParts, 0)
	}
	hour, minute, second := timeParts[0], timeParts[1], timeParts[2]
	if am || pm {
		if hour > 12 {
			return math.NaN()
		}
		hour %= 12
		if pm {
			hour += 12
		}
	}
	if hour > 24 || minute > 59 || second > 59 {
		return math.NaN()
	}
	t := makeDate(makeDay(float64(year), float64(month-1), float64(date)), makeTime(float64(hour), float64(minute), float64(second), float64(ms)))
	if hasZone {
		return t - float64(zone)*60000
	}
	return utcFromLocal(t)
}
