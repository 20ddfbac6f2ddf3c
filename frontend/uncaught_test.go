package frontend

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestUncaughtPositionsMatchNode: for programs that die with an uncaught
// error, node prints `file:LINE`, the line and a caret; the caret's position
// (recorded in uncaught.golden) must be one the AST records: a throw, a `new`,
// a call, a property name or `[`, an identifier, or an assignment operator.
func TestUncaughtPositionsMatchNode(t *testing.T) {
	srcs, _ := readCases(t, "testdata/uncaught.cases")
	const golden = "testdata/uncaught.golden"
	if *update {
		dir := t.TempDir()
		var b strings.Builder
		for _, src := range srcs {
			name := filepath.Join(dir, "u.js")
			if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			out, _ := exec.Command("node", name).CombinedOutput()
			// A thrown non-Error value makes node print a blank line first.
			lines := strings.Split(strings.TrimLeft(string(out), "\n"), "\n")
			if len(lines) < 3 || !strings.HasPrefix(lines[0], name+":") {
				t.Fatalf("unexpected node output for %q:\n%s", src, out)
			}
			fmt.Fprintf(&b, "%s:%d\n", strings.TrimPrefix(lines[0], name+":"), strings.IndexByte(lines[2], '^')+1)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(want) != len(srcs) {
		t.Fatalf("%s has %d lines for %d cases: run go test -update", golden, len(want), len(srcs))
	}
	for i, src := range srcs {
		source := NewSource("u.js", []byte(src))
		ast, err := Parse(source)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		at := map[string]bool{}
		add := func(loc Loc) {
			line, col := source.LineCol(loc)
			at[strconv.Itoa(line)+":"+strconv.Itoa(col)] = true
		}
		walkAST(ast, func(n any) {
			switch d := n.(type) {
			case *ECall:
				add(d.CallLoc)
			case *EDot:
				add(d.NameLoc)
			case *EPrivateDot:
				add(d.NameLoc)
			case *EIndex:
				add(d.BracketLoc)
			case *EBinary:
				add(d.OpLoc)
			case *ETemplate:
				add(d.CallLoc)
			case *Decl:
				add(d.Binding.Loc)
			case *PropertyBinding:
				add(d.Loc)
			}
		})
		walkExprs(ast, func(e Expr) {
			switch e.Data.(type) {
			case *ENew, *EIdentifier, *ETemplate:
				add(e.Loc)
			}
		})
		walkAST(ast, func(n any) {
			if s, ok := n.(*Stmt); ok {
				if _, isThrow := s.Data.(*SThrow); isThrow {
					add(s.Loc)
				}
			}
		})
		if !at[want[i]] {
			t.Errorf("%q: node's caret is at %s; the AST records nothing there", src, want[i])
		}
	}
}
