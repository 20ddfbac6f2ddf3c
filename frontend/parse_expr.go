package frontend

import (
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// Level is an operator precedence level, lowest first (esbuild's scheme): an
// expression parsed at level L stops before any operator binding at L or looser.
type Level uint8

const (
	LLowest Level = iota
	LComma
	LSpread
	LYield
	LAssign
	LConditional
	LNullishCoalescing
	LLogicalOr
	LLogicalAnd
	LBitwiseOr
	LBitwiseXor
	LBitwiseAnd
	LEquals
	LCompare
	LShift
	LAdd
	LMultiply
	LExponentiation
	LPrefix
	LPostfix
	LNew
	LCall
	LMember
)

// binaryOps maps operator tokens to their opcode and level.
var binaryOps = map[js.TokenType]struct {
	op    OpCode
	level Level
}{
	js.NullishToken: {BinOpNullish, LNullishCoalescing}, js.OrToken: {BinOpLogicalOr, LLogicalOr},
	js.AndToken: {BinOpLogicalAnd, LLogicalAnd}, js.BitOrToken: {BinOpBitOr, LBitwiseOr},
	js.BitXorToken: {BinOpBitXor, LBitwiseXor}, js.BitAndToken: {BinOpBitAnd, LBitwiseAnd},
	js.EqEqToken: {BinOpLooseEq, LEquals}, js.NotEqToken: {BinOpLooseNe, LEquals},
	js.EqEqEqToken: {BinOpStrictEq, LEquals}, js.NotEqEqToken: {BinOpStrictNe, LEquals},
	js.LtToken: {BinOpLt, LCompare}, js.LtEqToken: {BinOpLe, LCompare}, js.GtToken: {BinOpGt, LCompare},
	js.GtEqToken: {BinOpGe, LCompare}, js.InstanceofToken: {BinOpInstanceof, LCompare},
	js.InToken: {BinOpIn, LCompare}, js.LtLtToken: {BinOpShl, LShift}, js.GtGtToken: {BinOpShr, LShift},
	js.GtGtGtToken: {BinOpUShr, LShift}, js.AddToken: {BinOpAdd, LAdd}, js.SubToken: {BinOpSub, LAdd},
	js.MulToken: {BinOpMul, LMultiply}, js.DivToken: {BinOpDiv, LMultiply}, js.ModToken: {BinOpRem, LMultiply},
	js.ExpToken: {BinOpPow, LExponentiation},
}

// assignOps maps assignment tokens to opcodes.
var assignOps = map[js.TokenType]OpCode{
	js.EqToken: BinOpAssign, js.AddEqToken: BinOpAddAssign, js.SubEqToken: BinOpSubAssign,
	js.MulEqToken: BinOpMulAssign, js.DivEqToken: BinOpDivAssign, js.ModEqToken: BinOpRemAssign,
	js.ExpEqToken: BinOpPowAssign, js.LtLtEqToken: BinOpShlAssign, js.GtGtEqToken: BinOpShrAssign,
	js.GtGtGtEqToken: BinOpUShrAssign, js.BitOrEqToken: BinOpBitOrAssign, js.BitAndEqToken: BinOpBitAndAssign,
	js.BitXorEqToken: BinOpBitXorAssign, js.NullishEqToken: BinOpNullishAssign,
	js.OrEqToken: BinOpLogicalOrAssign, js.AndEqToken: BinOpLogicalAndAssign,
}

var unaryOps = map[js.TokenType]OpCode{
	js.NotToken: UnOpNot, js.BitNotToken: UnOpCpl, js.AddToken: UnOpPos, js.SubToken: UnOpNeg,
	js.TypeofToken: UnOpTypeof, js.VoidToken: UnOpVoid, js.DeleteToken: UnOpDelete,
}

// parseExpr parses an expression whose operators all bind tighter than level.
func (p *parser) parseExpr(level Level) Expr {
	left := p.parsePrefix(level)
	return p.parseSuffix(left, level)
}

// isParen reports an expression written in parentheses, which changes what it
// may become: `(a) = 1` is fine, but `({a}) = 1` and `((a)) => 1` are not.
func (p *parser) isParen(e Expr) bool {
	_, ok := p.parens[e.Data]
	return ok
}

// outerLoc is where an expression starts including its parentheses.
func (p *parser) outerLoc(e Expr) Loc {
	if l, ok := p.parens[e.Data]; ok {
		return l
	}
	return e.Loc
}

// parsePrefix parses a primary expression or a prefix operation.
func (p *parser) parsePrefix(level Level) Expr {
	t := p.tok
	loc := t.loc
	switch t.tt {
	case js.ThisToken:
		p.next()
		return Expr{loc, &EThis{}}
	case js.NullToken:
		p.next()
		return Expr{loc, &ENull{}}
	case js.TrueToken, js.FalseToken:
		p.next()
		return Expr{loc, &EBoolean{Value: t.tt == js.TrueToken}}
	case js.SuperToken:
		p.next()
		switch p.tok.tt {
		case js.OpenParenToken:
			if !p.fn.allowSuperCall {
				p.failAt(loc, "'super' keyword unexpected here")
			}
		case js.DotToken, js.OpenBracketToken:
			if !p.fn.allowSuperProp {
				p.failAt(loc, "'super' keyword unexpected here")
			}
		default:
			p.failAt(loc, "'super' keyword unexpected here")
		}
		return Expr{loc, &ESuper{}}
	case js.StringToken:
		p.next()
		v, octal, bad := cookString(string(t.raw[1:len(t.raw)-1]), false)
		if bad >= 0 {
			rest := string(t.raw[1+bad:])
			at := t.loc + 1 + Loc(bad)
			if strings.HasPrefix(rest, "\\u{") && escapeError(rest) == "Invalid Unicode escape sequence" {
				// V8 points at the first character that is not a hex digit.
				i := 3
				for i < len(rest) && isHexByte(rest[i]) {
					i++
				}
				at += Loc(i)
			}
			p.failAt(at, escapeError(rest))
		}
		if octal.at >= 0 && p.fn.strict {
			p.failOctalEscape(t.loc, octal)
		}
		s := &EString{Value: v, LegacyOctal: octal.at >= 0, HasEscape: strings.IndexByte(string(t.raw), '\\') >= 0}
		if octal.at >= 0 {
			p.stringOctal[s] = octal
		}
		return Expr{loc, s}
	case js.DecimalToken, js.BinaryToken, js.OctalToken, js.HexadecimalToken, js.IntegerToken:
		p.next()
		if t.octal && p.fn.strict {
			if strings.ContainsAny(string(t.raw), "89") || t.tt == js.DecimalToken {
				p.failAt(t.loc, "Decimals with leading zeros are not allowed in strict mode.")
			}
			p.failAt(t.loc, "Octal literals are not allowed in strict mode.")
		}
		v, big, isBig, ok := numberValue(t)
		if !ok {
			p.failAt(t.loc, "Invalid or unexpected token")
		}
		if isBig {
			return Expr{loc, &EBigInt{Value: big}}
		}
		return Expr{loc, &ENumber{Value: v, Raw: string(t.raw)}}
	case js.DivToken, js.DivEqToken:
		// A `/` where an operand is expected starts a regular expression: only
		// the parser knows, so the lexer re-reads it on request.
		rt := p.lex.regexp(t)
		p.tok = rt
		p.next()
		raw := string(rt.raw)
		end := strings.LastIndexByte(raw, '/')
		re := &ERegExp{Pattern: raw[1:end], Flags: raw[end+1:]}
		if !validRegExpFlags(re.Flags) {
			p.failAt(loc, "Invalid regular expression flags")
		}
		if msg := validateRegExp(re.Pattern, re.Flags); msg != "" {
			p.failAt(loc, "Invalid regular expression: /"+re.Pattern+"/"+re.Flags+": "+msg)
		}
		return Expr{loc, re}
	case js.TemplateToken, js.TemplateStartToken:
		return p.parseTemplate(nil, loc)
	case js.OpenParenToken:
		return p.parseParenOrArrow(level, loc, false)
	case js.OpenBracketToken:
		return p.parseArrayLiteral()
	case js.OpenBraceToken:
		return p.parseObjectLiteral()
	case js.FunctionToken:
		p.next()
		isGen := p.eat(js.MulToken)
		return p.parseFnExpr(loc, false, isGen)
	case js.ClassToken:
		return Expr{loc, &EClass{Class: p.parseClass(false)}}
	case js.NewToken:
		return p.parseNew(level)
	case js.ImportToken:
		p.next()
		if p.eat(js.DotToken) {
			if !p.isContextual("meta") {
				p.unexpected()
			}
			if !p.isModule {
				p.failAt(loc, "Cannot use 'import.meta' outside a module")
			}
			p.next()
			return Expr{loc, &EImportMeta{}}
		}
		if !p.at(js.OpenParenToken) {
			p.unexpected()
		}
		if level > LCall {
			p.unexpected()
		}
		p.next()
		call := &EImportCall{}
		p.withIn(func() {
			call.Expr = p.parseExpr(LComma)
			if p.eat(js.CommaToken) && !p.at(js.CloseParenToken) {
				o := p.parseExpr(LComma)
				call.Options = &o
				p.eat(js.CommaToken)
			}
		})
		p.checkCoverErrors(loc)
		p.expect(js.CloseParenToken)
		return Expr{loc, call}
	case js.IncrToken, js.DecrToken:
		p.next()
		v := p.parseExpr(LPrefix)
		op := UnOpPreInc
		if t.tt == js.DecrToken {
			op = UnOpPreDec
		}
		p.checkSimpleTarget(v, "Invalid left-hand side expression in prefix operation", true)
		return Expr{loc, &EUnary{Op: op, Value: v}}
	case js.PrivateIdentifierToken:
		// `#x in obj` is the only expression a bare private name starts.
		before := p.prevLoc
		p.next()
		if !p.at(js.InToken) || level >= LCompare || !p.allowIn {
			p.unexpectedToken(t)
		}
		p.next()
		v := p.parseExpr(LCompare)
		e := &EPrivateIn{Name: t.name, Value: v}
		p.usePrivate(t.name, before, &e.Ref) // V8 reports the token before `#x`
		return Expr{loc, e}
	case js.AwaitToken:
		if p.awaitIsKeyword() {
			if t.escaped {
				p.unexpected()
			}
			if p.fn.inParams {
				p.failAt(loc, "Illegal await-expression in formal parameters of async function")
			}
			if p.fn.isStaticBlock && !p.fn.isAsync {
				p.failAt(loc, "Unexpected reserved word")
			}
			p.next()
			p.markAwait(loc)
			v := p.parseExpr(LPrefix)
			return Expr{loc, &EAwait{Value: v}}
		}
	case js.YieldToken:
		if p.yieldIsKeyword() {
			if t.escaped {
				p.unexpected()
			}
			if p.fn.inParams {
				p.failAt(loc, "Yield expression not allowed in formal parameter")
			}
			if level > LAssign {
				p.unexpected()
			}
			return p.parseYield(loc)
		}
	case js.AsyncToken:
		if !t.escaped {
			return p.parseAsyncPrefix(level, loc)
		}
	}

	if op, ok := unaryOps[t.tt]; ok && !t.escaped {
		p.next()
		v := p.parseExpr(LPrefix)
		if op == UnOpDelete {
			p.checkDelete(v, loc)
		}
		return Expr{loc, &EUnary{Op: op, Value: v}}
	}

	if p.isIdentToken(t) {
		p.checkIdentifierName(t)
		if t.tt == js.AwaitToken && p.asyncParens == 0 && level < LNew {
			// `await x` outside async code: V8 names the real mistake.
			if next := p.peek(); !next.nlBefore && startsOperand(next) {
				p.failAt(t.loc, "await is only valid in async functions and the top level bodies of modules")
			}
		}
		if t.tt == js.AwaitToken {
			p.awaitIdents = append(p.awaitIdents, t.loc)
		}
		p.next()
		if p.at(js.ArrowToken) && !p.tok.nlBefore {
			if level > LAssign {
				p.failAt(p.tok.loc, "Malformed arrow function parameter list")
			}
			arg := Arg{Binding: Binding{loc, &BIdentifier{Name: t.name}}}
			return p.parseArrowBody(loc, []Arg{arg}, false, nil, p.awaitCount, p.yieldCount)
		}
		return Expr{loc, &EIdentifier{Name: t.name}}
	}
	p.unexpected()
	return Expr{}
}

// escapeError is V8's message for an invalid escape starting at s.
func escapeError(s string) string {
	if strings.HasPrefix(s, "\\x") {
		return "Invalid hexadecimal escape sequence"
	}
	if strings.HasPrefix(s, "\\u{") {
		if end := strings.IndexByte(s, '}'); end > 3 {
			if v, err := strconv.ParseUint(s[3:end], 16, 64); err == nil && v > 0x10FFFF {
				return "Undefined Unicode code-point"
			}
		}
	}
	if strings.HasPrefix(s, "\\u") {
		return "Invalid Unicode escape sequence"
	}
	return "Invalid or unexpected token"
}

// markAwait records an await (or for-await) for the current function, or for
// the module when at its top level.
func (p *parser) markAwait(loc Loc) {
	p.awaitCount++
	p.awaitLocs = append(p.awaitLocs, loc)
	if p.fn.fn != nil {
		p.fn.fn.HasAwait = true
	} else if p.ast != nil && p.fn.parent == nil {
		p.ast.HasAwait = true
	}
}

// parseYield parses `yield`, whose operand is optional: it is absent before
// a newline or a token that cannot start an expression.
func (p *parser) parseYield(loc Loc) Expr {
	p.yieldLocs = append(p.yieldLocs, loc)
	p.next()
	p.yieldCount++
	if p.fn.fn != nil {
		p.fn.fn.HasYield = true
	}
	y := &EYield{}
	if p.at(js.MulToken) && !p.tok.nlBefore {
		p.next()
		y.IsStar = true
		v := p.parseExpr(LYield)
		y.Value = &v
		return Expr{loc, y}
	}
	if !p.tok.nlBefore {
		switch p.tok.tt {
		case js.CloseParenToken, js.CloseBracketToken, js.CloseBraceToken, js.CommaToken, js.SemicolonToken,
			js.ColonToken, js.ErrorToken, js.QuestionToken, js.TemplateMiddleToken, js.TemplateEndToken, js.ArrowToken:
		default:
			if p.at(js.InToken) || p.isContextual("of") {
				break
			}
			if _, isBin := binaryOps[p.tok.tt]; isBin && p.tok.tt != js.AddToken && p.tok.tt != js.SubToken && p.tok.tt != js.DivToken {
				break
			}
			if _, isAssign := assignOps[p.tok.tt]; isAssign && p.tok.tt != js.DivEqToken {
				break
			}
			v := p.parseExpr(LYield)
			y.Value = &v
		}
	}
	return Expr{loc, y}
}

// parseAsyncPrefix handles `async` as an async function/arrow or a plain identifier.
func (p *parser) parseAsyncPrefix(level Level, loc Loc) Expr {
	t := p.tok
	next := p.peek()
	if next.tt == js.FunctionToken && !next.nlBefore {
		p.next()
		p.next()
		isGen := p.eat(js.MulToken)
		return p.parseFnExpr(loc, true, isGen)
	}
	if !next.nlBefore && (p.isIdentToken(next) || next.tt == js.AwaitToken || next.tt == js.YieldToken) {
		// `async x => ...`
		p.next()
		pt := p.tok
		if pt.tt == js.AwaitToken {
			p.failAt(pt.loc, "'await' is not a valid identifier name in an async function")
		}
		p.checkIdentifierName(pt)
		p.next()
		if !p.at(js.ArrowToken) || p.tok.nlBefore {
			p.unexpected()
		}
		if level > LAssign {
			p.failAt(p.tok.loc, "Malformed arrow function parameter list")
		}
		arg := Arg{Binding: Binding{pt.loc, &BIdentifier{Name: pt.name}}}
		return p.parseArrowBody(loc, []Arg{arg}, true, nil, p.awaitCount, p.yieldCount)
	}
	if next.tt == js.OpenParenToken && !next.nlBefore {
		p.next()
		return p.parseParenOrArrow(level, loc, true)
	}
	p.checkIdentifierName(t)
	p.next()
	return Expr{loc, &EIdentifier{Name: "async"}}
}

// parseParenOrArrow parses `( ... )` as a parenthesised expression or as arrow
// parameters; with isAsync it is `async( ... )`, a call unless `=>` follows.
func (p *parser) parseParenOrArrow(level Level, loc Loc, isAsync bool) Expr {
	parenLoc := p.tok.loc
	p.next()
	var items []Expr
	var rest *Binding
	restLoc := Loc(-1)
	trailingComma := Loc(-1)
	restAfterComma := false
	awaitBefore, yieldBefore := p.awaitCount, p.yieldCount
	identsBefore := len(p.awaitIdents)
	coverStart := len(p.coverErrors)
	savedIn := p.allowIn
	p.allowIn = true
	if isAsync {
		p.asyncParens++
		defer func() { p.asyncParens-- }()
	}
	for !p.at(js.CloseParenToken) {
		if p.at(js.EllipsisToken) {
			restLoc = p.tok.loc
			p.next()
			if isAsync {
				// In `async(...a)` the spread may be a call argument; parse it as an expression.
				v := p.parseExpr(LComma)
				items = append(items, Expr{restLoc, &ESpread{Value: v}})
			} else {
				b := p.parseBinding(false)
				if p.at(js.EqToken) {
					p.failAt(p.tok.loc, "Rest parameter may not have a default initializer")
				}
				rest = &b
			}
			if !p.at(js.CloseParenToken) {
				if isAsync && p.eat(js.CommaToken) {
					trailingComma = p.prevLoc
					restAfterComma = true
					continue
				}
				if p.at(js.CommaToken) {
					p.failAt(rest.Loc, "Rest parameter must be last formal parameter")
				}
				p.unexpected()
			}
			break
		}
		items = append(items, p.parseExpr(LComma))
		if !p.at(js.CommaToken) {
			break
		}
		trailingComma = p.tok.loc
		p.next()
		if !p.at(js.CloseParenToken) {
			trailingComma = -1
		}
	}
	if !p.at(js.CloseParenToken) {
		if isAsync && !p.atEOF() {
			p.failAt(p.prevLoc, "missing ) after argument list")
		}
		p.unexpected()
	}
	closeEnd := p.tok.end
	p.next()
	p.allowIn = savedIn

	if p.at(js.ArrowToken) && !p.tok.nlBefore {
		if level > LAssign {
			p.failAt(p.tok.loc, "Malformed arrow function parameter list")
		}
		if restAfterComma {
			p.failAt(p.tok.loc, "Rest parameter must be last formal parameter")
		}
		if isAsync && len(p.awaitIdents) > identsBefore {
			p.failAt(p.awaitIdents[identsBefore], "'await' is not a valid identifier name in an async function")
		}
		// The items were a cover grammar for parameters.
		p.coverErrors = p.coverErrors[:coverStart]
		if p.awaitCount != awaitBefore && (isAsync || p.fn.isAsync) {
			p.failAt(p.awaitLocs[awaitBefore], "Illegal await-expression in formal parameters of async function")
		}
		if p.yieldCount != yieldBefore {
			p.failAt(p.yieldLocs[yieldBefore], "Yield expression not allowed in formal parameter")
		}
		var args []Arg
		for _, item := range items {
			if s, ok := item.Data.(*ESpread); ok {
				b := p.exprToBinding(s.Value, false)
				rest = &b
				continue
			}
			args = append(args, p.exprToArg(item, isAsync))
		}
		if rest != nil {
			args = append(args, Arg{Binding: *rest})
		}
		return p.parseArrowBody(loc, args, isAsync, rest, awaitBefore, yieldBefore)
	}

	if isAsync {
		call := &ECall{Target: Expr{loc, &EIdentifier{Name: "async"}}, Args: items, CallLoc: loc}
		p.checkCoverErrors(loc)
		return Expr{loc, call}
	}
	if rest != nil || len(items) == 0 || trailingComma >= 0 {
		if rest == nil {
			p.failAt(closeEnd-1, "Unexpected token ')'")
		}
		p.unexpected()
	}
	value := items[0]
	for _, item := range items[1:] {
		value = Expr{value.Loc, &EBinary{Op: BinOpComma, Left: value, Right: item}}
	}
	if _, ok := p.parens[value.Data]; !ok {
		p.parens[value.Data] = parenLoc
	}
	return value
}

// parseArrowBody parses `=> body` for the given parameters.
func (p *parser) parseArrowBody(loc Loc, args []Arg, isAsync bool, rest *Binding, awaitBefore, yieldBefore int) Expr {
	p.next() // =>
	fn := &Fn{Args: args, HasRestArg: rest != nil, IsArrow: true, IsAsync: isAsync, Loc: loc}
	fn.HasSimpleParams = simpleParams(args, rest != nil)
	parent := p.fn
	ctx := &fnContext{parent: parent, fn: fn, isAsync: isAsync, isArrow: true, strict: parent.strict,
		allowReturn: true, allowNewTarget: parent.allowNewTarget, allowSuperProp: parent.allowSuperProp,
		allowSuperCall: parent.allowSuperCall}
	p.fn = ctx
	fn.BodyLoc = p.tok.loc
	if p.at(js.OpenBraceToken) {
		p.next()
		savedIn := p.allowIn
		p.allowIn = true
		body, dirs := p.parseBody(js.CloseBraceToken)
		p.allowIn = savedIn
		fn.Body, fn.Directives = body, dirs
		p.next()
		// A block-bodied arrow ends an AssignmentExpression: only these (or a new line) may follow.
		switch p.tok.tt {
		case js.CommaToken, js.CloseParenToken, js.CloseBracketToken, js.CloseBraceToken, js.SemicolonToken,
			js.ColonToken, js.ErrorToken, js.TemplateMiddleToken, js.TemplateEndToken:
		default:
			if !p.tok.nlBefore {
				p.fn = parent
				p.unexpected()
			}
		}
	} else {
		v := p.parseExpr(LComma)
		fn.Body = []Stmt{{v.Loc, &SReturn{Value: &v}}}
		fn.ExprBody = true
	}
	fn.Strict = ctx.strict
	p.fn = parent
	fn.Range = Range{loc, int32(p.prevEnd - loc)}
	p.checkParams(fn, true)
	return Expr{loc, &EArrow{Fn: fn}}
}

// simpleParams reports a parameter list of plain names only, which keeps
// sloppy-mode duplicates and "use strict" legal.
func simpleParams(args []Arg, hasRest bool) bool {
	if hasRest {
		return false
	}
	for _, a := range args {
		if a.Default != nil {
			return false
		}
		if _, ok := a.Binding.Data.(*BIdentifier); !ok {
			return false
		}
	}
	return true
}

// exprToArg converts one parenthesised item to an arrow parameter.
func (p *parser) exprToArg(e Expr, isAsync bool) Arg {
	if b, ok := e.Data.(*EBinary); ok && b.Op == BinOpAssign && !p.isParen(e) {
		binding := p.exprToBinding(b.Left, false)
		def := b.Right
		return Arg{Binding: binding, Default: &def}
	}
	if id, ok := e.Data.(*EIdentifier); ok && isAsync && id.Name == "await" {
		p.failAt(e.Loc, "'await' is not a valid identifier name in an async function")
	}
	return Arg{Binding: p.exprToBinding(e, false)}
}

// exprToBinding converts a cover-grammar expression into a binding pattern
// (arrow parameters); nested is true inside an array or object pattern.
func (p *parser) exprToBinding(e Expr, nested bool) Binding {
	const msg = "Invalid destructuring assignment target"
	if p.isParen(e) {
		p.failAt(p.outerLoc(e), msg)
	}
	switch d := e.Data.(type) {
	case *EIdentifier:
		if nested {
			p.checkPatternName(d.Name, e.Loc)
		} else {
			p.checkBindingName(d.Name, e.Loc, false)
		}
		return Binding{e.Loc, &BIdentifier{Name: d.Name}}
	case *EArray:
		b := &BArray{}
		for i, item := range d.Items {
			switch it := item.Data.(type) {
			case *EMissing:
				b.Items = append(b.Items, ArrayBindingItem{Binding: Binding{item.Loc, &BMissing{}}})
				continue
			case *ESpread:
				if i != len(d.Items)-1 || p.arrayTrailingComma[d] {
					p.failAt(item.Loc, "Rest element must be last element")
				}
				if bin, ok := it.Value.Data.(*EBinary); ok && bin.Op == BinOpAssign {
					p.failAt(item.Loc, msg)
				}
				b.Items = append(b.Items, ArrayBindingItem{Binding: p.exprToBinding(it.Value, true)})
				b.HasSpread = true
				continue
			}
			a := p.exprToItem(item)
			b.Items = append(b.Items, ArrayBindingItem{Binding: a.Binding, DefaultValue: a.Default})
		}
		return Binding{e.Loc, b}
	case *EObject:
		b := &BObject{}
		for i, prop := range d.Properties {
			pb := PropertyBinding{Loc: prop.Loc, Key: prop.Key, IsComputed: prop.IsComputed, IsShorthand: prop.IsShorthand}
			switch {
			case prop.Kind == PropertySpread:
				if i != len(d.Properties)-1 || p.objectTrailingComma[d] {
					p.failAt(prop.Loc, "Rest element must be last element")
				}
				if _, ok := prop.Value.Data.(*EIdentifier); !ok || p.isParen(*prop.Value) {
					p.failAt(prop.Value.Loc, "`...` must be followed by an identifier in declaration contexts")
				}
				pb.IsSpread = true
				pb.Value = p.exprToBinding(*prop.Value, true)
			case prop.Kind != PropertyNormal || prop.IsMethod:
				p.failAt(prop.Loc, msg)
			case prop.IsShorthand:
				id := prop.Value.Data.(*EIdentifier)
				p.checkBindingName(id.Name, prop.Value.Loc, false)
				pb.Value = Binding{prop.Value.Loc, &BIdentifier{Name: id.Name}}
				pb.DefaultValue = prop.Initializer
			default:
				a := p.exprToItem(*prop.Value)
				pb.Value, pb.DefaultValue = a.Binding, a.Default
			}
			b.Properties = append(b.Properties, pb)
		}
		return Binding{e.Loc, b}
	case *EDot, *EIndex, *EPrivateDot:
		if nested {
			p.failAt(e.Loc, "Illegal property in declaration context")
		}
	}
	p.failAt(e.Loc, msg)
	return Binding{}
}

// exprToItem converts `target` or `target = default` inside a pattern.
func (p *parser) exprToItem(e Expr) Arg {
	if b, ok := e.Data.(*EBinary); ok && b.Op == BinOpAssign && !p.isParen(e) {
		def := b.Right
		return Arg{Binding: p.exprToBinding(b.Left, true), Default: &def}
	}
	return Arg{Binding: p.exprToBinding(e, true)}
}

// parseSuffix extends left with member accesses, calls, postfix, binary,
// conditional and assignment operators binding tighter than level.
func (p *parser) parseSuffix(left Expr, level Level) Expr {
	optional := OptionalChainNone // whether we are inside an optional chain
	assignOnly := false           // left ends in an arrow function or yield: only `,` may follow
	for {
		if (assignOnly || isAssignmentOnly(left)) && !p.isParen(left) {
			// Arrow functions and yield are AssignmentExpressions: they take no suffix but `,`.
			if !p.at(js.CommaToken) || level >= LComma {
				return left
			}
		}
		t := p.tok
		switch t.tt {
		case js.DotToken:
			p.next()
			if optional != OptionalChainNone {
				optional = OptionalChainContinue
			}
			left = p.parseDotName(left, optional, t.loc)
			continue
		case js.OptChainToken:
			if level == LMember {
				p.failAt(t.loc, "Invalid optional chain from new expression")
			}
			p.next()
			optional = OptionalChainStart
			switch p.tok.tt {
			case js.OpenBracketToken:
				bracket := p.tok.loc
				p.next()
				var idx Expr
				p.withIn(func() { idx = p.parseExpr(LLowest) })
				p.checkCoverErrors(idx.Loc)
				p.expect(js.CloseBracketToken)
				left = Expr{left.Loc, &EIndex{Target: left, Index: idx, OptionalChain: optional, BracketLoc: bracket}}
			case js.OpenParenToken:
				paren := p.tok.loc
				args := p.parseCallArgs()
				left = Expr{left.Loc, &ECall{Target: left, Args: args, OptionalChain: optional, CallLoc: paren}}
			case js.TemplateToken, js.TemplateStartToken:
				p.failAt(p.tok.loc, "Invalid tagged template on optional chain")
			default:
				left = p.parseDotName(left, optional, t.loc)
			}
			optional = OptionalChainContinue
			continue
		case js.OpenBracketToken:
			p.next()
			var idx Expr
			p.withIn(func() { idx = p.parseExpr(LLowest) })
			p.checkCoverErrors(idx.Loc)
			p.expect(js.CloseBracketToken)
			left = Expr{left.Loc, &EIndex{Target: left, Index: idx, OptionalChain: optional, BracketLoc: t.loc}}
			continue
		case js.OpenParenToken:
			if level >= LCall {
				return left
			}
			args := p.parseCallArgs()
			call := &ECall{Target: left, Args: args, OptionalChain: optional, CallLoc: p.callLoc(left, t.loc)}
			if id, ok := left.Data.(*EIdentifier); ok && id.Name == "eval" {
				call.IsDirectEval = true
			}
			left = Expr{left.Loc, call}
			continue
		case js.TemplateToken, js.TemplateStartToken:
			if optional != OptionalChainNone {
				p.failAt(t.loc, "Invalid tagged template on optional chain")
			}
			tag := left
			left = p.parseTemplate(&tag, left.Loc)
			left.Data.(*ETemplate).CallLoc = t.loc
			continue
		}
		optional = OptionalChainNone
		if level >= LPostfix {
			return left
		}

		switch t.tt {
		case js.IncrToken, js.DecrToken:
			if t.nlBefore {
				return left
			}
			p.checkSimpleTarget(left, "Invalid left-hand side expression in postfix operation", true)
			p.next()
			op := UnOpPostInc
			if t.tt == js.DecrToken {
				op = UnOpPostDec
			}
			left = Expr{left.Loc, &EUnary{Op: op, Value: left}}
			continue
		case js.CommaToken:
			if level >= LComma {
				return left
			}
			p.next()
			right := p.parseExpr(LComma)
			left = Expr{left.Loc, &EBinary{Op: BinOpComma, Left: left, Right: right, OpLoc: t.loc}}
			continue
		case js.QuestionToken:
			if level >= LConditional {
				return left
			}
			p.next()
			var yes Expr
			p.withIn(func() { yes = p.parseExpr(LComma) })
			p.expect(js.ColonToken)
			no := p.parseExpr(LComma)
			left = Expr{left.Loc, &EIf{Test: left, Yes: yes, No: no}}
			continue
		}

		if op, ok := assignOps[t.tt]; ok {
			if level >= LAssign {
				return left
			}
			if op == BinOpAssign {
				p.checkAssignTarget(left, "Invalid left-hand side in assignment")
			} else {
				p.checkSimpleTarget(left, "Invalid left-hand side in assignment", !op.BinaryOfAssign().isLogical())
			}
			p.next()
			right := p.parseExpr(LAssign - 1)
			switch op {
			case BinOpAssign, BinOpLogicalAndAssign, BinOpLogicalOrAssign, BinOpNullishAssign:
				if id, ok := left.Data.(*EIdentifier); ok && !p.isParen(left) {
					nameFnValue(&right, Binding{left.Loc, &BIdentifier{Name: id.Name}})
				}
			}
			left = Expr{left.Loc, &EBinary{Op: op, Left: left, Right: right, OpLoc: t.loc}}
			assignOnly = isAssignmentOnly(right) && !p.isParen(right)
			continue
		}

		if bin, ok := binaryOps[t.tt]; ok {
			if level >= bin.level {
				return left
			}
			if t.tt == js.InToken && !p.allowIn {
				return left
			}
			leftBin, leftIsBin := left.Data.(*EBinary)
			leftIsBin = leftIsBin && !p.isParen(left)
			switch bin.op {
			case BinOpPow:
				if u, ok := left.Data.(*EUnary); ok && !p.isParen(left) && !u.Op.IsUpdate() {
					p.failAt(left.Loc, "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence")
				}
				if _, ok := left.Data.(*EAwait); ok && !p.isParen(left) {
					p.failAt(left.Loc, "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence")
				}
			case BinOpNullish:
				if leftIsBin && (leftBin.Op == BinOpLogicalOr || leftBin.Op == BinOpLogicalAnd) {
					p.unexpected()
				}
			case BinOpLogicalOr, BinOpLogicalAnd:
				if leftIsBin && leftBin.Op == BinOpNullish {
					p.unexpected()
				}
			}
			p.next()
			rightLevel := bin.level
			switch bin.op {
			case BinOpPow:
				rightLevel-- // right-associative
			case BinOpNullish:
				rightLevel = LLogicalOr // `a ?? b || c` must fail at `||`
			}
			right := p.parseExpr(rightLevel)
			if bin.op == BinOpNullish {
				if rb, ok := right.Data.(*EBinary); ok && !p.isParen(right) && (rb.Op == BinOpLogicalOr || rb.Op == BinOpLogicalAnd) {
					p.unexpected()
				}
			}
			left = Expr{left.Loc, &EBinary{Op: bin.op, Left: left, Right: right, OpLoc: t.loc}}
			continue
		}
		return left
	}
}

// isAssignmentOnly reports expressions that are a whole AssignmentExpression
// and so cannot be an operand: arrows and yield.
func isAssignmentOnly(e Expr) bool {
	switch e.Data.(type) {
	case *EArrow, *EYield:
		return true
	}
	return false
}

// isLogical reports the short-circuit operators, whose assignments never
// accept a call as target.
func (op OpCode) isLogical() bool {
	return op == BinOpLogicalOr || op == BinOpLogicalAnd || op == BinOpNullish
}

// callLoc is where V8 reports a (non-optional) call of callee in a stack trace.
func (p *parser) callLoc(callee Expr, paren Loc) Loc {
	if p.isParen(callee) {
		return paren
	}
	switch d := callee.Data.(type) {
	case *EDot:
		return d.NameLoc
	case *EPrivateDot:
		return d.NameLoc
	case *EIdentifier, *ESuper:
		return callee.Loc
	}
	return paren
}

// parseDotName parses the name after `.` or `?.`.
func (p *parser) parseDotName(left Expr, optional OptionalChain, dotLoc Loc) Expr {
	t := p.tok
	if t.tt == js.PrivateIdentifierToken {
		p.next()
		if _, ok := left.Data.(*ESuper); ok {
			p.failAt(t.loc, "Unexpected private field")
		}
		e := &EPrivateDot{Target: left, Name: t.name, NameLoc: t.loc, OptionalChain: optional}
		p.usePrivate(t.name, dotLoc, &e.Ref)
		return Expr{left.Loc, e}
	}
	if !js.IsIdentifierName(t.tt) {
		p.unexpected()
	}
	p.next()
	return Expr{left.Loc, &EDot{Target: left, Name: t.name, NameLoc: t.loc, OptionalChain: optional}}
}

// parseCallArgs parses `( args )` with spreads; V8 reports a missing `)` at
// the last token of the previous argument.
func (p *parser) parseCallArgs() []Expr {
	p.expect(js.OpenParenToken)
	var args []Expr
	savedIn := p.allowIn
	p.allowIn = true
	for !p.at(js.CloseParenToken) {
		if p.at(js.EllipsisToken) {
			loc := p.tok.loc
			p.next()
			v := p.parseExpr(LComma)
			args = append(args, Expr{loc, &ESpread{Value: v}})
		} else {
			args = append(args, p.parseExpr(LComma))
		}
		if !p.eat(js.CommaToken) {
			if !p.at(js.CloseParenToken) {
				if p.atEOF() {
					p.unexpected()
				}
				p.failAt(p.prevLoc, "missing ) after argument list")
			}
			break
		}
	}
	p.allowIn = savedIn
	if len(args) > 0 {
		p.checkCoverErrors(args[0].Loc)
	}
	p.next()
	return args
}

// parseNew parses `new.target` or `new Callee(args)`; the callee is a member
// expression, so `new a.b()` calls a.b and `new a()()` calls the result.
func (p *parser) parseNew(level Level) Expr {
	loc := p.tok.loc
	p.next()
	if p.eat(js.DotToken) {
		if !p.isContextual("target") {
			p.unexpected()
		}
		if !p.fn.allowNewTarget {
			p.failAt(loc, "new.target expression is not allowed here")
		}
		end := p.tok.end
		p.next()
		return Expr{loc, &ENewTarget{Range: Range{loc, int32(end - loc)}}}
	}
	var target Expr
	if p.at(js.ImportToken) && p.peek().tt == js.OpenParenToken {
		p.failAt(p.tok.loc, "Cannot use new with import")
	}
	target = p.parsePrefix(LMember)
	target = p.parseSuffix(target, LMember)
	n := &ENew{Target: target}
	if p.at(js.OpenParenToken) {
		n.Args = p.parseCallArgs()
		n.HasArgs = true
	}
	return Expr{loc, n}
}

// parseArrayLiteral parses `[...]`, which may later turn out to be a pattern.
func (p *parser) parseArrayLiteral() Expr {
	loc := p.tok.loc
	p.next()
	a := &EArray{}
	savedIn := p.allowIn
	p.allowIn = true
	for !p.at(js.CloseBracketToken) {
		switch p.tok.tt {
		case js.CommaToken:
			a.Items = append(a.Items, Expr{p.tok.loc, &EMissing{}})
			p.next()
			continue
		case js.EllipsisToken:
			sloc := p.tok.loc
			p.next()
			v := p.parseExpr(LComma)
			a.Items = append(a.Items, Expr{sloc, &ESpread{Value: v}})
		default:
			a.Items = append(a.Items, p.parseExpr(LComma))
		}
		if !p.at(js.CloseBracketToken) {
			if !p.at(js.CommaToken) {
				p.unexpected()
			}
			if _, ok := a.Items[len(a.Items)-1].Data.(*ESpread); ok {
				p.arrayTrailingComma[a] = true
			}
			p.next()
		}
	}
	p.allowIn = savedIn
	p.next()
	return Expr{loc, a}
}

// parseObjectLiteral parses `{...}`; a second `__proto__: v` is an error only
// if the literal does not become a pattern, so it is deferred as a cover error.
func (p *parser) parseObjectLiteral() Expr {
	loc := p.tok.loc
	p.next()
	o := &EObject{}
	savedIn := p.allowIn
	p.allowIn = true
	protoCount := 0
	for !p.at(js.CloseBraceToken) {
		prop := p.parseProperty(false, nil)
		if prop.Kind == PropertyNormal && !prop.IsComputed && !prop.IsShorthand && !prop.IsMethod {
			if s, ok := prop.Key.Data.(*EString); ok && utf16Equal(s.Value, "__proto__") {
				protoCount++
				if protoCount == 2 {
					p.coverErrors = append(p.coverErrors, coverError{prop.Key.Loc, "Duplicate __proto__ fields are not allowed in object literals"})
				}
			}
		}
		o.Properties = append(o.Properties, prop)
		if !p.at(js.CloseBraceToken) {
			if !p.at(js.CommaToken) {
				p.unexpected()
			}
			if prop.Kind == PropertySpread {
				p.objectTrailingComma[o] = true
			}
			p.next()
		}
	}
	p.allowIn = savedIn
	p.next()
	return Expr{loc, o}
}

// utf16Equal compares a UTF-16 string with an ASCII one.
func utf16Equal(a []uint16, s string) bool {
	if len(a) != len(s) {
		return false
	}
	for i := range a {
		if a[i] != uint16(s[i]) {
			return false
		}
	}
	return true
}

// parseTemplate parses a template literal whose first token is current.
func (p *parser) parseTemplate(tag *Expr, loc Loc) Expr {
	t := p.tok
	tmpl := &ETemplate{Tag: tag}
	cook := func(tok token, raw string) []uint16 {
		v, _, bad := cookString(raw, true)
		if bad >= 0 && tag == nil && templateEscapeError(raw[bad:]) == "Octal escape sequences are not allowed in template strings." {
			bad++ // V8 points at the digit
		}
		if bad >= 0 {
			if tag == nil {
				p.failAt(tok.loc+1+Loc(bad), templateEscapeError(raw[bad:]))
			}
			return nil
		}
		return v
	}
	if t.tt == js.TemplateToken {
		raw := string(t.raw[1 : len(t.raw)-1])
		tmpl.HeadRaw = normalizeRaw(raw)
		tmpl.Head = cook(t, raw)
		p.next()
		return Expr{loc, tmpl}
	}
	raw := string(t.raw[1 : len(t.raw)-2])
	tmpl.HeadRaw = normalizeRaw(raw)
	tmpl.Head = cook(t, raw)
	p.next()
	for {
		var v Expr
		p.withIn(func() { v = p.parseExpr(LLowest) })
		p.checkCoverErrors(v.Loc)
		t = p.tok
		switch t.tt {
		case js.TemplateMiddleToken:
			raw := string(t.raw[1 : len(t.raw)-2])
			tmpl.Parts = append(tmpl.Parts, TemplatePart{Value: v, TailLoc: t.loc, TailRaw: normalizeRaw(raw), Tail: cook(t, raw)})
			p.next()
		case js.TemplateEndToken:
			raw := string(t.raw[1 : len(t.raw)-1])
			tmpl.Parts = append(tmpl.Parts, TemplatePart{Value: v, TailLoc: t.loc, TailRaw: normalizeRaw(raw), Tail: cook(t, raw)})
			p.next()
			return Expr{loc, tmpl}
		default:
			p.unexpected()
		}
	}
}

// templateEscapeError is V8's message for a bad escape in an untagged template.
func templateEscapeError(s string) string {
	if strings.HasPrefix(s, "\\x") {
		return "Invalid hexadecimal escape sequence"
	}
	if strings.HasPrefix(s, "\\u") {
		return "Invalid Unicode escape sequence"
	}
	return "Octal escape sequences are not allowed in template strings."
}

// normalizeRaw turns CRLF and CR into LF, as the template raw strings require.
func normalizeRaw(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// nameFnValue records the inferred `name` of an anonymous function or class
// assigned to a simple binding.
func nameFnValue(v *Expr, b Binding) {
	id, ok := b.Data.(*BIdentifier)
	if !ok {
		return
	}
	setInferredName(v, id.Name)
}

// setInferredName gives an anonymous function or class the name of what it is
// assigned to (SetFunctionName), unless it already has one.
func setInferredName(v *Expr, name string) {
	switch d := v.Data.(type) {
	case *EArrow:
		if d.Fn.InferredName == "" {
			d.Fn.InferredName = name
		}
	case *EFunction:
		if d.Fn.Name == nil && d.Fn.InferredName == "" {
			d.Fn.InferredName = name
		}
	case *EClass:
		if d.Class.Name == nil && d.Class.InferredName == "" {
			d.Class.InferredName = name
		}
	}
}
