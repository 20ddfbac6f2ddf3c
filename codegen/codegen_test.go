package codegen

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	js "github.com/js2go/js2go/frontend"
	"github.com/js2go/js2go/lower"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden with the current output")

// generated compiles one JavaScript program and returns its Go source.
func generated(t *testing.T, src string) string {
	t.Helper()
	return generatedFile(t, "t.js", src)
}

// generatedFile compiles the program src named name (a .mjs name makes it
// an ES module) and returns its Go source.
func generatedFile(t *testing.T, name, src string) string {
	t.Helper()
	ast, err := js.Parse(&js.Source{Name: name, Path: "/" + name, Text: []byte(src)})
	require.NoError(t, err)
	prog, err := lower.Lower(ast)
	require.NoError(t, err)
	out, err := Generate(prog, Options{Package: "main"})
	require.NoError(t, err)
	return string(out)
}

var directive = regexp.MustCompile(`/\*line [^*]*\*/ `)

// runBody is the body of the generated run function without line
// directives: the part of the output that follows the JavaScript.
func runBody(goSrc string) string {
	start := strings.Index(goSrc, "func run() {\n")
	end := strings.Index(goSrc, "\nfunc main() {")
	body := goSrc[start+len("func run() {\n") : end]
	return directive.ReplaceAllString(strings.TrimSuffix(body, "}\n"), "")
}

// TestSnapshots compares the Go printed for each program of
// testdata/snapshots.js (programs separated by "// ---" lines) with
// testdata/snapshots.golden; -update rewrites the golden file.
func TestSnapshots(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "snapshots.js"))
	require.NoError(t, err)
	var got strings.Builder
	for _, case_ := range strings.Split(string(text), "// ---\n") {
		case_ = strings.TrimSpace(case_)
		if case_ == "" {
			continue
		}
		got.WriteString("// ---\n" + case_ + "\n// =>\n" + runBody(generated(t, case_)) + "\n")
	}
	golden := filepath.Join("testdata", "snapshots.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(got.String()), 0o644))
		return
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	if string(want) != got.String() {
		t.Errorf("the printed Go differs from %s (go test -update rewrites it; check the diff)", golden)
	}
}

// TestPrinted checks single facts about the Go printed for one-line programs.
func TestPrinted(t *testing.T) {
	for _, tc := range []struct{ js, contains string }{
		{"let x = 1; console.log(x)", `x := rt.Int(1)`},
		{"var len = 1; len++", `len_ = rt.Inc(len_)`},
		{"let args = 1; f(args)", `args_ := rt.Int(1)`},
		{"f(-0)", `rt.Number(math.Copysign(0, -1))`},
		{"f(1.5, 'a\\u{1F600}')", `rt.Number(1.5), rt.Str("a😀")`},
		{"f(10n)", `rt.BigIntLiteral("10")`},
		{"f(x)", `rt.CallFunc("f", rt.GetGlobal("f"), rt.GetGlobal("x"))`},
		{"a.b.c(1)", `rt.CallMethod("a.b.c", rt.GetProp(rt.GetGlobal("a"), rt.Key("b")), rt.Key("c"), rt.Int(1))`},
		{"a['x y']()", `rt.CallMethod("a.x y", rt.GetGlobal("a"), rt.Key("x y"))`},
		{"typeof q", `rt.TypeofGlobal("q")`},
		{"q = 1", `rt.SetGlobal("q", rt.Int(1), false)`},
		{"'use strict'; q = 1", `rt.SetGlobal("q", rt.Int(1), true)`},
		{"while (true) f()", "for {"},
		{"f(...a, 1)", `rt.CallFunc("f", rt.GetGlobal("f"), append(rt.AppendSpread([]rt.Value{}, "a", rt.GetGlobal("a")), rt.Int(1))...)`},
		{"let o = {a: 1, 'b c': 2}", `rt.ObjectLiteral([]string{"a", "b c"}, rt.Int(1), rt.Int(2))`},
		{"let o = {a: 1, m() {}}", `rt.DefineField(obj, rt.Key("a"), rt.Int(1))`},
		{"let o = {1: 1}", `rt.DefineField(obj, rt.Key("1"), rt.Int(1))`},
		{"x?.y", `if !t.IsNullish() {`},
		{"a ||= b", `if !t.Truthy() {`},
		{"f(1 < 2)", `rt.Bool(rt.Lt(rt.Int(1), rt.Int(2)))`},
		{"if (a < b) f()", `if rt.Lt(rt.GetGlobal("a"), rt.GetGlobal("b")) {`},
		{"throw 1", `rt.Throw(rt.Int(1))`},
		{"{ f(); g() }", "{\n"},
		{"function g() { return new.target }", `rt.NewUserFunctionNT(fn_g, func(_ rt.Value, _ []rt.Value, newTarget rt.Value) rt.Value {`},
		{"const f = () => this", `this_ := exports`},
		{"function f() { return this }", `this = rt.SloppyThis(this)`},
		{"function f() { 'use strict'; return this }", `return this`},
		{"f`a${1}`", `template.Object()`},
		{"for (const x of a) f(x)", `value, ok := iter.Next()`},
		{"for (const k in a) f(k)", `key, ok := keys.Next()`},
		{"function f(a) { arguments[0] = 1; return a }", `return rt.MappedGet(arguments, 0, a)`},
		{"function f(a) { 'use strict'; return arguments[0] + a }", `arguments := rt.NewArguments(args)`},
	} {
		t.Run(tc.js, func(t *testing.T) {
			require.Contains(t, generated(t, tc.js), tc.contains)
		})
	}
}

// TestDirectives checks that statements carry /*line*/ directives with the
// JavaScript position and that the file is named by its absolute path.
func TestDirectives(t *testing.T) {
	out := generated(t, "let a = 1;\n  f(a);\n")
	require.Contains(t, out, "/*line /t.js:1:1*/ a := rt.Int(1)")
	require.Contains(t, out, "/*line /t.js:2:2*/ rt.CallFunc(")
	require.Contains(t, out, `Name:   "/t.js"`)
}

// TestPackage checks the entry point of a main package and of a library.
func TestPackage(t *testing.T) {
	ast, err := js.Parse(&js.Source{Name: "t.js", Path: "/t.js", Text: []byte("f()")})
	require.NoError(t, err)
	prog, err := lower.Lower(ast)
	require.NoError(t, err)
	out, err := Generate(prog, Options{Package: "app"})
	require.NoError(t, err)
	require.Contains(t, string(out), "package app")
	require.Contains(t, string(out), "func Main() {\n\trt.Main(&program)\n}")
	require.NotContains(t, string(out), "func main()")
}
