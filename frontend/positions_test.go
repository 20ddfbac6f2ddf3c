package frontend

import (
	"fmt"
	"strings"
	"testing"
)

// TestStackPositionsMatchNode checks that the positions node reports in stack
// traces (testdata/positions.golden, recorded by running node) are ones the
// AST records: call sites for caller frames, access sites for failing accesses.
func TestStackPositionsMatchNode(t *testing.T) {
	const js, golden = "testdata/positions.js", "testdata/positions.golden"
	text, want := readNodeGolden(t, js, golden)
	src := NewSource(js, text)
	ast, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	calls, accesses := map[string]bool{}, map[string]bool{}
	pos := func(set map[string]bool, loc Loc) {
		line, col := src.LineCol(loc)
		set[fmt.Sprintf("%d:%d", line, col)] = true
	}
	walkAST(ast, func(n any) {
		switch d := n.(type) {
		case *ECall:
			pos(calls, d.CallLoc)
		case *ETemplate:
			if d.Tag != nil {
				pos(calls, d.CallLoc)
			}
		case *EDot:
			pos(accesses, d.NameLoc)
		case *EIndex:
			pos(accesses, d.BracketLoc)
		case *SThrow:
		}
	})
	// ENew and identifiers are located by their Expr's Loc.
	walkExprs(ast, func(e Expr) {
		switch e.Data.(type) {
		case *ENew:
			pos(calls, e.Loc)
			pos(accesses, e.Loc)
		case *EIdentifier:
			pos(accesses, e.Loc)
		}
	})
	// Destructuring and for-of report the pattern or the iterated value.
	walkAST(ast, func(n any) {
		switch d := n.(type) {
		case *Decl:
			pos(accesses, d.Binding.Loc)
		case *SForOf:
			pos(accesses, d.Value.Loc)
		}
	})
	lines := strings.Split(strings.TrimSpace(string(want)), "\n")
	for _, l := range lines {
		kind, at, _ := strings.Cut(l, " ")
		// A caller frame may also sit at an access that ran a getter; a failing
		// access may be a `new` of a non-constructor.
		if !calls[at] && !accesses[at] {
			t.Errorf("node reports a %s at %s (%q); the AST records none there", kind, at, src.LineText(atoiLine(at)))
		}
	}
	t.Logf("%d stack positions checked", len(lines))
}

func atoiLine(at string) int {
	var line, col int
	fmt.Sscanf(at, "%d:%d", &line, &col)
	return line
}

// walkExprs calls f for every Expr value in the AST.
func walkExprs(ast *AST, f func(Expr)) {
	walkAST(ast, func(n any) {
		switch d := n.(type) {
		case *EBinary:
			f(d.Left)
			f(d.Right)
		case *ECall:
			f(d.Target)
			for _, a := range d.Args {
				f(a)
			}
		case *ENew:
			f(d.Target)
		case *EArrow:
			for _, s := range d.Fn.Body {
				if r, ok := s.Data.(*SReturn); ok && r.Value != nil {
					f(*r.Value)
				}
			}
		case *SExpr:
			f(d.Value)
		case *EDot:
			f(d.Target)
		case *EIndex:
			f(d.Target)
			f(d.Index)
		case *Decl:
			if d.Value != nil {
				f(*d.Value)
			}
		case *EArray:
			for _, it := range d.Items {
				f(it)
			}
		case *ESpread:
			f(d.Value)
		case *ETemplate:
			for _, p := range d.Parts {
				f(p.Value)
			}
		case *SThrow:
			f(d.Value)
		}
	})
}
