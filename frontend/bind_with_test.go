package frontend

import (
	"strconv"
	"strings"
	"testing"
)

// TestWithMarks: which uses and var bindings of x are looked up through a
// with object first. Each case lists, for every x in walk order, the with
// statement (numbered from 0 in walk order) whose body is the innermost
// between that x and its binding, or "-".
func TestWithMarks(t *testing.T) {
	for _, c := range []struct {
		src  string
		want string
	}{
		{"with (o) x", "0"},
		{"x; with (o) x; x", "- 0 -"},
		{"var x; with (o) { x = 1; x++; typeof x; delete x; x(); }", "- 0 0 0 0 0"},
		{"with (o) with (p) x", "1"},
		{"with (o) { with (p) {} x }", "0"},
		{"with (x) x", "- 0"},                           // the object itself is outside its body
		{"with (o) { let x; x }", "- -"},                // declared inside the body
		{"with (o) { const f = (x) => x }", "- -"},      // a parameter inside it
		{"with (o) { try {} catch (x) { x } }", "- -"},  // a catch parameter
		{"with (o) { function g() { return x } }", "0"}, // a nested function's free name
		{"with (o) { function g() { var x; return x } }", "- -"},
		{"with (o) { var x = 1 }", "0"},      // a var with initialiser assigns through the object
		{"with (o) { var x }", "-"},          // without one it does nothing
		{"with (o) { var { x } = p }", "0"},  // pattern names too
		{"with (o) for (var x in p) ;", "0"}, // so does a for-in head
		{"with (o) for (x of p) ;", "0"},
		{"with (o) { class C { m() { return x } } }", "0"}, // strict code inside still looks
		{"function f(x) { with (o) { return x } }", "- 0"},
		{"with (o) { (function x() { return x }) }", "- -"}, // a function expression's own name
	} {
		ast := mustParse(t, "t.js", c.src)
		withs := map[*Scope]int{}
		walkAST(ast, func(n any) {
			if w, ok := n.(*SWith); ok {
				withs[w.Scope] = len(withs)
			}
		})
		var got []string
		mark := func(with *Scope) {
			if with == nil {
				got = append(got, "-")
				return
			}
			got = append(got, strconv.Itoa(withs[with]))
		}
		walkAST(ast, func(n any) {
			switch id := n.(type) {
			case *EIdentifier:
				if id.Name == "x" {
					mark(id.With)
				}
			case *BIdentifier:
				if id.Name == "x" {
					mark(id.With)
				}
			}
		})
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: with %s, want %s", c.src, strings.Join(got, " "), c.want)
		}
	}
}
