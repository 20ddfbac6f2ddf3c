package runtime

import (
	"math"
	"testing"
	"time"
)

// opts is an options object of the given names and values.
func opts(kv ...any) Value {
	o := NewPlainObject()
	for i := 0; i < len(kv); i += 2 {
		var v Value
		switch x := kv[i+1].(type) {
		case string:
			v = Str(x)
		case int:
			v = Int(x)
		case bool:
			v = Bool(x)
		}
		o.CreateDataProperty(Key(kv[i].(string)), v)
	}
	return ObjectValue(o)
}

// Expectations from node v20: new Intl.NumberFormat('en-US', options).format(x).
func TestNumberFormat(t *testing.T) {
	tests := []struct {
		options Value
		x       float64
		want    string
	}{
		{Undefined, 9876.54321, "9,876.543"},
		{opts("style", "percent"), 0.256, "26%"},
		{opts("style", "percent", "minimumFractionDigits", 1), 0.12345, "12.3%"},
		{opts("minimumFractionDigits", 2), 1234.5, "1,234.50"},
		{opts("maximumFractionDigits", 1), 1234.5678, "1,234.6"},
		{opts("maximumFractionDigits", 0), 2.5, "3"},
		{opts("style", "currency", "currency", "USD"), -3, "-$3.00"},
		{opts("style", "currency", "currency", "usd"), 1e6, "$1,000,000.00"},
		{opts("style", "currency", "currency", "EUR"), 5, "€5.00"},
		{opts("style", "currency", "currency", "JPY"), 1234.5, "¥1,235"},
		{opts("style", "currency", "currency", "CHF"), 5, "CHF\u00a05.00"},
		{opts("useGrouping", false), 12345.6, "12345.6"},
		{Undefined, math.Copysign(0, -1), "-0"},
		{Undefined, -0.0001, "-0"},
		{Undefined, 1e21, "1,000,000,000,000,000,000,000"},
		{opts("maximumFractionDigits", 2), 1.005, "1.01"},
		{opts("maximumFractionDigits", 2), 2.675, "2.68"},
		{opts("notation", "compact"), 1234, "1.2K"},
		{opts("notation", "compact"), 999999, "1M"},
		{opts("notation", "compact"), 12.5, "13"},
		{opts("notation", "compact", "compactDisplay", "long"), 2.5e9, "2.5 billion"},
		{opts("notation", "compact", "maximumFractionDigits", 2), 123456, "123.46K"},
		{opts("notation", "scientific"), 1234, "1.234E3"},
		{opts("notation", "engineering"), 123456, "123.456E3"},
		{opts("signDisplay", "always"), 0, "+0"},
		{opts("signDisplay", "exceptZero"), math.Copysign(0, -1), "0"},
		{opts("minimumIntegerDigits", 3, "minimumFractionDigits", 1), 5, "005.0"},
		{opts("maximumSignificantDigits", 2), 1234.5, "1,200"},
		{opts("minimumSignificantDigits", 3), 5, "5.00"},
		{opts("style", "currency", "currency", "USD", "currencySign", "accounting"), -5, "($5.00)"},
		{opts("style", "currency", "currency", "USD", "currencyDisplay", "code"), 5, "USD\u00a05.00"},
	}
	for _, tt := range tests {
		if got := newNumberFormat(tt.options).format(tt.x); got != tt.want {
			t.Errorf("format(%v) with %s = %q, want %q", tt.x, Inspect(tt.options), got, tt.want)
		}
	}
}

// Expectations from node v20: d.toLocaleString('en-US', {timeZone: 'UTC', ...options})
// for d = new Date(Date.UTC(2024, 6, 4, 18, 5, 9, 45)) and Date.UTC(2024, 0, 9, 0, 7, 3).
func TestDateTimeFormat(t *testing.T) {
	july, january := 1720116309045.0, 1704758823000.0
	tests := []struct {
		options Value
		t       float64
		want    string
	}{
		{opts(), july, "7/4/2024, 6:05:09 PM"},
		{opts("weekday", "long", "year", "numeric", "month", "long", "day", "numeric"), july, "Thursday, July 4, 2024"},
		{opts("weekday", "short", "month", "short", "day", "numeric", "hour", "numeric"), july, "Thu, Jul 4, 6 PM"},
		{opts("month", "long", "day", "numeric", "hour", "numeric", "minute", "2-digit"), january, "January 9 at 12:07 AM"},
		{opts("year", "2-digit", "month", "2-digit", "day", "2-digit"), january, "01/09/24"},
		{opts("weekday", "long", "day", "numeric"), july, "4 Thursday"},
		{opts("hour", "numeric", "minute", "numeric", "hour12", false), january, "24:07"},
		{opts("hour", "numeric", "minute", "numeric", "hourCycle", "h23"), january, "00:07"},
		{opts("hour", "numeric", "hourCycle", "h11"), january, "0 AM"},
		{opts("minute", "2-digit", "second", "2-digit"), july, "05:09"},
		{opts("second", "numeric", "fractionalSecondDigits", 2), july, "9.04"},
		{opts("hour", "numeric", "dayPeriod", "short"), july, "6 in the evening"},
		{opts("dateStyle", "full", "timeStyle", "short"), july, "Thursday, July 4, 2024 at 6:05 PM"},
		{opts("dateStyle", "short", "timeStyle", "long"), july, "7/4/24, 6:05:09 PM UTC"},
		{opts("timeZoneName", "long"), january, "1/9/2024, 12:07:03 AM Coordinated Universal Time"},
		{opts("timeZone", "America/New_York", "timeZoneName", "short"), july, "7/4/2024, 2:05:09 PM EDT"},
		{opts("timeZone", "Asia/Kolkata", "timeZoneName", "short", "hour", "numeric"), january, "5 AM GMT+5:30"},
		{opts("year", "numeric", "era", "short"), july, "2024 AD"},
	}
	for _, tt := range tests {
		o := tt.options.Object()
		if !o.HasProperty(Key("timeZone")) {
			o.CreateDataProperty(Key("timeZone"), Str("UTC"))
		}
		if _, err := time.LoadLocation("America/New_York"); err != nil {
			t.Skip("no zoneinfo:", err)
		}
		if got := newDateTimeFormat(tt.options, "any", "all", "toLocaleString").format(tt.t); got != tt.want {
			t.Errorf("format with %s = %q, want %q", Inspect(tt.options), got, tt.want)
		}
	}
}
