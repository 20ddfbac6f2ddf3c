package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/js2go/js2go/codegen"
	"github.com/js2go/js2go/frontend"
	"github.com/js2go/js2go/lower"
)

// compileFile reads a JavaScript file and returns its Go source, or prints
// the diagnostics and returns the exit status to end with.
func compileFile(path, pkg string, std stdio) ([]byte, int) {
	text, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(std.err, "js2go: %v\n", err)
		return nil, exitDiagnostics
	}
	absPath, err := filepath.Abs(path)
	if err != nil {
		fmt.Fprintf(std.err, "js2go: %v\n", err)
		return nil, exitDiagnostics
	}
	goSrc, err := transpile(path, absPath, text, pkg)
	if err != nil {
		fmt.Fprintln(std.err, err)
		if _, bug := err.(*compilerPanic); bug {
			return nil, exitCompilerBug
		}
		return nil, exitDiagnostics
	}
	return goSrc, 0
}

// compilerPanic is a panic inside the compiler, turned into an error so that
// the user sees one line naming the bug instead of a Go stack trace.
type compilerPanic struct {
	file  string
	value any
}

func (p *compilerPanic) Error() string {
	return fmt.Sprintf("%s: internal compiler error: %v", p.file, p.value)
}

// transpile runs the pipeline on one source text. name is how diagnostics
// name the file (as the user typed it), absPath where it is; the error is the pipeline's own
// (frontend.Diagnostics for rejected JavaScript) or a *compilerPanic.
func transpile(name, absPath string, text []byte, pkg string) (goSrc []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			goSrc, err = nil, &compilerPanic{file: name, value: r}
		}
	}()
	src := &frontend.Source{Name: name, Path: absPath, Text: text}
	src.PackageType, src.PackageJSON = packageType(absPath)
	ast, err := frontend.Parse(src)
	if err != nil {
		return nil, err
	}
	prog, err := lower.Lower(ast)
	if err != nil {
		return nil, err
	}
	return codegen.Generate(prog, codegen.Options{Package: pkg})
}
