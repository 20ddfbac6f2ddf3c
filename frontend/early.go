package frontend

import (
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// Early errors: the static rules that make a parsable program a SyntaxError,
// with V8's messages and positions. The parser calls these as it goes; the
// binder adds the redeclaration rules (bind.go) and regexp.go checks patterns.

// checkIdentifierName rejects names that are not identifiers in the current
// context (strict reserved words, yield/await in their functions, escaped keywords).
func (p *parser) checkIdentifierName(t token) {
	if t.escapedKeyword {
		allowed := t.name == "yield" && !p.yieldIsKeyword() && !p.fn.strict || t.name == "await" && !p.awaitIsKeyword() && !p.isModule
		if !allowed {
			p.failAt(t.loc, "Keyword must not contain escaped characters")
		}
	}
	if t.tt == js.AwaitToken && p.awaitIsKeyword() {
		p.failAt(t.loc, "Unexpected reserved word")
	}
	if t.tt == js.YieldToken && (p.fn.strict || p.yieldIsKeyword()) {
		if p.fn.strict {
			p.failAt(t.loc, "Unexpected strict mode reserved word")
		}
		p.failAt(t.loc, "Unexpected identifier 'yield'")
	}
	if p.fn.strict && isStrictReserved(t.name) {
		p.failAt(t.loc, "Unexpected strict mode reserved word")
	}
	if t.name == "arguments" && !p.insideNonArrowFnSinceField() {
		p.failAt(t.loc, "'arguments' is not allowed in class field initializer or static initialization block")
	}
}

// isStrictReserved reports the words reserved only in strict mode code.
func isStrictReserved(name string) bool {
	switch name {
	case "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield":
		return true
	}
	return false
}

// startsOperand reports tokens that begin an expression but cannot follow one,
// so `await` before them was meant as the operator.
func startsOperand(t token) bool {
	switch t.tt {
	case js.StringToken, js.TemplateToken, js.TemplateStartToken, js.ThisToken, js.NullToken, js.TrueToken,
		js.FalseToken, js.FunctionToken, js.ClassToken, js.NewToken:
		return true
	}
	return js.IsNumeric(t.tt) || js.IsIdentifier(t.tt) && t.tt != js.OfToken && t.tt != js.AsToken
}

// checkParams applies the parameter rules that depend on the whole function:
// duplicates, strict-mode names, and "use strict" with non-simple parameters.
func (p *parser) checkParams(fn *Fn, isArrow bool) {
	if !fn.HasSimpleParams {
		for i, d := range fn.Directives {
			if d == "use strict" {
				p.failAt(fn.Body[i].Loc, "Illegal 'use strict' directive in function with non-simple parameter list")
			}
		}
	}
	seen := map[string]bool{}
	strictNames := fn.Strict
	noDuplicates := fn.Strict || isArrow || fn.IsMethod || !fn.HasSimpleParams
	for _, a := range fn.Args {
		forEachBindingName(a.Binding, func(name string, loc Loc) {
			if strictNames {
				if name == "eval" || name == "arguments" {
					p.failAt(loc, "Unexpected eval or arguments in strict mode")
				}
				if isStrictReserved(name) {
					p.failAt(loc, "Unexpected strict mode reserved word")
				}
			}
			if seen[name] && noDuplicates {
				p.failAt(loc, "Duplicate parameter name not allowed in this context")
			}
			seen[name] = true
		})
	}
}

// checkBindingName rejects names that cannot be declared in the current context.
func (p *parser) checkBindingName(name string, loc Loc, isLexical bool) {
	if isLexical && name == "let" {
		p.failAt(loc, "let is disallowed as a lexically bound name")
	}
	if p.fn.strict && (name == "eval" || name == "arguments") {
		p.failAt(loc, "Unexpected eval or arguments in strict mode")
	}
	if p.fn.strict && isStrictReserved(name) {
		p.failAt(loc, "Unexpected strict mode reserved word")
	}
	if name == "await" && (p.awaitIsKeyword() || p.isModule) {
		p.failAt(loc, "Unexpected reserved word")
	}
	if name == "yield" && p.yieldIsKeyword() {
		p.failAt(loc, "Unexpected identifier 'yield'")
	}
}

// checkPatternName checks a name nested in a destructuring pattern, where V8
// words strict-mode eval/arguments differently.
func (p *parser) checkPatternName(name string, loc Loc) {
	if p.fn.strict && (name == "eval" || name == "arguments") {
		p.failAt(loc, "Invalid destructuring assignment target")
	}
	p.checkBindingName(name, loc, false)
}

// declarePrivate records `#name` declared by a class member.
func (p *parser) declarePrivate(cc *classContext, pi *EPrivateIdentifier, prop Property) {
	kind := SymPrivateField
	switch prop.Kind {
	case PropertyMethod:
		kind = SymPrivateMethod
	case PropertyGet:
		kind = SymPrivateGetter
	case PropertySet:
		kind = SymPrivateSetter
	}
	if prev, ok := cc.declared[pi.Name]; ok {
		pair := (prev.kind == SymPrivateGetter && kind == SymPrivateSetter) || (prev.kind == SymPrivateSetter && kind == SymPrivateGetter)
		if !pair || prev.isStatic != prop.IsStatic {
			p.failAt(p.prevLoc, "Identifier '#"+pi.Name+"' has already been declared")
		}
		prev.sym.Kind = SymPrivateGetSet
		pi.Ref = prev.sym
		cc.declared[pi.Name] = privateDecl{kind: SymPrivateGetSet, isStatic: prop.IsStatic, sym: prev.sym}
		return
	}
	sym := &Symbol{Name: "#" + pi.Name, Kind: kind, Loc: prop.Key.Loc, IsStatic: prop.IsStatic}
	pi.Ref = sym
	cc.declared[pi.Name] = privateDecl{kind: kind, isStatic: prop.IsStatic, sym: sym}
}

// usePrivate records a use of `#name`; it is resolved when its class ends.
func (p *parser) usePrivate(name string, loc Loc, ref **Symbol) {
	if len(p.classes) == 0 {
		p.failAt(loc, "Private field '#"+name+"' must be declared in an enclosing class")
	}
	cc := p.classes[len(p.classes)-1]
	cc.used = append(cc.used, privateUse{name: name, loc: loc, ref: ref})
}

// resolvePrivates binds the uses inside a finished class; unresolved ones move
// to the enclosing class, or are errors at the outermost class.
func (p *parser) resolvePrivates(cc *classContext) {
	for _, u := range cc.used {
		if d, ok := cc.declared[u.name]; ok {
			*u.ref = d.sym
			continue
		}
		if len(p.classes) == 0 {
			p.failAt(u.loc, "Private field '#"+u.name+"' must be declared in an enclosing class")
		}
		outer := p.classes[len(p.classes)-1]
		outer.used = append(outer.used, u)
	}
}

// checkSimpleTarget validates a reference used as an assignment target:
// identifiers and non-optional member accesses, and calls when allowCall (V8
// keeps `f() = 1` a runtime ReferenceError).
func (p *parser) checkSimpleTarget(e Expr, msg string, allowCall bool) {
	switch d := e.Data.(type) {
	case *EIdentifier:
		if p.fn.strict && (d.Name == "eval" || d.Name == "arguments") {
			if msg == "Invalid destructuring assignment target" {
				p.failAt(e.Loc, msg)
			}
			p.failAt(e.Loc, "Unexpected eval or arguments in strict mode")
		}
		return
	case *EDot:
		if d.OptionalChain == OptionalChainNone {
			return
		}
	case *EIndex:
		if d.OptionalChain == OptionalChainNone {
			return
		}
	case *EPrivateDot:
		if d.OptionalChain == OptionalChainNone {
			return
		}
	case *ECall:
		if allowCall && d.OptionalChain == OptionalChainNone {
			return
		}
	}
	p.failAt(p.outerLoc(e), msg)
}

// checkAssignTarget validates the left side of `=` or a for-in/of head, which
// may be a destructuring pattern (unparenthesised array or object literal).
func (p *parser) checkAssignTarget(e Expr, msg string) {
	const patternMsg = "Invalid destructuring assignment target"
	switch d := e.Data.(type) {
	case *EArray:
		if p.isParen(e) {
			break
		}
		p.dropCoverErrors(e.Loc, p.prevEnd)
		for i, item := range d.Items {
			switch it := item.Data.(type) {
			case *EMissing:
				continue
			case *ESpread:
				if i != len(d.Items)-1 || p.arrayTrailingComma[d] {
					p.failAt(item.Loc, "Rest element must be last element")
				}
				if bin, ok := it.Value.Data.(*EBinary); ok && bin.Op == BinOpAssign && !p.isParen(it.Value) {
					p.failAt(item.Loc, patternMsg)
				}
				p.checkAssignTarget(it.Value, patternMsg)
				continue
			}
			p.checkPatternElement(item)
		}
		return
	case *EObject:
		if p.isParen(e) {
			break
		}
		p.dropCoverErrors(e.Loc, p.prevEnd)
		for i, prop := range d.Properties {
			switch {
			case prop.Kind == PropertySpread:
				if i != len(d.Properties)-1 || p.objectTrailingComma[d] {
					p.failAt(prop.Loc, "Rest element must be last element")
				}
				switch prop.Value.Data.(type) {
				case *EArray, *EObject:
					p.failAt(prop.Value.Loc, "`...` must be followed by an assignable reference in assignment contexts")
				}
				p.checkSimpleTarget(*prop.Value, patternMsg, false)
			case prop.Kind != PropertyNormal || prop.IsMethod:
				p.failAt(prop.Loc, patternMsg)
			case prop.IsShorthand:
				id := prop.Value.Data.(*EIdentifier)
				p.checkBindingName(id.Name, prop.Value.Loc, false)
			default:
				p.checkPatternElement(*prop.Value)
			}
		}
		return
	default:
		p.checkSimpleTarget(e, msg, msg != patternMsg)
		return
	}
	p.failAt(p.outerLoc(e), msg)
}

// checkPatternElement validates `target` or `target = default` inside a pattern.
func (p *parser) checkPatternElement(e Expr) {
	if b, ok := e.Data.(*EBinary); ok && b.Op == BinOpAssign && !p.isParen(e) {
		// The target was validated when the `=` was parsed.
		return
	}
	p.checkAssignTarget(e, "Invalid destructuring assignment target")
}

// checkDelete applies the strict-mode and private-name restrictions on `delete`.
func (p *parser) checkDelete(v Expr, loc Loc) {
	if _, ok := v.Data.(*EIdentifier); ok && p.fn.strict {
		if p.isParen(v) {
			p.failAt(p.prevLoc, "Delete of an unqualified identifier in strict mode.") // V8: the last `)`
		}
		p.failAt(v.Loc, "Delete of an unqualified identifier in strict mode.")
	}
	if d, ok := v.Data.(*EPrivateDot); ok {
		p.failAt(d.NameLoc, "Private fields can not be deleted")
	}
}

// validRegExpFlags accepts each of dgimsuyv at most once, and not both u and v.
func validRegExpFlags(flags string) bool {
	seen := map[rune]bool{}
	for _, c := range flags {
		if !strings.ContainsRune("dgimsuyv", c) || seen[c] {
			return false
		}
		seen[c] = true
	}
	return !(seen['u'] && seen['v'])
}

// failOctalEscape reports a legacy escape in strict code where V8 does: at the
// digit of an octal escape, at the backslash of `\8`/`\9`.
func (p *parser) failOctalEscape(strLoc Loc, o octalEscape) {
	at := strLoc + 1 + Loc(o.at)
	if o.is89 {
		p.failAt(at, "\\8 and \\9 are not allowed in strict mode.")
	}
	p.failAt(at+1, "Octal escape sequences are not allowed in strict mode.")
}
