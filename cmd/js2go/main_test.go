package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// invoke runs js2go in-process with its cache in a per-test directory.
func invoke(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = command(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCommandLineErrors(t *testing.T) {
	dir := t.TempDir()
	js := writeFile(t, dir, "ok.js", "console.log(1);\n")
	tests := []struct {
		args   []string
		code   int
		stdout string // a substring; "" checks nothing
		stderr string
	}{
		{[]string{"help"}, 0, "Usage:", ""},
		{[]string{"-h"}, 0, "js2go run", ""},
		{[]string{"--help"}, 0, "js2go build -o BIN", ""},
		{[]string{}, exitUsage, "", "no input file"},
		{[]string{"-pkg"}, exitUsage, "", "flag needs an argument"},
		{[]string{"-nosuchflag", js}, exitUsage, "", "flag provided but not defined"},
		{[]string{"-pkg", "9lives", js}, exitUsage, "", `"9lives" is not a Go package name`},
		{[]string{"-pkg", "a-b", js}, exitUsage, "", "not a Go package name"},
		{[]string{js, "extra.js"}, exitUsage, "", "unexpected arguments: extra.js"},
		{[]string{filepath.Join(dir, "missing.js")}, exitDiagnostics, "", "missing.js: no such file"},
		{[]string{"run"}, exitUsage, "", "run: no input file"},
		{[]string{"run", filepath.Join(dir, "missing.js")}, exitDiagnostics, "", "no such file"},
		{[]string{"build", js}, exitUsage, "", "build: -o BIN is required"},
		{[]string{"build", "-o"}, exitUsage, "", "flag needs an argument"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			stdout, stderr, code := invoke(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, want %d\nstdout: %q (want it to hold %q)\nstderr: %q (want it to hold %q)",
					code, tt.code, stdout, tt.stdout, stderr, tt.stderr)
			}
		})
	}
}

func TestIsGoIdentifier(t *testing.T) {
	for name, want := range map[string]bool{
		"main": true, "app": true, "t_sync_1": true, "_x": true, "X9": true,
		"": false, "_": false, "1x": false, "a-b": false, "a.b": false, "é": false,
	} {
		if got := isGoIdentifier(name); got != want {
			t.Errorf("isGoIdentifier(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestModuleRootFromAnyDirectory(t *testing.T) {
	t.Chdir(t.TempDir())
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := checkModuleRoot(root); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "cmd", "js2go", "main.go")); err != nil {
		t.Errorf("module root %s does not hold cmd/js2go: %v", root, err)
	}
	t.Setenv("JS2GO_ROOT", t.TempDir())
	if _, err := moduleRoot(); err == nil {
		t.Error("JS2GO_ROOT pointing at a directory without js2go's go.mod was accepted")
	}
}

// retryWhileRuntimeChanges runs f again (up to three times) while the build
// identity changes under it: edits to the runtime sources rightly invalidate
// the cache, and in a shared working tree they can land between two runs.
func retryWhileRuntimeChanges(t *testing.T, f func()) {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	for attempt := 1; ; attempt++ {
		before, err := buildIdentity(root)
		if err != nil {
			t.Fatal(err)
		}
		f()
		after, err := buildIdentity(root)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(before, after) || attempt == 3 {
			return
		}
		t.Logf("runtime sources changed during attempt %d; trying again", attempt)
	}
}

// echoProgram is a hand-written Go program standing in for generated code:
// it upper-cases stdin to stdout, names its arguments on stderr and exits
// with the status its first argument gives.
const echoProgram = `package main

import (
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	in, _ := io.ReadAll(os.Stdin)
	os.Stdout.WriteString(strings.ToUpper(string(in)))
	os.Stderr.WriteString("args: " + strings.Join(os.Args[1:], ",") + "\n")
	code, _ := strconv.Atoi(os.Args[1])
	os.Exit(code)
}
`

func TestRunCacheAndPassthrough(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("JS2GO_CACHE", cache)
	var log bytes.Buffer
	b := builder{verbose: true, log: &log}

	var exe, again string
	var firstLog, secondLog string
	var first, second os.FileInfo
	retryWhileRuntimeChanges(t, func() {
		log.Reset()
		var err error
		if exe, err = b.cachedBinary([]byte(echoProgram)); err != nil {
			t.Fatal(err)
		}
		firstLog = log.String()
		if first, err = os.Stat(exe); err != nil {
			t.Fatal(err)
		}
		log.Reset()
		if again, err = b.cachedBinary([]byte(echoProgram)); err != nil {
			t.Fatal(err)
		}
		secondLog = log.String()
		if second, err = os.Stat(again); err != nil {
			t.Fatal(err)
		}
	})
	if !strings.Contains(firstLog, "js2go: building ") {
		t.Errorf("first build did not build; log: %q", firstLog)
	}
	if again != exe || !strings.Contains(secondLog, "cache hit") || strings.Contains(secondLog, "building") {
		t.Errorf("second run of the same source rebuilt: %s vs %s, log %q", again, exe, secondLog)
	}
	if !os.SameFile(first, second) || !second.ModTime().Equal(first.ModTime()) {
		t.Errorf("cached executable was replaced on a cache hit")
	}

	// A different program is a different cache entry.
	other, err := b.cachedBinary([]byte(strings.Replace(echoProgram, "args: ", "argv: ", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if other == exe {
		t.Error("a different source hit the same cache entry")
	}
	// Atomic writes leave no temporary files behind.
	leftovers, _ := filepath.Glob(filepath.Join(cache, "bin", "*.tmp*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left in the cache: %v", leftovers)
	}

	var out, errOut bytes.Buffer
	code := runProgram(exe, []string{"7", "b c"}, stdio{in: strings.NewReader("hello\n"), out: &out, err: &errOut})
	if code != 7 || out.String() != "HELLO\n" || errOut.String() != "args: 7,b c\n" {
		t.Errorf("runProgram: exit %d, stdout %q, stderr %q; want 7, \"HELLO\\n\", \"args: 7,b c\\n\"", code, out.String(), errOut.String())
	}
}

func TestGoBuildFailureIsReported(t *testing.T) {
	t.Setenv("JS2GO_CACHE", t.TempDir())
	_, err := builder{}.cachedBinary([]byte("package main\n\nfunc main() { var x int = \"s\" }\n"))
	var buildErr *goBuildError
	if !errors.As(err, &buildErr) {
		t.Fatalf("want a *goBuildError, got %v", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "does not build") || !strings.Contains(msg, "main.go:3") {
		t.Errorf("build failure message does not say what failed where:\n%s", msg)
	}
}

func TestNodeErrorLine(t *testing.T) {
	tests := []struct{ stderr, want string }{
		{"/x/a.js:2\nthrow 42;\n^\n42\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v20.20.2\n", "42"},
		{"/x/b.js:1\nfunction f(){ null.x }\n                   ^\n\nTypeError: Cannot read properties of null (reading 'x')\n    at f (/x/b.js:1:20)\n", "TypeError: Cannot read properties of null (reading 'x')"},
		{"node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\nUnhandledPromiseRejection: This error originated … reason \"42\".\n", "UnhandledPromiseRejection: This error originated … reason \"42\"."},
		{"/x/f.js:1\nthrow {a:1};\n^\n{ a: 1 }\n", "{ a: 1 }"},
		{"something odd\n", "something odd"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := nodeErrorLine(tt.stderr); got != tt.want {
			t.Errorf("nodeErrorLine(%q) = %q, want %q", tt.stderr, got, tt.want)
		}
	}
}

func TestPackageName(t *testing.T) {
	for rel, want := range map[string]string{
		"sync/values/numbers.js": "t_sync_values_numbers",
		"loop/order-puzzle.js":   "t_loop_order_puzzle",
		"async/Retry2.js":        "t_async_retry2",
	} {
		if got := packageName(rel); got != want || !isGoIdentifier(got) {
			t.Errorf("packageName(%q) = %q, want %q", rel, got, want)
		}
	}
}

// The tests below need the real pipeline: they skip while it reports the
// programs' features as unsupported.

func skipIfUnsupported(t *testing.T, stderr string) {
	t.Helper()
	if line, ok := unsupportedLine(stderr); ok {
		t.Skip(line)
	}
}

func TestRunJavaScript(t *testing.T) {
	t.Setenv("JS2GO_CACHE", t.TempDir())
	dir := t.TempDir()
	js := writeFile(t, dir, "exit.js", "console.log('hello', 1 + 2);\nprocess.exitCode = 3;\n")
	var stdout, stderr, stdout2, stderr2 string
	var code, code2 int
	retryWhileRuntimeChanges(t, func() {
		os.RemoveAll(os.Getenv("JS2GO_CACHE"))
		stdout, stderr, code = invoke(t, "", "run", "-v", js)
		stdout2, stderr2, code2 = invoke(t, "", "run", "-v", js)
	})
	skipIfUnsupported(t, stderr)
	if stdout != "hello 3\n" || code != 3 || !strings.Contains(stderr, "building") {
		t.Fatalf("run: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if stdout2 != "hello 3\n" || code2 != 3 || !strings.Contains(stderr2, "cache hit") {
		t.Errorf("second run: exit %d, stdout %q, stderr %q", code2, stdout2, stderr2)
	}

	bin := filepath.Join(dir, "exit"+exeSuffix())
	if _, stderr, code := invoke(t, "", "build", "-o", bin, js); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	got, err := runIn(programTimeout, bin)
	if err != nil || got.stdout != "hello 3\n" || got.code != 3 {
		t.Errorf("built executable: %v, exit %d, stdout %q", err, got.code, got.stdout)
	}

	goFile := filepath.Join(dir, "exit.go")
	if _, stderr, code := invoke(t, "", js, "-pkg", "exitprog", "-o", goFile); code != 0 {
		t.Fatalf("translate: exit %d: %s", code, stderr)
	}
	src, err := os.ReadFile(goFile)
	if err != nil || !regexp.MustCompile(`(?m)^package exitprog$`).Match(src) || !regexp.MustCompile(`(?m)^func Main\(\)`).Match(src) {
		t.Errorf("-pkg exitprog did not give package exitprog with func Main:\n%.400s", src)
	}
}

func TestRunPassesArgs(t *testing.T) {
	t.Setenv("JS2GO_CACHE", t.TempDir())
	js := writeFile(t, t.TempDir(), "args.js", "console.log(process.argv.slice(2).join('|'));\n")
	stdout, stderr, code := invoke(t, "", "run", js, "a", "b c", "-v")
	skipIfUnsupported(t, stderr)
	if stdout != "a|b c|-v\n" || code != 0 {
		t.Errorf("run: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestRunPassesStdin(t *testing.T) {
	t.Setenv("JS2GO_CACHE", t.TempDir())
	js := writeFile(t, t.TempDir(), "cat.js", "console.log(require('fs').readFileSync(0, 'utf8').toUpperCase());\n")
	stdout, stderr, code := invoke(t, "some input", "run", js)
	skipIfUnsupported(t, stderr)
	if stdout != "SOME INPUT\n" || code != 0 {
		t.Errorf("run: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestDiagnosticsAreOneLineEach(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, dir, "bad.js", "let ok = 1;\nlet x = ;\n")
	for _, args := range [][]string{{"bad.js"}, {"run", "bad.js"}, {"build", "-o", "bad", "bad.js"}} {
		stdout, stderr, code := invoke(t, "", args...)
		if code != exitDiagnostics || stdout != "" {
			t.Errorf("%v: exit %d, stdout %q; want exit 1 and no output", args, code, stdout)
		}
		if !regexp.MustCompile(`^bad\.js:2:9: SyntaxError: `).MatchString(stderr) || strings.Contains(stderr, "goroutine") {
			t.Errorf("%v: stderr %q; want bad.js:2:9: SyntaxError: …", args, stderr)
		}
	}
}

func TestUnsupportedIsADiagnostic(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, dir, "eval.js", "const x = 1;\nconsole.log(eval(\"x + 1\"));\n")
	stdout, stderr, code := invoke(t, "", "run", "eval.js")
	if code != exitDiagnostics || stdout != "" || !regexp.MustCompile(`^eval\.js:2:13: unsupported: direct eval\n$`).MatchString(stderr) {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and eval.js:2:13: unsupported: direct eval", code, stdout, stderr)
	}
}
