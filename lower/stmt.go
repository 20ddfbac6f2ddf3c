package lower

import (
	js "github.com/js2go/js2go/frontend"
)

// Statements map to Go statements one to one where Go has the construct;
// loops become `for`, labelled blocks a labelled Go block left by goto,
// switch a Go switch with fallthrough, try a runtime call with closures.

func (l *lowerer) stmts(list []js.Stmt) {
	for _, s := range list {
		l.stmt(s, nil)
	}
}

// stmt lowers one statement; labels are the labels written right before it.
func (l *lowerer) stmt(s js.Stmt, labels []string) {
	switch d := s.Data.(type) {
	case *js.SEmpty, *js.SDebugger, *js.SDirective:
	case *js.SExpr:
		l.pos(s.Loc)
		l.exprStmt(d.Value)
	case *js.SLocal:
		l.pos(s.Loc)
		l.local(d)
	case *js.SFunction:
		if d.IsAnnexB && d.VarRef != nil && d.Fn.Name != nil {
			l.pos(s.Loc)
			fnVar := l.varOf(d.Fn.Name.Data.(*js.BIdentifier).Ref)
			l.emit(&SAssign{Var: l.varOf(d.VarRef), Value: read(fnVar)})
		}
	case *js.SClass:
		l.quote(int(d.Class.Range.Loc), int(d.Class.Range.End()))
		l.pos(s.Loc)
		l.classDecl(d.Class)
	case *js.SBlock:
		l.block(d.Scope, d.Stmts)
	case *js.SIf:
		l.pos(s.Loc)
		cond := toBool(l.expr(d.Test))
		yes := l.into(func() { l.nested(d.Yes) })
		var no []Stmt
		if d.No != nil {
			no = l.into(func() { l.nested(*d.No) })
		}
		l.emit(&SIf{Cond: cond, Yes: yes, No: no})
	case *js.SWhile:
		l.pos(s.Loc)
		label := l.newLabel(labels)
		loop := &SLoop{Label: label}
		loop.Body = l.into(func() {
			loop.Cond = l.loopTest(d.Test)
			l.loopBody(label, labels, d.Body)
		})
		l.emit(loop)
	case *js.SDoWhile:
		l.pos(s.Loc)
		l.doWhile(d, labels)
	case *js.SFor:
		l.pos(s.Loc)
		l.forLoop(d, labels)
	case *js.SForIn:
		l.pos(s.Loc)
		l.forIn(d, labels)
	case *js.SForOf:
		l.pos(s.Loc)
		if d.IsAwait {
			l.forAwait(d, labels) // generator.go
		} else {
			l.forOf(d, labels)
		}
	case *js.SLabel:
		l.labelled(s, d, labels)
	case *js.SBreak:
		l.pos(s.Loc)
		l.jump(s.Loc, d.Label, false)
	case *js.SContinue:
		l.pos(s.Loc)
		l.jump(s.Loc, d.Label, true)
	case *js.SReturn:
		l.pos(s.Loc)
		l.ret(d.Value)
	case *js.SThrow:
		l.pos(s.Loc)
		l.column(s.Loc)
		l.emit(&SThrow{Value: l.expr(d.Value)})
	case *js.STry:
		l.pos(s.Loc)
		l.try(d)
	case *js.SSwitch:
		l.pos(s.Loc)
		l.switchStmt(d, labels)
	case *js.SWith:
		l.pos(s.Loc)
		l.withStmt(d)
	case *js.SImport, *js.SExportClause, *js.SExportFrom, *js.SExportStar, *js.SExportDefault:
		l.moduleStmt(s) // module.go
	default:
		l.unsupported(s.Loc, "this statement")
	}
}

// nested lowers the body of an if or loop: a block keeps its scope.
func (l *lowerer) nested(s js.Stmt) {
	l.scoped(func() {
		if b, ok := s.Data.(*js.SBlock); ok {
			l.declareScope(b.Scope, b.Stmts, false)
			l.stmts(b.Stmts)
			return
		}
		l.stmt(s, nil)
	})
}

// block lowers a block statement as a Go block.
func (l *lowerer) block(scope *js.Scope, body []js.Stmt) {
	l.scoped(func() {
		l.emit(&SBlock{Body: l.into(func() {
			l.declareScope(scope, body, false)
			l.stmts(body)
		})})
	})
}

// local lowers a var/let/const declaration.
func (l *lowerer) local(d *js.SLocal) {
	if d.Kind == js.LocalUsing || d.Kind == js.LocalAwaitUsing {
		l.unsupported(0, "using declarations")
	}
	for _, decl := range d.Decls {
		if decl.Value == nil {
			if d.Kind == js.LocalVar {
				continue // var x; changes nothing
			}
			l.bind(decl.Binding, undefined, bindDeclare)
			continue
		}
		mode := bindDeclare
		if d.Kind == js.LocalVar {
			mode = bindAssign
		}
		// The frontend has named anonymous functions after their binding.
		value := l.expr(*decl.Value)
		if _, ok := decl.Binding.Data.(*js.BArray); ok {
			// V8 names the initialiser: "a is not iterable".
			l.iterText = l.calleeText(*decl.Value)
		}
		l.bind(decl.Binding, value, mode)
	}
}

// newLabel makes the label of a loop or switch.
func (l *lowerer) newLabel(names []string) *Label {
	name := ""
	if len(names) > 0 {
		name = names[len(names)-1]
	}
	return &Label{Name: name}
}

// loopTest lowers a loop condition: a pure expression is returned for the
// Go for clause; one that needs statements is tested at the top of the body
// (statements emitted into the current block) and nil is returned.
func (l *lowerer) loopTest(test js.Expr) Expr {
	var cond Expr
	pre := l.into(func() { cond = toBool(l.expr(test)) })
	if len(pre) == 0 {
		return cond
	}
	l.emit(pre...)
	l.emit(&SIf{Cond: &ENot{X: cond}, Yes: []Stmt{&SBreak{}}})
	return nil
}

// loopBody lowers a loop's body with the loop as the target of jumps.
func (l *lowerer) loopBody(label *Label, names []string, body js.Stmt) {
	l.fn.jumps = append(l.fn.jumps, &jumpTarget{names: names, label: label, isLoop: true})
	l.nested(body)
	l.fn.jumps = l.fn.jumps[:len(l.fn.jumps)-1]
}

// doWhile: `for ok := true; ok; ok = test { body }`, so that continue tests.
func (l *lowerer) doWhile(d *js.SDoWhile, labels []string) {
	label := l.newLabel(labels)
	ok := l.newVar("ok", TBool)
	loop := &SLoop{Label: label, Init: []*SLocal{{Var: ok, Value: goBool(true)}}}
	loop.Cond = read(ok)
	loop.Body = l.into(func() { l.loopBody(label, labels, d.Body) })
	loop.Post = l.into(func() {
		l.emit(&SAssign{Var: ok, Value: toBool(l.expr(d.Test))})
	})
	l.emit(loop)
}

// forLoop lowers `for (init; test; update)`. A let/const head that closures
// capture is declared in the Go for clause, which gives every iteration its
// own copy exactly as JavaScript's CreatePerIterationEnvironment does.
func (l *lowerer) forLoop(d *js.SFor, labels []string) {
	label := l.newLabel(labels)
	l.scoped(func() {
		l.emit(&SBlock{Body: l.into(func() {
			loop := &SLoop{Label: label}
			if d.Init != nil {
				l.stmt(*d.Init, nil)
				if local, ok := d.Init.Data.(*js.SLocal); ok && local.Kind != js.LocalVar && d.PerIterationLets {
					// Redeclare each binding in the for clause, shadowing the
					// block's variable of the same Go name.
					for _, s := range bindingSymbols(local) {
						outer := l.varOf(s)
						inner := &Var{Name: outer.Name}
						loop.Init = append(loop.Init, &SLocal{Var: inner, Value: read(outer)})
						l.vars[s] = inner
					}
				}
			}
			loop.Body = l.into(func() {
				if d.Test != nil {
					loop.Cond = l.loopTest(*d.Test)
				}
				l.loopBody(label, labels, d.Body)
			})
			if d.Update != nil {
				loop.Post = l.into(func() { l.exprStmt(*d.Update) })
			}
			l.emit(loop)
		})})
	})
}

// bindingSymbols lists the symbols a declaration binds, in order.
func bindingSymbols(d *js.SLocal) []*js.Symbol {
	var list []*js.Symbol
	var walk func(b js.Binding)
	walk = func(b js.Binding) {
		switch b := b.Data.(type) {
		case *js.BIdentifier:
			list = append(list, b.Ref)
		case *js.BArray:
			for _, it := range b.Items {
				walk(it.Binding)
			}
		case *js.BObject:
			for _, p := range b.Properties {
				walk(p.Value)
			}
		}
	}
	for _, decl := range d.Decls {
		walk(decl.Binding)
	}
	return list
}

// forIn: `it := rt.ForIn(obj); for { k, ok := it.Next() ... }`.
func (l *lowerer) forIn(d *js.SForIn, labels []string) {
	label := l.newLabel(labels)
	l.scoped(func() {
		l.emit(&SBlock{Body: l.into(func() {
			if local, ok := d.Init.Data.(*js.SLocal); ok && local.Kind == js.LocalVar && local.Decls[0].Value != nil {
				l.local(local) // the legacy `for (var a = 1 in o)` initialiser
			}
			it := l.temp("keys", callT(TForIn, "ForIn", l.expr(d.Value)))
			loop := &SLoop{Label: label}
			loop.Body = l.into(func() {
				k := l.newVar("key", TValue)
				ok := l.newVar("ok", TBool)
				l.emit(&SLocalPair{Vars: [2]*Var{k, ok}, Value: &EMethod{Recv: read(it), Method: "Next"}})
				l.emit(&SIf{Cond: &ENot{X: read(ok)}, Yes: []Stmt{&SBreak{}}})
				l.forHead(d.Init, read(k))
				l.loopBody(label, labels, d.Body)
			})
			l.emit(loop)
		})})
	})
}

// forHead binds a for-in/for-of head to the current value: a declaration
// (a fresh Go variable per iteration, declared in the body) or a target.
func (l *lowerer) forHead(init js.Stmt, value Expr) {
	switch h := init.Data.(type) {
	case *js.SLocal:
		mode := bindDeclare
		if h.Kind == js.LocalVar {
			mode = bindAssign
		}
		l.bind(h.Decls[0].Binding, value, mode)
	case *js.SExpr:
		l.assignTo(h.Value, value)
	default:
		l.unsupported(init.Loc, "this for-in/of head")
	}
}

// forOf: `it := rt.GetIteratorNamed(text, v); for { x, ok := it.Next() ... }`
// in a try that closes the iterator when the loop is left early.
func (l *lowerer) forOf(d *js.SForOf, labels []string) {
	label := l.newLabel(labels)
	l.scoped(func() {
		l.emit(&SBlock{Body: l.into(func() {
			it := l.temp("iter", callT(TIterator, "GetIteratorNamed", goStr(l.calleeText(d.Value)), l.iterable(d)))
			try := l.newTry()
			loop := &SLoop{Label: label}
			loop.Body = l.into(func() {
				v := l.newVar("value", TValue)
				ok := l.newVar("ok", TBool)
				l.emit(&SLocalPair{Vars: [2]*Var{v, ok}, Value: &EMethod{Recv: read(it), Method: "Next"}})
				l.emit(&SIf{Cond: &ENot{X: read(ok)}, Yes: []Stmt{&SBreak{}}})
				l.forHead(d.Init, read(v))
				l.loopBody(label, labels, d.Body)
			})
			// An exception thrown by the body (not by next) closes the iterator.
			param := l.newVar("e", TValue)
			try.Body = []Stmt{loop}
			try.Param = param
			try.Catch = []Stmt{
				&SExpr{Value: &EMethod{Recv: read(it), Method: "CloseOnThrow"}},
				&SThrow{Value: read(param)},
			}
			// However else the loop is left (break, return, a continue of an
			// outer loop), once the body's own finally blocks have run; Close
			// does nothing when the loop ran to the end.
			try.Finally = []Stmt{&SExpr{Value: &EMethod{Recv: read(it), Method: "Close"}}}
			l.emit(try)
		})})
	})
}

// iterable lowers the operand of a for-of or for await, where a let/const
// head's names are in their dead zone (`for (let x of f(() => x))`): a read
// of one throws, since that scope's bindings are never initialised.
func (l *lowerer) iterable(d *js.SForOf) Expr {
	h, ok := d.Init.Data.(*js.SLocal)
	if !ok || h.Kind == js.LocalVar {
		return l.expr(d.Value)
	}
	saved := l.unbound
	l.unbound = map[*js.Symbol]bool{}
	for s := range saved {
		l.unbound[s] = true
	}
	var fresh []*js.Symbol
	for _, s := range bindingSymbols(h) {
		l.unbound[s] = true
		if l.vars[s] == nil {
			fresh = append(fresh, s)
		}
	}
	v := l.expr(d.Value)
	l.unbound = saved
	for _, s := range fresh {
		// A read there made the variable without declaring it; the head declares it.
		delete(l.vars, s)
	}
	return v
}

// labelled lowers `name: stmt`: a loop takes the label for continue; any
// other statement becomes a block that a labelled break leaves.
func (l *lowerer) labelled(s js.Stmt, d *js.SLabel, outer []string) {
	names := append(append([]string(nil), outer...), d.Name)
	switch d.Stmt.Data.(type) {
	case *js.SFor, *js.SForIn, *js.SForOf, *js.SWhile, *js.SDoWhile, *js.SLabel:
		l.stmt(d.Stmt, names)
		return
	}
	label := &Label{Name: d.Name}
	l.fn.jumps = append(l.fn.jumps, &jumpTarget{names: names, label: label, isBlock: true})
	body := l.into(func() { l.stmt(d.Stmt, nil) })
	l.fn.jumps = l.fn.jumps[:len(l.fn.jumps)-1]
	l.emit(&SLabeled{Label: label, Body: body})
}

// jump lowers break and continue (the for-of loops it leaves close their
// iterators after it, see forOf).
func (l *lowerer) jump(loc js.Loc, name string, isContinue bool) {
	jumps := l.fn.jumps
	for i := len(jumps) - 1; i >= 0; i-- {
		t := jumps[i]
		match := false
		if name == "" {
			match = !t.isBlock && (t.isLoop || !isContinue)
		} else {
			for _, n := range t.names {
				match = match || n == name
			}
		}
		if !match {
			continue
		}
		if isContinue {
			l.emit(&SContinue{Target: t.label})
		} else {
			l.emit(&SBreak{Target: t.label})
		}
		return
	}
	l.syntaxError(loc, "Illegal break statement")
}

// ret lowers return (the for-of loops it leaves close their iterators
// after it, see forOf).
func (l *lowerer) ret(value *js.Expr) {
	var v Expr
	if value != nil {
		v = l.awaitInAsyncGenerator(l.expr(*value), value.Loc) // generator.go
	}
	if l.fn.derived {
		if v == nil {
			v = call("CheckThis", read(l.fn.this))
		} else {
			v = call("DerivedReturn", v, read(l.fn.this))
		}
	}
	if v == nil && l.fn.ir.Sig != SigMain {
		v = undefined
	}
	l.emit(&SReturn{Value: v})
}

// try lowers try/catch/finally.
func (l *lowerer) try(d *js.STry) {
	t := l.newTry()
	t.Body = l.into(func() {
		l.declareScope(d.BodyScope, d.Body, false)
		l.stmts(d.Body)
	})
	if d.Catch != nil {
		c := d.Catch
		var param *Var
		t.Catch = l.into(func() {
			if c.Binding != nil {
				if id, ok := c.Binding.Data.(*js.BIdentifier); ok {
					param = l.varOf(id.Ref)
				} else {
					param = l.newVar("e", TValue)
					l.bind(*c.Binding, read(param), bindDeclare)
				}
			}
			l.declareScope(c.Scope, nil, false)
			l.declareScope(c.BodyScope, c.Body, false)
			l.stmts(c.Body)
		})
		t.Param = param
		if t.Catch == nil {
			t.Catch = []Stmt{}
		}
	}
	if d.Finally != nil {
		t.Finally = l.into(func() {
			l.declareScope(d.Finally.Scope, d.Finally.Body, false)
			l.stmts(d.Finally.Body)
		})
		if t.Finally == nil {
			t.Finally = []Stmt{}
		}
	}
	l.emit(t)
}

// switchStmt lowers a switch; its bindings are declared before the Go switch
// because JavaScript's case bodies share one scope.
func (l *lowerer) switchStmt(d *js.SSwitch, labels []string) {
	label := l.newLabel(labels)
	l.scoped(func() {
		l.emit(&SBlock{Body: l.into(func() {
			tag := l.temp("tag", l.expr(d.Test))
			var bodies []js.Stmt
			for _, c := range d.Cases {
				bodies = append(bodies, c.Body...)
			}
			l.declareScope(d.Scope, bodies, true)
			sw := &SSwitch{Label: label, Tag: read(tag)}
			l.fn.jumps = append(l.fn.jumps, &jumpTarget{names: labels, label: label})
			simple := true
			tests := make([]Expr, len(d.Cases))
			pres := make([][]Stmt, len(d.Cases))
			for i, c := range d.Cases {
				if c.Test == nil {
					continue
				}
				pres[i] = l.into(func() { tests[i] = l.expr(*c.Test) })
				simple = simple && len(pres[i]) == 0
			}
			if simple {
				for i, c := range d.Cases {
					var test Expr
					if c.Test != nil {
						test = callT(TBool, "StrictEquals", read(tag), tests[i])
					}
					sw.Cases = append(sw.Cases, SwitchCase{Test: test, Body: l.into(func() { l.stmts(c.Body) })})
				}
			} else {
				// The tests run in a chain of ifs that finds the index of the
				// case to enter; the Go switch then compares indices.
				index := l.newVar("match", TInt)
				l.emit(&SLocal{Var: index, Value: goInt(-1)})
				block := l.fn.block
				for i, c := range d.Cases {
					if c.Test == nil {
						continue
					}
					l.emit(pres[i]...)
					hit := &SIf{Cond: callT(TBool, "StrictEquals", read(tag), tests[i]), Yes: []Stmt{&SAssign{Var: index, Value: goInt(i)}}}
					l.emit(hit)
					l.fn.block = &hit.No
				}
				l.fn.block = block
				for i, c := range d.Cases {
					var test Expr
					if c.Test != nil {
						test = &EEq{X: read(index), Y: goInt(i)}
					}
					sw.Cases = append(sw.Cases, SwitchCase{Test: test, Body: l.into(func() { l.stmts(c.Body) })})
				}
			}
			l.fn.jumps = l.fn.jumps[:len(l.fn.jumps)-1]
			l.emit(sw)
		})})
	})
}

// newTry makes a try statement with its variables; a return inside it is
// carried by the function's Result variable.
func (l *lowerer) newTry() *STry {
	if l.fn.ir.Result == nil && l.fn.ir.Sig != SigMain {
		// Code anywhere in the function may name it: a name no block used.
		l.fn.ir.Result = &Var{Name: l.prog.names.unused(l.fn.ir, "result"), Type: TValue}
	}
	return &STry{Exc: l.newVar("exc", TExc), Completion: l.newVar("completion", TInt)}
}
