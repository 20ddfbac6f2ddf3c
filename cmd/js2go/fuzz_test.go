package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/js2go/js2go/frontend"
)

// diagnosticLine is the shape of every error a user may see from the
// compiler: file:LINE:COL: SyntaxError: msg, or …: unsupported: what.
var diagnosticLine = regexp.MustCompile(`^fuzz\.m?js:[0-9]+:[0-9]+: (SyntaxError|unsupported): .`)

// addTestdataSeeds seeds a fuzz target with every program of the corpus.
func addTestdataSeeds(f *testing.F) {
	err := filepath.WalkDir(testdataDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".js") {
			return err
		}
		text, err := os.ReadFile(path)
		if err == nil {
			f.Add(text)
		}
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
}

// FuzzCompile: frontend, lower and codegen on arbitrary bytes never panic,
// and end either in Go source or in diagnostics, each one line of the form
// file:LINE:COL: kind: message.
func FuzzCompile(f *testing.F) {
	addTestdataSeeds(f)
	f.Fuzz(func(t *testing.T, text []byte) {
		for _, name := range []string{"fuzz.js", "fuzz.mjs"} {
			goSrc, err := transpile(name, "/tmp/"+name, text, "main")
			checkCompileResult(t, text, goSrc, err)
		}
	})
}

func checkCompileResult(t *testing.T, text, goSrc []byte, err error) {
	t.Helper()
	if err == nil {
		if len(goSrc) == 0 {
			t.Fatalf("no error and no Go source for %q", text)
		}
		return
	}
	var bug *compilerPanic
	if errors.As(err, &bug) {
		t.Fatalf("compiler panic on %q: %v", text, bug.value)
	}
	var ds frontend.Diagnostics
	if !errors.As(err, &ds) {
		t.Fatalf("error is %T, not diagnostics: %v", err, err)
	}
	for line := range strings.Lines(err.Error()) {
		if !diagnosticLine.MatchString(line) {
			t.Fatalf("diagnostic line %q is not file:LINE:COL: kind: message (input %q)", line, text)
		}
	}
}
