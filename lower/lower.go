// Package lower turns the bound AST of the frontend into the IR that codegen
// prints: Go-level statements and expressions over runtime calls.
package lower

import "github.com/js2go/js2go/frontend"

// Program is one lowered source file.
type Program struct {
	Source *frontend.Source
}

// Lower lowers a parsed and bound file; the error is frontend.Diagnostics.
func Lower(ast *frontend.AST) (*Program, error) {
	return nil, frontend.Errorf(ast.Source, 0, frontend.Unsupported, "the compiler is not written yet")
}
