package frontend

import (
	"reflect"
	"strings"
	"testing"
)

// walkAST calls f for every node reachable from the AST body (not through
// scopes or symbols, which lead back up the tree).
func walkAST(ast *AST, f func(any)) {
	// A struct and its first field share an address, so visits are keyed by type too.
	type visit struct {
		at  uintptr
		typ reflect.Type
	}
	seen := map[visit]bool{}
	skip := map[reflect.Type]bool{
		reflect.TypeOf((*Scope)(nil)): true, reflect.TypeOf((*Symbol)(nil)): true, reflect.TypeOf((*Source)(nil)): true,
	}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Pointer:
			key := visit{v.Pointer(), v.Type()}
			if v.IsNil() || seen[key] || skip[v.Type()] {
				return
			}
			seen[key] = true
			f(v.Interface())
			walk(v.Elem())
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				if el := v.Index(i); el.Kind() == reflect.Struct && el.CanAddr() {
					walk(el.Addr()) // visit slice elements such as Decl and Property too
				} else {
					walk(el)
				}
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if name := v.Type().Field(i).Name; name == "Parent" || name == "Provider" {
					continue
				}
				if !v.Type().Field(i).IsExported() {
					continue
				}
				if f := v.Field(i); f.Kind() == reflect.Struct && f.CanAddr() {
					walk(f.Addr()) // visit struct-valued fields such as Stmt and Expr too
				} else {
					walk(f)
				}
			}
		}
	}
	for _, s := range ast.Body {
		walk(reflect.ValueOf(s.Data))
	}
}

func mustParse(t *testing.T, name, src string) *AST {
	t.Helper()
	ast, err := Parse(NewSource(name, []byte(src)))
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return ast
}

// identUses lists the EIdentifier uses of name in source order of discovery.
func identUses(ast *AST, name string) []*EIdentifier {
	var out []*EIdentifier
	walkAST(ast, func(n any) {
		if id, ok := n.(*EIdentifier); ok && id.Name == name {
			out = append(out, id)
		}
	})
	return out
}

// fnsNamed finds functions by inferred name.
func fnNamed(t *testing.T, ast *AST, name string) *Fn {
	t.Helper()
	var found *Fn
	walkAST(ast, func(n any) {
		if fn, ok := n.(*Fn); ok && fn.InferredName == name && found == nil {
			found = fn
		}
	})
	if found == nil {
		t.Fatalf("no function named %q", name)
	}
	return found
}

// TestTDZ: which uses of `x` may run before its initialisation. Each case lists
// MayBeTDZ for every use of x in walk order.
func TestTDZ(t *testing.T) {
	for _, c := range []struct {
		src  string
		want string
	}{
		{"let x = 1; x", "F"},
		{"x; let x = 1", "T"},
		{"let x = x", "T"},
		{"typeof x; let x", "T"},
		{"function f() { x } let x = 1", "T"},  // hoisted function may run first
		{"let x = 1; function f() { x }", "T"}, // ... even when declared after
		{"let x = 1; const f = () => x", "F"},  // arrow created after init
		{"const f = () => x; let x = 1", "T"},  // arrow created before init
		{"let x = 1; const f = function () { return () => x }", "F"},
		{"let x = 1; { function g() { x } }", "T"},
		{"switch (1) { case 0: let x = 1; case 1: x }", "T"}, // cases share a scope
		{"for (;;) { let x = 1; x }", "F"},
		{"for (let x = 0; x < 1; x++) x", "FFF"},
		{"for (const x of [x]) ;", "T"},       // the iterable sees the loop's x in TDZ
		{"class x { m() { return x } }", "F"}, // method created after the inner binding
		{"class x extends x {}", "T"},
		{"let x = 1; class A { y = x }", "T"}, // field initialisers run later
		{"var x; x", "F"},
		{"x = 2; let x", "T"},
		{"function f(a = x, x) { x }", "TF"}, // a later parameter in an earlier default
		{"function f(x, a = x) { () => x }", "FF"},
	} {
		ast := mustParse(t, "t.js", c.src)
		var got strings.Builder
		for _, id := range identUses(ast, "x") {
			if id.MayBeTDZ {
				got.WriteByte('T')
			} else {
				got.WriteByte('F')
			}
		}
		if got.String() != c.want {
			t.Errorf("%q: MayBeTDZ %s, want %s", c.src, got.String(), c.want)
		}
	}
}

func TestResolution(t *testing.T) {
	for _, c := range []struct {
		src  string
		want string // kind of the symbol each use of x resolves to
	}{
		{"var x; x", "var"},
		{"x", "unbound"},
		{"let x; { let x; x } x", "let let"},
		{"function f(x) { x }", "param"},
		{"try {} catch (x) { x }", "catch"},
		{"function x() {} x", "function"},
		{"(function x() { x })", "function-expr"},
		{"(function x(x) { x })", "param"},
		{"class x { m() { x } } x", "class-inner class"},
		{"{ function x() {} } x", "hoisted"},               // Annex B copies it to a var
		{"'use strict'; { function x() {} } x", "unbound"}, // not in strict mode
		{"let x; { function x() {} } x", "let"},            // Annex B skipped on conflict
		{"function f() { x } var x", "var"},
		{"const { a: [x] } = {}; x", "const"},
		{"function f() { arguments; x } var x", "var"},
	} {
		ast := mustParse(t, "t.js", c.src)
		var kinds []string
		for _, id := range identUses(ast, "x") {
			kinds = append(kinds, symbolKindName[id.Ref.Kind])
		}
		if got := strings.Join(kinds, " "); got != c.want {
			t.Errorf("%q: resolves to %q, want %q", c.src, got, c.want)
		}
	}
}

var symbolKindName = map[SymbolKind]string{
	SymUnbound: "unbound", SymVar: "var", SymLet: "let", SymConst: "const", SymClass: "class",
	SymClassInner: "class-inner", SymFunction: "function", SymFunctionExpr: "function-expr",
	SymParam: "param", SymCatch: "catch", SymImport: "import", SymArguments: "arguments", SymHoisted: "hoisted",
}

func TestCaptureAndAssignment(t *testing.T) {
	for _, c := range []struct {
		src                     string
		captured, assignedAfter bool
	}{
		{"let x = 1; x", false, false},
		{"let x = 1; x = 2", false, true},
		{"let x = 1; () => x", true, false},
		{"let x = 1; () => { x++ }", true, true},
		{"var x; function f() { x = 1 }", true, true},
		{"function f(x) { return () => x }", true, false},
		{"let x = 1; class A { y = x }", true, false},
		{"var x = 1; () => x", true, true}, // the initialiser runs after hoisting
		{"var x; () => x", true, false},
		{"for (var x of [1, 2]) () => x", true, true},
		{"for (const x of [1, 2]) () => x", true, false},
		{"{ function x() {} } () => x", true, true}, // Annex B copies into the var
		{"function x() {} () => x", true, false},
	} {
		ast := mustParse(t, "t.js", c.src)
		sym := identUses(ast, "x")[0].Ref
		if sym.Captured != c.captured || sym.AssignedAfterDecl != c.assignedAfter {
			t.Errorf("%q: Captured %v AssignedAfterDecl %v, want %v %v", c.src, sym.Captured, sym.AssignedAfterDecl, c.captured, c.assignedAfter)
		}
	}
}

func TestPerIterationLets(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{"for (let i = 0; i < 3; i++) {}", false},
		{"for (let i = 0; i < 3; i++) setTimeout(() => i)", true},
		{"for (let k in {}) (() => k)", true},
		{"for (const v of []) { function f() { v } }", true},
		{"for (var i = 0; i < 3; i++) () => i", false},
	} {
		ast := mustParse(t, "t.js", c.src)
		var got bool
		switch d := ast.Body[0].Data.(type) {
		case *SFor:
			got = d.PerIterationLets
		case *SForIn:
			got = d.PerIterationLets
		case *SForOf:
			got = d.PerIterationLets
		}
		if got != c.want {
			t.Errorf("%q: PerIterationLets %v, want %v", c.src, got, c.want)
		}
	}
}

func TestFunctionFacts(t *testing.T) {
	ast := mustParse(t, "t.js", `
function plain() { return 1 }
function usesArgs() { return () => arguments[0] }
function usesThis() { return () => () => this }
async function waits() { await 1; for await (const x of []) ; }
function* gen() { yield 1 }
async function nested() { return async () => { await 2 } }
function strict() { "use strict"; return 1 }
const inferred = () => {}, obj = { method() {}, get prop() { return 1 }, ["computed"]: function () {} }
let assigned; assigned = function () {}
class K { static s() { super.x } constructor() { new.target } }
`[1:])
	for _, c := range []struct {
		name string
		test func(*Fn) bool
	}{
		{"plain", func(f *Fn) bool { return !f.UsesArguments && !f.UsesThis && !f.HasAwait && !f.IsAsync && f.IsDecl }},
		{"usesArgs", func(f *Fn) bool { return f.UsesArguments && f.ArgumentsRef != nil }},
		{"usesThis", func(f *Fn) bool { return f.UsesThis }},
		{"waits", func(f *Fn) bool { return f.IsAsync && f.HasAwait && !f.HasYield }},
		{"gen", func(f *Fn) bool { return f.IsGenerator && f.HasYield && !f.HasAwait }},
		{"nested", func(f *Fn) bool { return f.IsAsync && !f.HasAwait }},
		{"inferred", func(f *Fn) bool { return f.IsArrow && f.Provider == nil }},
		{"method", func(f *Fn) bool { return f.IsMethod }},
		{"get prop", func(f *Fn) bool { return f.IsGetter }},
		{"assigned", func(f *Fn) bool { return !f.IsArrow && !f.Strict }},
		{"strict", func(f *Fn) bool { return f.Strict && f.Directives[0] == "use strict" }},
		{"s", func(f *Fn) bool { return f.UsesSuperProp && f.IsMethod }},
		{"constructor", func(f *Fn) bool { return f.IsConstructor && f.UsesNewTarget }},
	} {
		if fn := fnNamed(t, ast, c.name); !c.test(fn) {
			t.Errorf("function %s: facts wrong: %+v", c.name, *fn)
		}
	}
	// The arrow inside usesThis passes `this` through: both arrows and the function use it.
	outer := fnNamed(t, ast, "usesThis")
	var arrows []*Fn
	for _, s := range outer.Body {
		walkAST(&AST{Body: []Stmt{s}}, func(n any) {
			if fn, ok := n.(*Fn); ok && fn.IsArrow {
				arrows = append(arrows, fn)
			}
		})
	}
	if len(arrows) != 2 || !arrows[0].UsesThis || !arrows[1].UsesThis || arrows[1].Provider != outer || arrows[1].Parent != arrows[0] {
		t.Errorf("arrows in usesThis: %d found, want both using this with provider usesThis", len(arrows))
	}
}

func TestDirectEval(t *testing.T) {
	ast := mustParse(t, "t.js", "eval('1'); (0, eval)('2'); function f(eval) { eval('3') }")
	if len(ast.UsesEval) != 1 || ast.UsesEval[0] != 0 {
		t.Errorf("UsesEval = %v, want [0]: only the first call is a direct eval of the global", ast.UsesEval)
	}
}

func TestStrictAndModules(t *testing.T) {
	if ast := mustParse(t, "t.js", "'use strict'; x"); !ast.Strict || ast.IsModule {
		t.Errorf("'use strict' script: Strict %v IsModule %v", ast.Strict, ast.IsModule)
	} else if d, ok := ast.Body[0].Data.(*SDirective); !ok || d.Raw != "use strict" {
		t.Errorf("prologue statement is %T, want *SDirective", ast.Body[0].Data)
	}
	if ast := mustParse(t, "t.js", "('use strict'); 010"); ast.Strict {
		t.Errorf("a parenthesised string is not a directive")
	}
	if ast := mustParse(t, "t.mjs", "await 1"); !ast.Strict || !ast.IsModule || !ast.HasAwait {
		t.Errorf(".mjs: Strict %v IsModule %v HasAwait %v", ast.Strict, ast.IsModule, ast.HasAwait)
	}
	// node 20 runs a .js file that only parses as a module as one.
	if ast := mustParse(t, "t.js", "import fs from 'fs'; export const x = 1"); !ast.IsModule || len(ast.Imports) != 1 || len(ast.Exports) != 1 {
		t.Errorf("module syntax in .js: IsModule %v", ast.IsModule)
	}
	if _, err := Parse(NewSource("t.cjs", []byte("import fs from 'fs'"))); err == nil {
		t.Errorf(".cjs files are never modules")
	}
	if ast := mustParse(t, "t.js", "return 1"); ast.IsModule {
		t.Errorf("CommonJS top-level return parsed as a module")
	}
}
