package lower

import js "github.com/js2go/js2go/frontend"

// Generators: `yield x` and `yield* x` become a statement of their own,
// SYield, as await becomes SAwait (await.go), so that the operands lowered
// before it are spilled in order. A generator's body is cut into states by
// the async pass with SYield as one more suspension point; the frame is
// driven by the generator object (runtime/generator.go), which resumes it
// with the value next() was given, a throw, or a return completion.

// SYield suspends the generator with Value (or, Delegate, runs yield* over
// it) and declares Result as the value the generator is resumed with. An
// Initial one (no value, no result) ends the parameter bindings, which run
// when the generator function is called.
type SYield struct {
	Value    Expr
	Result   *Var
	Delegate bool
	Initial  bool
	Loc      js.Loc
}

func (*SYield) isStmt() {}

// yield lowers a yield expression.
func (l *lowerer) yield(e js.Expr, d *js.EYield) Expr {
	v := Expr(undefined)
	if d.Value != nil {
		v = l.expr(*d.Value)
	}
	if !d.IsStar {
		v = l.awaitInAsyncGenerator(v, e.Loc)
	}
	t := l.newVar("received", TValue)
	l.emit(&SYield{Value: v, Result: t, Delegate: d.IsStar, Loc: e.Loc})
	return read(t)
}

// generatorFunc turns f, the lowered body of a generator function, into a
// machine and returns the expression that makes its function object.
// initial: the body starts with an Initial SYield.
func (l *lowerer) generatorFunc(info *FuncInfo, f *Func, async, initial bool) Expr {
	start := "StartGenerator"
	if async {
		start = "StartAsyncGenerator"
	}
	if initial {
		start += "Bound"
	}
	if async {
		l.machine(info, f, "agen_", start)
		return call("NewAsyncGeneratorFunction", &EInfo{Info: info}, &EFunc{Func: f})
	}
	l.machine(info, f, "gen_", start)
	return call("NewGeneratorFunction", &EInfo{Info: info}, &EFunc{Func: f})
}

// awaitInAsyncGenerator is v, awaited when the function is an async
// generator: its yield and return await their operand.
func (l *lowerer) awaitInAsyncGenerator(v Expr, loc js.Loc) Expr {
	if l.fn.js == nil || !l.fn.js.IsAsync || !l.fn.js.IsGenerator { // nil: the top level
		return v
	}
	t := l.newVar("awaited", TValue)
	l.emit(&SAwait{Value: v, Result: t, Loc: loc})
	return read(t)
}

// yield flattens a yield: the frame hands the value out and returns; the
// next resumption starts the following state with the value sent in.
func (b *machineBuilder) yield(s *SYield) {
	if s.Initial {
		next := b.newState()
		b.end(&SSuspend{To: next})
		b.place(next)
		return
	}
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

// forAwait lowers `for await (head of v) body` in an async function, as
// forOf does a for-of, with each step's next() awaited and the iterator
// closed by AsyncIteratorClose, which awaits what return() gives:
//
//	it := rt.GetAsyncIteratorNamed(text, v)
//	try { for { r := await it.CallNext(); x, ok := it.Step(r); if !ok break; body } }
//	catch (e) { if it.StartCloseOnThrow() { try { await it.Returned() } catch {} }; throw e }
//	finally { if it.StartClose() { it.CheckReturned(await it.Returned()) } }
func (l *lowerer) forAwait(d *js.SForOf, labels []string) {
	label := l.newLabel(labels)
	method := func(it *Var, name string, args ...Expr) Expr {
		return &EMethod{Recv: read(it), Method: name, Args: args}
	}
	l.scoped(func() {
		l.emit(&SBlock{Body: l.into(func() {
			it := l.temp("iter", callT(TAsyncIterator, "GetAsyncIteratorNamed", goStr(l.calleeText(d.Value)), l.iterable(d)))
			try := l.newTry()
			loop := &SLoop{Label: label}
			loop.Body = l.into(func() {
				r := l.newVar("result", TValue)
				l.emit(&SAwait{Value: method(it, "CallNext"), Result: r, Loc: d.Value.Loc})
				v := l.newVar("value", TValue)
				ok := l.newVar("ok", TBool)
				l.emit(&SLocalPair{Vars: [2]*Var{v, ok}, Value: method(it, "Step", read(r))})
				l.emit(&SIf{Cond: &ENot{X: read(ok)}, Yes: []Stmt{&SBreak{}}})
				l.forHead(d.Init, read(v))
				l.loopBody(label, labels, d.Body)
			})
			param := l.newVar("e", TValue)
			ignore := l.newTry()
			ignore.Body = []Stmt{&SAwait{Value: method(it, "Returned"), Result: l.newVar("closed", TValue), Loc: d.Value.Loc}}
			ignore.Catch = []Stmt{}
			try.Body = []Stmt{loop}
			try.Param = param
			try.Catch = []Stmt{
				&SIf{Cond: method(it, "StartCloseOnThrow"), Yes: []Stmt{ignore}},
				&SThrow{Value: read(param)},
			}
			closed := l.newVar("closed", TValue)
			try.Finally = []Stmt{&SIf{Cond: method(it, "StartClose"), Yes: []Stmt{
				&SAwait{Value: method(it, "Returned"), Result: closed, Loc: d.Value.Loc},
				&SExpr{Value: method(it, "CheckReturned", read(closed))},
			}}}
			l.emit(try)
		})})
	})
}
