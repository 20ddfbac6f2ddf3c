package codegen

import "github.com/js2go/js2go/lower"

// countReads counts the reads of every variable in the program, so that a
// variable never read is printed as `_` (Go rejects unused variables). A
// return inside a try closure reads the function's Result variable. A pure
// value stored into a variable never read is not printed at all (see stmt),
// so its own reads do not count: that is iterated to a fixed point.
func countReads(prog *lower.Program) map[*lower.Var]int {
	reads := map[*lower.Var]int{}
	type store struct {
		target *lower.Var
		value  lower.Expr
	}
	var stores []store
	var fn *lower.Func
	var expr func(e lower.Expr)
	var stmts func(list []lower.Stmt, inTry bool)
	expr = func(e lower.Expr) {
		switch e := e.(type) {
		case *lower.EVar:
			reads[e.Var]++
		case *lower.ECall:
			for _, a := range e.Args {
				expr(a)
			}
		case *lower.EMethod:
			expr(e.Recv)
			for _, a := range e.Args {
				expr(a)
			}
		case *lower.ENot:
			expr(e.X)
		case *lower.ELogical:
			expr(e.X)
			expr(e.Y)
		case *lower.EEq:
			expr(e.X)
			expr(e.Y)
		case *lower.ESlice:
			for _, a := range e.Items {
				expr(a)
			}
		case *lower.EAppend:
			expr(e.Slice)
			for _, a := range e.Items {
				expr(a)
			}
		case *lower.EFunc:
			saved := fn
			fn = e.Func
			stmts(e.Func.Body, false)
			fn = saved
		}
	}
	stmts = func(list []lower.Stmt, inTry bool) {
		for _, s := range list {
			switch s := s.(type) {
			case *lower.SLocal:
				if s.Value != nil {
					expr(s.Value)
					if pure(s.Value) {
						stores = append(stores, store{s.Var, s.Value})
					}
				}
			case *lower.SLocalPair:
				expr(s.Value)
			case *lower.SAssign:
				expr(s.Value)
				if pure(s.Value) {
					stores = append(stores, store{s.Var, s.Value})
				}
			case *lower.SExpr:
				expr(s.Value)
			case *lower.SBlock:
				stmts(s.Body, inTry)
			case *lower.SIf:
				expr(s.Cond)
				stmts(s.Yes, inTry)
				stmts(s.No, inTry)
			case *lower.SLoop:
				for _, d := range s.Init {
					expr(d.Value)
				}
				if s.Cond != nil {
					expr(s.Cond)
				}
				stmts(s.Body, inTry)
				stmts(s.Post, inTry)
			case *lower.SLabeled:
				stmts(s.Body, inTry)
			case *lower.SSwitch:
				expr(s.Tag)
				for _, c := range s.Cases {
					if c.Test != nil {
						expr(c.Test)
					}
					stmts(c.Body, inTry)
				}
			case *lower.SReturn:
				if s.Value != nil {
					expr(s.Value)
					if inTry && fn.Result != nil {
						reads[fn.Result]++
					}
				}
			case *lower.SThrow:
				expr(s.Value)
			case *lower.STry:
				stmts(s.Body, true)
				stmts(s.Catch, inTry || s.Finally != nil)
				stmts(s.Finally, inTry)
			}
		}
	}
	fn = prog.Main
	stmts(prog.Main.Body, false)
	dropped := make([]bool, len(stores))
	for changed := true; changed; {
		changed = false
		for i, st := range stores {
			if !dropped[i] && !st.target.Shared && reads[st.target] == 0 {
				dropped[i], changed = true, true
				unread(reads, st.value)
			}
		}
	}
	return reads
}

// unread takes back the reads of a pure expression that is not printed.
func unread(reads map[*lower.Var]int, e lower.Expr) {
	switch e := e.(type) {
	case *lower.EVar:
		reads[e.Var]--
	case *lower.ECall:
		for _, a := range e.Args {
			unread(reads, a)
		}
	}
}
