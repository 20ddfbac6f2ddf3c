package lower

import js "github.com/js2go/js2go/frontend"

// The with statement: `with (o) body` keeps rt.WithObject(o) in a Go
// variable of the function (a closure made in the body captures it, an
// async function's frame keeps it across an await, in a cell of its own per
// loop iteration when a closure captures it). The binder marks every
// name used in a with body and not declared inside it (EIdentifier.With);
// each read, write, call, typeof or delete of such a name becomes a chain
//
//	if rt.WithHas(w, "x") { ...w's property... } else if rt.WithHas(w2, "x") { ... } else { ...x... }
//
// over the with objects from the innermost out, ending in what the name
// means without them (a local variable, a global, a ReferenceError). As V8
// does, every read and every write looks the name up again.

// withStmt lowers `with (value) body`.
func (l *lowerer) withStmt(d *js.SWith) {
	obj := l.expr(d.Value)
	l.scoped(func() {
		l.emit(&SBlock{Body: l.into(func() {
			w := l.temp("with", call("WithObject", obj))
			if l.withs == nil {
				l.withs = map[*js.Scope]*Var{}
			}
			l.withs[d.Scope] = w
			l.nested(d.Body)
		})})
	})
}

// withObjects lists the variables of the with objects a name marked with
// the with body inner is looked up in, innermost first: those of the with
// bodies from inner out to the scope declaring sym.
func (l *lowerer) withObjects(inner *js.Scope, sym *js.Symbol) []*Var {
	var objs []*Var
	for s := inner; s != nil; s = s.Parent {
		if sym.Kind != js.SymUnbound && s.Members[sym.Name] == sym {
			break
		}
		if s.Kind == js.ScopeWith {
			objs = append(objs, l.withs[s])
		}
	}
	return objs
}

// withChain emits the lookup of name in objs: found runs for the first
// object that has it, fallback when none has.
func (l *lowerer) withChain(name string, objs []*Var, found func(w *Var), fallback func()) {
	if len(objs) == 0 {
		fallback()
		return
	}
	w := objs[0]
	yes := l.into(func() { found(w) })
	no := l.into(func() { l.withChain(name, objs[1:], found, fallback) })
	l.emit(&SIf{Cond: callT(TBool, "WithHas", read(w), goStr(name)), Yes: yes, No: no})
}

// withValue is a temporary set to found(w) for the with object w that has
// the name of id, or to fallback() when none has.
func (l *lowerer) withValue(id *js.EIdentifier, found func(w *Var) Expr, fallback func() Expr) Expr {
	t := l.newVar(id.Name, TValue)
	l.emit(&SLocal{Var: t})
	l.withChain(id.Name, l.withObjects(id.With, id.Ref), func(w *Var) {
		l.emit(&SAssign{Var: t, Value: found(w)})
	}, func() {
		l.emit(&SAssign{Var: t, Value: fallback()})
	})
	return read(t)
}

// withRead reads a name marked as used in a with body.
func (l *lowerer) withRead(loc js.Loc, id *js.EIdentifier) Expr {
	return l.withValue(id, func(w *Var) Expr {
		return call("WithGet", read(w), goStr(id.Name))
	}, func() Expr { return l.plainIdentifier(loc, id) })
}

// withCallee reads the function a call of a name in a with body calls, and
// its this: the with object that has the name, else undefined.
func (l *lowerer) withCallee(loc js.Loc, id *js.EIdentifier) (fn, this Expr) {
	f := l.newVar(id.Name, TValue)
	t := l.newVar("this", TValue)
	l.emit(&SLocal{Var: f}, &SLocal{Var: t})
	l.withChain(id.Name, l.withObjects(id.With, id.Ref), func(w *Var) {
		l.emit(&SAssign{Var: f, Value: call("WithGet", read(w), goStr(id.Name))})
		l.emit(&SAssign{Var: t, Value: read(w)})
	}, func() {
		l.emit(&SAssign{Var: f, Value: l.plainIdentifier(loc, id)})
	})
	return read(f), read(t)
}

// withSet writes value to a name marked as assigned in a with body (plain
// writes the binding itself when no with object has the name).
func (l *lowerer) withSet(name string, objs []*Var, value Expr, plain func(value Expr)) {
	if !isConst(value) {
		// The value is computed before the lookup, once.
		if v, ok := value.(*EVar); !ok || v.Var.Captured {
			value = read(l.temp("value", value))
		}
	}
	l.withChain(name, objs, func(w *Var) {
		l.emit(&SExpr{Value: call("WithSet", read(w), goStr(name), value, goBool(l.fn.strict))})
	}, func() { plain(value) })
}
