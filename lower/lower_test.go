package lower

import (
	"testing"

	"github.com/stretchr/testify/require"

	js "github.com/js2go/js2go/frontend"
)

func lowerSource(t *testing.T, src string) (*Program, error) {
	t.Helper()
	ast, err := js.Parse(&js.Source{Name: "t.js", Path: "/t.js", Text: []byte(src)})
	require.NoError(t, err)
	return Lower(ast)
}

// TestDiagnostics checks what lowering refuses, with the position.
func TestDiagnostics(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{"eval('1')", "t.js:1:1: unsupported: direct eval"},
		{"const fs = require('fs')", `t.js:1:12: unsupported: require("fs")`},
	} {
		t.Run(tc.js, func(t *testing.T) {
			_, err := lowerSource(t, tc.js)
			require.EqualError(t, err, tc.want)
		})
	}
}

// TestNames checks the Go names JavaScript names become.
func TestNames(t *testing.T) {
	for _, tc := range []struct{ js, goName string }{
		{"x", "x"}, {"$el", "S_el"}, {"len", "len_"}, {"type", "type_"}, {"args", "args_"},
		{"this", "this_"}, {"café", "café"}, {"a\u200db", "a_b"},
	} {
		require.Equal(t, tc.goName, goIdent(tc.js), tc.js)
	}
	n := newNamer()
	outer := &Func{}
	inner := &Func{Parent: outer}
	require.Equal(t, "x", n.local(outer, "x"))
	require.Equal(t, "x_2", n.local(inner, "x"), "a closure must not shadow what it may capture")
	require.Equal(t, "y", n.local(inner, "y"))
	require.Equal(t, "y", n.local(&Func{Parent: outer}, "y"), "sibling functions may reuse names")
	require.Equal(t, "run_2", n.local(outer, "run"), "package-level names are reserved")
	require.Equal(t, "fn_x", n.global("fn_x"))
	require.Equal(t, "x_3", n.global("x"), "package-level names avoid every local")
}

// TestStorage checks where bindings live: TDZ checks only where binding
// found a use that may precede initialisation, per-iteration copies only for
// captured loop variables.
func TestStorage(t *testing.T) {
	prog, err := lowerSource(t, "f(a); let a = 1; let b = 2; f(b);\nfor (let i = 0; i < 2; i++) g(() => i);\nfor (let j = 0; j < 2; j++) g(j);")
	require.NoError(t, err)
	var locals []string
	var loops []*SLoop
	var walk func(list []Stmt)
	walk = func(list []Stmt) {
		for _, s := range list {
			switch s := s.(type) {
			case *SLocal:
				if c, ok := s.Value.(*EConst); ok && c.Kind == ConstUninitialized {
					locals = append(locals, s.Var.Name+"=tdz")
				} else {
					locals = append(locals, s.Var.Name)
				}
			case *SBlock:
				walk(s.Body)
			case *SLoop:
				loops = append(loops, s)
			}
		}
	}
	walk(prog.Main.Body)
	require.Equal(t, []string{"a=tdz", "b", "i", "j"}, locals)
	require.Len(t, loops, 2)
	require.Len(t, loops[0].Init, 1, "a captured loop variable is copied per iteration")
	require.Empty(t, loops[1].Init, "an uncaptured one is not")
}

// TestFuncInfo checks the static description of functions.
func TestFuncInfo(t *testing.T) {
	prog, err := lowerSource(t, "function f(a, b = 1, c) {}\nconst g = (...r) => r;\nclass C { m(x) {} static s() {} }")
	require.NoError(t, err)
	type info struct {
		Name   string
		Length int
		Kind   FuncKind
	}
	var got []info
	for _, i := range prog.Infos {
		got = append(got, info{i.Name, i.Length, i.Kind})
	}
	require.Equal(t, []info{{"f", 1, FuncNormal}, {"g", 0, FuncArrow}, {"C", 0, FuncClass}, {"m", 1, FuncMethod}, {"s", 0, FuncMethod}}, got)
	require.Equal(t, "function f(a, b = 1, c) {}", string(prog.Source.Text[prog.Infos[0].Start:prog.Infos[0].End]))
}
