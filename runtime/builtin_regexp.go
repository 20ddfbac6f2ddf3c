package runtime

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// Regular expressions run on regexp2 in ECMAScript mode. Two differences
// from .NET are handled here rather than in the engine: the pattern is
// rewritten where .NET reads JavaScript syntax differently (^, $, ., [^],
// numbered groups), and the subject is given to the engine as UTF-16 code
// units (one rune per unit) without the u flag, so that indices are
// JavaScript's, or as code points with it.

// RegExpConstructor is the global RegExp.
var RegExpConstructor *Object

// RegExpStringIteratorPrototype is %RegExpStringIteratorPrototype%.
var RegExpStringIteratorPrototype = NewObject(IteratorPrototype)

// RegExp is the internal state of a RegExp object (Class ClassRegExp).
type RegExp struct {
	Source string // the pattern as written
	Flags  string // canonical order: dgimsuvy
	re     *regexp2.Regexp
	// groups maps a JavaScript capture number (1-based, index-1) to the
	// engine's, which numbers unnamed groups before named ones.
	groups     []int
	groupNames []string // "" for an unnamed group
	hasNames   bool
	global     bool
	sticky     bool
	unicode    bool
	indices    bool

	// The last subject converted to runes, kept because replace and match
	// run exec many times on one string.
	lastInput Value
	runes     []rune
	unitOf    []int // rune index → UTF-16 index (u flag, non-ASCII only)
}

// NewRegExp makes a RegExp object from a literal's pattern and flags; it
// throws SyntaxError for an invalid pattern, as the literal's evaluation would.
func NewRegExp(pattern, flags string) *Object {
	return newRegExpObject(pattern, flags, RegExpPrototype)
}

func newRegExpObject(pattern, flags string, proto *Object) *Object {
	r := compileRegExp(pattern, flags)
	o := NewClassObject(proto, ClassRegExp, r)
	o.DefineData(Key("lastIndex"), Int(0), Writable)
	return o
}

// compiledRegExps caches compiled patterns by flags and source, so that a
// literal evaluated in a loop, or the copies split and matchAll make,
// compile once. Instances share the engine and group tables (both
// read-only) and keep their own subject cache.
var compiledRegExps = map[string]*RegExp{}

func compileRegExp(pattern, flags string) *RegExp {
	key := flags + "/" + pattern
	if cached, ok := compiledRegExps[key]; ok {
		r := *cached
		return &r
	}
	r := newCompiledRegExp(pattern, flags)
	if len(compiledRegExps) >= 1024 {
		clear(compiledRegExps)
	}
	template := *r
	compiledRegExps[key] = &template
	return r
}

func newCompiledRegExp(pattern, flags string) *RegExp {
	r := &RegExp{Source: pattern}
	var opts regexp2.RegexOptions = regexp2.ECMAScript
	seen := map[rune]bool{}
	for _, f := range flags {
		if seen[f] || !strings.ContainsRune("dgimsuvy", f) {
			ThrowSyntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'")
		}
		seen[f] = true
	}
	for _, f := range "dgimsuvy" {
		if seen[f] {
			r.Flags += string(f)
		}
	}
	r.global, r.sticky, r.indices = seen['g'], seen['y'], seen['d']
	r.unicode = seen['u'] || seen['v']
	if seen['i'] {
		opts |= regexp2.IgnoreCase
	}
	if r.unicode {
		opts |= regexp2.Unicode
	}
	translated, err := r.translate(pattern, seen['m'], seen['s'])
	if err == "" {
		re, cerr := regexp2.Compile(translated, opts)
		if cerr != nil {
			err = cerr.Error()
			if _, detail, ok := strings.Cut(err, "regexp: "); ok {
				err = detail
			}
			if i := strings.LastIndex(err, " in `"); i >= 0 {
				err = err[:i]
			}
			err = v8RegExpMessage(err)
		}
		if re != nil {
			re.MatchTimeout = regexpMatchTimeout
		}
		r.re = re
	}
	if err != "" {
		ThrowSyntaxError("Invalid regular expression: /" + pattern + "/" + r.Flags + ": " + err)
	}
	unnamed := 0
	r.groups = make([]int, len(r.groupNames))
	for i, name := range r.groupNames {
		if name == "" {
			unnamed++
			r.groups[i] = unnamed
		} else {
			r.groups[i] = r.re.GroupNumberFromName(name)
		}
	}
	return r
}

// translate rewrites a JavaScript pattern into regexp2's syntax and
// records the capture groups in order; a non-empty error is a SyntaxError.
func (r *RegExp) translate(p string, multiline, dotAll bool) (string, string) {
	// First pass: the capture groups, which numbered backreferences need
	// even when they come before the group.
	inClass := false
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '\\':
			i++
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '(' && !inClass:
			rest := p[i+1:]
			switch {
			case strings.HasPrefix(rest, "?<") && !strings.HasPrefix(rest, "?<=") && !strings.HasPrefix(rest, "?<!"):
				end := strings.IndexByte(rest, '>')
				if end < 0 {
					return "", "Invalid capture group name"
				}
				name := rest[2:end]
				if slicesContainsString(r.groupNames, name) {
					return "", "Duplicate capture group name"
				}
				r.groupNames = append(r.groupNames, name)
				r.hasNames = true
			case !strings.HasPrefix(rest, "?"):
				r.groupNames = append(r.groupNames, "")
			}
		}
	}
	// The engine's number of JavaScript group n, for backreferences.
	engineNumber := func(n int) string {
		if name := r.groupNames[n-1]; name != "" {
			return name
		}
		k := 0
		for _, name := range r.groupNames[:n] {
			if name == "" {
				k++
			}
		}
		return strconv.Itoa(k)
	}
	var b strings.Builder
	inClass = false
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			next := p[i+1]
			if next >= '1' && next <= '9' && !inClass {
				j := i + 1
				for j < len(p) && p[j] >= '0' && p[j] <= '9' {
					j++
				}
				if n, _ := strconv.Atoi(p[i+1 : j]); n <= len(r.groupNames) {
					// regexp2 reads \k<…> only in patterns with named groups.
					if r.hasNames {
						b.WriteString(`\k<` + engineNumber(n) + `>`)
					} else {
						b.WriteString(`(?:\` + engineNumber(n) + `)`)
					}
					i = j
					continue
				}
			}
			if next >= utf8.RuneSelf {
				// An escaped non-ASCII character is itself.
				i++
				continue
			}
			if (next == 'p' || next == 'P') && r.unicode {
				if end := strings.IndexByte(p[i:], '}'); end > 0 && i+2 < len(p) && p[i+2] == '{' {
					if class, ok := unicodePropertyClass(p[i+3:i+end], next == 'P', inClass); ok {
						b.WriteString(class)
						i += end + 1
						continue
					}
				}
			}
			if strings.IndexByte("pPAGZzea", next) >= 0 && !r.unicode {
				// Without u these are identity escapes; .NET reads them
				// as anchors, properties or control characters.
				b.WriteByte(next)
				i += 2
				continue
			}
			b.WriteString(p[i : i+2])
			i += 2
			continue
		case c == '[' && !inClass:
			switch {
			case strings.HasPrefix(p[i:], "[^]"):
				b.WriteString(`[\s\S]`)
				i += 3
				continue
			case strings.HasPrefix(p[i:], "[]"):
				b.WriteString(`(?!)`)
				i += 2
				continue
			}
			inClass = true
			b.WriteByte('[')
			if strings.HasPrefix(p[i+1:], "^") {
				b.WriteByte('^')
				i++
			}
			i++
			continue
		case c == '[' && inClass:
			b.WriteString(`\[`)
		case c == ']' && inClass:
			inClass = false
			b.WriteByte(']')
		case inClass || c >= utf8.RuneSelf:
			if c < utf8.RuneSelf {
				b.WriteByte(c)
				break
			}
			ru, size := utf8.DecodeRuneInString(p[i:])
			if i+2 < len(p) {
				if u, ok := decodeSurrogate(p[i], p[i+1], p[i+2]); ok {
					b.WriteString(`\u` + hex4(u))
					i += 3
					continue
				}
			}
			if ru >= 0x10000 && !r.unicode {
				// Without u the pattern, like the subject, is code units.
				hi, lo := utf16.EncodeRune(ru)
				b.WriteString(`\u` + hex4(uint16(hi)) + `\u` + hex4(uint16(lo)))
			} else {
				b.WriteString(p[i : i+size])
			}
			i += size
			continue
		case c == '(' && !inClass && strings.HasPrefix(p[i:], "(?") && !isJSGroupPrefix(p[i+2:]):
			return "", "Invalid group"
		case c == '^' && multiline:
			b.WriteString(`(?:^|(?<=[\n\r\u2028\u2029]))`)
		case c == '$':
			if multiline {
				b.WriteString(`(?=[\n\r\u2028\u2029]|\z)`)
			} else {
				b.WriteString(`\z`)
			}
		case c == '.':
			if dotAll {
				b.WriteString(`[\s\S]`)
			} else {
				b.WriteString(`[^\n\r\u2028\u2029]`)
			}
		default:
			b.WriteByte(c)
		}
		i++
	}
	return b.String(), ""
}

// isJSGroupPrefix reports whether what follows "(?" opens a group
// JavaScript has: (?: (?= (?! (?<= (?<! or (?<name>.
func isJSGroupPrefix(rest string) bool {
	return rest != "" && (strings.IndexByte(":=!", rest[0]) >= 0 || rest[0] == '<' && len(rest) > 1)
}

// generalCategories maps the long names of General_Category values to the
// short ones the engine knows.
var generalCategories = map[string]string{
	"Letter": "L", "Cased_Letter": "LC", "Uppercase_Letter": "Lu", "Lowercase_Letter": "Ll", "Titlecase_Letter": "Lt",
	"Modifier_Letter": "Lm", "Other_Letter": "Lo", "Mark": "M", "Combining_Mark": "M", "Nonspacing_Mark": "Mn",
	"Spacing_Mark": "Mc", "Enclosing_Mark": "Me", "Number": "N", "Decimal_Number": "Nd", "digit": "Nd",
	"Letter_Number": "Nl", "Other_Number": "No", "Punctuation": "P", "punct": "P", "Connector_Punctuation": "Pc",
	"Dash_Punctuation": "Pd", "Open_Punctuation": "Ps", "Close_Punctuation": "Pe", "Initial_Punctuation": "Pi",
	"Final_Punctuation": "Pf", "Other_Punctuation": "Po", "Symbol": "S", "Math_Symbol": "Sm", "Currency_Symbol": "Sc",
	"Modifier_Symbol": "Sk", "Other_Symbol": "So", "Separator": "Z", "Space_Separator": "Zs", "Line_Separator": "Zl",
	"Paragraph_Separator": "Zp", "Other": "C", "Control": "Cc", "cntrl": "Cc", "Format": "Cf", "Surrogate": "Cs",
	"Private_Use": "Co", "Unassigned": "Cn",
}

// scriptAliases pairs each script's short name (ISO 15924) with the long
// name Go's tables use, as PropertyValueAliases.txt does.
var scriptAliases = func() map[string]string {
	f := strings.Fields("Adlm Adlam Aghb Caucasian_Albanian Arab Arabic Armi Imperial_Aramaic Armn Armenian Avst Avestan " +
		"Bali Balinese Bamu Bamum Bass Bassa_Vah Batk Batak Beng Bengali Bhks Bhaiksuki Bopo Bopomofo Brah " +
		"Brahmi Brai Braille Bugi Buginese Buhd Buhid Cakm Chakma Cans Canadian_Aboriginal Cari Carian Cher " +
		"Cherokee Chrs Chorasmian Copt Coptic Cpmn Cypro_Minoan Cprt Cypriot Cyrl Cyrillic Deva Devanagari " +
		"Diak Dives_Akuru Dogr Dogra Dsrt Deseret Dupl Duployan Egyp Egyptian_Hieroglyphs Elba Elbasan Elym " +
		"Elymaic Ethi Ethiopic Geor Georgian Glag Glagolitic Gong Gunjala_Gondi Gonm Masaram_Gondi Goth " +
		"Gothic Gran Grantha Grek Greek Gujr Gujarati Guru Gurmukhi Hang Hangul Hani Han Hano Hanunoo Hatr " +
		"Hatran Hebr Hebrew Hira Hiragana Hluw Anatolian_Hieroglyphs Hmng Pahawh_Hmong Hmnp " +
		"Nyiakeng_Puachue_Hmong Hung Old_Hungarian Ital Old_Italic Java Javanese Kali Kayah_Li Kana Katakana " +
		"Khar Kharoshthi Khmr Khmer Khoj Khojki Kits Khitan_Small_Script Knda Kannada Kthi Kaithi Lana " +
		"Tai_Tham Laoo Lao Latn Latin Lepc Lepcha Limb Limbu Lina Linear_A Linb Linear_B Lyci Lycian Lydi " +
		"Lydian Mahj Mahajani Maka Makasar Mand Mandaic Mani Manichaean Marc Marchen Medf Medefaidrin Mend " +
		"Mende_Kikakui Merc Meroitic_Cursive Mero Meroitic_Hieroglyphs Mlym Malayalam Mong Mongolian Mroo " +
		"Mro Mtei Meetei_Mayek Mult Multani Mymr Myanmar Nagm Nag_Mundari Nand Nandinagari Narb " +
		"Old_North_Arabian Nbat Nabataean Nkoo Nko Nshu Nushu Ogam Ogham Olck Ol_Chiki Orkh Old_Turkic Orya " +
		"Oriya Osge Osage Osma Osmanya Ougr Old_Uyghur Palm Palmyrene Pauc Pau_Cin_Hau Perm Old_Permic Phag " +
		"Phags_Pa Phli Inscriptional_Pahlavi Phlp Psalter_Pahlavi Phnx Phoenician Plrd Miao Prti " +
		"Inscriptional_Parthian Qaac Coptic Qaai Inherited Rjng Rejang Rohg Hanifi_Rohingya Runr Runic Samr " +
		"Samaritan Sarb Old_South_Arabian Saur Saurashtra Sgnw SignWriting Shaw Shavian Shrd Sharada Sidd " +
		"Siddham Sind Khudawadi Sinh Sinhala Sogd Sogdian Sogo Old_Sogdian Sora Sora_Sompeng Soyo Soyombo " +
		"Sund Sundanese Sylo Syloti_Nagri Syrc Syriac Tagb Tagbanwa Takr Takri Tale Tai_Le Talu New_Tai_Lue " +
		"Taml Tamil Tang Tangut Tavt Tai_Viet Telu Telugu Tfng Tifinagh Tglg Tagalog Thaa Thaana Tibt " +
		"Tibetan Tirh Tirhuta Tnsa Tangsa Ugar Ugaritic Vaii Vai Vith Vithkuqi Wara Warang_Citi Wcho Wancho " +
		"Xpeo Old_Persian Xsux Cuneiform Yezi Yezidi Yiii Yi Zanb Zanabazar_Square Zinh Inherited Zyyy " +
		"Common")
	m := make(map[string]string, len(f)/2)
	for i := 0; i+1 < len(f); i += 2 {
		m[f[i]] = f[i+1]
	}
	m["Qaac"], m["Qaai"] = "Coptic", "Inherited"
	return m
}()

// binaryPropertyAliases are the short names of the binary properties
// ECMAScript lists, by their long names.
var binaryPropertyAliases = map[string]string{
	"AHex": "ASCII_Hex_Digit", "Alpha": "Alphabetic", "Bidi_C": "Bidi_Control", "Dep": "Deprecated", "Dia": "Diacritic",
	"Ext": "Extender", "Hex": "Hex_Digit", "IDSB": "IDS_Binary_Operator", "IDST": "IDS_Trinary_Operator",
	"Ideo": "Ideographic", "Join_C": "Join_Control", "LOE": "Logical_Order_Exception", "NChar": "Noncharacter_Code_Point",
	"Pat_Syn": "Pattern_Syntax", "Pat_WS": "Pattern_White_Space", "QMark": "Quotation_Mark", "RI": "Regional_Indicator",
	"STerm": "Sentence_Terminal", "SD": "Soft_Dotted", "Term": "Terminal_Punctuation", "UIdeo": "Unified_Ideograph",
	"VS": "Variation_Selector", "space": "White_Space", "Upper": "Uppercase", "Lower": "Lowercase",
}

// unicodePropertyClass translates the body of \p{…} (u flag) into a
// character class from Go's Unicode tables, for the properties the engine
// lacks: scripts, long category names and binary properties. ok is false
// to leave the escape to the engine.
func unicodePropertyClass(body string, negated, inClass bool) (string, bool) {
	name, value, hasValue := strings.Cut(body, "=")
	var tables []*unicode.RangeTable
	switch {
	case hasValue && (name == "Script" || name == "sc" || name == "Script_Extensions" || name == "scx"):
		if long, ok := scriptAliases[value]; ok {
			value = long
		}
		t, ok := unicode.Scripts[value]
		if !ok {
			return "", false
		}
		tables = append(tables, t)
	case hasValue && (name == "General_Category" || name == "gc"):
		short := value
		if s, ok := generalCategories[value]; ok {
			short = s
		}
		t, ok := unicode.Categories[short]
		if !ok {
			return "", false
		}
		tables = append(tables, t)
	case hasValue:
		return "", false
	default:
		if long, ok := binaryPropertyAliases[name]; ok {
			name = long
		}
		switch name {
		case "ASCII":
			tables = append(tables, &unicode.RangeTable{R16: []unicode.Range16{{Lo: 0, Hi: 0x7f, Stride: 1}}})
		case "Any":
			tables = append(tables, &unicode.RangeTable{R16: []unicode.Range16{{Lo: 0, Hi: 0xffff, Stride: 1}}, R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10ffff, Stride: 1}}})
		case "Alphabetic", "Alpha":
			tables = append(tables, unicode.L, unicode.Nl, unicode.Other_Alphabetic)
		case "Emoji", "Emoji_Presentation", "Extended_Pictographic":
			// Go has no emoji tables: the pictographic blocks, plus the
			// keycap characters for Emoji itself.
			tables = append(tables, pictographs)
			if name == "Emoji" {
				tables = append(tables, &unicode.RangeTable{R16: []unicode.Range16{{Lo: '#', Hi: '#', Stride: 1}, {Lo: '*', Hi: '*', Stride: 1}, {Lo: '0', Hi: '9', Stride: 1}}})
			}
		case "Uppercase", "Upper":
			tables = append(tables, unicode.Lu, unicode.Other_Uppercase)
		case "Lowercase", "Lower":
			tables = append(tables, unicode.Ll, unicode.Other_Lowercase)
		default:
			if short, ok := generalCategories[name]; ok {
				tables = append(tables, unicode.Categories[short])
			} else if t, ok := unicode.Properties[name]; ok {
				tables = append(tables, t)
			} else {
				return "", false
			}
		}
	}
	if negated && inClass {
		return "", false
	}
	var b strings.Builder
	if !inClass {
		b.WriteByte('[')
		if negated {
			b.WriteByte('^')
		}
	}
	for _, t := range tables {
		for _, rg := range t.R16 {
			writeClassRange(&b, rune(rg.Lo), rune(rg.Hi), rune(rg.Stride))
		}
		for _, rg := range t.R32 {
			writeClassRange(&b, rune(rg.Lo), rune(rg.Hi), rune(rg.Stride))
		}
	}
	if !inClass {
		b.WriteByte(']')
	}
	return b.String(), true
}

// pictographs approximates Extended_Pictographic.
var pictographs = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0xa9, Hi: 0xa9, Stride: 1}, {Lo: 0xae, Hi: 0xae, Stride: 1}, {Lo: 0x203c, Hi: 0x203c, Stride: 1},
		{Lo: 0x2049, Hi: 0x2049, Stride: 1}, {Lo: 0x2122, Hi: 0x2122, Stride: 1}, {Lo: 0x2139, Hi: 0x2139, Stride: 1},
		{Lo: 0x2194, Hi: 0x21aa, Stride: 1}, {Lo: 0x231a, Hi: 0x23ff, Stride: 1}, {Lo: 0x24c2, Hi: 0x24c2, Stride: 1},
		{Lo: 0x25aa, Hi: 0x25fe, Stride: 1}, {Lo: 0x2600, Hi: 0x27bf, Stride: 1}, {Lo: 0x2934, Hi: 0x2935, Stride: 1},
		{Lo: 0x2b05, Hi: 0x2b55, Stride: 1}, {Lo: 0x3030, Hi: 0x3030, Stride: 1}, {Lo: 0x303d, Hi: 0x303d, Stride: 1},
		{Lo: 0x3297, Hi: 0x3299, Stride: 1},
	},
	R32: []unicode.Range32{{Lo: 0x1f000, Hi: 0x1faff, Stride: 1}},
}

func writeClassRange(b *strings.Builder, lo, hi, stride rune) {
	if stride == 1 {
		b.WriteString(`\u{` + strconv.FormatInt(int64(lo), 16) + `}-\u{` + strconv.FormatInt(int64(hi), 16) + `}`)
		return
	}
	for r := lo; r <= hi; r += stride {
		b.WriteString(`\u{` + strconv.FormatInt(int64(r), 16) + `}`)
	}
}

// v8RegExpMessages maps the engine's syntax errors to V8's wording.
var v8RegExpMessages = []struct{ prefix, message string }{
	{"unexpected )", "Unmatched ')'"},
	{"missing closing )", "Unterminated group"},
	{"invalid nested repetition operator", "Nothing to repeat"},
	{"missing argument to repetition operator", "Nothing to repeat"},
	{"illegal \\ at end of pattern", "\\ at end of pattern"},
	{"unterminated [] set", "Unterminated character class"},
	{"invalid repeat count", "numbers out of order in {} quantifier"},
	{"reference to undefined group name", "Invalid named capture referenced"},
	{"invalid group name", "Invalid capture group name"},
	{"unrecognized grouping construct", "Invalid group"},
	{"unknown unicode category", "Invalid property name"},
	{"incomplete \\p{X}", "Invalid property name"},
	{"malformed \\p{X}", "Invalid property name"},
}

func v8RegExpMessage(err string) string {
	if strings.HasSuffix(err, "range in reverse order") {
		return "Range out of order in character class"
	}
	for _, m := range v8RegExpMessages {
		if strings.HasPrefix(err, m.prefix) {
			return m.message
		}
	}
	return strings.ToUpper(err[:1]) + err[1:]
}

func slicesContainsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func hex4(u uint16) string {
	const digits = "0123456789ABCDEF"
	return string([]byte{digits[u>>12], digits[u>>8&15], digits[u>>4&15], digits[u&15]})
}

// subject converts s to the engine's runes, reusing the last conversion.
func (r *RegExp) subject(s Value) []rune {
	if r.runes != nil && StrictEquals(r.lastInput, s) {
		return r.runes
	}
	r.lastInput, r.unitOf = s, nil
	switch {
	case s.ascii:
		text := s.Text()
		r.runes = make([]rune, len(text))
		for i := 0; i < len(text); i++ {
			r.runes[i] = rune(text[i])
		}
	case !r.unicode:
		u := s.UTF16()
		r.runes = make([]rune, len(u))
		for i, c := range u {
			r.runes[i] = rune(c)
		}
	default:
		u := s.UTF16()
		r.runes = r.runes[:0:0]
		for i := 0; i < len(u); i++ {
			r.unitOf = append(r.unitOf, i)
			cp := codePointAt(u, i)
			if cp >= 0x10000 {
				i++
			}
			r.runes = append(r.runes, cp)
		}
		r.unitOf = append(r.unitOf, len(u))
	}
	return r.runes
}

// unit converts an engine rune index to a UTF-16 index.
func (r *RegExp) unit(i int) int {
	if r.unitOf == nil {
		return i
	}
	return r.unitOf[i]
}

// runeIndex converts a UTF-16 index to an engine rune index: the first
// code point starting at or after it.
func (r *RegExp) runeIndex(u int) int {
	if r.unitOf == nil {
		return u
	}
	lo, hi := 0, len(r.unitOf)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if r.unitOf[mid] < u {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// match runs the engine from UTF-16 index from; nil when nothing matches.
func (r *RegExp) match(s Value, from int) *regexp2.Match {
	runes := r.subject(s)
	start := time.Now()
	m, err := r.re.FindRunesMatchStartingAt(runes, r.runeIndex(from))
	if err != nil {
		if time.Since(start) >= r.re.MatchTimeout {
			ThrowRangeError("RegExp match took longer than " + r.re.MatchTimeout.String() + " (catastrophic backtracking?)")
		}
		ThrowRangeError("Maximum call stack size exceeded")
	}
	return m
}

// regexpMatchTimeout bounds one match. V8's backtracking engine would run a
// catastrophic pattern for hours; a server must not hang on one, so after
// this long the match throws a RangeError. The bound is generous: no
// reasonable match on a reasonable subject takes a second.
var regexpMatchTimeout = 10 * time.Second

// span is the UTF-16 [start, end) of a group, ok false when it did not participate.
func (r *RegExp) span(m *regexp2.Match, engineGroup int) (int, int, bool) {
	g := m.GroupByNumber(engineGroup)
	if g == nil || len(g.Captures) == 0 {
		return 0, 0, false
	}
	return r.unit(g.Index), r.unit(g.Index + g.Length), true
}

func thisRegExp(this Value, method string) (*Object, *RegExp) {
	if o := this.Object(); o != nil {
		if r, ok := o.Internal.(*RegExp); ok && o.class == ClassRegExp {
			return o, r
		}
	}
	switch method {
	case "exec", "compile":
		ThrowTypeError("Method RegExp.prototype." + method + " called on incompatible receiver " + inspectShort(this))
	}
	ThrowTypeError("RegExp.prototype." + method + " getter called on non-RegExp object")
	return nil, nil
}

// regExpBuiltinExec is RegExpBuiltinExec.
func regExpBuiltinExec(o *Object, r *RegExp, s Value) Value {
	lastIndex := toLength(o.Get(Key("lastIndex"), ObjectValue(o)))
	if !r.global && !r.sticky {
		lastIndex = 0
	}
	n := int64(s.StrLen())
	if lastIndex > n {
		if r.global || r.sticky {
			setOrThrow(o, Key("lastIndex"), Int(0))
		}
		return Null
	}
	m := r.match(s, int(lastIndex))
	start, end := 0, 0
	if m != nil {
		start, end, _ = r.span(m, 0)
	}
	if m == nil || r.sticky && int64(start) != lastIndex {
		if r.global || r.sticky {
			setOrThrow(o, Key("lastIndex"), Int(0))
		}
		return Null
	}
	if r.global || r.sticky {
		setOrThrow(o, Key("lastIndex"), Int(end))
	}
	vals := make([]Value, 1+len(r.groups))
	vals[0] = s.Substring(start, end)
	var groups, indexGroups *Object
	if r.hasNames {
		groups = NewObject(nil)
		if r.indices {
			indexGroups = NewObject(nil)
		}
	}
	var indices []Value
	if r.indices {
		indices = make([]Value, len(vals))
		indices[0] = ObjectValue(NewArray([]Value{Int(start), Int(end)}))
	}
	for i, g := range r.groups {
		gs, ge, ok := r.span(m, g)
		if ok {
			vals[i+1] = s.Substring(gs, ge)
			if r.indices {
				indices[i+1] = ObjectValue(NewArray([]Value{Int(gs), Int(ge)}))
			}
		}
		if name := r.groupNames[i]; name != "" {
			groups.CreateDataProperty(Key(name), vals[i+1])
			if indexGroups != nil {
				indexGroups.CreateDataProperty(Key(name), indices[i+1])
			}
		}
	}
	lastMatch = legacyMatch{input: s, start: start, end: end, captures: vals[1:]}
	a := NewArray(vals)
	a.CreateDataProperty(Key("index"), Int(start))
	a.CreateDataProperty(Key("input"), s)
	a.CreateDataProperty(Key("groups"), ObjectValue(groups).orUndefined(groups != nil))
	if r.indices {
		ia := NewArray(indices)
		ia.CreateDataProperty(Key("groups"), ObjectValue(indexGroups).orUndefined(indexGroups != nil))
		a.CreateDataProperty(Key("indices"), ObjectValue(ia))
	}
	return ObjectValue(a)
}

// legacyMatch is the last successful match, which Annex B's RegExp.$1…$9,
// lastMatch, leftContext and friends read.
type legacyMatch struct {
	input      Value
	start, end int
	captures   []Value
}

var lastMatch = legacyMatch{input: strASCII("")}

// defineLegacyStatics puts the Annex B accessors on the RegExp constructor.
func defineLegacyStatics(c *Object) {
	capture := func(i int) NativeFunc {
		return func(Value, []Value) Value {
			if i < len(lastMatch.captures) && !lastMatch.captures[i].IsUndefined() {
				return lastMatch.captures[i]
			}
			return strASCII("")
		}
	}
	input := NewFunction("get input", 0, func(Value, []Value) Value { return lastMatch.input })
	setInput := NewFunction("set input", 1, func(_ Value, args []Value) Value {
		lastMatch.input = ToString(Arg(args, 0))
		return Undefined
	})
	getters := []struct {
		names [2]string
		get   NativeFunc
	}{
		{[2]string{"lastMatch", "$&"}, func(Value, []Value) Value {
			return lastMatch.input.Substring(lastMatch.start, lastMatch.end)
		}},
		{[2]string{"lastParen", "$+"}, func(Value, []Value) Value {
			if n := len(lastMatch.captures); n > 0 {
				return capture(n-1)(Undefined, nil)
			}
			return strASCII("")
		}},
		{[2]string{"leftContext", "$`"}, func(Value, []Value) Value { return lastMatch.input.Substring(0, lastMatch.start) }},
		{[2]string{"rightContext", "$'"}, func(Value, []Value) Value {
			return lastMatch.input.Substring(lastMatch.end, lastMatch.input.StrLen())
		}},
	}
	c.DefineAccessor(Key("input"), input, setInput, Configurable)
	c.DefineAccessor(Key("$_"), input, setInput, Configurable)
	for _, g := range getters {
		for _, name := range g.names {
			c.DefineAccessor(Key(name), NewFunction("get "+name, 0, g.get), nil, Configurable)
		}
	}
	for i := 1; i <= 9; i++ {
		name := "$" + strconv.Itoa(i)
		c.DefineAccessor(Key(name), NewFunction("get "+name, 0, capture(i-1)), nil, Configurable)
	}
}

// orUndefined is v when ok, else undefined.
func (v Value) orUndefined(ok bool) Value {
	if ok {
		return v
	}
	return Undefined
}

var regExpExecFunc *Object

// regExpExec is RegExpExec: a user-defined exec wins over the builtin.
func regExpExec(o *Object, s Value) Value {
	exec := o.Get(Key("exec"), ObjectValue(o))
	if eo := exec.Object(); eo != nil && eo != regExpExecFunc && eo.IsCallable() {
		r := Call(exec, ObjectValue(o), s)
		if !r.IsObject() && !r.IsNull() {
			ThrowTypeError("object null is not a function")
		}
		return r
	}
	r, ok := o.Internal.(*RegExp)
	if !ok || o.class != ClassRegExp {
		ThrowTypeError("Method RegExp.prototype.exec called on incompatible receiver " + inspectShort(ObjectValue(o)))
	}
	return regExpBuiltinExec(o, r, s)
}

// advanceStringIndex is AdvanceStringIndex.
func advanceStringIndex(s Value, i int64, unicode bool) int64 {
	if !unicode || s.ascii || i+1 >= int64(s.StrLen()) {
		return i + 1
	}
	if codePointAt(s.units(), int(i)) >= 0x10000 {
		return i + 2
	}
	return i + 1
}

// regExpCreate is RegExpCreate(P, F).
func regExpCreate(pattern, flags Value) *Object {
	p, f := "", ""
	if !pattern.IsUndefined() {
		p = ToGoString(pattern)
	}
	if !flags.IsUndefined() {
		f = ToGoString(flags)
	}
	return NewRegExp(p, f)
}

func regExpFlagsOf(o *Object) string {
	return ToGoString(o.Get(Key("flags"), ObjectValue(o)))
}

func init() {
	RegExpConstructor = NewConstructor("RegExp", 2, func(_ Value, args []Value) Value {
		pattern, flags := Arg(args, 0), Arg(args, 1)
		patternIsRegExp := isRegExp(pattern)
		if patternIsRegExp && flags.IsUndefined() {
			if pattern.Object().Get(Key("constructor"), pattern).Object() == RegExpConstructor {
				return pattern
			}
		}
		return newRegExpFrom(pattern, flags, patternIsRegExp, RegExpConstructor)
	}, constructRegExp)
	DefineConstructor(RegExpConstructor, RegExpPrototype)
	RegExpConstructor.DefineAccessor(SymbolKey(SymSpecies), NewFunction("get [Symbol.species]", 0, func(this Value, _ []Value) Value { return this }), nil, Configurable)

	defineLegacyStatics(RegExpConstructor)

	p := RegExpPrototype
	DefineMethod(p, "compile", 2, func(this Value, args []Value) Value {
		o, _ := thisRegExp(this, "compile")
		pattern, flags := Arg(args, 0), Arg(args, 1)
		var r *RegExp
		if po := pattern.Object(); po != nil && po.class == ClassRegExp {
			if !flags.IsUndefined() {
				ThrowTypeError("Cannot supply flags when constructing one RegExp from another")
			}
			src := po.Internal.(*RegExp)
			r = compileRegExp(src.Source, src.Flags)
		} else {
			r = regExpCreate(pattern, flags).Internal.(*RegExp)
		}
		o.Internal = r
		setOrThrow(o, Key("lastIndex"), Int(0))
		return this
	})
	regExpExecFunc = DefineMethod(p, "exec", 1, func(this Value, args []Value) Value {
		o, r := thisRegExp(this, "exec")
		return regExpBuiltinExec(o, r, ToString(Arg(args, 0)))
	})
	DefineMethod(p, "test", 1, func(this Value, args []Value) Value {
		o := this.Object()
		if o == nil {
			// V8 names the receiver undefined whatever it was.
			ThrowTypeError("Method RegExp.prototype.test called on incompatible receiver undefined")
		}
		return Bool(!regExpExec(o, ToString(Arg(args, 0))).IsNull())
	})
	DefineMethod(p, "toString", 0, func(this Value, _ []Value) Value {
		o := this.Object()
		if o == nil {
			ThrowTypeError("Method RegExp.prototype.toString called on incompatible receiver " + inspectShort(this))
		}
		return Str("/" + ToGoString(o.Get(Key("source"), this)) + "/" + regExpFlagsOf(o))
	})
	DefineGetter(p, "source", func(this Value, _ []Value) Value {
		if this.Object() == RegExpPrototype {
			return strASCII("(?:)")
		}
		_, r := thisRegExp(this, "source")
		return Str(escapeRegExpSource(r.Source))
	})
	DefineGetter(p, "flags", func(this Value, _ []Value) Value {
		o := this.Object()
		if o == nil {
			ThrowTypeError("RegExp.prototype.flags getter called on non-object " + inspectShort(this))
		}
		var b strings.Builder
		for _, f := range []struct {
			name string
			c    byte
		}{{"hasIndices", 'd'}, {"global", 'g'}, {"ignoreCase", 'i'}, {"multiline", 'm'}, {"dotAll", 's'}, {"unicode", 'u'}, {"unicodeSets", 'v'}, {"sticky", 'y'}} {
			if ToBoolean(o.Get(Key(f.name), this)) {
				b.WriteByte(f.c)
			}
		}
		return strASCII(b.String())
	})
	for _, f := range []struct {
		name string
		c    byte
	}{{"hasIndices", 'd'}, {"global", 'g'}, {"ignoreCase", 'i'}, {"multiline", 'm'}, {"dotAll", 's'}, {"unicode", 'u'}, {"unicodeSets", 'v'}, {"sticky", 'y'}} {
		DefineGetter(p, f.name, func(this Value, _ []Value) Value {
			if this.Object() == RegExpPrototype {
				return Undefined
			}
			_, r := thisRegExp(this, f.name)
			return Bool(strings.IndexByte(r.Flags, f.c) >= 0)
		})
	}
	DefineSymbolMethod(p, SymMatch, 1, regExpSymbolMatch)
	DefineSymbolMethod(p, SymMatchAll, 1, regExpSymbolMatchAll)
	DefineSymbolMethod(p, SymReplace, 2, regExpSymbolReplace)
	DefineSymbolMethod(p, SymSearch, 1, regExpSymbolSearch)
	DefineSymbolMethod(p, SymSplit, 2, regExpSymbolSplit)

	DefineMethod(RegExpStringIteratorPrototype, "next", 0, regExpStringIteratorNext)
	RegExpStringIteratorPrototype.DefineData(SymbolKey(SymToStringTag), strASCII("RegExp String Iterator"), Configurable)
}

func constructRegExp(args []Value, newTarget *Object) Value {
	pattern := Arg(args, 0)
	return newRegExpFrom(pattern, Arg(args, 1), isRegExp(pattern), newTarget)
}

// newRegExpFrom is the RegExp constructor's steps after IsRegExp: a RegExp
// gives its source and flags, and so does, through its properties, any
// object whose Symbol.match makes it count as one.
func newRegExpFrom(pattern, flags Value, patternIsRegExp bool, newTarget *Object) Value {
	var p, f string
	po := pattern.Object()
	switch {
	case po != nil && po.class == ClassRegExp:
		r := po.Internal.(*RegExp)
		p, f = r.Source, r.Flags
		if !flags.IsUndefined() {
			f = ToGoString(flags)
		}
	case patternIsRegExp:
		if src := po.Get(Key("source"), pattern); !src.IsUndefined() {
			p = ToGoString(src)
		}
		if flags.IsUndefined() {
			flags = po.Get(Key("flags"), pattern)
		}
		if !flags.IsUndefined() {
			f = ToGoString(flags)
		}
	default:
		if !pattern.IsUndefined() {
			p = ToGoString(pattern)
		}
		if !flags.IsUndefined() {
			f = ToGoString(flags)
		}
	}
	return ObjectValue(newRegExpObject(p, f, protoFromConstructor(newTarget, RegExpPrototype)))
}

// escapeRegExpSource is EscapeRegExpPattern: the source as a literal
// would spell it.
func escapeRegExpSource(src string) string {
	if src == "" {
		return "(?:)"
	}
	var b strings.Builder
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src):
			if strings.HasPrefix(src[i+1:], "\u2028") || strings.HasPrefix(src[i+1:], "\u2029") {
				continue // the line terminator is escaped below
			}
			b.WriteByte(c)
			i++
			c = src[i]
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '/' && !inClass:
			b.WriteByte('\\')
		case c == '\n':
			b.WriteString(`\n`)
			continue
		case c == '\r':
			b.WriteString(`\r`)
			continue
		case c == 0xe2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xa8 || src[i+2] == 0xa9):
			// U+2028 and U+2029 end lines too.
			b.WriteString(`\u202` + string("89"[src[i+2]-0xa8]))
			i += 2
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func regExpSymbolMatch(this Value, args []Value) Value {
	o := this.Object()
	if o == nil {
		ThrowTypeError("Method RegExp.prototype.@@match called on incompatible receiver " + inspectShort(this))
	}
	s := ToString(Arg(args, 0))
	flags := regExpFlagsOf(o)
	if !strings.Contains(flags, "g") {
		return regExpExec(o, s)
	}
	unicode := strings.ContainsAny(flags, "uv")
	setOrThrow(o, Key("lastIndex"), Int(0))
	var matches []Value
	for {
		result := regExpExec(o, s)
		if result.IsNull() {
			if matches == nil {
				return Null
			}
			return ObjectValue(NewArray(matches))
		}
		matched := ToString(getIndex(result.Object(), 0))
		matches = append(matches, matched)
		if matched.num == 0 {
			li := toLength(o.Get(Key("lastIndex"), this))
			setOrThrow(o, Key("lastIndex"), Number(float64(advanceStringIndex(s, li, unicode))))
		}
	}
}

// regExpStringIterator is the state of a matchAll iterator.
type regExpStringIterator struct {
	rx              *Object
	s               Value
	global, unicode bool
	done            bool
}

func regExpSymbolMatchAll(this Value, args []Value) Value {
	o := this.Object()
	if o == nil {
		ThrowTypeError("Method RegExp.prototype.@@matchAll called on incompatible receiver " + inspectShort(this))
	}
	s := ToString(Arg(args, 0))
	flags := regExpFlagsOf(o)
	c := speciesConstructor(o, RegExpConstructor)
	matcher := ToObject(Construct(ObjectValue(c), nil, this, Str(flags)))
	setOrThrow(matcher, Key("lastIndex"), Number(float64(toLength(o.Get(Key("lastIndex"), this)))))
	it := &regExpStringIterator{rx: matcher, s: s, global: strings.Contains(flags, "g"), unicode: strings.ContainsAny(flags, "uv")}
	return ObjectValue(NewClassObject(RegExpStringIteratorPrototype, ClassObject, it))
}

func regExpStringIteratorNext(this Value, _ []Value) Value {
	var it *regExpStringIterator
	if o := this.Object(); o != nil {
		it, _ = o.Internal.(*regExpStringIterator)
	}
	if it == nil {
		ThrowTypeError("next method called on incompatible " + Inspect(this))
	}
	if it.done {
		return iterResult(Undefined, true)
	}
	m := regExpExec(it.rx, it.s)
	if m.IsNull() {
		it.done = true
		return iterResult(Undefined, true)
	}
	if !it.global {
		it.done = true
		return iterResult(m, false)
	}
	if ToString(getIndex(m.Object(), 0)).num == 0 {
		li := toLength(it.rx.Get(Key("lastIndex"), ObjectValue(it.rx)))
		setOrThrow(it.rx, Key("lastIndex"), Number(float64(advanceStringIndex(it.s, li, it.unicode))))
	}
	return iterResult(m, false)
}

func regExpSymbolSearch(this Value, args []Value) Value {
	o := this.Object()
	if o == nil {
		ThrowTypeError("Method RegExp.prototype.@@search called on incompatible receiver " + inspectShort(this))
	}
	s := ToString(Arg(args, 0))
	previous := o.Get(Key("lastIndex"), this)
	if !SameValue(previous, Int(0)) {
		setOrThrow(o, Key("lastIndex"), Int(0))
	}
	result := regExpExec(o, s)
	if current := o.Get(Key("lastIndex"), this); !SameValue(current, previous) {
		setOrThrow(o, Key("lastIndex"), previous)
	}
	if result.IsNull() {
		return Int(-1)
	}
	return getV(result, Key("index"))
}

func regExpSymbolReplace(this Value, args []Value) Value {
	o := this.Object()
	if o == nil {
		ThrowTypeError("Method RegExp.prototype.@@replace called on incompatible receiver undefined") // sic, as V8
	}
	s := ToString(Arg(args, 0))
	replaceValue := Arg(args, 1)
	functional := isCallable(replaceValue)
	if !functional {
		replaceValue = ToString(replaceValue)
	}
	flags := regExpFlagsOf(o)
	global := strings.Contains(flags, "g")
	unicode := strings.ContainsAny(flags, "uv")
	if global {
		setOrThrow(o, Key("lastIndex"), Int(0))
	}
	var results []*Object
	for {
		result := regExpExec(o, s)
		if result.IsNull() {
			break
		}
		results = append(results, result.Object())
		if !global {
			break
		}
		if ToString(getIndex(result.Object(), 0)).num == 0 {
			li := toLength(o.Get(Key("lastIndex"), this))
			setOrThrow(o, Key("lastIndex"), Number(float64(advanceStringIndex(s, li, unicode))))
		}
	}
	var sb strBuilder
	next := 0
	n := s.StrLen()
	for _, result := range results {
		ncap := max(arrayLikeLength(result)-1, 0)
		matched := ToString(getIndex(result, 0))
		position := clampIndex(result.Get(Key("index"), ObjectValue(result)), n)
		captures := make([]Value, ncap)
		for i := range captures {
			if c := getIndex(result, int64(i)+1); !c.IsUndefined() {
				captures[i] = ToString(c)
			}
		}
		named := result.Get(Key("groups"), ObjectValue(result))
		var replacement Value
		if functional {
			callArgs := append([]Value{matched}, captures...)
			callArgs = append(callArgs, Int(position), s)
			if !named.IsUndefined() {
				callArgs = append(callArgs, named)
			}
			replacement = ToString(Call(replaceValue, Undefined, callArgs...))
		} else {
			if !named.IsUndefined() {
				named = ObjectValue(ToObject(named))
			}
			replacement = getSubstitution(matched, s, position, captures, named, replaceValue)
		}
		if position >= next {
			sb.add(s.Substring(next, position))
			sb.add(replacement)
			next = min(position+matched.StrLen(), n)
		}
	}
	if next == 0 && len(results) == 0 {
		return s
	}
	sb.add(s.Substring(next, n))
	return sb.value()
}

func regExpSymbolSplit(this Value, args []Value) Value {
	o := this.Object()
	if o == nil {
		ThrowTypeError("Method RegExp.prototype.@@split called on incompatible receiver " + inspectShort(this))
	}
	s := ToString(Arg(args, 0))
	flags := regExpFlagsOf(o)
	c := speciesConstructor(o, RegExpConstructor)
	newFlags := flags
	if !strings.Contains(flags, "y") {
		newFlags += "y"
	}
	splitter := ToObject(Construct(ObjectValue(c), nil, this, Str(newFlags)))
	lim := uint32(1<<32 - 1)
	if l := Arg(args, 1); !l.IsUndefined() {
		lim = ToUint32(l)
	}
	var parts []Value
	if lim == 0 {
		return ObjectValue(NewArray(nil))
	}
	size := s.StrLen()
	if size == 0 {
		if regExpExec(splitter, s).IsNull() {
			parts = append(parts, s)
		}
		return ObjectValue(NewArray(parts))
	}
	r, builtin := splitter.Internal.(*RegExp)
	if builtin {
		// The spec retries the sticky splitter at every index; a search
		// from q finds the same matches when exec is the builtin one.
		exec := splitter.Get(Key("exec"), ObjectValue(splitter))
		builtin = exec.Object() == regExpExecFunc
	}
	unicode := strings.ContainsAny(flags, "uv")
	p := 0
	for q := 0; q < size; {
		var e int
		var captures []Value
		if builtin {
			m := r.match(s, q)
			if m == nil {
				break
			}
			start, end, _ := r.span(m, 0)
			q, e = start, min(end, size)
			if q >= size {
				break
			}
			if e == p {
				q = int(advanceStringIndex(s, int64(q), unicode))
				continue
			}
			for _, g := range r.groups {
				if gs, ge, ok := r.span(m, g); ok {
					captures = append(captures, s.Substring(gs, ge))
				} else {
					captures = append(captures, Undefined)
				}
			}
		} else {
			setOrThrow(splitter, Key("lastIndex"), Int(q))
			z := regExpExec(splitter, s)
			if z.IsNull() {
				q = int(advanceStringIndex(s, int64(q), unicode))
				continue
			}
			e = int(min(toLength(splitter.Get(Key("lastIndex"), ObjectValue(splitter))), int64(size)))
			if e == p {
				q = int(advanceStringIndex(s, int64(q), unicode))
				continue
			}
			zo := z.Object()
			for i := int64(1); i < arrayLikeLength(zo); i++ {
				captures = append(captures, getIndex(zo, i))
			}
		}
		parts = append(parts, s.Substring(p, q))
		if len(parts) == int(lim) {
			return ObjectValue(NewArray(parts))
		}
		p = e
		for _, c := range captures {
			parts = append(parts, c)
			if len(parts) == int(lim) {
				return ObjectValue(NewArray(parts))
			}
		}
		q = p
	}
	parts = append(parts, s.Substring(p, size))
	return ObjectValue(NewArray(parts))
}
