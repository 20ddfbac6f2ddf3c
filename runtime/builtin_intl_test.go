package runtime

import "testing"

// Expectations from node v20: new Intl.NumberFormat('en-US', options).format(x).
func TestNumberFormat(t *testing.T) {
	opts := func(kv ...any) Value {
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
	}
	for _, tt := range tests {
		if got := newNumberFormat(tt.options).format(tt.x); got != tt.want {
			t.Errorf("format(%v) with %s = %q, want %q", tt.x, Inspect(tt.options), got, tt.want)
		}
	}
}
