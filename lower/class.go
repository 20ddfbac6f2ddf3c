package lower

import (
	js "github.com/js2go/js2go/frontend"
)

// Classes: rt.NewClass makes the constructor (its body a Go function literal
// taking new.target) and its prototype; methods and accessors are defined on
// the prototype or the constructor in source order; instance fields and
// private methods become one initialiser function (rt.SetInstanceFields)
// that the runtime runs on each new instance (before a base constructor's
// body, right after super() in a derived one); static fields and blocks run
// in order in one function called with this = the class. Each private name
// is a *rt.PrivateName made when the class is evaluated, captured by the
// closures that use it.

// classDecl lowers a class declaration: the outer binding gets the class.
func (l *lowerer) classDecl(c *js.Class) {
	v := l.class(c)
	sym := c.Name.Data.(*js.BIdentifier).Ref
	if existing := l.vars[sym]; existing != nil {
		l.emit(&SAssign{Var: existing, Value: v})
		return
	}
	l.emit(&SLocal{Var: l.varOf(sym), Value: v})
}

// classExpr lowers a class expression.
func (l *lowerer) classExpr(c *js.Class) Expr { return l.class(c) }

// class lowers a class definition and returns the class value.
func (l *lowerer) class(c *js.Class) Expr {
	saved := l.fn.strict
	l.fn.strict = true
	defer func() { l.fn.strict = saved }()

	var parent Expr
	hasParent := c.Extends != nil
	name := c.InferredName
	if name == "" && c.Name != nil {
		name = c.Name.Data.(*js.BIdentifier).Name
	}
	// The inner name is in its dead zone while the heritage is evaluated.
	var inner *Var
	if c.Scope != nil {
		for _, s := range sortedMembers(c.Scope) {
			switch {
			case s.Kind == js.SymClassInner:
				inner = l.varOf(s)
				var init Expr
				if l.tdz[s] {
					init = &EConst{Kind: ConstUninitialized}
				}
				l.emit(&SLocal{Var: inner, Value: init})
			}
		}
	}
	// Private names, one per `#name` however many members (get and set) use it.
	for _, p := range c.Properties {
		if !p.IsPrivate() {
			continue
		}
		s := p.Key.Data.(*js.EPrivateIdentifier).Ref
		if s == nil || l.vars[s] != nil {
			continue
		}
		v := l.newVar("priv_"+s.Name[1:], TPrivate)
		l.vars[s] = v
		l.emit(&SLocal{Var: v, Value: callT(TPrivate, "NewPrivateName", goStr(s.Name), goStr(name))})
	}
	if hasParent {
		parent = l.hold(l.expr(*c.Extends))
	} else {
		parent = undefined
	}

	hint := name
	if hint == "" {
		hint = "class"
	}
	cls := l.newVar(hint+"_class", TObject)
	proto := l.newVar(hint+"_proto", TObject)
	kind := FuncClass
	if hasParent {
		kind = FuncDerivedCtor
	}
	info := &FuncInfo{GoName: l.prog.names.global("class_" + hint), Name: name, Kind: kind, Strict: true,
		Start: int(c.Range.Loc), End: int(c.Range.End())}
	l.prog.Infos = append(l.prog.Infos, info)

	var ctor Expr = &ENil{}
	if c.Ctor != nil && c.Ctor.Value != nil {
		fn := (*c.Ctor.Value).Data.(*js.EFunction).Fn
		for _, a := range fn.Args {
			if a.Default != nil {
				break
			}
			info.Length++
		}
		if fn.HasRestArg && info.Length == len(fn.Args) {
			info.Length--
		}
		f := l.lowerFunc(fn, SigConstruct, func(st *fnState) {
			st.class = cls
			st.home = proto
			st.derived = hasParent
		})
		ctor = &EFunc{Func: f}
	}
	l.emit(&SLocal{Var: cls})
	// The constructor looks up super in proto, so proto is declared before it.
	l.emit(&SLocal{Var: proto})
	l.emit(&SAssign{Var: cls, Value: callT(TObject, "NewClass", &EInfo{Info: info}, parent, goBool(hasParent), ctor)})
	l.emit(&SAssign{Var: proto, Value: callT(TObject, "ClassPrototype", read(cls))})

	// Methods and accessors, in order; field keys are evaluated here too.
	savedOwner := l.ownerName
	l.ownerName = name
	defer func() { l.ownerName = savedOwner }()
	type field struct {
		p   js.Property
		key Expr
	}
	var instance []field
	var statics []field
	var brands []*Var
	var staticBrands []*Var
	for _, p := range c.Properties {
		home := proto
		if p.IsStatic {
			home = cls
		}
		if p.Kind == js.PropertyStaticBlock {
			statics = append(statics, field{p: p})
			continue
		}
		if isCtor(p) {
			continue
		}
		if p.IsPrivate() {
			priv := p.Key.Data.(*js.EPrivateIdentifier)
			pv := l.privateVar(p.Key.Loc, priv.Ref)
			switch p.Kind {
			case js.PropertyMethod, js.PropertyGet, js.PropertySet:
				l.nextHome, l.owner = home, name
				fn := l.expr(*p.Value)
				l.nextHome, l.owner = nil, ""
				op := map[js.PropertyKind]string{js.PropertyMethod: "PrivateMethod", js.PropertyGet: "PrivateGetter", js.PropertySet: "PrivateSetter"}[p.Kind]
				l.emit(&SExpr{Value: call(op, read(pv), fn)})
				if p.IsStatic {
					staticBrands = appendOnce(staticBrands, pv)
				} else {
					brands = appendOnce(brands, pv)
				}
			default:
				if p.IsStatic {
					statics = append(statics, field{p: p, key: read(pv)})
				} else {
					instance = append(instance, field{p: p, key: read(pv)})
				}
			}
			continue
		}
		switch p.Kind {
		case js.PropertyMethod, js.PropertyGet, js.PropertySet:
			l.property(home, p, true)
			continue
		}
		k := l.propertyKey(p)
		if p.IsComputed {
			k = read(l.temp("key", k))
		}
		if p.IsStatic {
			statics = append(statics, field{p: p, key: k})
		} else {
			instance = append(instance, field{p: p, key: k})
		}
	}

	// The instance initialiser: private methods' brands, then the fields.
	if len(instance) > 0 || len(brands) > 0 {
		init := l.initializer(proto, func(this *Var) {
			for _, b := range brands {
				l.emit(&SExpr{Value: call("PrivateBrand", read(this), read(b))})
			}
			for _, f := range instance {
				l.fieldInit(this, f.p, f.key)
			}
		})
		l.emit(&SExpr{Value: call("SetInstanceFields", read(cls), init)})
	}
	if inner != nil {
		l.emit(&SAssign{Var: inner, Value: call("ObjectValue", read(cls))})
	}
	for _, b := range staticBrands {
		l.emit(&SExpr{Value: call("PrivateBrand", call("ObjectValue", read(cls)), read(b))})
	}
	if len(statics) > 0 {
		init := l.initializer(cls, func(this *Var) {
			for _, f := range statics {
				if f.p.Kind == js.PropertyStaticBlock {
					b := f.p.StaticBlock
					l.emit(&SBlock{Body: l.into(func() {
						l.declareVars(b.Scope)
						l.declareScope(b.Scope, b.Body, false)
						l.stmts(b.Body)
					})})
					continue
				}
				l.fieldInit(this, f.p, f.key)
			}
		})
		l.emit(&SExpr{Value: call("RunStatic", read(cls), init)})
	}
	return call("ObjectValue", read(cls))
}

// isCtor reports the `constructor` method of a class body.
func isCtor(p js.Property) bool {
	if p.IsStatic || p.IsComputed || p.Kind != js.PropertyMethod {
		return false
	}
	return keyName(p) == "constructor"
}

func appendOnce(list []*Var, v *Var) []*Var {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

// initializer lowers field initialisers or static elements into a Go
// function literal taking this; home is where super looks.
func (l *lowerer) initializer(home *Var, body func(this *Var)) Expr {
	f := &Func{Name: "initializer", Parent: l.fn.ir, Sig: SigInit}
	st := &fnState{parent: l.fn, ir: f, strict: true, home: home}
	st.this = &Var{Name: l.prog.names.param(f, "this")}
	f.This = st.this
	l.fn = st
	f.Body = l.into(func() { body(st.this) })
	l.fn = st.parent
	return &EFunc{Func: f}
}

// fieldInit defines one field on this.
func (l *lowerer) fieldInit(this *Var, p js.Property, k Expr) {
	l.pos(p.Loc)
	var v Expr = undefined
	if p.Value != nil {
		v = l.expr(*p.Value)
		if p.IsComputed && isAnonymousFunction(*p.Value) {
			t := l.temp("fn", v)
			l.emit(&SExpr{Value: call("SetFunctionName", read(t), k, goStr(""))})
			v = read(t)
		}
	}
	if p.IsPrivate() {
		l.emit(&SExpr{Value: call("PrivateDefine", read(this), k, v)})
		return
	}
	l.emit(&SExpr{Value: call("DefineFieldThrow", read(this), k, v)})
}

// privateVar is the variable holding a private name.
func (l *lowerer) privateVar(loc js.Loc, s *js.Symbol) *Var {
	if v := l.vars[s]; v != nil {
		return v
	}
	l.syntaxError(loc, "Private field must be declared in an enclosing class")
	return nil
}

// homeVar is the home object super looks in from the current code.
func (l *lowerer) homeVar(loc js.Loc) *Var {
	st := l.thisVar()
	if st.home == nil {
		l.syntaxError(loc, "'super' keyword unexpected here")
	}
	return st.home
}

// superCall lowers super(args) in a derived constructor (or an arrow in it).
func (l *lowerer) superCall(loc js.Loc, list []js.Expr) Expr {
	st := l.thisVar()
	if st.class == nil || !st.derived {
		l.syntaxError(loc, "'super' keyword unexpected here")
	}
	args, spread := l.args(list)
	nt := st.newTarget
	l.emit(&SAssign{Var: st.this, Value: &ECall{Func: "SuperCall", Args: append([]Expr{read(st.class), read(nt), read(st.this)}, args...), Spread: spread}})
	return read(st.this)
}
