// Command js2go compiles a JavaScript program to Go source and, on request,
// builds and runs it. It holds no compiler logic: it reads files, drives the
// frontend → lower → codegen pipeline, and runs the go command.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

const usage = `js2go compiles JavaScript to Go.

Usage:
  js2go [-o OUT.go] [-pkg NAME] FILE.js   print (or write) the Go source for FILE.js
  js2go run [-v] FILE.js [ARGS...]        compile, build (cached) and run FILE.js
  js2go build -o BIN [-v] FILE.js         compile FILE.js to the executable BIN
  js2go help                              print this text

With -pkg NAME other than main, the output is package NAME with an exported
func Main() that runs the program. Built executables are cached by content
hash under %s.
`

// Exit statuses of js2go itself; a program started by "run" passes its own through.
const (
	exitDiagnostics = 1 // the JavaScript was rejected, or a file could not be read or written
	exitUsage       = 2 // bad command line
	exitCompilerBug = 2 // the compiler panicked or produced Go that does not build
)

func main() {
	os.Exit(command(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// stdio is the standard streams a command reads and writes; tests pass buffers.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// command runs one js2go invocation and returns its exit status.
func command(args []string, in io.Reader, out, errOut io.Writer) int {
	std := stdio{in: in, out: out, err: errOut}
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			fmt.Fprintf(out, usage, cacheDirForUsage())
			return 0
		case "run":
			return runCommand(args[1:], std)
		case "build":
			return buildCommand(args[1:], std)
		}
	}
	return translateCommand(args, std)
}

// newFlagSet makes a flag set that reports errors to the command's stderr
// instead of exiting the process.
func newFlagSet(name string, std stdio) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(std.err)
	fs.Usage = func() { fmt.Fprintf(std.err, usage, cacheDirForUsage()) }
	return fs
}

// parseInterleaved parses flags that may come before or after the one file
// argument, as in "js2go app.js -o app.go".
func parseInterleaved(fs *flag.FlagSet, args []string) (file string, err error) {
	if err := fs.Parse(args); err != nil {
		return "", err
	}
	if fs.NArg() == 0 {
		return "", errors.New("no input file")
	}
	file = fs.Arg(0)
	if err := fs.Parse(fs.Args()[1:]); err != nil {
		return "", err
	}
	if fs.NArg() > 0 {
		return "", fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	return file, nil
}

func usageError(std stdio, err error) int {
	if !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(std.err, "js2go: %v (see js2go help)\n", err)
		return exitUsage
	}
	return 0
}

// translateCommand is "js2go [-o OUT] [-pkg NAME] FILE.js".
func translateCommand(args []string, std stdio) int {
	fs := newFlagSet("js2go", std)
	outPath := fs.String("o", "", "write the Go source to this file instead of stdout")
	pkg := fs.String("pkg", "main", "package name of the generated Go source")
	file, err := parseInterleaved(fs, args)
	if err != nil {
		return usageError(std, err)
	}
	if !isGoIdentifier(*pkg) {
		return usageError(std, fmt.Errorf("-pkg %q is not a Go package name", *pkg))
	}
	goSrc, status := compileFile(file, *pkg, std)
	if status != 0 {
		return status
	}
	if *outPath == "" {
		if _, err := std.out.Write(goSrc); err != nil {
			fmt.Fprintf(std.err, "js2go: %v\n", err)
			return exitDiagnostics
		}
		return 0
	}
	if err := writeFileAtomic(*outPath, goSrc, 0o644); err != nil {
		fmt.Fprintf(std.err, "js2go: %v\n", err)
		return exitDiagnostics
	}
	return 0
}

// runCommand is "js2go run [-v] FILE.js [ARGS...]": everything after the file
// belongs to the program.
func runCommand(args []string, std stdio) int {
	fs := newFlagSet("js2go run", std)
	verbose := fs.Bool("v", false, "report cache hits and builds on stderr")
	if err := fs.Parse(args); err != nil {
		return usageError(std, err)
	}
	if fs.NArg() == 0 {
		return usageError(std, errors.New("run: no input file"))
	}
	goSrc, status := compileFile(fs.Arg(0), "main", std)
	if status != 0 {
		return status
	}
	b := builder{verbose: *verbose, log: std.err}
	exe, err := b.cachedBinary(goSrc)
	if err != nil {
		fmt.Fprintf(std.err, "js2go: %v\n", err)
		return exitCompilerBug
	}
	return runProgram(exe, fs.Args()[1:], std)
}

// buildCommand is "js2go build -o BIN [-v] FILE.js".
func buildCommand(args []string, std stdio) int {
	fs := newFlagSet("js2go build", std)
	outPath := fs.String("o", "", "path of the executable to write (required)")
	verbose := fs.Bool("v", false, "report cache hits and builds on stderr")
	file, err := parseInterleaved(fs, args)
	if err != nil {
		return usageError(std, err)
	}
	if *outPath == "" {
		return usageError(std, errors.New("build: -o BIN is required"))
	}
	goSrc, status := compileFile(file, "main", std)
	if status != 0 {
		return status
	}
	b := builder{verbose: *verbose, log: std.err}
	exe, err := b.cachedBinary(goSrc)
	if err != nil {
		fmt.Fprintf(std.err, "js2go: %v\n", err)
		return exitCompilerBug
	}
	if err := copyExecutable(exe, *outPath); err != nil {
		fmt.Fprintf(std.err, "js2go: %v\n", err)
		return exitDiagnostics
	}
	return 0
}

// isGoIdentifier reports whether name can be a Go package name (ASCII only,
// which is all generated packages need).
func isGoIdentifier(name string) bool {
	if name == "" || name == "_" {
		return false
	}
	for i, c := range name {
		letter := c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
		if !letter && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}
