package frontend

import (
	"bytes"
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// parseFailure carries the first syntax error out of the recursive descent.
type parseFailure struct{ diag Diagnostic }

// fnContext is what the parser knows about the function (or top level) it is in.
type fnContext struct {
	parent      *fnContext
	fn          *Fn // nil at top level, in class field initialisers and static blocks
	isAsync     bool
	isGenerator bool
	isArrow     bool
	strict      bool
	inParams    bool // parsing the formal parameters

	allowReturn    bool
	allowNewTarget bool
	allowSuperProp bool
	allowSuperCall bool
	isFieldInit    bool // class field initialiser or static block: `arguments` is an error
	isStaticBlock  bool // `await` is reserved, not an expression

	labels    []labelInfo
	loopDepth int // enclosing iteration statements (for continue)
	breakable int // enclosing iteration or switch statements (for break)
}

type labelInfo struct {
	name   string
	isLoop bool
}

// parser is a recursive-descent parser over the lexer's token stream.
type parser struct {
	src      *Source
	lex      *lexer
	tok      token
	prevEnd  Loc
	prevLoc  Loc // start of the previous token (V8 reports some errors there)
	isModule bool
	commonJS bool // a CommonJS script (node's function wrapper)
	allowIn  bool // `in` is an operator here (false in a for-loop head's initialiser)
	fn       *fnContext

	// Errors that only count if an expression turns out not to be a pattern:
	// `{a = 1}` shorthand initialisers and duplicate `__proto__`.
	coverErrors []coverError
	// Expressions wrapped in parentheses: `(a) = 1` is fine, `({a}) = 1` is not.
	parens map[E]Loc
	// Private names used, checked against the enclosing classes at class end.
	classes []*classContext

	depth                 int   // block nesting below the top level (import/export need 0)
	pendingLabels         []int // indices in fn.labels of labels directly wrapping the next statement
	allowAnonymousDefault bool  // `export default function () {}` may omit the name
	awaitCount            int   // await expressions parsed so far (to reject them in arrow parameters)
	yieldCount            int   // yield expressions parsed so far
	ast                   *AST
	patternDepth          int   // nesting of binding patterns being parsed
	lastNameWellFormed    bool  // the last module name string had no lone surrogates
	asyncParens           int   // nesting of `async(...)` argument lists (maybe arrow parameters)
	yieldLocs, awaitLocs  []Loc // positions of yield/await expressions, to report them in arrow parameters
	awaitIdents           []Loc // `await` used as an identifier (invalid if it turns out to be in async arrow parameters)
	// Array literals with a comma after a spread: `[...a,] = b` is not a valid pattern.
	arrayTrailingComma  map[*EArray]bool
	objectTrailingComma map[*EObject]bool
	// Strings with legacy octal escapes, for a later "use strict" to report.
	stringOctal map[*EString]octalEscape
}

type coverError struct {
	loc Loc
	msg string
}

type classContext struct {
	declared map[string]privateDecl
	used     []privateUse
}

type privateDecl struct {
	kind     SymbolKind
	isStatic bool
	sym      *Symbol
}

type privateUse struct {
	name string
	loc  Loc
	ref  **Symbol
}

// Parse parses and binds one file. The returned error is Diagnostics.
//
// Which files are ES modules follows node 20: a .mjs file always, a .cjs
// file never; a .js file (or any other) as the nearest package.json's "type"
// says (src.PackageType), and without one by module syntax detection: a
// file that only parses as a module runs as one, so an `import`/`export`
// statement or `import.meta` makes it a module, and a top-level `await`
// does when the module parse succeeds.
func Parse(src *Source) (*AST, error) {
	src.Text = decodeAsNode(src.Text)
	switch {
	case strings.HasSuffix(src.Name, ".mjs"):
		return parseAs(src, true)
	case strings.HasSuffix(src.Name, ".cjs"):
		return parseAs(src, false)
	case src.PackageType == "module":
		return parseAs(src, true)
	case src.PackageType == "commonjs":
		return parseAs(src, false)
	}
	ast, err := parseAs(src, false)
	if err == nil {
		return ast, nil
	}
	switch err.(Diagnostics)[0].Message {
	case "Cannot use import statement outside a module", "Unexpected token 'export'", "Cannot use 'import.meta' outside a module":
		return parseAs(src, true)
	case "await is only valid in async functions and the top level bodies of modules":
		if modAST, modErr := parseAs(src, true); modErr == nil {
			return modAST, nil
		}
	}
	return ast, err
}

func parseAs(src *Source, isModule bool) (*AST, error) {
	return parseWith(src, isModule, !isModule)
}

// parseWith parses as a module or a script; commonJS scripts are node's wrapped
// function bodies, where `return` and `new.target` are allowed at top level.
func parseWith(src *Source, isModule, commonJS bool) (ast *AST, err error) {
	p := &parser{src: src, isModule: isModule, commonJS: commonJS, allowIn: true, parens: map[E]Loc{}, arrayTrailingComma: map[*EArray]bool{}, objectTrailingComma: map[*EObject]bool{}, stringOctal: map[*EString]octalEscape{}}
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(parseFailure)
			if !ok {
				panic(r)
			}
			ast, err = nil, Diagnostics{f.diag}
		}
	}()
	ast = p.parseFile()
	if err := Bind(ast); err != nil {
		return nil, err
	}
	return ast, nil
}

func (p *parser) parseFile() *AST {
	ast := &AST{Source: p.src, IsModule: p.isModule}
	p.ast = ast
	start := 0
	if bytes.HasPrefix(p.src.Text, []byte("#!")) {
		end := len(p.src.Text)
		for i := 2; i < len(p.src.Text); i++ {
			if ok, _ := isLineTerminatorAt(p.src.Text, i); ok {
				end = i
				break
			}
		}
		ast.Hashbang = string(p.src.Text[:end])
		start = end
	}
	p.lex = newLexer(p, p.src, start)
	// A CommonJS file is a function body (node wraps it): `return` is allowed at top level.
	p.fn = &fnContext{strict: p.isModule, allowReturn: p.commonJS, allowNewTarget: p.commonJS}
	p.next()
	body, directives := p.parseBody(js.ErrorToken)
	ast.Body = body
	ast.Directives = directives
	ast.Strict = p.fn.strict
	p.checkCoverErrors(0)
	return ast
}

// ---------------------------------------------------------------------------
// Token helpers

func (p *parser) next() {
	p.prevEnd = p.tok.end
	p.prevLoc = p.tok.loc
	p.tok = p.lex.next()
}

func (p *parser) peek() token { return p.lex.peek() }

func (p *parser) at(tt js.TokenType) bool { return p.tok.tt == tt }

func (p *parser) eat(tt js.TokenType) bool {
	if p.tok.tt == tt {
		p.next()
		return true
	}
	return false
}

func (p *parser) expect(tt js.TokenType) {
	if p.tok.tt != tt {
		p.unexpected()
	}
	p.next()
}

// isContextual reports an unescaped identifier spelled name (`of`, `get`, `async`, ...).
func (p *parser) isContextual(name string) bool {
	return js.IsIdentifierName(p.tok.tt) && !p.tok.escaped && p.tok.name == name
}

func (p *parser) atEOF() bool { return p.tok.tt == js.ErrorToken }

// semicolon consumes a `;` or applies automatic semicolon insertion.
func (p *parser) semicolon() {
	if p.eat(js.SemicolonToken) {
		return
	}
	if p.at(js.CloseBraceToken) || p.atEOF() || p.tok.nlBefore {
		return
	}
	p.unexpected()
}

func (p *parser) failAt(loc Loc, msg string) {
	panic(parseFailure{Diagnostic{Source: p.src, Loc: loc, Kind: SyntaxError, Message: msg}})
}

// unexpected fails on the current token with V8's wording.
func (p *parser) unexpected() { p.unexpectedToken(p.tok) }

func (p *parser) unexpectedToken(t token) {
	p.failAt(t.loc, unexpectedMessage(t, p.fn.strict))
}

func unexpectedMessage(t token, strict bool) string {
	tt := t.tt
	switch {
	case tt == js.ErrorToken:
		return "Unexpected end of input"
	case t.escapedKeyword || t.escaped && js.IsReservedWord(tt):
		return "Keyword must not contain escaped characters"
	case tt == js.PrivateIdentifierToken:
		return "Unexpected identifier '#" + t.name + "'"
	case js.IsIdentifier(tt):
		if strict && isStrictReserved(t.name) {
			return "Unexpected strict mode reserved word"
		}
		return "Unexpected identifier '" + t.name + "'"
	case tt == js.YieldToken && strict:
		return "Unexpected strict mode reserved word"
	case tt == js.YieldToken:
		return "Unexpected identifier 'yield'"
	case tt == js.AwaitToken, tt == js.EnumToken:
		return "Unexpected reserved word"
	case js.IsNumeric(tt):
		return "Unexpected number"
	case tt == js.StringToken:
		return "Unexpected string"
	case tt == js.TemplateToken || tt == js.TemplateStartToken:
		return "Unexpected template string"
	case tt == js.RegExpToken:
		return "Unexpected regular expression"
	}
	return "Unexpected token '" + string(t.raw) + "'"
}

// withIn runs f with `in` allowed as an operator (inside any bracket).
func (p *parser) withIn(f func()) {
	saved := p.allowIn
	p.allowIn = true
	f()
	p.allowIn = saved
}

// awaitIsKeyword reports whether `await` is an operator here (or reserved).
func (p *parser) awaitIsKeyword() bool {
	return p.fn.isAsync || p.fn.isStaticBlock || (p.isModule && p.fn.fn == nil && !p.fn.isFieldInit)
}

// yieldIsKeyword reports whether `yield` is an operator here.
func (p *parser) yieldIsKeyword() bool { return p.fn.isGenerator }

// isIdentToken reports a token usable as an identifier reference or binding here.
func (p *parser) isIdentToken(t token) bool {
	switch {
	case js.IsIdentifier(t.tt):
		return true
	case t.tt == js.YieldToken:
		return !p.yieldIsKeyword() && !p.fn.strict
	case t.tt == js.AwaitToken:
		return !p.awaitIsKeyword() && !p.isModule
	}
	return false
}

// insideNonArrowFnSinceField is false while the innermost non-arrow context is a field initialiser.
func (p *parser) insideNonArrowFnSinceField() bool {
	for c := p.fn; c != nil; c = c.parent {
		if c.isFieldInit {
			return false
		}
		if !c.isArrow {
			return true
		}
	}
	return true
}

// identifier consumes an identifier token and returns its name and position.
func (p *parser) identifier() (string, Loc) {
	t := p.tok
	if !p.isIdentToken(t) {
		if t.tt == js.AwaitToken || t.tt == js.YieldToken {
			p.checkIdentifierName(t)
		}
		p.unexpected()
	}
	p.checkIdentifierName(t)
	if t.tt == js.AwaitToken {
		p.awaitIdents = append(p.awaitIdents, t.loc)
	}
	p.next()
	return t.name, t.loc
}

// checkCoverErrors fails on pending cover-grammar errors at or after from.
func (p *parser) checkCoverErrors(from Loc) {
	for _, e := range p.coverErrors {
		if e.loc >= from {
			p.failAt(e.loc, e.msg)
		}
	}
}

// dropCoverErrors forgets cover-grammar errors inside [from, to): the expression
// there became a pattern.
func (p *parser) dropCoverErrors(from, to Loc) {
	kept := p.coverErrors[:0]
	for _, e := range p.coverErrors {
		if e.loc < from || e.loc >= to {
			kept = append(kept, e)
		}
	}
	p.coverErrors = kept
}
