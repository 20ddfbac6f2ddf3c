package lower

import (
	js "github.com/js2go/js2go/frontend"
)

// Template literals: an untagged one is rt.TemplateString over its strings
// and substitutions (each converted with ToString); a tagged one calls the
// tag with the site's cached template object (a package-level rt.TemplateSite)
// and the substitution values.

func (l *lowerer) template(loc js.Loc, d *js.ETemplate) Expr {
	if d.Tag == nil {
		parts := []func() Expr{}
		if len(d.Head) > 0 {
			parts = append(parts, func() Expr { return strConst16(d.Head) })
		}
		for _, p := range d.Parts {
			parts = append(parts, func() Expr { return l.expr(p.Value) })
			if len(p.Tail) > 0 {
				parts = append(parts, func() Expr { return strConst16(p.Tail) })
			}
		}
		if len(parts) == 0 {
			return strConst("")
		}
		return call("TemplateString", l.ordered(parts...)...)
	}
	site := &TemplateSite{GoName: l.prog.names.global("template"), Cooked: [][]uint16{d.Head}, Raw: []string{d.HeadRaw}}
	for _, p := range d.Parts {
		site.Cooked = append(site.Cooked, p.Tail)
		site.Raw = append(site.Raw, p.TailRaw)
	}
	l.prog.Templates = append(l.prog.Templates, site)
	callee := l.calleeText(*d.Tag)
	strs := &EMethod{Recv: &ETemplate{Site: site}, Method: "Object", Result: TValue}
	// The tag is evaluated first (with its this for a member tag), then the
	// substitutions.
	var this, fn Expr
	switch t := d.Tag.Data.(type) {
	case *js.EDot:
		obj := l.hold(l.expr(t.Target))
		this, fn = obj, call("GetProp", obj, key(t.Name))
	case *js.EIndex:
		obj := l.hold(l.expr(t.Target))
		this, fn = obj, call("GetIndex", obj, l.expr(t.Index))
	case *js.EIdentifier:
		if t.With != nil {
			fn, this = l.withCallee(d.Tag.Loc, t) // a tag in a with body
		} else {
			this, fn = undefined, l.expr(*d.Tag)
		}
	default:
		this, fn = undefined, l.expr(*d.Tag)
	}
	fn = l.hold(fn)
	values := make([]js.Expr, len(d.Parts))
	for i, p := range d.Parts {
		values[i] = p.Value
	}
	args := append([]Expr{goStr(callee), fn, this, strs}, l.exprs(values)...)
	return call("CallThis", args...)
}
