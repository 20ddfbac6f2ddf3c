package runtime

import (
	"strings"
	"testing"
)

// for (const x of v) over a 1000-entry Map, Set, ASCII string and
// non-ASCII string: the fast paths save a result object per step.
func BenchmarkForOf(b *testing.B) {
	mv := New("Map", opsGlobal("Map"))
	sv := New("Set", opsGlobal("Set"))
	for i := range 1000 {
		callJS(mv, "set", i, i)
		callJS(sv, "add", i)
	}
	for _, c := range []struct {
		name string
		v    Value
	}{
		{"Map", mv}, {"Set", sv},
		{"ASCII", Str(strings.Repeat("abcdefghij", 100))},
		{"BMP", Str(strings.Repeat("abcdéfghij", 100))},
		{"Array", ObjectValue(newArrayOfLength(1000))},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				it := GetIterator(c.v)
				for _, ok := it.Next(); ok; _, ok = it.Next() {
				}
			}
		})
	}
}
