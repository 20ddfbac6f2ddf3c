package runtime

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// The machine's zone is UTC (as it was when node recorded these); the
// tests pin time.Local to UTC so that they mean the same everywhere.
func withUTC(t *testing.T) {
	saved := time.Local
	time.Local = time.UTC
	t.Cleanup(func() { time.Local = saved })
}

func TestDate(t *testing.T) {
	withUTC(t)
	date := ObjectValue(DateConstructor)
	d := func() Value { return Construct(date, nil, Number(1709633045007)) } // Date.UTC(2024, 2, 5, 10, 4, 5, 7)
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"Date.UTC(2024, 2, 5, 10, 4, 5, 7)", func() Value { return callJS(date, "UTC", 2024, 2, 5, 10, 4, 5, 7) }, "1709633045007"},
		{"d.toString()", func() Value { return callJS(d(), "toString") }, "\"Tue Mar 05 2024 10:04:05 GMT+0000 (Coordinated Universal Time)\""},
		{"d.toDateString()", func() Value { return callJS(d(), "toDateString") }, "\"Tue Mar 05 2024\""},
		{"d.toTimeString()", func() Value { return callJS(d(), "toTimeString") }, "\"10:04:05 GMT+0000 (Coordinated Universal Time)\""},
		{"d.toUTCString()", func() Value { return callJS(d(), "toUTCString") }, "\"Tue, 05 Mar 2024 10:04:05 GMT\""},
		{"d.toISOString()", func() Value { return callJS(d(), "toISOString") }, "\"2024-03-05T10:04:05.007Z\""},
		{"d.toLocaleString()", func() Value { return callJS(d(), "toLocaleString") }, "\"3/5/2024, 10:04:05 AM\""},
		{"d.toLocaleDateString()", func() Value { return callJS(d(), "toLocaleDateString") }, "\"3/5/2024\""},
		{"new Date(Date.UTC(2024, 2, 5, 0, 4)).toLocaleTimeString()", func() Value {
			return callJS(Construct(date, nil, callJS(date, "UTC", 2024, 2, 5, 0, 4)), "toLocaleTimeString")
		}, "\"12:04:00 AM\""},
		{"d.toJSON()", func() Value { return callJS(d(), "toJSON") }, "\"2024-03-05T10:04:05.007Z\""},
		{"[d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.getYear()]", func() Value {
			x := d()
			var out []any
			for _, m := range []string{"getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "getSeconds", "getMilliseconds", "getTimezoneOffset", "getYear"} {
				out = append(out, callJS(x, m))
			}
			return toJS(out)
		}, "[2024,2,5,2,10,4,5,7,0,124]"},
		{"new Date(-62198755200000).toString()", func() Value { return callJS(Construct(date, nil, Number(-62198755200000)), "toString") }, "\"Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)\""},
		{"new Date(-62198755200000).toISOString()", func() Value { return callJS(Construct(date, nil, Number(-62198755200000)), "toISOString") }, "\"-000001-01-01T00:00:00.000Z\""},
		{"new Date(8.64e15).toISOString()", func() Value { return callJS(Construct(date, nil, Number(8.64e15)), "toISOString") }, "\"+275760-09-13T00:00:00.000Z\""},
		{"new Date(8.64e15 + 1).getTime()", func() Value { return callJS(Construct(date, nil, Number(8.64e15+1)), "getTime") }, "NaN"},
		{"String(new Date(NaN))", func() Value { return ToString(Construct(date, nil, NaN)) }, "\"Invalid Date\""},
		{"new Date(NaN).toJSON()", func() Value { return callJS(Construct(date, nil, NaN), "toJSON") }, "null"},
		{"new Date(2024, 0, 31, 25).toISOString()", func() Value { return callJS(Construct(date, nil, Int(2024), Int(0), Int(31), Int(25)), "toISOString") }, "\"2024-02-01T01:00:00.000Z\""},
		{"new Date(99, 0).getFullYear()", func() Value { return callJS(Construct(date, nil, Int(99), Int(0)), "getFullYear") }, "1999"},
		{"new Date(new Date(5)).getTime()", func() Value { return callJS(Construct(date, nil, Construct(date, nil, Int(5))), "getTime") }, "5"},
		{"new Date('2024-03-05').getTime()", func() Value { return callJS(Construct(date, nil, Str("2024-03-05")), "getTime") }, "1709596800000"},
		{"Date.UTC(2024)", func() Value { return callJS(date, "UTC", 2024) }, "1704067200000"},
		{"Date.UTC()", func() Value { return callJS(date, "UTC") }, "NaN"},
		{"(e = new Date(0), [e.setMonth(14), e.setDate(0), e.setHours(48, 5), e.setUTCFullYear(2000, 1, 29), e.setMilliseconds(NaN), e.setFullYear(2020), e.getDay()])", func() Value {
			e := Construct(date, nil, Int(0))
			return toJS([]any{callJS(e, "setMonth", 14), callJS(e, "setDate", 0), callJS(e, "setHours", 48, 5), callJS(e, "setUTCFullYear", 2000, 1, 29),
				callJS(e, "setMilliseconds", math.NaN()), callJS(e, "setFullYear", 2020), callJS(e, "getDay")})
		}, "[36633600000,36547200000,36720300000,951782700000,NaN,1577836800000,3]"},
		{"d[Symbol.toPrimitive]('number')", func() Value { return Call(getV(d(), SymbolKey(SymToPrimitive)), d(), Str("number")) }, "1709633045007"},
		{"d[Symbol.toPrimitive]('default')", func() Value { return Call(getV(d(), SymbolKey(SymToPrimitive)), d(), Str("default")) }, "\"Tue Mar 05 2024 10:04:05 GMT+0000 (Coordinated Universal Time)\""},
		{"typeof Date()", func() Value { return TypeOf(Call(date, Undefined)) }, "\"string\""},
		{"Date.length", func() Value { return getV(date, Key("length")) }, "7"},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

func TestDateParse(t *testing.T) {
	withUTC(t)
	// Each want is Date.parse(text) under node v20 in UTC.
	for _, c := range []struct {
		text string
		want float64
	}{
		{"2024-03-05", 1709596800000}, {"2024-03-05T10:00", 1709632800000}, {"2024-03-05T10:00:00Z", 1709632800000}, {"2024-03-05T10:00:00.123+01:00", 1709629200123},
		{"2024-03", 1709251200000}, {"2024", 1704067200000}, {"+002024-03-05", 1709596800000}, {"2024-03-05 10:00", 1709632800000},
		{"Tue Mar 05 2024 10:00:00 GMT+0100", 1709629200000}, {"March 7, 2024", 1709769600000}, {"Mar 7 2024 10:30 PM", 1709850600000}, {"7 March 2024", 1709769600000},
		{"2024/03/05", 1709596800000}, {"3/5/2024", 1709596800000}, {"Tue, 05 Mar 2024 10:00:00 GMT", 1709632800000}, {"garbage", math.NaN()}, {"2024-13-01", math.NaN()},
		{"2024-02-30", 1709251200000}, {"2024-03-05T24:00:00Z", 1709683200000}, {"Thu, 01 Jan 1970 00:00:00 GMT-0500", 18000000}, {"12:00", math.NaN()},
		{"2024-03-05T10:00:00.1234567Z", 1709632800123}, {" 2024-03-05 ", 1709596800000},
		{"Sat Nov 21 2026 23:59:54 GMT+0000 (Coordinated Universal Time)", 1795305594000}, {"2024-3-5", 1709596800000}, {"June 2024", 1717200000000},
		{"1 Jan 70", 0}, {"2024-03-05T10:00:00.5Z", 1709632800500}, {"Mar 5, 2024 12:00 AM", 1709596800000}, {"2024-03-05T10:00:00+0100", 1709629200000},
	} {
		got := ParseDate(c.text)
		if math.IsNaN(c.want) {
			assert.True(t, math.IsNaN(got), "%q: got %v", c.text, got)
			continue
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

func TestDateErrors(t *testing.T) {
	withUTC(t)
	date := ObjectValue(DateConstructor)
	for _, c := range []struct {
		js   string
		f    func()
		want string
	}{
		{"new Date(NaN).toISOString()", func() { callJS(Construct(date, nil, NaN), "toISOString") }, "RangeError: Invalid time value"},
		{"new Date(0)[Symbol.toPrimitive]('x')", func() {
			d := Construct(date, nil, Int(0))
			Call(getV(d, SymbolKey(SymToPrimitive)), d, Str("x"))
		}, "TypeError: Invalid hint: x"},
		{"Date.prototype.getTime.call({})", func() { Call(getV(ObjectValue(DatePrototype), Key("getTime")), ObjectValue(NewPlainObject())) }, "TypeError: this is not a Date object."},
	} {
		assert.Equal(t, c.want, thrownText(c.f), c.js)
	}
}

func TestDateZoneNames(t *testing.T) {
	saved := time.Local
	t.Cleanup(func() { time.Local = saved })
	// TZ=zone node -e 'd = new Date(Date.UTC(2024, 0, 15)); console.log(d.toString())'
	for _, c := range []struct {
		zone, want string
	}{
		{"America/New_York", "Sun Jan 14 2024 19:00:00 GMT-0500 (Eastern Standard Time)"},
		{"Europe/London", "Mon Jan 15 2024 00:00:00 GMT+0000 (Greenwich Mean Time)"},
		{"Europe/Berlin", "Mon Jan 15 2024 01:00:00 GMT+0100 (Central European Standard Time)"},
		{"Asia/Kolkata", "Mon Jan 15 2024 05:30:00 GMT+0530 (India Standard Time)"},
		{"Australia/Sydney", "Mon Jan 15 2024 11:00:00 GMT+1100 (Australian Eastern Daylight Time)"},
		{"UTC", "Mon Jan 15 2024 00:00:00 GMT+0000 (Coordinated Universal Time)"},
	} {
		loc, err := time.LoadLocation(c.zone)
		if err != nil {
			t.Skip("no zoneinfo:", err)
		}
		time.Local = loc
		assert.Equal(t, c.want, DateToString(1705276800000), c.zone)
	}
}

func TestDateDaylightSaving(t *testing.T) {
	saved := time.Local
	t.Cleanup(func() { time.Local = saved })
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no zoneinfo:", err)
	}
	time.Local = loc
	date := ObjectValue(DateConstructor)
	// TZ=America/New_York node -e 'const d = new Date(2024, 2, 10, 2, 30); console.log([+d, d.getHours(),
	//   new Date(2024, 10, 3, 1, 30).getTime(), new Date(2024, 6, 15).getTimezoneOffset(), Date.parse("2024-07-01T12:00")])'
	gap := Construct(date, nil, Int(2024), Int(2), Int(10), Int(2), Int(30))
	assert.Equal(t, "[1710055800000,3,1730611800000,240,1719849600000]", showValue(toJS([]any{callJS(gap, "getTime"), callJS(gap, "getHours"),
		callJS(Construct(date, nil, Int(2024), Int(10), Int(3), Int(1), Int(30)), "getTime"),
		callJS(Construct(date, nil, Int(2024), Int(6), Int(15)), "getTimezoneOffset"), Number(ParseDate("2024-07-01T12:00"))})))
}

// FuzzDateParse checks that Date.parse never fails on any text.
func FuzzDateParse(f *testing.F) {
	for _, seed := range []string{"2024-03-05T10:00:00.123+01:00", "Tue Mar 05 2024 10:00:00 GMT+0100 (CET)", "3/5/2024 10:30 PM", "+275760-09-13"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := ParseDate(text)
		assert.True(t, math.IsNaN(got) || math.Abs(got) <= maxTimeSpan, "%q gave %v", text, got)
	})
}

func TestDateProcessEnvTZ(t *testing.T) {
	withUTC(t)
	if _, err := time.LoadLocation("America/Sao_Paulo"); err != nil {
		t.Skip("no zoneinfo:", err)
	}
	env := Process.Get(Key("env"), ObjectValue(Process)).Object()
	saved, had := env.GetOwnProperty(Key("TZ"))
	t.Cleanup(func() {
		if had {
			env.Set(Key("TZ"), saved.Value, ObjectValue(env))
		} else {
			env.Delete(Key("TZ"))
		}
	})
	// node -e 'for (const tz of [...]) { process.env.TZ = tz; console.log(new Date(Date.UTC(2024, 6, 15)).toString()) }'
	for _, c := range []struct {
		tz, want string
	}{
		{"America/New_York", "Sun Jul 14 2024 20:00:00 GMT-0400 (Eastern Daylight Time)"},
		{"America/Sao_Paulo", "Sun Jul 14 2024 21:00:00 GMT-0300 (Brasilia Standard Time)"},
		{"Asia/Kathmandu", "Mon Jul 15 2024 05:45:00 GMT+0545 (Nepal Time)"},
		{"Europe/Dublin", "Mon Jul 15 2024 01:00:00 GMT+0100 (Irish Standard Time)"},
		{"Foo/Bar", "Mon Jul 15 2024 00:00:00 GMT+0000 (GMT+00:00)"},
		{"", "Mon Jul 15 2024 00:00:00 GMT+0000 (GMT+00:00)"},
	} {
		env.Set(Key("TZ"), Str(c.tz), ObjectValue(env))
		assert.Equal(t, c.want, DateToString(1721001600000), c.tz)
	}
	env.Delete(Key("TZ"))
	assert.Equal(t, "Mon Jul 15 2024 00:00:00 GMT+0000 (Coordinated Universal Time)", DateToString(1721001600000), "TZ deleted")
}

func TestDateYearsBeforeZero(t *testing.T) {
	withUTC(t)
	// TZ=UTC node -e 'for (const t of [-8.64e15, -62198755200000]) { const d = new Date(t); console.log(d.toString(), d.toLocaleDateString()) }'
	assert.Equal(t, "Tue Apr 20 -271821 00:00:00 GMT+0000 (Coordinated Universal Time)", DateToString(-8.64e15))
	assert.Equal(t, "Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)", DateToString(-62198755200000))
	assert.Equal(t, "\"1/1/2\"", showValue(callJS(ObjectValue(NewDate(-62198755200000)), "toLocaleDateString")))
}
