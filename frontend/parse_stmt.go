package frontend

import (
	"github.com/tdewolff/parse/v2/js"
)

// stmtContext says which statements may appear where one is being parsed.
type stmtContext uint8

const (
	stmtList   stmtContext = iota // a statement list: declarations allowed
	stmtSingle                    // the body of a loop, with, else, ...
	stmtIfBody                    // the body of an if: sloppy mode allows a plain function declaration (Annex B)
	stmtLabel                     // the body of a label: sloppy mode allows a plain function declaration
)

// parseBody parses a directive prologue and a statement list up to end (a `}`
// or EOF); it switches the current context to strict on "use strict".
func (p *parser) parseBody(end js.TokenType) ([]Stmt, []string) {
	var stmts []Stmt
	var directives []string
	inPrologue := true
	var octalStr *EString
	var octalLoc Loc
	for !p.at(end) {
		if p.atEOF() {
			p.unexpected()
		}
		if inPrologue {
			t := p.tok
			if t.tt != js.StringToken {
				inPrologue = false
			} else {
				stmt := p.parseStmt(stmtList)
				stmts = append(stmts, stmt)
				expr, ok := stmt.Data.(*SExpr)
				str, isStr := (*EString)(nil), false
				if ok {
					str, isStr = expr.Value.Data.(*EString)
				}
				if !isStr || expr.Value.Loc != t.loc {
					inPrologue = false
					continue
				}
				raw := string(t.raw[1 : len(t.raw)-1])
				directives = append(directives, raw)
				stmts[len(stmts)-1].Data = &SDirective{Value: str.Value, Raw: raw, LegacyOctal: str.LegacyOctal}
				if str.LegacyOctal && octalStr == nil {
					octalStr, octalLoc = str, t.loc
				}
				if raw == "use strict" {
					p.fn.strict = true
					if octalStr != nil {
						p.failOctalEscape(octalLoc, p.stringOctal[octalStr])
					}
				}
				continue
			}
		}
		stmts = append(stmts, p.parseStmt(stmtList))
	}
	return stmts, directives
}

// parseBlockBody parses `{ stmts }` with the current token on `{`.
func (p *parser) parseBlockBody() []Stmt {
	p.expect(js.OpenBraceToken)
	p.depth++
	defer func() { p.depth-- }()
	var stmts []Stmt
	for !p.at(js.CloseBraceToken) {
		if p.atEOF() {
			p.unexpected()
		}
		stmts = append(stmts, p.parseStmt(stmtList))
	}
	p.next()
	return stmts
}

// isLetDeclaration reports that `let` at the current token starts a declaration.
func (p *parser) isLetDeclaration(ctx stmtContext) bool {
	if !p.at(js.LetToken) || p.tok.escaped {
		return false
	}
	next := p.peek()
	if next.tt == js.OpenBracketToken {
		return true
	}
	if ctx != stmtList && next.nlBefore {
		return false
	}
	return next.tt == js.OpenBraceToken || js.IsIdentifier(next.tt) || next.tt == js.YieldToken || next.tt == js.AwaitToken
}

// parseStmt parses one statement or declaration; ctx limits which
// declarations may appear (single-statement positions take none).
func (p *parser) parseStmt(ctx stmtContext) Stmt {
	loc := p.tok.loc
	pendingLabels := p.takePendingLabels()
	switch p.tok.tt {
	case js.SemicolonToken:
		p.next()
		return Stmt{loc, &SEmpty{}}

	case js.OpenBraceToken:
		return Stmt{loc, &SBlock{Stmts: p.parseBlockBody()}}

	case js.VarToken:
		p.next()
		decls := p.parseDecls(LocalVar, true)
		p.semicolon()
		return Stmt{loc, &SLocal{Kind: LocalVar, Decls: decls}}

	case js.ConstToken:
		if ctx != stmtList {
			p.unexpected()
		}
		p.next()
		decls := p.parseDecls(LocalConst, true)
		p.semicolon()
		return Stmt{loc, &SLocal{Kind: LocalConst, Decls: decls}}

	case js.LetToken:
		// `let` is only a keyword when a binding follows; otherwise it is an
		// identifier in sloppy code (`let = 1`, `let.x`).
		if p.isLetDeclaration(ctx) {
			if ctx != stmtList {
				p.failAt(loc, "Lexical declaration cannot appear in a single-statement context")
			}
			p.next()
			decls := p.parseDecls(LocalLet, true)
			p.semicolon()
			return Stmt{loc, &SLocal{Kind: LocalLet, Decls: decls}}
		}

	case js.FunctionToken:
		return p.parseFunctionStmt(loc, false, ctx)

	case js.AsyncToken:
		// `async` starts a declaration only when `function` follows on the same line.
		if next := p.peek(); !p.tok.escaped && next.tt == js.FunctionToken && !next.nlBefore {
			p.next()
			return p.parseFunctionStmt(loc, true, ctx)
		}

	case js.ClassToken:
		if ctx != stmtList {
			p.unexpected()
		}
		class := p.parseClass(true)
		return Stmt{loc, &SClass{Class: class}}

	case js.IfToken:
		p.next()
		test := p.parseParenExpr()
		yes := p.parseStmt(stmtIfBody)
		var no *Stmt
		if p.eat(js.ElseToken) {
			s := p.parseStmt(stmtIfBody)
			no = &s
		}
		return Stmt{loc, &SIf{Test: test, Yes: yes, No: no}}

	case js.WhileToken:
		p.next()
		p.markLoopLabels(pendingLabels)
		test := p.parseParenExpr()
		body := p.parseLoopBody()
		return Stmt{loc, &SWhile{Test: test, Body: body}}

	case js.DoToken:
		p.next()
		p.markLoopLabels(pendingLabels)
		body := p.parseLoopBody()
		p.expect(js.WhileToken)
		test := p.parseParenExpr()
		// After do-while a semicolon is always optional (ES2015 ASI rule).
		p.eat(js.SemicolonToken)
		return Stmt{loc, &SDoWhile{Body: body, Test: test}}

	case js.ForToken:
		p.markLoopLabels(pendingLabels)
		return p.parseFor(loc)

	case js.ContinueToken:
		// Labels are checked here, while the enclosing statements are known;
		// a label only names a loop when it directly wraps one.
		p.next()
		s := &SContinue{}
		if !p.tok.nlBefore && p.isIdentToken(p.tok) {
			s.Label, s.LabelLoc = p.tok.name, p.tok.loc
			p.next()
			found := false
			for _, l := range p.fn.labels {
				if l.name == s.Label {
					found = true
					if !l.isLoop {
						p.failAt(s.LabelLoc, "Illegal continue statement: '"+s.Label+"' does not denote an iteration statement")
					}
				}
			}
			if !found {
				p.failAt(s.LabelLoc, "Undefined label '"+s.Label+"'")
			}
		} else if p.fn.loopDepth == 0 {
			p.failAt(loc, "Illegal continue statement: no surrounding iteration statement")
		}
		p.semicolon()
		return Stmt{loc, s}

	case js.BreakToken:
		p.next()
		s := &SBreak{}
		if !p.tok.nlBefore && p.isIdentToken(p.tok) {
			s.Label, s.LabelLoc = p.tok.name, p.tok.loc
			p.next()
			if !p.hasLabel(s.Label) {
				p.failAt(s.LabelLoc, "Undefined label '"+s.Label+"'")
			}
		} else if p.fn.breakable == 0 {
			p.failAt(loc, "Illegal break statement")
		}
		p.semicolon()
		return Stmt{loc, s}

	case js.ReturnToken:
		// A return value must start on the same line (restricted production).
		if !p.fn.allowReturn {
			p.failAt(loc, "Illegal return statement")
		}
		p.next()
		s := &SReturn{}
		if !p.at(js.SemicolonToken) && !p.at(js.CloseBraceToken) && !p.atEOF() && !p.tok.nlBefore {
			v := p.parseExpr(LLowest)
			s.Value = &v
		}
		p.semicolon()
		return Stmt{loc, s}

	case js.ThrowToken:
		p.next()
		if p.tok.nlBefore && !p.atEOF() {
			p.failAt(p.tok.loc, "Illegal newline after throw")
		}
		v := p.parseExpr(LLowest)
		p.semicolon()
		return Stmt{loc, &SThrow{Value: v}}

	case js.TryToken:
		return p.parseTry(loc)

	case js.SwitchToken:
		return p.parseSwitch(loc)

	case js.WithToken:
		if p.fn.strict {
			p.failAt(loc, "Strict mode code may not include a with statement")
		}
		p.next()
		v := p.parseParenExpr()
		body := p.parseStmt(stmtSingle)
		return Stmt{loc, &SWith{Value: v, Body: body}}

	case js.DebuggerToken:
		p.next()
		p.semicolon()
		return Stmt{loc, &SDebugger{}}

	case js.ImportToken:
		// `import(` and `import.meta` are expressions, allowed in scripts too.
		if next := p.peek(); next.tt != js.OpenParenToken && next.tt != js.DotToken {
			if !p.isModule {
				p.failAt(loc, "Cannot use import statement outside a module")
			}
			if ctx != stmtList || p.fn.fn != nil || p.fn.parent != nil || p.depth > 0 {
				p.unexpected()
			}
			return p.parseImport(loc)
		}

	case js.ExportToken:
		if !p.isModule || ctx != stmtList || p.fn.fn != nil || p.fn.parent != nil || p.depth > 0 {
			p.unexpected()
		}
		return p.parseExport(loc)
	}

	if p.tok.escaped && js.IsReservedWord(p.tok.tt) && !p.isIdentToken(p.tok) {
		p.unexpected()
	}

	// An identifier followed by `:` is a label.
	if p.isIdentToken(p.tok) && p.peek().tt == js.ColonToken {
		name, nameLoc := p.tok.name, p.tok.loc
		p.checkIdentifierName(p.tok)
		p.next()
		p.next()
		if p.hasLabel(name) {
			p.failAt(nameLoc, "Label '"+name+"' has already been declared")
		}
		p.fn.labels = append(p.fn.labels, labelInfo{name: name})
		p.pendingLabels = append(pendingLabels, len(p.fn.labels)-1)
		var body Stmt
		if p.at(js.FunctionToken) {
			if p.fn.strict {
				p.failAt(p.tok.loc, "In strict mode code, functions can only be declared at top level or inside a block.")
			}
			// A labelled function is only allowed where a declaration could be (B.3.2).
			if ctx == stmtList || ctx == stmtLabel {
				body = p.parseStmt(stmtLabel)
			} else {
				body = p.parseStmt(stmtSingle)
			}
		} else {
			inner := stmtSingle
			if ctx == stmtList || ctx == stmtLabel {
				inner = stmtLabel
			}
			if p.isIdentToken(p.tok) && p.peek().tt == js.ColonToken {
				body = p.parseStmt(inner)
			} else {
				body = p.parseStmt(stmtSingle)
			}
		}
		p.fn.labels = p.fn.labels[:len(p.fn.labels)-1]
		return Stmt{loc, &SLabel{Name: name, NameLoc: nameLoc, Stmt: body}}
	}

	expr := p.parseExpr(LLowest)
	p.checkCoverErrors(loc)
	p.semicolon()
	return Stmt{loc, &SExpr{Value: expr}}
}

// hasLabel reports a label of the current function enclosing this point.
func (p *parser) hasLabel(name string) bool {
	for _, l := range p.fn.labels {
		if l.name == name {
			return true
		}
	}
	return false
}

// takePendingLabels returns the labels directly wrapping the statement about to
// be parsed and clears them, so only an immediately following loop sees them.
func (p *parser) takePendingLabels() []int {
	l := p.pendingLabels
	p.pendingLabels = nil
	return l
}

// markLoopLabels records that these labels name an iteration statement, so
// `continue label` may target them.
func (p *parser) markLoopLabels(labels []int) {
	for _, i := range labels {
		p.fn.labels[i].isLoop = true
	}
}

// parseLoopBody parses an iteration body, where break and continue are legal.
func (p *parser) parseLoopBody() Stmt {
	p.fn.loopDepth++
	p.fn.breakable++
	body := p.parseStmt(stmtSingle)
	p.fn.loopDepth--
	p.fn.breakable--
	return body
}

// parseParenExpr parses `( Expression )` as in if/while/switch heads.
func (p *parser) parseParenExpr() Expr {
	p.expect(js.OpenParenToken)
	var e Expr
	p.withIn(func() { e = p.parseExpr(LLowest) })
	p.checkCoverErrors(e.Loc)
	p.expect(js.CloseParenToken)
	return e
}

// parseFunctionStmt parses a function declaration after any `async`,
// applying V8's rules for declarations in single-statement positions.
func (p *parser) parseFunctionStmt(loc Loc, isAsync bool, ctx stmtContext) Stmt {
	p.next() // function
	starLoc := p.tok.loc
	isGenerator := p.eat(js.MulToken)
	switch {
	case ctx == stmtList:
	case isAsync:
		p.failAt(loc, "Async functions can only be declared at the top level or inside a block.")
	case isGenerator:
		p.failAt(starLoc, "Generators can only be declared at the top level or inside a block.")
	case p.fn.strict:
		p.failAt(loc, "In strict mode code, functions can only be declared at top level or inside a block.")
	case ctx == stmtSingle:
		p.failAt(loc, "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.")
	}
	var name *Binding
	if p.at(js.OpenParenToken) && p.allowAnonymousDefault {
		p.allowAnonymousDefault = false
	} else {
		p.allowAnonymousDefault = false
		name = p.parseFnName(isAsync, isGenerator, true)
	}
	fn := p.parseFn(loc, fnDecl, name, isAsync, isGenerator)
	return Stmt{loc, &SFunction{Fn: fn}}
}

// parseDecls parses the declarators of var/let/const (after the keyword).
func (p *parser) parseDecls(kind LocalKind, requireInit bool) []Decl {
	var decls []Decl
	for {
		b := p.parseBinding(kind != LocalVar)
		d := Decl{Binding: b}
		if p.eat(js.EqToken) {
			v := p.parseExpr(LComma)
			p.checkCoverErrors(v.Loc)
			nameFnValue(&v, b)
			d.Value = &v
		} else if requireInit {
			if kind == LocalConst {
				p.failAt(b.Loc, "Missing initializer in const declaration")
			}
			if _, ok := b.Data.(*BIdentifier); !ok {
				p.failAt(b.Loc, "Missing initializer in destructuring declaration")
			}
		}
		decls = append(decls, d)
		if !p.eat(js.CommaToken) {
			return decls
		}
	}
}

// parseFor parses every for form: `for (;;)`, for-in, for-of and for-await-of.
func (p *parser) parseFor(loc Loc) Stmt {
	p.next()
	isAwait := false
	if p.at(js.AwaitToken) {
		if !p.awaitIsKeyword() || p.fn.isStaticBlock {
			p.unexpected()
		}
		isAwait = true
		p.markAwait(p.tok.loc)
		p.next()
	}
	p.expect(js.OpenParenToken)

	var init *Stmt
	initLoc := p.tok.loc
	var declKind LocalKind = 255
	switch {
	case p.at(js.VarToken):
		declKind = LocalVar
	case p.at(js.ConstToken):
		declKind = LocalConst
	case p.at(js.LetToken) && !p.tok.escaped:
		next := p.peek()
		if next.tt == js.OpenBracketToken || next.tt == js.OpenBraceToken || js.IsIdentifier(next.tt) || next.tt == js.YieldToken || next.tt == js.AwaitToken {
			// `for (let of x)` and `for (let in x)` use let as an identifier in sloppy mode.
			if next.tt != js.InToken {
				declKind = LocalLet
			}
		}
	}

	if declKind != 255 {
		// The initialiser is parsed without `in` as an operator so that
		// `for (var a = b in c)` stops at `in`.
		p.next()
		var decls []Decl
		saved := p.allowIn
		p.allowIn = false
		decls = p.parseDecls(declKind, false)
		p.allowIn = saved
		s := Stmt{initLoc, &SLocal{Kind: declKind, Decls: decls}}
		init = &s
		if p.at(js.InToken) || (p.isContextual("of")) {
			isOf := !p.at(js.InToken)
			loopName := "for-in"
			if isOf {
				loopName = "for-of"
			}
			if len(decls) != 1 {
				p.failAt(decls[0].Binding.Loc, "Invalid left-hand side in "+loopName+" loop: Must have a single binding.")
			}
			if decls[0].Value != nil {
				_, simple := decls[0].Binding.Data.(*BIdentifier)
				if isOf || p.fn.strict || declKind != LocalVar || !simple {
					p.failAt(decls[0].Binding.Loc, loopName+" loop variable declaration may not have an initializer.")
				}
			}
			return p.parseForInOf(loc, s, isOf, isAwait)
		}
		for _, d := range decls {
			if d.Value == nil {
				if declKind == LocalConst {
					p.failAt(d.Binding.Loc, "Missing initializer in const declaration")
				}
				if _, ok := d.Binding.Data.(*BIdentifier); !ok {
					p.failAt(d.Binding.Loc, "Missing initializer in destructuring declaration")
				}
			}
		}
	} else if !p.at(js.SemicolonToken) {
		// An expression head is a cover grammar: it becomes an assignment
		// target if `in`/`of` follows.
		startsWithLet := p.at(js.LetToken)
		saved := p.allowIn
		p.allowIn = false
		var e Expr
		if next := p.peek(); p.isContextual("async") && next.tt == js.OfToken && !next.escaped {
			// `for (async of => 0;;)` is an arrow; otherwise `async of` is only valid with for-await.
			asyncTok := p.tok
			p.next()
			if p.peek().tt == js.ArrowToken {
				ofTok := p.tok
				p.next()
				arg := Arg{Binding: Binding{ofTok.loc, &BIdentifier{Name: "of"}}}
				e = p.parseSuffix(p.parseArrowBody(asyncTok.loc, []Arg{arg}, true, nil, p.awaitCount, p.yieldCount), LLowest)
			} else {
				if !isAwait {
					p.failAt(initLoc, "The left-hand side of a for-of loop may not be 'async'.")
				}
				e = Expr{asyncTok.loc, &EIdentifier{Name: "async"}}
			}
		} else {
			e = p.parseExpr(LLowest)
		}
		p.allowIn = saved
		if p.at(js.InToken) || p.isContextual("of") {
			isOf := !p.at(js.InToken)
			if isOf && startsWithLet {
				p.failAt(initLoc, "The left-hand side of a for-of loop may not start with 'let'.")
			}
			p.checkAssignTarget(e, "Invalid left-hand side in for-loop")
			s := Stmt{initLoc, &SExpr{Value: e}}
			return p.parseForInOf(loc, s, isOf, isAwait)
		}
		p.checkCoverErrors(e.Loc)
		s := Stmt{initLoc, &SExpr{Value: e}}
		init = &s
	}
	if isAwait {
		p.unexpected()
	}
	p.expect(js.SemicolonToken)
	f := &SFor{Init: init}
	if !p.at(js.SemicolonToken) {
		var e Expr
		p.withIn(func() { e = p.parseExpr(LLowest) })
		p.checkCoverErrors(e.Loc)
		f.Test = &e
	}
	p.expect(js.SemicolonToken)
	if !p.at(js.CloseParenToken) {
		var e Expr
		p.withIn(func() { e = p.parseExpr(LLowest) })
		p.checkCoverErrors(e.Loc)
		f.Update = &e
	}
	p.expect(js.CloseParenToken)
	f.Body = p.parseLoopBody()
	return Stmt{loc, f}
}

// parseForInOf parses from `in`/`of` on; for-of takes an AssignmentExpression,
// for-in a full Expression.
func (p *parser) parseForInOf(loc Loc, init Stmt, isOf, isAwait bool) Stmt {
	if isAwait && !isOf {
		p.unexpected()
	}
	p.next() // in / of
	var value Expr
	p.withIn(func() {
		if isOf {
			value = p.parseExpr(LComma)
		} else {
			value = p.parseExpr(LLowest)
		}
	})
	p.checkCoverErrors(value.Loc)
	p.expect(js.CloseParenToken)
	body := p.parseLoopBody()
	if isOf {
		return Stmt{loc, &SForOf{Init: init, Value: value, Body: body, IsAwait: isAwait}}
	}
	return Stmt{loc, &SForIn{Init: init, Value: value, Body: body}}
}

// parseTry parses try/catch/finally; `catch` may omit its binding (ES2019).
func (p *parser) parseTry(loc Loc) Stmt {
	p.next()
	s := &STry{Body: p.parseBlockBody()}
	if p.at(js.CatchToken) {
		c := &Catch{Loc: p.tok.loc}
		p.next()
		if p.eat(js.OpenParenToken) {
			b := p.parseBinding(false)
			c.Binding = &b
			p.expect(js.CloseParenToken)
		}
		c.Body = p.parseBlockBody()
		s.Catch = c
	}
	if p.at(js.FinallyToken) {
		f := &Finally{Loc: p.tok.loc}
		p.next()
		f.Body = p.parseBlockBody()
		s.Finally = f
	}
	if s.Catch == nil && s.Finally == nil {
		at := p.tok.loc
		if p.atEOF() {
			at = p.prevLoc
		}
		p.failAt(at, "Missing catch or finally after try")
	}
	return Stmt{loc, s}
}

// parseSwitch parses a switch; its cases share one scope (bind_visit.go).
func (p *parser) parseSwitch(loc Loc) Stmt {
	p.next()
	test := p.parseParenExpr()
	p.expect(js.OpenBraceToken)
	s := &SSwitch{Test: test}
	hasDefault := false
	p.fn.breakable++
	p.depth++
	defer func() { p.depth-- }()
	for !p.eat(js.CloseBraceToken) {
		c := Case{Loc: p.tok.loc}
		if p.eat(js.DefaultToken) {
			if hasDefault {
				p.failAt(c.Loc, "More than one default clause in switch statement")
			}
			hasDefault = true
		} else {
			p.expect(js.CaseToken)
			var e Expr
			p.withIn(func() { e = p.parseExpr(LLowest) })
			p.checkCoverErrors(e.Loc)
			c.Test = &e
		}
		p.expect(js.ColonToken)
		for !p.at(js.CaseToken) && !p.at(js.DefaultToken) && !p.at(js.CloseBraceToken) {
			if p.atEOF() {
				p.unexpected()
			}
			c.Body = append(c.Body, p.parseStmt(stmtList))
		}
		s.Cases = append(s.Cases, c)
	}
	p.fn.breakable--
	return Stmt{loc, s}
}
