package lower

import js "github.com/js2go/js2go/frontend"

// Generators: `yield x` and `yield* x` become a statement of their own,
// SYield, as await becomes SAwait (await.go), so that the operands lowered
// before it are spilled in order. A generator's body is cut into states by
// the async pass with SYield as one more suspension point; the frame is
// driven by the generator object (runtime/generator.go), which resumes it
// with the value next() was given, a throw, or a return completion.

// SYield suspends the generator with Value (or, Delegate, runs yield* over
// it) and declares Result as the value the generator is resumed with.
type SYield struct {
	Value    Expr
	Result   *Var
	Delegate bool
	Loc      js.Loc
}

func (*SYield) isStmt() {}

// yield lowers a yield expression.
func (l *lowerer) yield(e js.Expr, d *js.EYield) Expr {
	v := Expr(undefined)
	if d.Value != nil {
		v = l.expr(*d.Value)
	}
	t := l.newVar("received", TValue)
	l.emit(&SYield{Value: v, Result: t, Delegate: d.IsStar, Loc: e.Loc})
	return read(t)
}

// generatorFunc turns f, the lowered body of a generator function, into a
// machine and returns the expression that makes its function object.
func (l *lowerer) generatorFunc(info *FuncInfo, f *Func) Expr {
	l.machine(info, f, "gen_", "StartGenerator")
	return call("NewGeneratorFunction", &EInfo{Info: info}, &EFunc{Func: f})
}

// yield flattens a yield: the frame hands the value out and returns; the
// next resumption starts the following state with the value sent in.
func (b *machineBuilder) yield(s *SYield) {
	method := "Yield"
	if s.Delegate {
		method = "YieldStar"
	}
	b.emit(&SExpr{Value: &EMethod{Recv: read(b.m.Self), Method: method, Args: []Expr{s.Value}}})
	next := b.newState()
	b.end(&SSuspend{To: next})
	b.place(next)
	b.decl(&SLocal{Var: s.Result, Value: read(b.m.Value)})
}
