package frontend

import (
	"fmt"
	"strings"
)

// DiagnosticKind names the class of a diagnostic as printed.
type DiagnosticKind uint8

const (
	SyntaxError DiagnosticKind = iota // JavaScript early errors: node would throw a SyntaxError
	Unsupported                       // valid JavaScript that js2go cannot compile
)

func (k DiagnosticKind) String() string {
	switch k {
	case SyntaxError:
		return "SyntaxError"
	case Unsupported:
		return "unsupported"
	}
	return "error"
}

// Diagnostic is one error with its position.
type Diagnostic struct {
	Source  *Source
	Loc     Loc
	Kind    DiagnosticKind
	Message string
}

// Error prints the diagnostic as `file.js:LINE:COL: Kind: message`.
func (d Diagnostic) Error() string {
	name := "<input>"
	line, col := 0, 0
	if d.Source != nil {
		name = d.Source.Name
		line, col = d.Source.LineCol(d.Loc)
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", name, line, col, d.Kind, d.Message)
}

// Diagnostics is a list of diagnostics usable as an error.
type Diagnostics []Diagnostic

func (ds Diagnostics) Error() string {
	msgs := make([]string, len(ds))
	for i, d := range ds {
		msgs[i] = d.Error()
	}
	return strings.Join(msgs, "\n")
}

// Errorf makes a one-diagnostic error at loc; the single error-reporting helper
// that the frontend and later passes use.
func Errorf(src *Source, loc Loc, kind DiagnosticKind, format string, args ...any) Diagnostics {
	return Diagnostics{{Source: src, Loc: loc, Kind: kind, Message: fmt.Sprintf(format, args...)}}
}
