package frontend

import "testing"

func TestLineCol(t *testing.T) {
	src := NewSource("s.js", []byte("ab\r\ncd\re😀f\u2028g\n\nh"))
	for _, c := range []struct {
		loc       Loc
		line, col int
	}{
		{0, 1, 1}, {1, 1, 2}, {2, 1, 3}, // "ab" then CRLF
		{4, 2, 1}, {5, 2, 2}, // "cd" then a lone CR
		{7, 3, 1}, {8, 3, 2}, // "e", then 😀 counts two UTF-16 units
		{12, 3, 4}, // "f"
		{16, 4, 1}, // after U+2028
		{18, 5, 1}, {19, 6, 1},
	} {
		if line, col := src.LineCol(c.loc); line != c.line || col != c.col {
			t.Errorf("LineCol(%d) = %d:%d, want %d:%d", c.loc, line, col, c.line, c.col)
		}
	}
	for line, want := range map[int]string{1: "ab", 2: "cd", 3: "e😀f", 4: "g", 5: "", 6: "h", 7: ""} {
		if got := src.LineText(line); got != want {
			t.Errorf("LineText(%d) = %q, want %q", line, got, want)
		}
	}
}

func TestDiagnosticFormat(t *testing.T) {
	_, err := Parse(NewSource("dir/bad.js", []byte("let x = 1;\nlet x = 2;\n")))
	if err == nil || err.Error() != "dir/bad.js:2:5: SyntaxError: Identifier 'x' has already been declared" {
		t.Errorf("got %v", err)
	}
	if ds, ok := err.(Diagnostics); !ok || ds[0].Kind != SyntaxError || ds[0].Loc != 15 {
		t.Errorf("error %#v is not one positioned SyntaxError", err)
	}
	d := Errorf(NewSource("a.js", []byte("eval(x)")), 0, Unsupported, "direct eval")
	if d.Error() != "a.js:1:1: unsupported: direct eval" {
		t.Errorf("Errorf: %v", d)
	}
}
