package frontend

import (
	"path/filepath"
	"sort"
	"sync"
	"unicode/utf8"
)

// Source is one input file.
type Source struct {
	Name string // the path as the user gave it; used in diagnostics
	Path string // absolute path
	Text []byte
	// PackageType is the "type" of the package.json nearest to the file
	// ("module", "commonjs", or "" when there is none or it has none), which
	// decides how node 20 runs a .js file; the caller finds it, since the
	// frontend reads no files.
	PackageType string
	// PackageJSON is the path of that package.json ("" when none).
	PackageJSON string

	lineOnce   sync.Once
	lineStarts []Loc // byte offset of each line's start, built on first use
}

// NewSource makes a Source, resolving Path from name when possible.
func NewSource(name string, text []byte) *Source {
	path, err := filepath.Abs(name)
	if err != nil {
		path = name
	}
	return &Source{Name: name, Path: path, Text: text}
}

// isLineTerminatorAt reports a JavaScript line terminator at offset i and its byte length
// (CRLF counts as one terminator).
func isLineTerminatorAt(text []byte, i int) (bool, int) {
	switch text[i] {
	case '\n':
		return true, 1
	case '\r':
		if i+1 < len(text) && text[i+1] == '\n' {
			return true, 2
		}
		return true, 1
	case 0xE2:
		// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR also end lines in JavaScript.
		if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9) {
			return true, 3
		}
	}
	return false, 0
}

func (s *Source) lines() []Loc {
	s.lineOnce.Do(func() {
		starts := []Loc{0}
		for i := 0; i < len(s.Text); {
			if ok, n := isLineTerminatorAt(s.Text, i); ok {
				i += n
				starts = append(starts, Loc(i))
				continue
			}
			i++
		}
		s.lineStarts = starts
	})
	return s.lineStarts
}

// LineCol turns a byte offset into a 1-based line and a 1-based column counted in
// UTF-16 code units, as V8 reports positions.
func (s *Source) LineCol(loc Loc) (line, col int) {
	starts := s.lines()
	if loc < 0 {
		loc = 0
	}
	if int(loc) > len(s.Text) {
		loc = Loc(len(s.Text))
	}
	i := sort.Search(len(starts), func(i int) bool { return starts[i] > loc }) - 1
	col = 1
	for _, r := range string(s.Text[starts[i]:loc]) {
		if r >= 0x10000 && r != utf8.RuneError {
			col += 2
		} else {
			col++
		}
	}
	return i + 1, col
}

// LineText is the text of a 1-based line without its terminator ("" when out of range).
func (s *Source) LineText(line int) string {
	starts := s.lines()
	if line < 1 || line > len(starts) {
		return ""
	}
	end := int(starts[line-1])
	for end < len(s.Text) {
		if ok, _ := isLineTerminatorAt(s.Text, end); ok {
			break
		}
		end++
	}
	return string(s.Text[starts[line-1]:end])
}

// decodeAsNode returns text as node reads a source file: bytes that are not
// UTF-8 become U+FFFD (which no token may contain), so that no diagnostic
// quotes invalid UTF-8 and the lexer never sees it.
func decodeAsNode(text []byte) []byte {
	if utf8.Valid(text) {
		return text
	}
	out := make([]byte, 0, len(text)+8)
	for len(text) > 0 {
		r, size := utf8.DecodeRune(text)
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, text[:size]...)
		}
		text = text[size:]
	}
	return out
}
