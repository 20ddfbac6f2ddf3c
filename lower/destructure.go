package lower

import (
	js "github.com/js2go/js2go/frontend"
)

// Destructuring: an array pattern steps an iterator (rt.GetIteratorNamed,
// rt.IteratorValue, rt.IteratorRest) and closes it when the pattern is done
// before the iterator; an object pattern reads properties and collects the
// rest with rt.ObjectRest. Declarations (bind) and assignment patterns
// (pattern) share the same steps.

// bindMode says how bind stores into an identifier.
type bindMode uint8

const (
	bindDeclare bindMode = iota // let/const/param/catch: a new Go variable (unless declared early)
	bindAssign                  // var: the function's variable
)

// bind binds a declaration pattern to value.
func (l *lowerer) bind(b js.Binding, value Expr, mode bindMode) {
	switch d := b.Data.(type) {
	case *js.BIdentifier:
		if d.With != nil {
			// var x = v inside a with body assigns a with object's x (with.go).
			l.withSet(d.Name, l.withObjects(d.With, d.Ref), value, func(value Expr) { l.emit(&SAssign{Var: l.varOf(d.Ref), Value: value}) })
			return
		}
		if v := l.vars[d.Ref]; v != nil {
			l.emit(&SAssign{Var: v, Value: value})
			return
		}
		l.emit(&SLocal{Var: l.varOf(d.Ref), Value: value})
	case *js.BMissing:
		l.effect(value)
	case *js.BArray:
		src := l.hold(value)
		text := l.iterText
		l.iterText = ""
		it := l.temp("iter", callT(TIterator, "GetIteratorNamed", goStr(text), src))
		guarded := arrayBindingMayThrow(d)
		if guarded {
			// The bindings are assigned inside the try's closure.
			for _, s := range bindingSymbols(&js.SLocal{Decls: []js.Decl{{Binding: b}}}) {
				if l.vars[s] == nil {
					l.emit(&SLocal{Var: l.varOf(s)})
				}
			}
		}
		l.closingOnThrow(it, guarded, b.Loc, func() {
			for i, item := range d.Items {
				if guarded {
					l.elementPos(item.Binding.Loc, item.DefaultValue)
				}
				if d.HasSpread && i == len(d.Items)-1 {
					l.bind(item.Binding, call("IteratorRest", read(it)), mode)
					continue
				}
				v := call("IteratorValue", read(it))
				if _, hole := item.Binding.Data.(*js.BMissing); hole {
					l.emit(&SExpr{Value: v})
					continue
				}
				l.bindElement(item.Binding, v, item.DefaultValue, mode)
			}
			if !d.HasSpread {
				l.emit(&SExpr{Value: &EMethod{Recv: read(it), Method: "Close"}})
			}
		})
	case *js.BObject:
		src := l.hold(value)
		l.emit(&SExpr{Value: call("RequireObjectCoercible", src, goStr(firstKeyName(d)))})
		var keys []Expr
		for _, p := range d.Properties {
			if p.IsSpread {
				l.bind(p.Value, &ECall{Func: "ObjectRest", Args: append([]Expr{src}, keys...)}, mode)
				continue
			}
			k := l.patternKey(p.Key, p.IsComputed)
			keys = append(keys, k)
			l.bindElement(p.Value, call("GetProp", src, k), p.DefaultValue, mode)
		}
	}
}

// bindElement binds one element, applying its default when the value is undefined.
func (l *lowerer) bindElement(b js.Binding, value Expr, def *js.Expr, mode bindMode) {
	if def != nil {
		t := l.temp("v", value)
		l.defaultValue(t, *def)
		value = read(t)
	}
	if d, ok := b.Data.(*js.BObject); ok && def == nil {
		// V8 words a nested pattern's null (without a default) as a
		// property read's error.
		value = l.hold(value)
		l.emit(&SExpr{Value: call("RequireObjectCoercibleNested", value, goStr(firstKeyName(d)))})
	}
	l.bind(b, value, mode)
}

// hold makes sure a value read several times is a variable or a constant.
func (l *lowerer) hold(value Expr) Expr {
	if isConst(value) {
		return value
	}
	if v, ok := value.(*EVar); ok && !v.Var.Captured {
		return value
	}
	return read(l.temp("src", value))
}

// patternKey lowers a pattern property's key to a PropertyKey held in a
// temporary when computed (it is also excluded from a rest element).
func (l *lowerer) patternKey(k js.Expr, computed bool) Expr {
	if computed {
		return read(l.temp("key", call("ToPropertyKey", l.expr(k))))
	}
	switch k := k.Data.(type) {
	case *js.EString:
		return key(WTF8(k.Value))
	case *js.ENumber:
		return key(numberKey(k.Value))
	case *js.EBigInt:
		return key(k.Value)
	}
	l.unsupported(k.Loc, "this property key")
	return nil
}

// firstKeyName names the first property of an object pattern, for V8's
// "Cannot destructure property 'a' of 'undefined'" message.
func firstKeyName(d *js.BObject) string {
	if len(d.Properties) > 0 && !d.Properties[0].IsComputed {
		if s, ok := d.Properties[0].Key.Data.(*js.EString); ok {
			return WTF8(s.Value)
		}
	}
	return ""
}

// pattern lowers an assignment pattern (an array or object literal on the
// left of `=`, or a for-in/of head) to stores of parts of value.
func (l *lowerer) pattern(target js.Expr, value Expr) {
	switch d := target.Data.(type) {
	case *js.EArray:
		src := l.hold(value)
		it := l.temp("iter", callT(TIterator, "GetIteratorNamed", goStr(""), src))
		guarded := arrayPatternMayThrow(d)
		l.closingOnThrow(it, guarded, target.Loc, func() {
			rest := false
			for _, item := range d.Items {
				if guarded {
					var def *js.Expr
					if b, ok := item.Data.(*js.EBinary); ok && b.Op == js.BinOpAssign {
						def = &b.Right
					}
					l.elementPos(item.Loc, def)
				}
				switch e := item.Data.(type) {
				case *js.EMissing:
					l.emit(&SExpr{Value: call("IteratorValue", read(it))})
				case *js.ESpread:
					rest = true
					l.patternElement(e.Value, call("IteratorRest", read(it)))
				default:
					l.patternElement(item, call("IteratorValue", read(it)))
				}
			}
			if !rest {
				l.emit(&SExpr{Value: &EMethod{Recv: read(it), Method: "Close"}})
			}
		})
	case *js.EObject:
		src := l.hold(value)
		first := ""
		if len(d.Properties) > 0 && !d.Properties[0].IsComputed {
			first = keyName(d.Properties[0])
		}
		l.emit(&SExpr{Value: call("RequireObjectCoercible", src, goStr(first))})
		var keys []Expr
		for _, p := range d.Properties {
			if p.Kind == js.PropertySpread {
				l.assignTo(*p.Value, &ECall{Func: "ObjectRest", Args: append([]Expr{src}, keys...)})
				continue
			}
			k := l.patternKey(p.Key, p.IsComputed)
			keys = append(keys, k)
			v := call("GetProp", src, k)
			if p.Initializer != nil {
				t := l.temp("v", v)
				l.defaultValue(t, *p.Initializer)
				l.assignTo(*p.Value, read(t))
				continue
			}
			l.patternElement(*p.Value, v)
		}
	default:
		l.assignTo(target, value)
	}
}

// patternElement assigns one element of an assignment pattern, which may
// carry a default (`a = 1`). A member target (`o.p`, `o[k()]`) is evaluated
// before value, which is what steps the iterator or reads the property.
func (l *lowerer) patternElement(target js.Expr, value Expr) {
	var def *js.Expr
	if b, ok := target.Data.(*js.EBinary); ok && b.Op == js.BinOpAssign {
		target, def = b.Left, &b.Right
	}
	var member *ref
	switch target.Data.(type) {
	case *js.EDot, *js.EIndex, *js.EPrivateDot:
		r := l.reference(target, true)
		member = &r
	}
	if def != nil {
		t := l.temp("v", value)
		l.defaultValue(t, *def)
		value = read(t)
	}
	if member != nil {
		l.set(*member, value)
		return
	}
	l.assignTo(target, value)
}

// closingOnThrow lowers the steps of an array pattern; when guarded, inside a
// try that closes the iterator if a step left before it was done: a throw
// calls return() and keeps the exception (CloseOnThrow); a return (a
// generator's return() at a yield in the pattern) calls return() and checks
// what it gives (Close). An exception from next itself leaves the iterator
// done, unclosed.
func (l *lowerer) closingOnThrow(it *Var, guarded bool, loc js.Loc, steps func()) {
	if !guarded {
		steps()
		return
	}
	l.emit(&SPos{Loc: loc})
	param := l.newVar("e", TValue)
	try := &STry{Exc: l.newVar("exc", TExc), Completion: l.newVar("completion", TInt), Param: param}
	try.Body = l.into(steps)
	try.Catch = []Stmt{
		&SExpr{Value: &EMethod{Recv: read(it), Method: "CloseOnThrow"}},
		&SThrow{Value: read(param)},
	}
	try.Finally = []Stmt{&SExpr{Value: &EMethod{Recv: read(it), Method: "Close"}}}
	l.emit(try)
}

// elementPos gives each step of a guarded pattern a position of its own
// (that of its default when it has one): it runs in the try's closure, where
// stack traces take their line from it.
func (l *lowerer) elementPos(loc js.Loc, def *js.Expr) {
	if def != nil {
		loc = def.Loc
	}
	l.emit(&SPos{Loc: loc})
}

// arrayBindingMayThrow reports an array pattern with a step that can throw
// while its iterator is open: a default that calls something, or a nested pattern.
func arrayBindingMayThrow(d *js.BArray) bool {
	for _, item := range d.Items {
		switch item.Binding.Data.(type) {
		case *js.BArray, *js.BObject:
			return true
		}
		if item.DefaultValue != nil && !quietDefault(*item.DefaultValue) {
			return true
		}
	}
	return false
}

// arrayPatternMayThrow is arrayBindingMayThrow for an assignment pattern,
// where storing into a member (a setter) can throw too.
func arrayPatternMayThrow(d *js.EArray) bool {
	for _, item := range d.Items {
		target := item
		if s, ok := item.Data.(*js.ESpread); ok {
			target = s.Value
		}
		if b, ok := target.Data.(*js.EBinary); ok && b.Op == js.BinOpAssign {
			if !quietDefault(b.Right) {
				return true
			}
			target = b.Left
		}
		switch target.Data.(type) {
		case *js.EIdentifier, *js.EMissing:
		default:
			return true
		}
	}
	return false
}

// quietDefault reports a default value whose evaluation cannot throw.
func quietDefault(e js.Expr) bool {
	switch e.Data.(type) {
	case *js.ENumber, *js.EString, *js.EBoolean, *js.ENull, *js.EUndefined, *js.EFunction, *js.EArrow:
		return true
	}
	return false
}
