package frontend

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// FuzzParse: no input may crash the frontend; errors must be Diagnostics with a
// position inside the source.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("testdata/syntax.cases"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimPrefix(line, "mjs ")
			if s, err := strconv.Unquote(line); err == nil {
				f.Add(s)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, name := range []string{"f.js", "f.mjs"} {
			_, err := Parse(NewSource(name, []byte(src)))
			if err == nil {
				continue
			}
			ds, ok := err.(Diagnostics)
			if !ok || len(ds) == 0 {
				t.Fatalf("error is %T, not Diagnostics", err)
			}
			if ds[0].Loc < 0 || int(ds[0].Loc) > len(src) {
				t.Fatalf("diagnostic at %d outside [0,%d]: %v", ds[0].Loc, len(src), err)
			}
		}
	})
}
