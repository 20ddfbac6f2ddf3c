package frontend

import (
	"math"
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// parseModuleName parses the string after `from` (or `import`).
func (p *parser) parseModuleName() (string, Loc) {
	t := p.tok
	if t.tt != js.StringToken {
		p.unexpected()
	}
	p.next()
	v, _, bad := cookString(string(t.raw[1:len(t.raw)-1]), false)
	if bad >= 0 {
		p.failAt(t.loc, "Invalid or unexpected token")
	}
	p.lastNameWellFormed = wellFormedUTF16(v)
	return string(utf16ToRunes(v)), t.loc
}

// wellFormedUTF16 reports a string without lone surrogates.
func wellFormedUTF16(s []uint16) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0xD800 && c < 0xDC00:
			if i+1 >= len(s) || s[i+1] < 0xDC00 || s[i+1] >= 0xE000 {
				return false
			}
			i++
		case c >= 0xDC00 && c < 0xE000:
			return false
		}
	}
	return true
}

// parseAttributes parses an optional `with { key: "value", ... }` clause.
func (p *parser) parseAttributes() []ImportAttribute {
	if !p.at(js.WithToken) {
		return nil
	}
	p.next()
	p.expect(js.OpenBraceToken)
	var attrs []ImportAttribute
	seen := map[string]bool{}
	for !p.eat(js.CloseBraceToken) {
		var key string
		if p.at(js.StringToken) {
			key, _ = p.parseModuleName()
		} else if js.IsIdentifierName(p.tok.tt) {
			key = p.tok.name
			p.next()
		} else {
			p.unexpected()
		}
		if seen[key] {
			p.failAt(p.prevEnd, "Import attribute has duplicate key '"+key+"'")
		}
		seen[key] = true
		p.expect(js.ColonToken)
		value, _ := p.parseModuleName()
		attrs = append(attrs, ImportAttribute{Key: key, Value: value})
		if !p.at(js.CloseBraceToken) {
			p.expect(js.CommaToken)
		}
	}
	return attrs
}

// parseModuleExportName parses an IdentifierName or a string literal name.
func (p *parser) parseModuleExportName() (string, Loc, bool) {
	t := p.tok
	if t.tt == js.StringToken {
		name, loc := p.parseModuleName()
		if !p.lastNameWellFormed {
			p.failAt(loc, "Invalid module export name: contains unpaired surrogate")
		}
		return name, loc, true
	}
	if !js.IsIdentifierName(t.tt) {
		p.unexpected()
	}
	p.next()
	return t.name, t.loc, false
}

// parseImport parses an import declaration (module top level only).
func (p *parser) parseImport(loc Loc) Stmt {
	p.next() // import
	s := &SImport{}
	if p.at(js.StringToken) {
		s.Path, s.PathLoc = p.parseModuleName()
		s.Attributes = p.parseAttributes()
		p.semicolon()
		st := Stmt{loc, s}
		p.ast.Imports = append(p.ast.Imports, s)
		return st
	}
	if p.isIdentToken(p.tok) {
		name, nloc := p.identifier()
		p.checkBindingName(name, nloc, true)
		s.Default = &Binding{nloc, &BIdentifier{Name: name}}
		if !p.eat(js.CommaToken) {
			goto from
		}
	}
	if p.eat(js.MulToken) {
		if !p.isContextual("as") {
			p.unexpected()
		}
		p.next()
		name, nloc := p.identifier()
		p.checkBindingName(name, nloc, true)
		s.Namespace = &Binding{nloc, &BIdentifier{Name: name}}
	} else if p.at(js.OpenBraceToken) {
		p.next()
		s.HasItems = true
		for !p.eat(js.CloseBraceToken) {
			t := p.tok
			name, nloc, isString := p.parseModuleExportName()
			local, lloc := name, nloc
			if p.isContextual("as") {
				p.next()
				local, lloc = p.identifier()
			} else if isString {
				p.failAt(t.loc, "Unexpected reserved word") // V8's wording for `import {"x"} from`
			} else if !p.isIdentToken(t) {
				p.unexpectedToken(t)
			} else {
				p.checkIdentifierName(t)
			}
			p.checkBindingName(local, lloc, true)
			s.Items = append(s.Items, ImportSpecifier{Loc: nloc, Name: name, Local: local, Binding: Binding{lloc, &BIdentifier{Name: local}}})
			if !p.at(js.CloseBraceToken) {
				p.expect(js.CommaToken)
			}
		}
	} else {
		p.unexpected()
	}
from:
	if !p.isContextual("from") {
		p.unexpected()
	}
	p.next()
	s.Path, s.PathLoc = p.parseModuleName()
	s.Attributes = p.parseAttributes()
	p.semicolon()
	p.ast.Imports = append(p.ast.Imports, s)
	return Stmt{loc, s}
}

// parseExport parses every export form; the names are checked for duplicates
// and existence by the binder once the module scope is complete.
func (p *parser) parseExport(loc Loc) Stmt {
	p.next() // export
	var st Stmt
	switch {
	case p.at(js.MulToken):
		p.next()
		s := &SExportStar{}
		if p.isContextual("as") {
			p.next()
			s.Alias, _, _ = p.parseModuleExportName()
		}
		if !p.isContextual("from") {
			p.unexpected()
		}
		p.next()
		s.Path, s.PathLoc = p.parseModuleName()
		s.Attributes = p.parseAttributes()
		p.semicolon()
		st = Stmt{loc, s}
	case p.at(js.OpenBraceToken):
		p.next()
		// Without `from`, each local name must be an identifier reference; that is
		// only known after the clause, so the first bad one is remembered.
		var items []ImportSpecifier
		var badLocal token
		hasBadLocal := false
		for !p.eat(js.CloseBraceToken) {
			t := p.tok
			local, lloc, isString := p.parseModuleExportName()
			if (isString || js.IsReservedWord(t.tt) && !p.isIdentToken(t)) && !hasBadLocal {
				badLocal, hasBadLocal = t, true
			}
			name := local
			if p.isContextual("as") {
				p.next()
				name, _, _ = p.parseModuleExportName()
			}
			items = append(items, ImportSpecifier{Loc: lloc, Name: name, Local: local})
			if !p.at(js.CloseBraceToken) {
				p.expect(js.CommaToken)
			}
		}
		if p.isContextual("from") {
			p.next()
			s := &SExportFrom{Items: items}
			s.Path, s.PathLoc = p.parseModuleName()
			s.Attributes = p.parseAttributes()
			p.semicolon()
			st = Stmt{loc, s}
			break
		}
		if hasBadLocal {
			if badLocal.tt == js.StringToken {
				p.failAt(badLocal.loc, "String literal module export names must be followed by a 'from' clause")
			}
			p.unexpectedToken(badLocal)
		}
		p.semicolon()
		st = Stmt{loc, &SExportClause{Items: items}}
	case p.at(js.DefaultToken):
		s := &SExportDefault{DefaultLoc: p.tok.loc}
		p.next()
		dloc := p.tok.loc
		switch {
		case p.at(js.FunctionToken):
			p.allowAnonymousDefault = true
			s.Value = p.parseFunctionStmt(dloc, false, stmtList)
		case p.isContextual("async") && p.peek().tt == js.FunctionToken && !p.peek().nlBefore:
			p.next()
			p.allowAnonymousDefault = true
			s.Value = p.parseFunctionStmt(dloc, true, stmtList)
		case p.at(js.ClassToken):
			p.allowAnonymousDefault = true
			s.Value = Stmt{dloc, &SClass{Class: p.parseClass(true)}}
		default:
			v := p.parseExpr(LComma)
			p.checkCoverErrors(v.Loc)
			setInferredName(&v, "default")
			p.semicolon()
			s.Value = Stmt{dloc, &SExpr{Value: v}}
		}
		switch d := s.Value.Data.(type) {
		case *SFunction:
			if d.Fn.Name == nil {
				d.Fn.InferredName = "default"
			}
		case *SClass:
			if d.Class.Name == nil {
				d.Class.InferredName = "default"
			}
		}
		st = Stmt{loc, s}
	default:
		switch {
		case p.at(js.VarToken), p.at(js.ConstToken), p.at(js.LetToken), p.at(js.FunctionToken), p.at(js.ClassToken),
			p.isContextual("async") && p.peek().tt == js.FunctionToken && !p.peek().nlBefore:
		default:
			p.unexpected()
		}
		st = p.parseStmt(stmtList)
		switch d := st.Data.(type) {
		case *SLocal:
			d.IsExport = true
		case *SFunction:
			d.IsExport = true
		case *SClass:
			d.IsExport = true
		default:
			p.failAt(loc, "Unexpected token 'export'")
		}
	}
	p.ast.Exports = append(p.ast.Exports, st)
	return st
}

// formatNumberKey formats a number as JavaScript's Number::toString does (for keys).
func formatNumberKey(v float64) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "Infinity"
	case math.IsInf(v, -1):
		return "-Infinity"
	case v == 0:
		return "0"
	}
	// Go's shortest round-trip digits are JavaScript's; only the layout differs.
	s := strconv.FormatFloat(v, 'g', -1, 64)
	mant, exp := s, 0
	if i := strings.IndexAny(s, "e"); i >= 0 {
		mant = s[:i]
		exp, _ = strconv.Atoi(s[i+1:])
	}
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	point := strings.IndexByte(mant, '.')
	if point < 0 {
		point = len(mant)
	}
	n := point + exp // position of the decimal point relative to digits
	digits = strings.TrimLeft(digits, "0")
	if lead := len(strings.Replace(mant, ".", "", 1)) - len(digits); lead > 0 {
		n -= lead
	}
	k := len(digits)
	var out string
	switch {
	case k <= n && n <= 21:
		out = digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		out = digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		out = "0." + strings.Repeat("0", -n) + digits
	default:
		e := n - 1
		sign := "+"
		if e < 0 {
			sign = "-"
			e = -e
		}
		m := digits[:1]
		if k > 1 {
			m += "." + digits[1:]
		}
		out = m + "e" + sign + strconv.Itoa(e)
	}
	if neg {
		out = "-" + out
	}
	return out
}
