package lower

import js "github.com/js2go/js2go/frontend"

// Await: `await x` becomes a statement of its own, SAwait, which suspends
// the function until x settles and then declares Result with the value it
// settled with. Being a statement, it makes ordered spill every operand
// lowered before it into a temporary, so that `f(a(), await b, c())` still
// calls a before the suspension and c after it. The async pass (async.go)
// cuts the function's body into states at each SAwait.

// SAwait suspends on Value and declares Result as the value awaited.
type SAwait struct {
	Value  Expr
	Result *Var
	Loc    js.Loc
}

func (*SAwait) isStmt() {}

// await lowers an await expression.
func (l *lowerer) await(e js.Expr, d *js.EAwait) Expr {
	v := l.expr(d.Value)
	t := l.newVar("awaited", TValue)
	l.emit(&SAwait{Value: v, Result: t, Loc: e.Loc})
	return read(t)
}
