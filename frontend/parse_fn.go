package frontend

import (
	"github.com/tdewolff/parse/v2/js"
)

// fnKind is the syntactic kind of function being parsed.
type fnKind uint8

const (
	fnDecl fnKind = iota
	fnExpr
	fnMethod
	fnGetter
	fnSetter
	fnCtor
	fnDerivedCtor
)

// parseFnName parses the name of a function declaration or expression.
func (p *parser) parseFnName(isAsync, isGenerator, isDecl bool) *Binding {
	t := p.tok
	if !isDecl && (t.tt == js.YieldToken || t.tt == js.AwaitToken) {
		// A function expression's name is scoped to the function itself: it is
		// `yield`/`await`-restricted by its own kind, not by the enclosing code.
		if t.tt == js.YieldToken && (isGenerator || p.fn.strict) || t.tt == js.AwaitToken && (isAsync || p.isModule) {
			p.failAt(t.loc, unexpectedMessage(t, p.fn.strict))
		}
		p.next()
		return &Binding{t.loc, &BIdentifier{Name: t.name}}
	}
	name, loc := p.identifier()
	p.checkBindingName(name, loc, false)
	return &Binding{loc, &BIdentifier{Name: name}}
}

func (p *parser) parseFnExpr(loc Loc, isAsync, isGenerator bool) Expr {
	var name *Binding
	if !p.at(js.OpenParenToken) {
		name = p.parseFnName(isAsync, isGenerator, false)
	}
	fn := p.parseFn(loc, fnExpr, name, isAsync, isGenerator)
	return Expr{loc, &EFunction{Fn: fn}}
}

// parseFn parses parameters and body, the current token being `(`.
func (p *parser) parseFn(loc Loc, kind fnKind, name *Binding, isAsync, isGenerator bool) *Fn {
	fn := &Fn{Name: name, Loc: loc, IsAsync: isAsync, IsGenerator: isGenerator, IsDecl: kind == fnDecl}
	if name != nil {
		fn.InferredName = name.Data.(*BIdentifier).Name
	}
	isMethod := kind >= fnMethod
	fn.IsMethod = isMethod
	fn.IsGetter = kind == fnGetter
	fn.IsSetter = kind == fnSetter
	fn.IsConstructor = kind == fnCtor || kind == fnDerivedCtor
	fn.IsDerivedCtor = kind == fnDerivedCtor
	// `await` names inside a non-arrow function never concern enclosing async arrow parameters.
	idents := len(p.awaitIdents)
	defer func() { p.awaitIdents = p.awaitIdents[:idents] }()
	parent := p.fn
	ctx := &fnContext{parent: parent, fn: fn, isAsync: isAsync, isGenerator: isGenerator, strict: parent.strict,
		allowReturn: true, allowNewTarget: true, allowSuperProp: isMethod, allowSuperCall: kind == fnDerivedCtor}
	p.fn = ctx
	savedIn := p.allowIn
	p.allowIn = true

	ctx.inParams = true
	parenLoc := p.tok.loc
	p.expect(js.OpenParenToken)
	for !p.at(js.CloseParenToken) {
		if p.at(js.EllipsisToken) {
			p.next()
			b := p.parseBinding(false)
			if p.at(js.EqToken) {
				p.failAt(p.tok.loc, "Rest parameter may not have a default initializer")
			}
			fn.Args = append(fn.Args, Arg{Binding: b})
			fn.HasRestArg = true
			if !p.at(js.CloseParenToken) {
				p.failAt(p.tok.loc, "Rest parameter must be last formal parameter")
			}
			break
		}
		arg := Arg{Binding: p.parseBinding(false)}
		if p.eat(js.EqToken) {
			v := p.parseExpr(LComma)
			p.checkCoverErrors(v.Loc)
			nameFnValue(&v, arg.Binding)
			arg.Default = &v
		}
		fn.Args = append(fn.Args, arg)
		if !p.eat(js.CommaToken) {
			if !p.at(js.CloseParenToken) {
				p.unexpected()
			}
		}
	}
	p.next()
	ctx.inParams = false
	fn.HasSimpleParams = simpleParams(fn.Args, fn.HasRestArg)

	switch kind {
	case fnGetter:
		if len(fn.Args) != 0 {
			p.failAt(parenLoc, "Getter must not have any formal parameters.")
		}
	case fnSetter:
		if len(fn.Args) != 1 {
			p.failAt(parenLoc, "Setter must have exactly one formal parameter.")
		}
		if fn.HasRestArg {
			p.failAt(parenLoc, "Setter function argument must not be a rest parameter")
		}
	}

	fn.BodyLoc = p.tok.loc
	if !p.at(js.OpenBraceToken) {
		p.unexpected()
	}
	p.next()
	fn.Body, fn.Directives = p.parseBody(js.CloseBraceToken)
	p.next()
	fn.Strict = ctx.strict
	p.fn = parent
	p.allowIn = savedIn
	fn.Range = Range{loc, int32(p.prevEnd - loc)}
	if name != nil && fn.Strict && !parent.strict {
		id := name.Data.(*BIdentifier)
		if id.Name == "eval" || id.Name == "arguments" {
			p.failAt(name.Loc, "Unexpected eval or arguments in strict mode")
		}
		if isStrictReserved(id.Name) {
			p.failAt(name.Loc, "Unexpected strict mode reserved word")
		}
	}
	p.checkParams(fn, false)
	return fn
}

// forEachBindingName calls f for every identifier a binding declares.
func forEachBindingName(b Binding, f func(name string, loc Loc)) {
	switch d := b.Data.(type) {
	case *BIdentifier:
		f(d.Name, b.Loc)
	case *BArray:
		for _, it := range d.Items {
			forEachBindingName(it.Binding, f)
		}
	case *BObject:
		for _, prop := range d.Properties {
			forEachBindingName(prop.Value, f)
		}
	}
}

// parseBinding parses a binding identifier or pattern.
func (p *parser) parseBinding(isLexical bool) Binding {
	loc := p.tok.loc
	switch p.tok.tt {
	case js.OpenBracketToken, js.OpenBraceToken:
		p.patternDepth++
		defer func() { p.patternDepth-- }()
	}
	switch p.tok.tt {
	case js.OpenBracketToken:
		p.next()
		b := &BArray{}
		for !p.at(js.CloseBracketToken) {
			if p.at(js.CommaToken) {
				b.Items = append(b.Items, ArrayBindingItem{Binding: Binding{p.tok.loc, &BMissing{}}})
				p.next()
				continue
			}
			if p.at(js.EllipsisToken) {
				restLoc := p.tok.loc
				p.next()
				b.Items = append(b.Items, ArrayBindingItem{Binding: p.parseBinding(isLexical)})
				b.HasSpread = true
				if !p.at(js.CloseBracketToken) {
					p.failAt(restLoc, "Rest element must be last element")
				}
				break
			}
			item := ArrayBindingItem{Binding: p.parseBinding(isLexical)}
			if p.eat(js.EqToken) {
				var v Expr
				p.withIn(func() { v = p.parseExpr(LComma) })
				p.checkCoverErrors(v.Loc)
				nameFnValue(&v, item.Binding)
				item.DefaultValue = &v
			}
			b.Items = append(b.Items, item)
			if !p.at(js.CloseBracketToken) {
				p.expect(js.CommaToken)
			}
		}
		p.next()
		return Binding{loc, b}
	case js.OpenBraceToken:
		p.next()
		b := &BObject{}
		for !p.at(js.CloseBraceToken) {
			pb := PropertyBinding{Loc: p.tok.loc}
			if p.at(js.EllipsisToken) {
				p.next()
				if p.at(js.OpenBraceToken) || p.at(js.OpenBracketToken) {
					p.failAt(p.tok.loc, "`...` must be followed by an identifier in declaration contexts")
				}
				name, nloc := p.identifier()
				p.checkBindingName(name, nloc, isLexical)
				pb.IsSpread = true
				pb.Value = Binding{nloc, &BIdentifier{Name: name}}
				b.Properties = append(b.Properties, pb)
				if !p.at(js.CloseBraceToken) {
					p.failAt(pb.Loc, "Rest element must be last element")
				}
				break
			}
			keyTok := p.tok
			key, computed := p.parsePropertyKey(false)
			pb.Key, pb.IsComputed = key, computed
			if !computed && !p.at(js.ColonToken) && (js.IsIdentifierName(keyTok.tt)) {
				// Shorthand `{a}` or `{a = 1}`.
				if !p.isIdentToken(keyTok) {
					p.unexpectedToken(keyTok)
				}
				p.checkIdentifierName(keyTok)
				p.checkBindingName(keyTok.name, keyTok.loc, isLexical)
				pb.IsShorthand = true
				pb.Value = Binding{keyTok.loc, &BIdentifier{Name: keyTok.name}}
			} else {
				p.expect(js.ColonToken)
				pb.Value = p.parseBinding(isLexical)
			}
			if p.eat(js.EqToken) {
				var v Expr
				p.withIn(func() { v = p.parseExpr(LComma) })
				p.checkCoverErrors(v.Loc)
				nameFnValue(&v, pb.Value)
				pb.DefaultValue = &v
			}
			b.Properties = append(b.Properties, pb)
			if !p.at(js.CloseBraceToken) {
				p.expect(js.CommaToken)
			}
		}
		p.next()
		return Binding{loc, b}
	}
	name, nloc := p.identifier()
	if p.patternDepth > 0 && p.fn.strict && (name == "eval" || name == "arguments") {
		p.failAt(nloc, "Invalid destructuring assignment target")
	}
	p.checkBindingName(name, nloc, isLexical)
	return Binding{nloc, &BIdentifier{Name: name}}
}

// parsePropertyKey parses a property name: identifier name, string, number,
// bigint, `[computed]` or (when allowPrivate) `#name`.
func (p *parser) parsePropertyKey(allowPrivate bool) (Expr, bool) {
	t := p.tok
	switch {
	case t.tt == js.OpenBracketToken:
		p.next()
		var k Expr
		p.withIn(func() { k = p.parseExpr(LComma) })
		p.checkCoverErrors(k.Loc)
		p.expect(js.CloseBracketToken)
		return k, true
	case t.tt == js.StringToken, js.IsNumeric(t.tt):
		return p.parsePrefix(LMember), false
	case t.tt == js.PrivateIdentifierToken:
		if !allowPrivate {
			p.unexpected()
		}
		p.next()
		return Expr{t.loc, &EPrivateIdentifier{Name: t.name}}, false
	case js.IsIdentifierName(t.tt):
		p.next()
		return Expr{t.loc, &EString{Value: stringToUTF16(t.name)}}, false
	}
	p.unexpected()
	return Expr{}, false
}

func stringToUTF16(s string) []uint16 {
	out := make([]uint16, 0, len(s))
	for _, r := range s {
		out = appendCodePoint(out, r)
	}
	return out
}

// keyName is the static name of a non-computed key ("" for computed ones).
func keyName(k Expr) string {
	switch d := k.Data.(type) {
	case *EString:
		return string(utf16ToRunes(d.Value))
	case *ENumber:
		return formatNumberKey(d.Value)
	case *EBigInt:
		return d.Value
	case *EPrivateIdentifier:
		return "#" + d.Name
	}
	return ""
}

func utf16ToRunes(s []uint16) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := rune(s[i])
		if c >= 0xD800 && c < 0xDC00 && i+1 < len(s) && s[i+1] >= 0xDC00 && s[i+1] < 0xE000 {
			c = (c-0xD800)<<10 + (rune(s[i+1]) - 0xDC00) + 0x10000
			i++
		}
		out = append(out, c)
	}
	return out
}

// isPropertyStart reports whether a token can start a property key, so that
// `get`/`set`/`async`/`static` before it are modifiers rather than names.
func isPropertyStart(t token) bool {
	switch t.tt {
	case js.OpenBracketToken, js.StringToken, js.PrivateIdentifierToken, js.MulToken:
		return true
	}
	return js.IsIdentifierName(t.tt) || js.IsNumeric(t.tt)
}

// parseProperty parses an object literal member, or a class member when class != nil.
func (p *parser) parseProperty(isClass bool, class *classInfo) Property {
	loc := p.tok.loc
	prop := Property{Loc: loc}
	if !isClass && p.at(js.EllipsisToken) {
		p.next()
		v := p.parseExpr(LComma)
		prop.Kind = PropertySpread
		prop.Value = &v
		return prop
	}
	if isClass && p.isContextual("static") {
		next := p.peek()
		if next.tt == js.OpenBraceToken {
			p.next()
			return p.parseStaticBlock(loc)
		}
		if isPropertyStart(next) {
			prop.IsStatic = true
			p.next()
		}
	}
	memberStart := p.tok.loc // toString of a method starts here: after `static`, at any async/*/get/set
	isAsync, isGenerator := false, false
	kind := PropertyNormal
	if p.isContextual("async") {
		next := p.peek()
		if !next.nlBefore && isPropertyStart(next) {
			isAsync = true
			p.next()
		}
	}
	if p.at(js.MulToken) {
		isGenerator = true
		p.next()
	}
	if !isAsync && !isGenerator && (p.isContextual("get") || p.isContextual("set")) {
		next := p.peek()
		if isPropertyStart(next) && next.tt != js.MulToken {
			if p.tok.name == "get" {
				kind = PropertyGet
			} else {
				kind = PropertySet
			}
			p.next()
		}
	}
	keyTok := p.tok
	key, computed := p.parsePropertyKey(isClass)
	prop.Key, prop.IsComputed = key, computed
	name := ""
	if !computed {
		name = keyName(key)
	}
	if _, ok := key.Data.(*EPrivateIdentifier); ok && name == "#constructor" {
		if isAsync || isGenerator || kind != PropertyNormal || p.at(js.OpenParenToken) {
			p.failAt(keyTok.loc, "Class constructor may not be a private method")
		}
		p.failAt(keyTok.loc, "Classes may not have a private field named '#constructor'")
	}

	if isAsync || isGenerator || kind != PropertyNormal || p.at(js.OpenParenToken) {
		// A method.
		fk := fnMethod
		switch kind {
		case PropertyGet:
			fk = fnGetter
		case PropertySet:
			fk = fnSetter
		default:
			kind = PropertyMethod
		}
		isCtor := isClass && !prop.IsStatic && !computed && name == "constructor" && keyTok.tt != js.PrivateIdentifierToken
		if isCtor {
			switch {
			case kind != PropertyMethod:
				p.failAt(keyTok.loc, "Class constructor may not be an accessor")
			case isGenerator:
				p.failAt(keyTok.loc, "Class constructor may not be a generator")
			case isAsync:
				p.failAt(keyTok.loc, "Class constructor may not be an async method")
			}
			fk = fnCtor
			if class.hasExtends {
				fk = fnDerivedCtor
			}
		}
		if isClass && prop.IsStatic && !computed && name == "prototype" {
			p.failAt(keyTok.loc, "Classes may not have a static property named 'prototype'")
		}
		fn := p.parseFn(keyTok.loc, fk, nil, isAsync, isGenerator)
		fn.Range = Range{memberStart, int32(fn.Range.End() - memberStart)}
		fn.IsClassMember = isClass
		if !computed {
			// A computed key's name is known only at run time (SetFunctionName).
			fn.InferredName = methodName(name, kind)
		}
		prop.Kind = kind
		prop.IsMethod = true
		v := Expr{keyTok.loc, &EFunction{Fn: fn}}
		prop.Value = &v
		return prop
	}

	if isClass {
		// A field, with an optional initialiser, ended by `;` or ASI.
		if !computed && (name == "constructor") {
			p.failAt(keyTok.loc, "Classes may not have a field named 'constructor'")
		}
		if prop.IsStatic && !computed && (name == "prototype" || name == "constructor") {
			p.failAt(keyTok.loc, "Classes may not have a static property named 'prototype'")
		}
		if p.eat(js.EqToken) {
			parent := p.fn
			p.fn = &fnContext{parent: parent, strict: true, isFieldInit: true, allowNewTarget: true, allowSuperProp: true}
			savedIn := p.allowIn
			p.allowIn = true
			v := p.parseExpr(LComma)
			p.allowIn = savedIn
			p.checkCoverErrors(v.Loc)
			p.fn = parent
			if !computed {
				setInferredName(&v, name)
			}
			prop.Value = &v
		}
		if !p.eat(js.SemicolonToken) && !p.at(js.CloseBraceToken) && !p.tok.nlBefore {
			p.unexpected()
		}
		return prop
	}

	// Object literal: `key: value`, `key` or `key = init` (cover grammar only).
	if p.eat(js.ColonToken) {
		v := p.parseExpr(LComma)
		if !computed {
			setInferredName(&v, name)
		}
		prop.Value = &v
		return prop
	}
	if computed || !js.IsIdentifierName(keyTok.tt) {
		p.unexpected()
	}
	if !p.isIdentToken(keyTok) {
		p.unexpectedToken(keyTok)
	}
	p.checkIdentifierName(keyTok)
	prop.IsShorthand = true
	v := Expr{keyTok.loc, &EIdentifier{Name: keyTok.name}}
	prop.Value = &v
	if p.at(js.EqToken) {
		p.coverErrors = append(p.coverErrors, coverError{keyTok.loc, "Invalid shorthand property initializer"})
		p.next()
		init := p.parseExpr(LComma)
		setInferredName(&init, keyTok.name)
		prop.Initializer = &init
	}
	return prop
}

func methodName(name string, kind PropertyKind) string {
	switch kind {
	case PropertyGet:
		return "get " + name
	case PropertySet:
		return "set " + name
	}
	return name
}

// classInfo is what member parsing needs to know about the enclosing class.
type classInfo struct{ hasExtends bool }

func (p *parser) parseStaticBlock(loc Loc) Property {
	p.next() // {
	parent := p.fn
	p.fn = &fnContext{parent: parent, strict: true, isFieldInit: true, isStaticBlock: true, allowNewTarget: true, allowSuperProp: true}
	savedIn, savedDepth := p.allowIn, p.depth
	p.allowIn = true
	var body []Stmt
	for !p.at(js.CloseBraceToken) {
		if p.atEOF() {
			p.unexpected()
		}
		body = append(body, p.parseStmt(stmtList))
	}
	p.next()
	p.allowIn, p.depth = savedIn, savedDepth
	p.fn = parent
	return Property{Loc: loc, Kind: PropertyStaticBlock, StaticBlock: &ClassStaticBlock{Loc: loc, Body: body}}
}

// parseClass parses a class declaration or expression at the `class` keyword.
func (p *parser) parseClass(isDecl bool) *Class {
	loc := p.tok.loc
	p.next()
	c := &Class{Loc: loc}
	savedStrict := p.fn.strict
	p.fn.strict = true // all parts of a class are strict mode code
	defer func() { p.fn.strict = savedStrict }()
	if p.isIdentToken(p.tok) || p.at(js.YieldToken) || p.at(js.AwaitToken) {
		name, nloc := p.identifier()
		p.checkBindingName(name, nloc, true)
		c.Name = &Binding{nloc, &BIdentifier{Name: name}}
		c.InferredName = name
	} else if isDecl && !p.allowAnonymousDefault {
		p.unexpected()
	}
	p.allowAnonymousDefault = false
	info := &classInfo{}
	if p.eat(js.ExtendsToken) {
		e := p.parseExpr(LPostfix)
		p.checkCoverErrors(e.Loc)
		c.Extends = &e
		info.hasExtends = true
	}
	c.BodyLoc = p.tok.loc
	p.expect(js.OpenBraceToken)
	cc := &classContext{declared: map[string]privateDecl{}}
	p.classes = append(p.classes, cc)
	savedIn := p.allowIn
	p.allowIn = true
	for !p.at(js.CloseBraceToken) {
		if p.eat(js.SemicolonToken) {
			continue
		}
		if p.atEOF() {
			p.unexpected()
		}
		prop := p.parseProperty(true, info)
		if prop.Kind == PropertyMethod && !prop.IsStatic && !prop.IsComputed && keyName(prop.Key) == "constructor" && !prop.IsPrivate() {
			if c.Ctor != nil {
				p.failAt(prop.Key.Loc, "A class may only have one constructor")
			}
		}
		if pi, ok := prop.Key.Data.(*EPrivateIdentifier); ok {
			p.declarePrivate(cc, pi, prop)
		}
		c.Properties = append(c.Properties, prop)
		if prop.Kind == PropertyMethod && !prop.IsStatic && !prop.IsComputed && keyName(prop.Key) == "constructor" && !prop.IsPrivate() {
			c.Ctor = &c.Properties[len(c.Properties)-1]
		}
	}
	p.allowIn = savedIn
	p.next()
	// Re-point Ctor: appending may have moved the slice.
	for i := range c.Properties {
		prop := &c.Properties[i]
		if prop.Kind == PropertyMethod && !prop.IsStatic && !prop.IsComputed && keyName(prop.Key) == "constructor" && !prop.IsPrivate() {
			c.Ctor = prop
		}
	}
	c.Range = Range{loc, int32(p.prevEnd - loc)}
	p.classes = p.classes[:len(p.classes)-1]
	p.resolvePrivates(cc)
	return c
}
