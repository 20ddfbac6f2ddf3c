package lower

import (
	js "github.com/js2go/js2go/frontend"
)

// Assignment, compound assignment and ++/--: the target is evaluated once
// into a reference (its object and key in temporaries), then read and
// written through it.

// refKind is what an assignment target is.
type refKind uint8

const (
	refLocal   refKind = iota // a Go variable
	refGlobal                 // a property of the global object
	refProp                   // obj.name
	refIndex                  // obj[key]
	refPrivate                // obj.#name
	refSuper                  // super.name / super[key]
)

// ref is an evaluated assignment target.
type ref struct {
	kind  refKind
	v     *Var
	id    *js.EIdentifier
	name  string // global name, or constant property name
	obj   Expr
	key   Expr // index key, or private name variable
	check bool // a TDZ check before writing
	// with lists the with objects a name is looked up in first (with.go).
	with []*Var
}

// reference evaluates a target's object and key. When twice is set they
// are stored in temporaries, to be read and then written.
func (l *lowerer) reference(target js.Expr, twice bool) ref {
	hold := func(e Expr, hint string) Expr {
		if twice && !isConst(e) {
			if v, ok := e.(*EVar); ok && !v.Var.Captured {
				return e
			}
			return read(l.temp(hint, e))
		}
		return e
	}
	switch t := target.Data.(type) {
	case *js.EIdentifier:
		var with []*Var
		if t.With != nil {
			with = l.withObjects(t.With, t.Ref)
		}
		if isLocal(t.Ref) {
			return ref{kind: refLocal, v: l.varOf(t.Ref), id: t, check: t.MayBeTDZ, with: with}
		}
		return ref{kind: refGlobal, name: t.Name, id: t, with: with}
	case *js.EDot:
		if _, ok := t.Target.Data.(*js.ESuper); ok {
			return ref{kind: refSuper, key: key(t.Name)}
		}
		return ref{kind: refProp, name: t.Name, obj: hold(l.expr(t.Target), "obj")}
	case *js.EIndex:
		if _, ok := t.Target.Data.(*js.ESuper); ok {
			return ref{kind: refSuper, key: hold(call("ToPropertyKey", l.expr(t.Index)), "key")}
		}
		parts := l.ordered(func() Expr { return l.expr(t.Target) }, func() Expr { return l.expr(t.Index) })
		return ref{kind: refIndex, obj: hold(parts[0], "obj"), key: hold(parts[1], "key")}
	case *js.EPrivateDot:
		return ref{kind: refPrivate, obj: hold(l.expr(t.Target), "obj"), key: read(l.privateVar(t.NameLoc, t.Ref))}
	}
	l.syntaxError(target.Loc, "Invalid left-hand side in assignment")
	return ref{}
}

// get reads through a reference.
func (l *lowerer) get(r ref) Expr {
	if r.with != nil {
		return l.withRead(0, r.id)
	}
	switch r.kind {
	case refLocal:
		if r.check {
			return &EMethod{Recv: read(r.v), Method: "CheckInit", Args: []Expr{goStr(r.id.Name)}, Result: TValue}
		}
		return l.readLocal(r.id.Ref, r.v)
	case refGlobal:
		return l.plainIdentifier(0, r.id)
	case refProp:
		return call("GetProp", r.obj, key(r.name))
	case refIndex:
		return call("GetIndex", r.obj, r.key)
	case refPrivate:
		return call("PrivateGet", r.obj, r.key)
	}
	return call("SuperGet", read(l.homeVar(0)), r.key, l.this())
}

// set writes value through a reference.
func (l *lowerer) set(r ref, value Expr) {
	if r.with != nil {
		with := r.with
		r.with = nil
		l.withSet(r.id.Name, with, value, func(value Expr) { l.set(r, value) })
		return
	}
	strict := goBool(l.fn.strict)
	switch r.kind {
	case refLocal:
		s := r.id.Ref
		switch s.Kind {
		case js.SymConst, js.SymImport:
			l.effect(value)
			if r.check {
				l.emit(&SExpr{Value: &EMethod{Recv: read(r.v), Method: "CheckInit", Args: []Expr{goStr(r.id.Name)}}})
			}
			l.emit(&SExpr{Value: call("ThrowTypeError", goStr("Assignment to constant variable."))})
			return
		case js.SymFunctionExpr, js.SymClassInner:
			l.effect(value)
			if l.fn.strict || s.Kind == js.SymClassInner {
				l.emit(&SExpr{Value: call("ThrowTypeError", goStr("Assignment to constant variable."))})
			}
			return
		}
		if r.check {
			l.emit(&SExpr{Value: &EMethod{Recv: read(r.v), Method: "CheckInit", Args: []Expr{goStr(r.id.Name)}}})
		}
		l.emit(&SAssign{Var: r.v, Value: value})
		if m, ok := l.mapped[s]; ok {
			l.emit(&SExpr{Value: call("MappedSet", read(m.arguments), goInt(m.index), read(r.v))})
		}
	case refGlobal:
		l.emit(&SExpr{Value: call("SetGlobal", goStr(r.name), value, strict)})
	case refProp:
		l.emit(&SExpr{Value: call("SetProp", r.obj, key(r.name), value, strict)})
	case refIndex:
		l.emit(&SExpr{Value: call("SetIndex", r.obj, r.key, value, strict)})
	case refPrivate:
		l.emit(&SExpr{Value: call("PrivateSet", r.obj, r.key, value)})
	case refSuper:
		l.emit(&SExpr{Value: call("SuperSet", read(l.homeVar(0)), r.key, value, l.this())})
	}
}

// assign lowers an assignment; with discard its value is not needed.
func (l *lowerer) assign(d *js.EBinary, loc js.Loc, discard bool) Expr {
	switch d.Left.Data.(type) {
	case *js.EArray, *js.EObject:
		if d.Op != js.BinOpAssign {
			l.syntaxError(loc, "Invalid left-hand side in assignment")
		}
		v := l.temp("value", l.expr(d.Right))
		l.pattern(d.Left, read(v))
		return read(v)
	}
	op := d.Op.BinaryOfAssign()
	if d.Op == js.BinOpAssign {
		var r ref
		var value Expr
		parts := l.ordered(func() Expr {
			r = l.reference(d.Left, false)
			if r.obj != nil {
				return r.obj
			}
			return &ENil{}
		}, func() Expr {
			if r.key != nil && r.kind == refIndex {
				return r.key
			}
			return &ENil{}
		}, func() Expr { return l.expr(d.Right) })
		if r.obj != nil {
			r.obj = parts[0]
		}
		if r.kind == refIndex {
			r.key = parts[1]
		}
		value = parts[2]
		return l.store(r, value, discard)
	}
	r := l.reference(d.Left, true)
	switch op {
	case js.BinOpLogicalAnd, js.BinOpLogicalOr, js.BinOpNullish:
		// Short-circuit: the target is only written when the right side runs.
		cur := l.temp("t", l.get(r))
		yes := l.into(func() {
			v := l.expr(d.Right)
			l.emit(&SAssign{Var: cur, Value: v})
			l.set(r, read(cur))
		})
		l.emit(&SIf{Cond: logicalTest(op, read(cur)), Yes: yes})
		return read(cur)
	}
	parts := l.ordered(func() Expr { return l.get(r) }, func() Expr { return l.expr(d.Right) })
	return l.store(r, call(binaryCalls[op], parts[0], parts[1]), discard)
}

// store writes value through r and returns the assigned value.
func (l *lowerer) store(r ref, value Expr, discard bool) Expr {
	if discard {
		l.set(r, value)
		return nil
	}
	if r.kind == refLocal && r.with == nil && r.id.Ref.Kind != js.SymConst && r.id.Ref.Kind != js.SymFunctionExpr && r.id.Ref.Kind != js.SymClassInner && r.id.Ref.Kind != js.SymImport {
		l.set(r, value)
		return read(r.v)
	}
	t := l.temp("t", value)
	l.set(r, read(t))
	return read(t)
}

// update lowers ++ and --: the old value is converted with ToNumeric, the
// new one stored, and the expression is the new (prefix) or old (postfix) one.
func (l *lowerer) update(d *js.EUnary, discard bool) Expr {
	fn := "Inc"
	if d.Op == js.UnOpPreDec || d.Op == js.UnOpPostDec {
		fn = "Dec"
	}
	prefix := d.Op == js.UnOpPreInc || d.Op == js.UnOpPreDec
	r := l.reference(d.Value, true)
	if discard || prefix {
		return l.store(r, call(fn, l.get(r)), discard)
	}
	old := l.temp("old", call("ToNumeric", l.get(r)))
	l.set(r, call(fn, read(old)))
	return read(old)
}

// assignTo stores an already evaluated value into an assignment target
// (a for-in/of head, an element of a destructuring assignment).
func (l *lowerer) assignTo(target js.Expr, value Expr) {
	switch target.Data.(type) {
	case *js.EArray, *js.EObject:
		l.pattern(target, value)
		return
	}
	if !isConst(value) {
		if v, ok := value.(*EVar); !ok || v.Var.Captured {
			value = read(l.temp("value", value))
		}
	}
	r := l.reference(target, false)
	l.set(r, value)
}
