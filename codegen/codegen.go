// Package codegen prints the IR of package lower as Go source with jennifer.
package codegen

import (
	"errors"

	"github.com/js2go/js2go/lower"
)

// Options says what Go package to generate.
type Options struct {
	// Package is the Go package name: "main" makes a command whose main runs
	// the program; any other name makes a package with an exported Main.
	Package string
}

// Generate prints prog as a gofmt'ed Go file.
func Generate(prog *lower.Program, opts Options) ([]byte, error) {
	return nil, errors.New("codegen: not written yet")
}
