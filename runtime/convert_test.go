package runtime

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected strings were printed by node v20: String(x) for each x.
func TestNumberToString(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {math.Copysign(0, -1), "0"}, {1, "1"}, {-1, "-1"},
		{0.30000000000000004, "0.30000000000000004"}, {1e21, "1e+21"}, {1e-7, "1e-7"},
		{1.5e-7, "1.5e-7"}, {123456789012345680000, "123456789012345680000"},
		{1.0 / 3, "0.3333333333333333"}, {-1e-7, "-1e-7"}, {1 << 53, "9007199254740992"},
		{5e-324, "5e-324"}, {math.MaxFloat64, "1.7976931348623157e+308"},
		{math.NaN(), "NaN"}, {math.Inf(1), "Infinity"}, {math.Inf(-1), "-Infinity"},
		{100, "100"}, {0.000001, "0.000001"}, {1e300, "1e+300"}, {123e-20, "1.23e-18"},
	} {
		assert.Equal(t, c.want, NumberToString(c.in), "%v", c.in)
	}
}

func TestStringsAreUTF16(t *testing.T) {
	emoji := Str("😀")
	assert.Equal(t, 2, emoji.StrLen())
	hi, lo := emoji.Substring(0, 1), emoji.Substring(1, 2)
	assert.Equal(t, uint16(0xd83d), hi.CharCodeAt(0))
	assert.True(t, StrictEquals(Concat(hi, lo), emoji), "a split surrogate pair joins again")
	assert.Equal(t, 1, hi.StrLen(), "a lone surrogate survives")
}

func TestPropertyOrder(t *testing.T) {
	o := NewPlainObject()
	for _, k := range []string{"b", "2", "a", "1"} {
		o.CreateDataProperty(Key(k), Int(1))
	}
	s := NewSymbol("s")
	o.CreateDataProperty(SymbolKey(s), Int(1))
	o.CreateDataProperty(Key("c"), Int(1))
	assert.Equal(t, []PropertyKey{Key("1"), Key("2"), Key("b"), Key("a"), Key("c"), SymbolKey(s)}, o.OwnKeys())
}

func TestStrReplacesInvalidUTF8(t *testing.T) {
	v := Str("a\xffb\xed\xa0\x80")
	assert.Equal(t, "a\uFFFDb\xed\xa0\x80", v.Text(), "a bad byte becomes U+FFFD, a lone surrogate stays")
	assert.Equal(t, 4, v.StrLen())
	assert.Equal(t, len(v.UTF16()), v.StrLen())
	assert.Equal(t, uint16(0xd800), v.Substring(3, 4).CharCodeAt(0))
}
