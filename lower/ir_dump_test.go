package lower

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// expectIR lowers src and compares the dump of its top-level code.
func expectIR(t *testing.T, src, want string) {
	t.Helper()
	prog, err := lowerSource(t, src)
	require.NoError(t, err, src)
	require.Equal(t, want, dumpIR(prog.Main.Body), src)
}

// expectFuncIR lowers src and compares the dump of the body of its first
// function literal (in the order the dump prints them): `{ ... }`, or
// `machine { ... }` for an async function or generator.
func expectFuncIR(t *testing.T, src, want string) {
	t.Helper()
	prog, err := lowerSource(t, src)
	require.NoError(t, err, src)
	f := firstFunc(prog.Main.Body)
	require.NotNil(t, f, "no function in %q", src)
	require.Equal(t, want, dumpBody(f), src)
}

// firstFunc finds the first function literal in statements.
func firstFunc(list []Stmt) *Func {
	var found *Func
	var expr func(e Expr)
	expr = func(e Expr) {
		if found != nil {
			return
		}
		switch e := e.(type) {
		case *EFunc:
			found = e.Func
		case *ECall:
			for _, a := range e.Args {
				expr(a)
			}
		case *EMethod:
			expr(e.Recv)
			for _, a := range e.Args {
				expr(a)
			}
		case *ESlice:
			for _, a := range e.Items {
				expr(a)
			}
		}
	}
	var stmts func(list []Stmt)
	stmts = func(list []Stmt) {
		for _, s := range list {
			switch s := s.(type) {
			case *SLocal:
				expr(s.Value)
			case *SAssign:
				expr(s.Value)
			case *SExpr:
				expr(s.Value)
			case *SReturn:
				expr(s.Value)
			case *SBlock:
				stmts(s.Body)
			case *SIf:
				stmts(s.Yes)
				stmts(s.No)
			case *SLoop:
				stmts(s.Body)
			case *STry:
				stmts(s.Body)
				stmts(s.Catch)
				stmts(s.Finally)
			}
		}
	}
	stmts(list)
	return found
}
