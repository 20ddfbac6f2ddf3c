package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	update = flag.Bool("update", false, "re-record testdata/**/*.{out,code,err} by running node")
	only   = flag.String("only", "", "compile, build and run only the testdata programs whose path matches this regexp")
	keep   = flag.String("keep", "", "write the corpus module (one package per program) to this directory and keep it")
)

// testdataDir is the corpus: JavaScript programs with node's recorded output.
const testdataDir = "../../testdata"

// corpusProgram is one testdata program on its way through the suite.
type corpusProgram struct {
	rel         string // slash-separated path under testdata, e.g. "sync/values/numbers.js"
	pkg         string // the Go package it compiles to
	goSrc       []byte
	unsupported string // the compiler's "unsupported:" diagnostic, when it gave one
	broken      string // why it cannot be run: a compile error or a Go build error
}

// TestTestdata compiles every testdata program into its own package of one
// temporary module, links them all into one dispatcher binary, runs each as a
// parallel subtest and compares with what node printed.
func TestTestdata(t *testing.T) {
	rels := findPrograms(t)
	if *update {
		recordWithNode(t, rels)
	}
	start := time.Now()
	progs := make([]*corpusProgram, len(rels))
	byPkg := map[string]*corpusProgram{}
	for i, rel := range rels {
		p := &corpusProgram{rel: rel, pkg: packageName(rel)}
		if other, dup := byPkg[p.pkg]; dup {
			t.Fatalf("%s and %s map to the same package %s; rename one", other.rel, rel, p.pkg)
		}
		byPkg[p.pkg] = p
		progs[i] = p
		compileProgram(p)
	}
	compiled := time.Now()
	exe := buildCorpus(t, progs, byPkg)
	built := time.Now()

	var mu sync.Mutex
	var passed, failed, skipped int
	t.Run("js", func(t *testing.T) {
		for _, p := range progs {
			t.Run(p.rel, func(t *testing.T) {
				t.Cleanup(func() {
					mu.Lock()
					defer mu.Unlock()
					switch {
					case t.Skipped():
						skipped++
					case t.Failed():
						failed++
					default:
						passed++
					}
				})
				if p.unsupported != "" {
					t.Skip(p.unsupported)
				}
				if p.broken != "" {
					t.Fatal(p.broken)
				}
				t.Parallel()
				checkProgram(t, exe, p)
			})
		}
	})
	fmt.Printf("testdata: %d programs: %d passed, %d failed, %d skipped (unsupported); compile %.1fs, go build %.1fs, run %.1fs\n",
		len(progs), passed, failed, skipped,
		compiled.Sub(start).Seconds(), built.Sub(compiled).Seconds(), time.Since(built).Seconds())
	if gaps := unsupportedSummary(progs); gaps != "" {
		fmt.Printf("testdata: unsupported: %s\n", gaps)
	}
}

// unsupportedSummary counts the skipped programs by the feature named in
// their diagnostic, most common first: "async functions (55), generators (9)".
func unsupportedSummary(progs []*corpusProgram) string {
	counts := map[string]int{}
	for _, p := range progs {
		if p.unsupported != "" {
			counts[strings.TrimPrefix(p.unsupported, "unsupported: ")]++
		}
	}
	features := slices.Collect(maps.Keys(counts))
	slices.SortFunc(features, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, len(features))
	for i, f := range features {
		parts[i] = fmt.Sprintf("%s (%d)", f, counts[f])
	}
	return strings.Join(parts, ", ")
}

// findPrograms lists testdata/**/*.{js,mjs,cjs} (those matching -only), sorted.
func findPrograms(t *testing.T) []string {
	match, err := regexp.Compile(*only)
	if err != nil {
		t.Fatalf("-only: %v", err)
	}
	var rels []string
	err = filepath.WalkDir(testdataDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".js") || strings.HasSuffix(path, ".mjs") || strings.HasSuffix(path, ".cjs")) {
			rel, err := filepath.Rel(testdataDir, path)
			if err != nil {
				return err
			}
			if rel = filepath.ToSlash(rel); match.MatchString(rel) {
				rels = append(rels, rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) == 0 {
		t.Fatalf("no programs under testdata match -only %q", *only)
	}
	slices.Sort(rels)
	return rels
}

// withoutExt is a program's path without its extension (.js, .mjs or
// .cjs), the base of its recorded outputs' names.
func withoutExt(rel string) string {
	return strings.TrimSuffix(rel, filepath.Ext(rel))
}

// packageName turns "sync/values/numbers.js" into "t_sync_values_numbers".
func packageName(rel string) string {
	var b strings.Builder
	b.WriteString("t_")
	for _, c := range strings.ToLower(strings.TrimSuffix(rel, ".js")) {
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			b.WriteRune(c)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// compileProgram runs the pipeline on one program, sorting the outcome into
// Go source, an unsupported feature, or a failure.
func compileProgram(p *corpusProgram) {
	text, err := os.ReadFile(filepath.Join(testdataDir, filepath.FromSlash(p.rel)))
	if err != nil {
		p.broken = err.Error()
		return
	}
	absPath, err := filepath.Abs(filepath.Join(testdataDir, filepath.FromSlash(p.rel)))
	if err != nil {
		p.broken = err.Error()
		return
	}
	// Name the file relative to testdata, as node was run, so that
	// diagnostics and stacks read the same.
	p.goSrc, err = transpile(p.rel, absPath, text, p.pkg)
	if err == nil {
		return
	}
	msg := err.Error()
	if line, ok := unsupportedLine(msg); ok {
		p.unsupported = line
		return
	}
	p.broken = "compile error: " + msg
}

// unsupportedLine finds an "unsupported:" diagnostic in a compiler error.
func unsupportedLine(msg string) (string, bool) {
	for line := range strings.Lines(msg) {
		if i := strings.Index(line, ": unsupported: "); i >= 0 {
			return strings.TrimSpace(line[i+2:]), true
		}
	}
	return "", false
}

// buildCorpus links every compiled program into one dispatcher executable.
// A program whose Go does not build is marked broken and left out, and the
// rest is built again, so that one bad program fails only its own subtest.
func buildCorpus(t *testing.T, progs []*corpusProgram, byPkg map[string]*corpusProgram) string {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	// The corpus links the runtime, which this package does not import: reading
	// its sources here makes go test's result cache notice when they change.
	if _, err := buildIdentity(root); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(t.TempDir(), "corpus"+exeSuffix())
	pkgInError := regexp.MustCompile(`(?m)^(?:# ` + tempModulePath + `/)?(t_[a-z0-9_]+)[/:\s]`)
	for attempt := 0; ; attempt++ {
		files := map[string][]byte{"main.go": dispatcher(progs)}
		for _, p := range progs {
			if p.goSrc != nil && p.broken == "" {
				files[p.pkg+"/prog.go"] = p.goSrc
			}
		}
		err := builder{keepDir: *keep}.build(root, files, exe)
		if err == nil {
			return exe
		}
		var buildErr *goBuildError
		if !errors.As(err, &buildErr) || attempt == 3 {
			t.Fatalf("building the corpus: %v", err)
		}
		blamed := 0
		for _, m := range pkgInError.FindAllStringSubmatch(buildErr.output, -1) {
			if p := byPkg[m[1]]; p != nil && p.broken == "" {
				p.broken = "the generated Go does not build:\n" + packageErrors(buildErr.output, p.pkg)
				blamed++
			}
		}
		if blamed == 0 {
			t.Fatalf("building the corpus (no single program to blame): %v", err)
		}
	}
}

// packageErrors keeps what go build said about one package: the block under
// its "# module/pkg" header, and any other line naming its files.
func packageErrors(output, pkg string) string {
	var b strings.Builder
	inBlock := false
	for line := range strings.Lines(output) {
		if strings.HasPrefix(line, "# ") {
			inBlock = strings.TrimSpace(line) == "# "+tempModulePath+"/"+pkg
		}
		if inBlock || strings.Contains(line, pkg+"/") {
			b.WriteString(line)
		}
	}
	return b.String()
}

// dispatcher is the corpus's main package: os.Args[1] names the program to
// run, and the program sees the remaining arguments as its own.
func dispatcher(progs []*corpusProgram) []byte {
	var imports, cases strings.Builder
	for _, p := range progs {
		if p.goSrc == nil || p.broken != "" {
			continue
		}
		fmt.Fprintf(&imports, "\t%q\n", tempModulePath+"/"+p.pkg)
		fmt.Fprintf(&cases, "\tcase %q:\n\t\t%s.Main()\n", p.rel, p.pkg)
	}
	return fmt.Appendf(nil, `package main

import (
	"os"

%s)

func main() {
	if len(os.Args) < 2 {
		os.Stderr.WriteString("usage: corpus PROGRAM.js [ARGS...]\n")
		os.Exit(2)
	}
	name := os.Args[1]
	os.Args = append(os.Args[:1:1], os.Args[2:]...)
	switch name {
%s	default:
		os.Stderr.WriteString("corpus: no program " + name + "\n")
		os.Exit(2)
	}
}
`, imports.String(), cases.String())
}

// runResult is what one run of a program (ours or node's) produced.
type runResult struct {
	stdout, stderr string
	code           int
}

// Deadlines for one program: every program finishes in well under a second
// under node, so a compiled one that takes seconds hangs (a loop that never
// exits, say) and should not hold up the suite.
const (
	programTimeout = 10 * time.Second
	nodeTimeout    = 30 * time.Second
)

// runIn runs a command in the testdata directory with a deadline.
func runIn(timeout time.Duration, name string, args ...string) (runResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = testdataDir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := runResult{stdout: stdout.String(), stderr: stderr.String()}
	var exitErr *exec.ExitError
	switch {
	case ctx.Err() != nil:
		return r, fmt.Errorf("timed out after %v", timeout)
	case errors.As(err, &exitErr):
		r.code = exitErr.ExitCode()
	case err != nil:
		return r, err
	}
	return r, nil
}

// checkProgram runs one program from the corpus binary and compares it with
// node's recorded stdout, exit status and error line.
func checkProgram(t *testing.T, exe string, p *corpusProgram) {
	base := filepath.Join(testdataDir, filepath.FromSlash(withoutExt(p.rel)))
	wantOut, err := os.ReadFile(base + ".out")
	if err != nil {
		t.Fatalf("no recorded output (run go test -run TestTestdata -update): %v", err)
	}
	wantCode := 0
	if data, err := os.ReadFile(base + ".code"); err == nil {
		if wantCode, err = strconv.Atoi(strings.TrimSpace(string(data))); err != nil {
			t.Fatalf("%s.code: %v", base, err)
		}
	}
	got, err := runIn(programTimeout, exe, p.rel)
	if err != nil {
		t.Fatalf("running: %v\nstdout:\n%s\nstderr:\n%s", err, got.stdout, got.stderr)
	}
	if got.stdout != string(wantOut) {
		t.Errorf("stdout differs from node's:\n%s\nstderr:\n%s", lineDiff(string(wantOut), got.stdout), clip(got.stderr))
	}
	if got.code != wantCode {
		t.Errorf("exit status %d, node's %d; stderr:\n%s", got.code, wantCode, clip(got.stderr))
	}
	if data, err := os.ReadFile(base + ".err"); err == nil {
		want := strings.TrimSpace(string(data))
		if !hasLine(got.stderr, want) {
			t.Errorf("stderr lacks node's error line %q; stderr:\n%s", want, clip(got.stderr))
		}
	}
}

func hasLine(text, want string) bool {
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == want {
			return true
		}
	}
	return false
}

// clip keeps a long stderr (a Go panic, say) readable in the test log.
func clip(s string) string {
	const max = 3000
	if len(s) > max {
		return s[:max] + "\n… (clipped)"
	}
	return s
}

// lineDiff shows where got first departs from want, with a little context.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d (- node, + js2go):\n", i+1)
	for j := max(0, i-3); j < i; j++ {
		fmt.Fprintf(&b, "  %s\n", w[j])
	}
	for j := i; j < min(len(w), i+8); j++ {
		fmt.Fprintf(&b, "- %s\n", w[j])
	}
	for j := i; j < min(len(g), i+8); j++ {
		fmt.Fprintf(&b, "+ %s\n", g[j])
	}
	return b.String()
}

// recordWithNode re-records every program's expectations: NAME.out is node's
// stdout, and for a non-zero exit NAME.code is the status and NAME.err the
// line of stderr naming the error.
func recordWithNode(t *testing.T, rels []string) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for _, rel := range rels {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			r, err := runIn(nodeTimeout, "node", rel)
			if err != nil {
				t.Errorf("node %s: %v", rel, err)
				return
			}
			if err := writeExpectations(rel, r); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
}

func writeExpectations(rel string, r runResult) error {
	base := filepath.Join(testdataDir, filepath.FromSlash(withoutExt(rel)))
	if err := os.WriteFile(base+".out", []byte(r.stdout), 0o644); err != nil {
		return err
	}
	os.Remove(base + ".code")
	os.Remove(base + ".err")
	if r.code == 0 {
		return nil
	}
	if err := os.WriteFile(base+".code", fmt.Appendf(nil, "%d\n", r.code), 0o644); err != nil {
		return err
	}
	if line := nodeErrorLine(r.stderr); line != "" {
		return os.WriteFile(base+".err", []byte(line+"\n"), 0o644)
	}
	return nil
}

// nodeErrorLine picks the line of node's report of an uncaught error that
// names it. Node prints "file.js:LINE", the source line and a caret, then
// (after a blank line for Error objects) "TypeError: msg" or the inspected
// thrown value ("42", "{ a: 1 }"); for an unhandled rejection of a
// non-Error the report is about node's own UnhandledPromiseRejection.
func nodeErrorLine(stderr string) string {
	lines := strings.Split(stderr, "\n")
	for i, line := range lines {
		if strings.Trim(line, " ^") != "" || !strings.Contains(line, "^") {
			continue
		}
		for _, next := range lines[i+1:] {
			if strings.TrimSpace(next) != "" {
				return strings.TrimSpace(next)
			}
		}
	}
	for _, line := range lines {
		if strings.TrimSpace(line) != "" {
			return strings.TrimSpace(line)
		}
	}
	return ""
}

// TestBuildCorpusBlamesBrokenProgram checks, with hand-written packages
// standing in for generated ones, that a program whose Go does not build is
// failed alone while the others still link and run.
func TestBuildCorpusBlamesBrokenProgram(t *testing.T) {
	good := &corpusProgram{rel: "x/good.js", pkg: "t_x_good", goSrc: []byte(
		"package t_x_good\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc Main() { fmt.Println(\"good\", os.Args[1:]); os.Exit(3) }\n")}
	bad := &corpusProgram{rel: "x/bad.js", pkg: "t_x_bad", goSrc: []byte(
		"package t_x_bad\n\nfunc Main() { var s string = 1; _ = s }\n")}
	skipped := &corpusProgram{rel: "x/skipped.js", pkg: "t_x_skipped", unsupported: "unsupported: with"}
	progs := []*corpusProgram{bad, good, skipped}
	byPkg := map[string]*corpusProgram{}
	for _, p := range progs {
		byPkg[p.pkg] = p
	}
	exe := buildCorpus(t, progs, byPkg)
	if !strings.Contains(bad.broken, "does not build") || !strings.Contains(bad.broken, "t_x_bad/prog.go:3") {
		t.Errorf("broken program not blamed with its error: %q", bad.broken)
	}
	if good.broken != "" {
		t.Errorf("good program blamed: %q", good.broken)
	}
	got, err := runIn(programTimeout, exe, "x/good.js", "arg")
	if err != nil || got.stdout != "good [arg]\n" || got.code != 3 {
		t.Errorf("dispatching to x/good.js: %v, exit %d, stdout %q, stderr %q", err, got.code, got.stdout, got.stderr)
	}
	if got, _ := runIn(programTimeout, exe, "x/bad.js"); got.code != 2 || !strings.Contains(got.stderr, "no program x/bad.js") {
		t.Errorf("left-out program still dispatched: exit %d, stderr %q", got.code, got.stderr)
	}
}
