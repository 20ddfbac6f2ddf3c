package frontend

import (
	"strconv"
	"strings"
	"unicode"
)

// validateRegExp checks a regular expression literal's pattern as V8 does at
// parse time (ES2024 syntax, with Annex B's extensions outside u/v mode). It
// returns V8's message, or "" when the pattern is valid.
func validateRegExp(pattern, flags string) (msg string) {
	r := &reParser{src: []rune(pattern), unicode: strings.ContainsAny(flags, "uv"), vMode: strings.ContainsRune(flags, 'v')}
	r.scanGroups()
	r.namedMode = r.unicode || len(r.names) > 0
	defer func() {
		if e := recover(); e != nil {
			if m, ok := e.(reError); ok {
				msg = string(m)
				return
			}
			panic(e)
		}
	}()
	r.disjunction()
	if r.i < len(r.src) {
		if r.src[r.i] == ')' {
			r.fail("Unmatched ')'")
		}
		r.fail("Unexpected character")
	}
	for _, name := range r.refs {
		if !r.names[name] {
			r.fail("Invalid named capture referenced")
		}
	}
	return ""
}

type reError string

type reParser struct {
	src       []rune
	i         int
	unicode   bool // u or v flag
	vMode     bool
	namedMode bool // \k is a named reference (u mode or named groups present)
	groups    int  // capturing groups in the whole pattern
	names     map[string]bool
	seen      map[string]bool
	refs      []string
}

func (r *reParser) fail(msg string) { panic(reError(msg)) }

func (r *reParser) peek(k int) rune {
	if r.i+k < len(r.src) {
		return r.src[r.i+k]
	}
	return -1
}

func (r *reParser) eat(c rune) bool {
	if r.peek(0) == c {
		r.i++
		return true
	}
	return false
}

// scanGroups counts capturing groups and collects group names up front, since
// backreferences may precede their groups.
func (r *reParser) scanGroups() {
	r.names = map[string]bool{}
	r.seen = map[string]bool{}
	inClass := false
	for i := 0; i < len(r.src); i++ {
		switch c := r.src[i]; {
		case c == '\\':
			i++
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '(' && !inClass:
			if i+1 < len(r.src) && r.src[i+1] == '?' {
				if i+2 < len(r.src) && r.src[i+2] == '<' && i+3 < len(r.src) && r.src[i+3] != '=' && r.src[i+3] != '!' {
					r.groups++
					end := i + 3
					for end < len(r.src) && r.src[end] != '>' {
						end++
					}
					r.names[string(r.src[i+3:min(end, len(r.src))])] = true
				}
				continue
			}
			r.groups++
		}
	}
}

func (r *reParser) disjunction() {
	r.alternative()
	for r.eat('|') {
		r.alternative()
	}
}

func (r *reParser) alternative() {
	for r.i < len(r.src) && r.peek(0) != '|' && r.peek(0) != ')' {
		r.term()
	}
}

func (r *reParser) term() {
	c := r.peek(0)
	quantifiable := true
	switch c {
	case '^', '$':
		r.i++
		quantifiable = false
	case '\\':
		if n := r.peek(1); n == 'b' || n == 'B' {
			r.i += 2
			quantifiable = false
			break
		}
		r.i++
		r.atomEscape()
	case '(':
		r.i++
		quantifiable = r.group()
	case '.':
		r.i++
	case '[':
		r.i++
		r.class()
	case '*', '+', '?':
		r.fail("Nothing to repeat")
	case '{':
		if r.unicode {
			r.fail("Lone quantifier brackets")
		}
		if r.quantifierBraces(true) {
			r.fail("Nothing to repeat")
		}
		r.i++
	case '}', ']':
		if r.unicode {
			r.fail("Lone quantifier brackets")
		}
		r.i++
	default:
		r.i++
	}
	if r.quantifier() && !quantifiable {
		if c == '(' {
			r.fail("Invalid quantifier")
		}
		r.fail("Nothing to repeat")
	}
}

// quantifier consumes an optional quantifier and reports whether there was one.
func (r *reParser) quantifier() bool {
	switch r.peek(0) {
	case '*', '+', '?':
		r.i++
	case '{':
		if !r.quantifierBraces(false) {
			if r.unicode {
				r.fail("Incomplete quantifier")
			}
			return false
		}
	default:
		return false
	}
	r.eat('?')
	return true
}

// quantifierBraces parses `{n}`, `{n,}` or `{n,m}` at the cursor; with probe it
// only reports whether one is there.
func (r *reParser) quantifierBraces(probe bool) bool {
	j := r.i + 1
	digits := func() (string, bool) {
		start := j
		for j < len(r.src) && r.src[j] >= '0' && r.src[j] <= '9' {
			j++
		}
		return string(r.src[start:j]), j > start
	}
	lo, ok := digits()
	if !ok {
		return false
	}
	hi, hasHi := lo, true
	if j < len(r.src) && r.src[j] == ',' {
		j++
		hi, hasHi = digits()
	}
	if j >= len(r.src) || r.src[j] != '}' {
		return false
	}
	if probe {
		return true
	}
	if hasHi && bigLess(hi, lo) {
		r.fail("numbers out of order in {} quantifier")
	}
	r.i = j + 1
	return true
}

// bigLess compares decimal digit strings of any length.
func bigLess(a, b string) bool {
	a, b = strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// group parses after `(`; it reports whether the group may be quantified.
func (r *reParser) group() bool {
	quantifiable := true
	if r.eat('?') {
		switch {
		case r.eat(':'):
		case r.eat('='), r.eat('!'):
			quantifiable = !r.unicode // Annex B: lookaheads may be quantified
		case r.peek(0) == '<' && (r.peek(1) == '=' || r.peek(1) == '!'):
			r.i += 2
			quantifiable = false
		case r.eat('<'):
			name := r.groupName()
			if r.seen[name] {
				r.fail("Duplicate capture group name")
			}
			r.seen[name] = true
		default:
			r.fail("Invalid group")
		}
	}
	r.disjunction()
	if !r.eat(')') {
		r.fail("Unterminated group")
	}
	return quantifiable
}

// groupName parses `name>` (after `<`), resolving \u escapes.
func (r *reParser) groupName() string {
	var b strings.Builder
	first := true
	for {
		c := r.peek(0)
		if c == '>' {
			r.i++
			break
		}
		if c == -1 {
			r.fail("Invalid capture group name")
		}
		if c == '\\' {
			r.i++
			if !r.eat('u') {
				r.fail("Invalid capture group name")
			}
			v, ok := r.unicodeEscapeBody(true)
			if !ok {
				r.fail("Invalid Unicode escape sequence")
			}
			c = v
		} else {
			r.i++
			// A surrogate pair spelled as two \u escapes is handled above; raw
			// astral characters arrive as one rune.
		}
		valid := c == '$' || c == '_' || isIDStart(c)
		if !first {
			valid = valid || isIDContinue(c)
		}
		if !valid {
			r.fail("Invalid capture group name")
		}
		b.WriteRune(c)
		first = false
	}
	if b.Len() == 0 {
		r.fail("Invalid capture group name")
	}
	return b.String()
}

// unicodeEscapeBody parses the part after `\u`: XXXX (with a following
// \uXXXX trail surrogate joined in unicode mode or names) or {X...}.
func (r *reParser) unicodeEscapeBody(braces bool) (rune, bool) {
	if r.peek(0) == '{' && braces {
		j := r.i + 1
		for j < len(r.src) && isHexRune(r.src[j]) {
			j++
		}
		if j == r.i+1 || j >= len(r.src) || r.src[j] != '}' {
			return 0, false
		}
		v, err := strconv.ParseUint(string(r.src[r.i+1:j]), 16, 32)
		if err != nil || v > 0x10FFFF {
			return 0, false
		}
		r.i = j + 1
		return rune(v), true
	}
	v, ok := r.hex(4)
	if !ok {
		return 0, false
	}
	if v >= 0xD800 && v < 0xDC00 && braces && r.peek(0) == '\\' && r.peek(1) == 'u' {
		save := r.i
		r.i += 2
		if lo, ok := r.hex(4); ok && lo >= 0xDC00 && lo < 0xE000 {
			return (v-0xD800)<<10 + (lo - 0xDC00) + 0x10000, true
		}
		r.i = save
	}
	return v, true
}

func (r *reParser) hex(n int) (rune, bool) {
	if r.i+n > len(r.src) {
		return 0, false
	}
	var v rune
	for k := 0; k < n; k++ {
		c := r.src[r.i+k]
		if !isHexRune(c) {
			return 0, false
		}
		d, _ := strconv.ParseUint(string(c), 16, 8)
		v = v*16 + rune(d)
	}
	r.i += n
	return v, true
}

func isHexRune(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// atomEscape parses after `\` outside a class.
func (r *reParser) atomEscape() {
	c := r.peek(0)
	switch {
	case c == -1:
		r.fail("\\ at end of pattern")
	case c >= '1' && c <= '9':
		start := r.i
		for r.peek(0) >= '0' && r.peek(0) <= '9' {
			r.i++
		}
		n, _ := strconv.Atoi(string(r.src[start:r.i]))
		if n > r.groups || n == 0 {
			if r.unicode {
				r.fail("Invalid escape")
			}
			// Annex B: a legacy octal escape or an identity escape.
		}
	case c == 'k':
		r.i++
		if !r.namedMode {
			return
		}
		if !r.eat('<') {
			r.fail("Invalid named reference")
		}
		r.refs = append(r.refs, r.groupName())
	default:
		r.characterEscape(false)
	}
}

// characterEscape parses an escape valid both outside and inside classes; it
// returns the code point, or -1 for class escapes like \d.
func (r *reParser) characterEscape(inClass bool) rune {
	c := r.peek(0)
	r.i++
	switch c {
	case 'd', 'D', 's', 'S', 'w', 'W':
		return -1
	case 'p', 'P':
		if !r.unicode {
			return c
		}
		r.property(c == 'p')
		return -1
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	case 'v':
		return '\v'
	case 'b':
		if inClass {
			return '\b'
		}
	case '-':
		if inClass {
			return '-'
		}
	case 'c':
		if l := r.peek(0); l >= 'a' && l <= 'z' || l >= 'A' && l <= 'Z' {
			r.i++
			return l % 32
		}
		if !r.unicode && inClass && (r.peek(0) >= '0' && r.peek(0) <= '9' || r.peek(0) == '_') {
			r.i++
			return 0
		}
		if r.unicode {
			r.fail("Invalid Unicode escape")
		}
		r.i-- // Annex B: `\c` is a literal backslash followed by c
		return '\\'
	case '0':
		if d := r.peek(0); d >= '0' && d <= '9' {
			if r.unicode {
				r.fail("Invalid decimal escape")
			}
			r.legacyOctal()
		}
		return 0
	case 'x':
		if v, ok := r.hex(2); ok {
			return v
		}
		if r.unicode {
			r.fail("Invalid escape")
		}
		return 'x'
	case 'u':
		if v, ok := r.unicodeEscapeBody(r.unicode); ok {
			return v
		}
		if r.unicode {
			r.fail("Invalid Unicode escape")
		}
		return 'u'
	}
	if r.unicode {
		if strings.ContainsRune("^$\\.*+?()[]{}|/", c) {
			return c
		}
		if inClass && r.vMode && strings.ContainsRune("&-!#%,:;<=>@`~", c) {
			return c
		}
		if c >= '1' && c <= '9' && inClass {
			r.fail("Invalid class escape")
		}
		r.fail("Invalid escape")
	}
	if c >= '1' && c <= '7' {
		r.i--
		r.legacyOctal()
	}
	return c
}

func (r *reParser) legacyOctal() {
	for k := 0; k < 3 && r.peek(0) >= '0' && r.peek(0) <= '7'; k++ {
		r.i++
	}
}

// property parses `{Name}` or `{Name=Value}` after \p or \P in unicode mode.
func (r *reParser) property(positive bool) {
	if !r.eat('{') {
		r.fail("Invalid property name")
	}
	start := r.i
	for r.peek(0) != '}' {
		if r.peek(0) == -1 {
			r.fail("Invalid property name")
		}
		r.i++
	}
	body := string(r.src[start:r.i])
	r.i++
	name, value, hasValue := strings.Cut(body, "=")
	if hasValue {
		switch name {
		case "General_Category", "gc":
			if gcNames[value] {
				return
			}
		case "Script", "sc", "Script_Extensions", "scx":
			if isScriptName(value) {
				return
			}
		}
		r.fail("Invalid property name")
	}
	if gcNames[name] || binaryProperties[name] {
		return
	}
	if r.vMode && positive && stringProperties[name] {
		return
	}
	r.fail("Invalid property name")
}

// class parses a character class after `[`.
func (r *reParser) class() {
	if r.vMode {
		r.eat('^')
		r.classSet()
		return
	}
	r.eat('^')
	for !r.eat(']') {
		if r.i >= len(r.src) {
			r.fail("Unterminated character class")
		}
		lo := r.classAtom()
		if r.peek(0) == '-' && r.peek(1) != ']' && r.peek(1) != -1 {
			r.i++
			hi := r.classAtom()
			if lo == -1 || hi == -1 {
				if r.unicode {
					r.fail("Invalid character class")
				}
				continue
			}
			if lo > hi {
				r.fail("Range out of order in character class")
			}
		}
	}
}

// classAtom parses one class member; -1 for a class escape like \d.
func (r *reParser) classAtom() rune {
	c := r.peek(0)
	r.i++
	if c != '\\' {
		return c
	}
	if r.peek(0) == -1 {
		r.fail("\\ at end of pattern")
	}
	if r.peek(0) == 'k' && !r.unicode {
		r.i++
		return 'k'
	}
	if d := r.peek(0); d >= '1' && d <= '9' && !r.unicode {
		r.legacyOctal()
		if r.src[r.i-1] == d {
			return d
		}
		return 0
	}
	if r.peek(0) == 'B' && r.unicode {
		r.fail("Invalid escape")
	}
	return r.characterEscape(true)
}

// classSet parses a v-mode class body (after `[` and `^`): unions, ranges,
// nested classes, \q{...}, and `&&`/`--` set operations.
func (r *reParser) classSet() {
	const syntax = "()[]{}/-\\|"
	operands := 0
	op := ""
	hadRange := false // ranges only appear in unions, never as set-operation operands
	for {
		if r.i >= len(r.src) {
			r.fail("Unterminated character class")
		}
		if r.eat(']') {
			return
		}
		if r.peek(0) == '&' && r.peek(1) == '&' || r.peek(0) == '-' && r.peek(1) == '-' {
			this := string(r.src[r.i : r.i+2])
			if operands == 0 || hadRange || op != "" && op != this || op == "" && operands > 1 {
				r.fail("Invalid set operation in character class")
			}
			op = this
			r.i += 2
			if r.peek(0) == '&' {
				r.fail("Invalid character in character class")
			}
			continue
		}
		if c := r.peek(0); c != -1 && r.peek(1) == c && strings.ContainsRune("&!#$%*+,.:;<=>?@^`~", c) {
			r.fail("Invalid set operation in character class")
		}
		switch c := r.peek(0); {
		case c == '[':
			r.i++
			r.eat('^')
			r.classSet()
		case c == '\\' && r.peek(1) == 'q':
			r.i += 2
			if !r.eat('{') {
				r.fail("Invalid escape")
			}
			for !r.eat('}') {
				if r.i >= len(r.src) {
					r.fail("Invalid escape")
				}
				if r.eat('\\') {
					r.characterEscape(true)
				} else {
					r.i++
				}
			}
		case strings.ContainsRune(syntax, c) && c != '\\':
			r.fail("Invalid character in character class")
		default:
			lo := r.classAtom()
			if r.peek(0) == '-' && r.peek(1) != '-' {
				if op != "" {
					r.fail("Invalid set operation in character class")
				}
				r.i++
				if strings.ContainsRune(syntax, r.peek(0)) && r.peek(0) != '\\' {
					r.fail("Invalid character class")
				}
				hi := r.classAtom()
				if lo == -1 || hi == -1 {
					r.fail("Invalid character class")
				}
				if lo > hi {
					r.fail("Range out of order in character class")
				}
				hadRange = true
			}
		}
		operands++
	}
}

var gcNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl
		Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me Final_Punctuation Pf
		Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl Line_Separator Zl Lowercase_Letter Ll Mark M
		Combining_Mark Math_Symbol Sm Modifier_Letter Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N
		Open_Punctuation Ps Other C Other_Letter Lo Other_Number No Other_Punctuation Po Other_Symbol So
		Paragraph_Separator Zp Private_Use Co Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc
		Surrogate Cs Symbol S Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu`) {
		m[n] = true
	}
	return m
}()

var binaryProperties = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C
		Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM
		Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT
		Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji
		Emoji_Component EComp Emoji_Modifier EMod Emoji_Modifier_Base EBase Emoji_Presentation EPres
		Extended_Pictographic ExtPict Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex
		IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo
		Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar
		Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI
		Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper
		Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS`) {
		m[n] = true
	}
	return m
}()

// stringProperties are the v-mode properties of strings.
var stringProperties = map[string]bool{
	"Basic_Emoji": true, "Emoji_Keycap_Sequence": true, "RGI_Emoji_Modifier_Sequence": true,
	"RGI_Emoji_Flag_Sequence": true, "RGI_Emoji_Tag_Sequence": true, "RGI_Emoji_ZWJ_Sequence": true, "RGI_Emoji": true,
}

// isScriptName accepts Unicode script names and (loosely) 4-letter ISO 15924 codes.
func isScriptName(s string) bool {
	if _, ok := unicode.Scripts[s]; ok {
		return true
	}
	switch s {
	case "Zyyy", "Zinh", "Qaai", "Zzzz", "Unknown",
		// Unicode 16 and 17 scripts, newer than Go's tables but known to node 20's ICU.
		"Garay", "Gurung_Khema", "Kirat_Rai", "Ol_Onal", "Sunuwar", "Todhri", "Tulu_Tigalari",
		"Beria_Erfe", "Sidetic", "Tai_Yo", "Tolong_Siki":
		return true
	}
	if len(s) == 4 && s[0] >= 'A' && s[0] <= 'Z' && strings.ToLower(s[1:]) == s[1:] && strings.Trim(s[1:], "abcdefghijklmnopqrstuvwxyz") == "" {
		return true
	}
	return false
}
