package frontend

import (
	"io"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

// token is one significant token; whitespace and comments are folded into nlBefore.
type token struct {
	tt       js.TokenType
	loc, end Loc
	raw      []byte
	nlBefore bool   // a line terminator precedes it (for ASI and restricted productions)
	name     string // identifiers and keywords: the name with escapes decoded
	escaped  bool   // the identifier contained a \u escape
	// escapedKeyword: a reserved word spelled with escapes (`v\u0061r`); usable
	// only as a property name.
	escapedKeyword bool
	octal          bool // a legacy octal (or 08/09) numeric literal
}

// lexer wraps tdewolff's lexer: it skips trivia, tracks byte offsets, decodes
// identifiers, and lexes the few forms tdewolff rejects (legacy octal numbers).
type lexer struct {
	p     *parser
	src   *Source
	in    *parse.Input
	lx    *js.Lexer
	ahead []token
}

func newLexer(p *parser, src *Source, start int) *lexer {
	text := src.Text[:len(src.Text):len(src.Text)] // cap == len, so parse.Input copies instead of writing a NUL into our buffer
	in := parse.NewInputBytes(text)
	in.Move(start)
	in.Skip()
	return &lexer{p: p, src: src, in: in, lx: js.NewLexer(in)}
}

// next returns the next significant token (from the look-ahead buffer first).
func (l *lexer) next() token {
	if len(l.ahead) > 0 {
		t := l.ahead[0]
		l.ahead = l.ahead[1:]
		return t
	}
	return l.scan()
}

// peek returns the token after the ones already consumed, without consuming it.
func (l *lexer) peek() token {
	if len(l.ahead) == 0 {
		l.ahead = append(l.ahead, l.scan())
	}
	return l.ahead[0]
}

func (l *lexer) scan() token {
	nl := false
	for {
		start := Loc(l.in.Offset())
		if t, ok := l.scanLegacyNumber(start); ok {
			t.nlBefore = nl
			return t
		}
		if t, ok := l.scanNewIdentifier(start); ok {
			t.nlBefore = nl
			return t
		}
		tt, raw := l.lx.Next()
		end := Loc(l.in.Offset())
		switch tt {
		case js.WhitespaceToken, js.CommentToken:
			if l.p.isModule && tt == js.CommentToken && (raw[0] == '<' || raw[0] == '-') {
				// HTML-like comments are sloppy-script syntax only (B.1.1).
				l.p.failAt(end-Loc(len(raw)), "Unexpected token '"+string(raw[:1])+"'")
			}
			continue
		case js.LineTerminatorToken, js.CommentLineTerminatorToken:
			nl = true
			continue
		case js.ErrorToken:
			if l.lx.Err() == io.EOF {
				n := Loc(len(l.src.Text))
				return token{tt: js.ErrorToken, loc: n, end: n, nlBefore: true}
			}
			l.lexError(start)
		}
		t := token{tt: tt, loc: end - Loc(len(raw)), end: end, raw: raw, nlBefore: nl}
		if js.IsNumeric(tt) {
			l.checkNumberEnd(t)
		}
		if tt == js.IdentifierToken || tt == js.PrivateIdentifierToken || js.IsIdentifierName(tt) {
			name := raw
			if tt == js.PrivateIdentifierToken {
				name = raw[1:]
			}
			t.name = string(name)
			if strings.ContainsRune(t.name, 0x2E2F) {
				l.p.failAt(t.loc, "Invalid or unexpected token")
			}
			if strings.IndexByte(t.name, '\\') >= 0 {
				t.escaped = true
				t.name = l.decodeIdentifier(t.loc, t.name)
				if tt != js.PrivateIdentifierToken {
					// An escaped reserved word is never a keyword: it lexes as an
					// identifier that the parser rejects unless a name is expected.
					t.tt = js.IdentifierToken
					if kw, ok := js.Keywords[t.name]; ok {
						if js.IsReservedWord(kw) {
							t.escapedKeyword = true
						} else {
							t.tt = kw
						}
					}
				}
			}
		}
		return t
	}
}

// lexError reports the token that tdewolff could not lex, with node's wording.
func (l *lexer) lexError(start Loc) {
	text := l.src.Text
	i := int(start)
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i < len(text) {
		switch text[i] {
		case '`':
			l.p.failAt(Loc(len(text)), "Unexpected end of input")
		case '/':
			if i+1 < len(text) && text[i+1] == '*' {
				l.p.failAt(Loc(i), "Invalid or unexpected token")
			}
		case '}':
			l.p.failAt(Loc(len(text)), "Unexpected end of input")
		}
	}
	l.p.failAt(Loc(i), "Invalid or unexpected token")
}

// isIDStart and isIDContinue are tdewolff's identifier tests widened to the
// Unicode version node knows (unicode_ids.go).
// U+2E2F VERTICAL TILDE is Lm but Pattern_Syntax, so not an identifier character.
func isIDStart(r rune) bool {
	return js.IsIdentifierStart([]byte(string(r))) && r != '\\' && r != 0x2E2F || unicode.Is(newIDStart, r)
}

func isIDContinue(r rune) bool {
	return js.IsIdentifierContinue([]byte(string(r))) && r != '\\' && r != 0x2E2F || unicode.Is(newIDContinue, r)
}

// scanNewIdentifier lexes an identifier (or #private name) containing a
// character newer than Go's Unicode tables, which tdewolff would split.
func (l *lexer) scanNewIdentifier(start Loc) (token, bool) {
	text := l.src.Text
	i := int(start)
	tt := js.IdentifierToken
	if i < len(text) && text[i] == '#' {
		tt = js.PrivateIdentifierToken
		i++
	}
	nameStart := i
	// Fast path: an all-ASCII identifier (or no identifier) is tdewolff's to lex.
	for i < len(text) && text[i] < 0x80 && text[i] != '\\' {
		if c := text[i]; !(c == '$' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > nameStart && c >= '0' && c <= '9') {
			return token{}, false
		}
		i++
	}
	if i >= len(text) {
		return token{}, false
	}
	i = nameStart
	hasNew, escaped := false, false
	for i < len(text) {
		var r rune
		var n int
		if text[i] == '\\' {
			var ok bool
			end := min(i+12, len(text))
			if r, n, ok = decodeUnicodeEscape(string(text[i:end])); !ok {
				break
			}
			escaped = true
		} else {
			r, n = utf8.DecodeRune(text[i:])
		}
		if i == nameStart && !isIDStart(r) || i > nameStart && !isIDContinue(r) {
			break
		}
		if unicode.Is(newIDContinue, r) || unicode.Is(newIDStart, r) {
			hasNew = true
		}
		i += n
	}
	if !hasNew {
		return token{}, false
	}
	l.in.Move(i - int(start))
	l.in.Skip()
	t := token{tt: tt, loc: start, end: Loc(i), raw: text[start:i], name: string(text[nameStart:i]), escaped: escaped}
	if escaped {
		t.name = l.decodeIdentifier(Loc(nameStart), t.name)
	}
	return t, true
}

// scanLegacyNumber lexes `0` followed by a digit (legacy octal `017` or `08.5`),
// which tdewolff refuses.
func (l *lexer) scanLegacyNumber(start Loc) (token, bool) {
	text := l.src.Text
	i := int(start)
	if i+1 >= len(text) || text[i] != '0' || text[i+1] < '0' || text[i+1] > '9' {
		return token{}, false
	}
	j := i + 1
	octal := true
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		if text[j] >= '8' {
			octal = false
		}
		j++
	}
	tt := js.IntegerToken
	if !octal {
		if j < len(text) && text[j] == '.' {
			j++
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			tt = js.DecimalToken
		}
		if j < len(text) && (text[j] == 'e' || text[j] == 'E') {
			j++
			if j < len(text) && (text[j] == '+' || text[j] == '-') {
				j++
			}
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			tt = js.DecimalToken
		}
	}
	if j < len(text) && text[j] == '_' {
		l.p.failAt(Loc(j), "Numeric separator can not be used after leading 0.")
	}
	if j < len(text) && (js.IsIdentifierStart(text[j:]) || text[j] == 'n') {
		l.p.failAt(start, "Invalid or unexpected token")
	}
	l.in.Move(j - i)
	l.in.Skip()
	return token{tt: tt, loc: start, end: Loc(j), raw: text[i:j], octal: true}, true
}

// checkNumberEnd rejects what tdewolff splits off a numeric literal: an
// identifier or digit directly after it (`3in`, `0b12`, `1.5n`) and misplaced `_`.
func (l *lexer) checkNumberEnd(t token) {
	text := l.src.Text
	end := int(t.end)
	if end >= len(text) {
		return
	}
	if text[end] == '_' && t.raw[len(t.raw)-1] != 'n' {
		switch {
		case end+1 < len(text) && text[end+1] == '_':
			l.p.failAt(Loc(end+1), "Only one underscore is allowed as numeric separator")
		case string(t.raw) == "0":
			l.p.failAt(Loc(end), "Numeric separator can not be used after leading 0.")
		case end+1 >= len(text) || !isDigitByte(text[end+1]) && !isHexByte(text[end+1]):
			l.p.failAt(Loc(len(text)), "Numeric separators are not allowed at the end of numeric literals")
		}
		l.p.failAt(t.loc, "Invalid or unexpected token")
	}
	if isDigitByte(text[end]) || js.IsIdentifierStart(text[end:]) || text[end] == '\\' {
		l.p.failAt(t.loc, "Invalid or unexpected token")
	}
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isHexByte(c byte) bool { return isDigitByte(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// regexp re-lexes the current `/` or `/=` token t as a regular expression literal.
func (l *lexer) regexp(t token) token {
	if len(l.ahead) > 0 {
		panic("frontend: regexp re-lex after look-ahead")
	}
	tt, raw := l.lx.RegExp()
	if tt != js.RegExpToken {
		l.p.failAt(t.loc, "Invalid regular expression: missing /")
	}
	end := Loc(l.in.Offset())
	return token{tt: js.RegExpToken, loc: end - Loc(len(raw)), end: end, raw: raw, nlBefore: t.nlBefore}
}

// decodeIdentifier resolves \uXXXX and \u{X} escapes in an identifier.
func (l *lexer) decodeIdentifier(loc Loc, s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			i++
			continue
		}
		r, n, ok := decodeUnicodeEscape(s[i:])
		if !ok {
			l.p.failAt(loc, "Invalid or unexpected token")
		}
		valid := isIDContinue(r)
		if i == 0 {
			valid = isIDStart(r)
		}
		if !valid || r == '\\' {
			l.p.failAt(loc, "Invalid or unexpected token")
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// decodeUnicodeEscape decodes `\uXXXX` or `\u{X...}` at the start of s.
func decodeUnicodeEscape(s string) (rune, int, bool) {
	if len(s) < 3 || s[0] != '\\' || s[1] != 'u' {
		return 0, 0, false
	}
	if s[2] == '{' {
		end := strings.IndexByte(s, '}')
		if end < 4 {
			return 0, 0, false
		}
		v, err := strconv.ParseUint(s[3:end], 16, 32)
		if err != nil || v > 0x10FFFF {
			return 0, 0, false
		}
		return rune(v), end + 1, true
	}
	if len(s) < 6 {
		return 0, 0, false
	}
	v, err := strconv.ParseUint(s[2:6], 16, 32)
	if err != nil {
		return 0, 0, false
	}
	return rune(v), 6, true
}

// octalEscape locates the first legacy octal escape (`\1`, `\07`) or `\8`/`\9`
// of a string, which strict mode forbids.
type octalEscape struct {
	at   int  // offset of the backslash within the body; -1 when none
	is89 bool // `\8` or `\9` rather than an octal escape
}

// cookString cooks a string literal body (without quotes) into UTF-16; badLoc is
// the offset (within body) of an invalid escape, or -1.
func cookString(body string, template bool) (value []uint16, octal octalEscape, badLoc int) {
	octal.at = -1
	value = make([]uint16, 0, len(body))
	badLoc = -1
	for i := 0; i < len(body); {
		c := body[i]
		if c == '\r' && template {
			// Template literals normalise CRLF and CR to LF.
			value = append(value, '\n')
			i++
			if i < len(body) && body[i] == '\n' {
				i++
			}
			continue
		}
		if c != '\\' {
			r, n := utf8.DecodeRuneInString(body[i:])
			value = utf16.AppendRune(value, r)
			i += n
			continue
		}
		start := i
		i++
		if i >= len(body) {
			return value, octal, start
		}
		c = body[i]
		i++
		switch c {
		case 'n':
			value = append(value, '\n')
		case 't':
			value = append(value, '\t')
		case 'r':
			value = append(value, '\r')
		case 'b':
			value = append(value, '\b')
		case 'f':
			value = append(value, '\f')
		case 'v':
			value = append(value, '\v')
		case '\r':
			if i < len(body) && body[i] == '\n' {
				i++
			}
		case '\n':
		case 'x':
			if i+2 > len(body) {
				return value, octal, start
			}
			v, err := strconv.ParseUint(body[i:i+2], 16, 8)
			if err != nil {
				return value, octal, start
			}
			value = append(value, uint16(v))
			i += 2
		case 'u':
			if i < len(body) && body[i] == '{' {
				end := strings.IndexByte(body[i:], '}')
				if end < 2 {
					return value, octal, start
				}
				v, err := strconv.ParseUint(body[i+1:i+end], 16, 32)
				if err != nil || v > 0x10FFFF {
					return value, octal, start
				}
				value = appendCodePoint(value, rune(v))
				i += end + 1
			} else {
				if i+4 > len(body) {
					return value, octal, start
				}
				v, err := strconv.ParseUint(body[i:i+4], 16, 16)
				if err != nil {
					return value, octal, start
				}
				value = append(value, uint16(v))
				i += 4
			}
		case '0', '1', '2', '3', '4', '5', '6', '7':
			if c == '0' && (i >= len(body) || body[i] < '0' || body[i] > '9') {
				value = append(value, 0)
				break
			}
			if template {
				return value, octal, start
			}
			if octal.at < 0 {
				octal.at = start
			}
			v := int(c - '0')
			// Up to three octal digits, the first at most 3 when three are used.
			if i < len(body) && body[i] >= '0' && body[i] <= '7' {
				v = v*8 + int(body[i]-'0')
				i++
				if c <= '3' && i < len(body) && body[i] >= '0' && body[i] <= '7' {
					v = v*8 + int(body[i]-'0')
					i++
				}
			}
			value = append(value, uint16(v))
		case '8', '9':
			if template {
				return value, octal, start
			}
			if octal.at < 0 {
				octal = octalEscape{at: start, is89: true}
			}
			value = append(value, uint16(c))
		default:
			r, n := utf8.DecodeRuneInString(body[i-1:])
			i += n - 1
			if r == 0x2028 || r == 0x2029 {
				break // line continuation
			}
			value = utf16.AppendRune(value, r)
		}
	}
	return value, octal, badLoc
}

// appendCodePoint appends r as UTF-16, keeping lone surrogates as they are.
func appendCodePoint(s []uint16, r rune) []uint16 {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(s, uint16(r))
	}
	return utf16.AppendRune(s, r)
}

// numberValue evaluates a numeric literal token; isBigInt for a trailing `n`.
func numberValue(t token) (value float64, bigint string, isBigInt bool, ok bool) {
	s := strings.ReplaceAll(string(t.raw), "_", "")
	if t.octal {
		if t.tt == js.IntegerToken && !strings.ContainsAny(s, "89") {
			v, err := strconv.ParseUint(s[1:], 8, 64)
			if err != nil {
				f, _ := new(big.Int).SetString(s[1:], 8)
				fv, _ := new(big.Float).SetInt(f).Float64()
				return fv, "", false, true
			}
			return float64(v), "", false, true
		}
		v, err := strconv.ParseFloat(s, 64)
		return v, "", false, err == nil || isRangeErr(err)
	}
	if strings.HasSuffix(s, "n") {
		digits := s[:len(s)-1]
		base := 10
		if len(digits) > 1 && digits[0] == '0' {
			switch digits[1] {
			case 'x', 'X':
				base = 16
			case 'o', 'O':
				base = 8
			case 'b', 'B':
				base = 2
			}
			if base != 10 {
				digits = digits[2:]
			}
		}
		if t.tt == js.DecimalToken {
			return 0, "", true, false
		}
		n, okb := new(big.Int).SetString(digits, base)
		if !okb {
			return 0, "", true, false
		}
		return 0, n.String(), true, true
	}
	if len(s) > 1 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			n, okb := new(big.Int).SetString(s[2:], base)
			if !okb {
				return 0, "", false, false
			}
			f, _ := new(big.Float).SetInt(n).Float64()
			return f, "", false, true
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil && !isRangeErr(err) {
		return 0, "", false, false
	}
	return v, "", false, true
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}
