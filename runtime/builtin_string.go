package runtime

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The String builtins index by UTF-16 code unit. ASCII strings (the common
// case) work on their bytes directly; others convert to code units.

// StringConstructor is the global String.
var StringConstructor *Object

// StringIteratorPrototype is %StringIteratorPrototype%.
var StringIteratorPrototype = NewObject(IteratorPrototype)

// StringIterator is the state of a string iterator: the string and the
// code unit index of the next code point; done once exhausted.
type StringIterator struct {
	s    Value
	next int
	done bool
}

// Step advances the iterator: the next code point as a string, or ok false
// once it is exhausted. for-of may call it directly while next is the
// intrinsic one, saving the result object.
func (it *StringIterator) Step() (Value, bool) {
	if it.done {
		return Undefined, false
	}
	i := it.next
	if it.s.ascii {
		if i >= len(it.s.Text()) {
			it.done = true
			return Undefined, false
		}
		it.next++
		return it.s.Substring(i, i+1), true
	}
	// The cached code units keep a walk over a long string linear.
	u := it.s.units()
	if i >= len(u) {
		it.done = true
		return Undefined, false
	}
	size := 1
	if codePointAt(u, i) >= 0x10000 {
		size = 2
	}
	it.next += size
	return Str16(u[i : i+size]), true
}

// NewStringObject makes a String wrapper object, as new String(s) does.
func NewStringObject(s Value, proto *Object) *Object {
	o := NewClassObject(proto, ClassString, s)
	o.DefineData(Key("length"), Int(s.StrLen()), 0)
	return o
}

// thisString is RequireObjectCoercible(this) then ToString, as every
// generic String.prototype method begins.
func thisString(this Value, method string) Value {
	if this.kind == KindString {
		return this
	}
	if this.IsNullish() {
		if !strings.HasPrefix(method, "[") {
			method = "." + method
		}
		ThrowTypeError("String.prototype" + method + " called on null or undefined")
	}
	return ToString(this)
}

// thisStringValue is thisStringValue(this) of toString and valueOf.
func thisStringValue(this Value, method string) Value {
	if this.kind == KindString {
		return this
	}
	if o := this.Object(); o != nil && o.class == ClassString {
		if s, ok := o.Internal.(Value); ok {
			return s
		}
	}
	ThrowTypeError("String.prototype." + method + " requires that 'this' be a String")
	return Undefined
}

// strBuilder concatenates strings, joining a high surrogate at the end of
// one piece with a low surrogate at the start of the next as UTF-16 would.
type strBuilder struct {
	b        []byte
	nonASCII bool
	// units is the UTF-16 length of b[:counted], kept only once b is long
	// enough to come near maxStringLength.
	units, counted int
}

func (sb *strBuilder) add(v Value) {
	s := v.Text()
	if len(sb.b)+len(s) > maxStringLength {
		sb.checkLength(s)
	}
	if !v.ascii {
		if sb.nonASCII && len(sb.b) >= 3 && len(s) >= 3 {
			n := len(sb.b)
			if hi, ok := decodeSurrogate(sb.b[n-3], sb.b[n-2], sb.b[n-1]); ok && hi < 0xdc00 {
				if lo, ok := leadingSurrogate(s); ok && lo >= 0xdc00 {
					sb.b = utf8.AppendRune(sb.b[:n-3], utf16.DecodeRune(rune(hi), rune(lo)))
					s = s[3:]
				}
			}
		}
		sb.nonASCII = true
	}
	sb.b = append(sb.b, s...)
}

// checkLength throws node's RangeError when appending s would pass
// maxStringLength code units (byte lengths only bound them from above).
func (sb *strBuilder) checkLength(s string) {
	if !sb.nonASCII {
		sb.units, sb.counted = len(sb.b), len(sb.b)
	}
	sb.units += utf16Units(sb.b[sb.counted:])
	sb.counted = len(sb.b)
	if sb.units+utf16Units(s) > maxStringLength {
		ThrowRangeError("Invalid string length")
	}
}

// utf16Units is the number of UTF-16 code units in WTF-8 text.
func utf16Units[T string | []byte](s T) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b < 0x80 || b >= 0xc0 && b < 0xf0:
			n++
		case b >= 0xf0:
			n += 2
		}
	}
	return n
}

func (sb *strBuilder) addText(s string) { sb.add(Str(s)) }

func (sb *strBuilder) value() Value {
	if !sb.nonASCII {
		return strASCII(string(sb.b))
	}
	return Str(string(sb.b))
}

// stringIndexOf is the first index ≥ from of search in s, or -1.
func stringIndexOf(s, search Value, from int) int {
	n, m := s.StrLen(), search.StrLen()
	if from > n {
		return -1
	}
	if s.ascii && search.ascii {
		if i := strings.Index(s.Text()[from:], search.Text()); i >= 0 {
			return i + from
		}
		return -1
	}
	u, t := s.units(), search.UTF16()
	for i := from; i+m <= n; i++ {
		if unitsEqual(u[i:i+m], t) {
			return i
		}
	}
	return -1
}

// stringLastIndexOf is the last index ≤ from of search in s, or -1.
func stringLastIndexOf(s, search Value, from int) int {
	u, t := s.units(), search.UTF16()
	for i := min(from, len(u)-len(t)); i >= 0; i-- {
		if unitsEqual(u[i:i+len(t)], t) {
			return i
		}
	}
	return -1
}

func unitsEqual(a, b []uint16) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// clampIndex is ToIntegerOrInfinity(v) clamped to [0, n].
func clampIndex(v Value, n int) int {
	f := toIntegerOrInfinity(v)
	return int(math.Max(0, math.Min(f, float64(n))))
}

func init() {
	StringConstructor = NewConstructor("String", 1, func(_ Value, args []Value) Value {
		if len(args) == 0 {
			return strASCII("")
		}
		if s := args[0].Symbol(); s != nil {
			return Str(symbolDescriptiveString(s))
		}
		return ToString(args[0])
	}, func(args []Value, newTarget *Object) Value {
		s := strASCII("")
		if len(args) > 0 {
			s = ToString(args[0])
		}
		return ObjectValue(NewStringObject(s, protoFromConstructor(newTarget, StringPrototype)))
	})
	DefineConstructor(StringConstructor, StringPrototype)
	StringPrototype.DefineData(Key("length"), Int(0), 0)
	DefineMethod(StringConstructor, "fromCharCode", 1, func(_ Value, args []Value) Value {
		u := make([]uint16, len(args))
		for i, a := range args {
			u[i] = uint16(ToUint32(a))
		}
		return Str16(u)
	})
	DefineMethod(StringConstructor, "fromCodePoint", 1, func(_ Value, args []Value) Value {
		var u []uint16
		for _, a := range args {
			f := ToNumber(a)
			if f != math.Trunc(f) || f < 0 || f > 0x10ffff {
				ThrowRangeError("Invalid code point " + ToGoString(a))
			}
			if f >= 0x10000 {
				hi, lo := utf16.EncodeRune(rune(f))
				u = append(u, uint16(hi), uint16(lo))
			} else {
				u = append(u, uint16(f))
			}
		}
		return Str16(u)
	})
	DefineMethod(StringConstructor, "raw", 1, stringRaw)

	p := StringPrototype
	DefineMethod(p, "at", 1, func(this Value, args []Value) Value {
		s := thisString(this, "at")
		n := s.StrLen()
		k := toIntegerOrInfinity(Arg(args, 0))
		if k < 0 {
			k += float64(n)
		}
		if k < 0 || k >= float64(n) {
			return Undefined
		}
		return s.Substring(int(k), int(k)+1)
	})
	DefineMethod(p, "charAt", 1, func(this Value, args []Value) Value {
		s := thisString(this, "charAt")
		k := toIntegerOrInfinity(Arg(args, 0))
		if k < 0 || k >= float64(s.StrLen()) {
			return strASCII("")
		}
		return s.Substring(int(k), int(k)+1)
	})
	DefineMethod(p, "charCodeAt", 1, func(this Value, args []Value) Value {
		s := thisString(this, "charCodeAt")
		k := toIntegerOrInfinity(Arg(args, 0))
		if k < 0 || k >= float64(s.StrLen()) {
			return NaN
		}
		return Int(int(s.CharCodeAt(int(k))))
	})
	DefineMethod(p, "codePointAt", 1, func(this Value, args []Value) Value {
		s := thisString(this, "codePointAt")
		k := toIntegerOrInfinity(Arg(args, 0))
		if k < 0 || k >= float64(s.StrLen()) {
			return Undefined
		}
		return Int(int(codePointAt(s.units(), int(k))))
	})
	DefineMethod(p, "concat", 1, func(this Value, args []Value) Value {
		s := thisString(this, "concat")
		for _, a := range args {
			s = Concat(s, ToString(a))
		}
		return s
	})
	DefineMethod(p, "endsWith", 1, func(this Value, args []Value) Value {
		s := thisString(this, "endsWith")
		search := searchStringArg(Arg(args, 0), "endsWith")
		end := s.StrLen()
		if e := Arg(args, 1); !e.IsUndefined() {
			end = clampIndex(e, end)
		}
		start := end - search.StrLen()
		return Bool(start >= 0 && StrictEquals(s.Substring(start, end), search))
	})
	DefineMethod(p, "startsWith", 1, func(this Value, args []Value) Value {
		s := thisString(this, "startsWith")
		search := searchStringArg(Arg(args, 0), "startsWith")
		start := clampIndex(Arg(args, 1), s.StrLen())
		end := start + search.StrLen()
		return Bool(end <= s.StrLen() && StrictEquals(s.Substring(start, end), search))
	})
	DefineMethod(p, "includes", 1, func(this Value, args []Value) Value {
		s := thisString(this, "includes")
		search := searchStringArg(Arg(args, 0), "includes")
		return Bool(stringIndexOf(s, search, clampIndex(Arg(args, 1), s.StrLen())) >= 0)
	})
	DefineMethod(p, "indexOf", 1, func(this Value, args []Value) Value {
		s := thisString(this, "indexOf")
		search := ToString(Arg(args, 0))
		return Int(stringIndexOf(s, search, clampIndex(Arg(args, 1), s.StrLen())))
	})
	DefineMethod(p, "lastIndexOf", 1, func(this Value, args []Value) Value {
		s := thisString(this, "lastIndexOf")
		search := ToString(Arg(args, 0))
		pos := ToNumber(Arg(args, 1))
		from := s.StrLen()
		if !math.IsNaN(pos) {
			from = clampIndex(Number(pos), from)
		}
		return Int(stringLastIndexOf(s, search, from))
	})
	DefineMethod(p, "localeCompare", 1, func(this Value, args []Value) Value {
		s := thisString(this, "localeCompare")
		return Int(localeCompare(s.Text(), ToGoString(Arg(args, 0))))
	})
	DefineMethod(p, "normalize", 0, func(this Value, args []Value) Value {
		s := thisString(this, "normalize")
		form := "NFC"
		if f := Arg(args, 0); !f.IsUndefined() {
			form = ToGoString(f)
		}
		switch form {
		case "NFC", "NFD", "NFKC", "NFKD":
		default:
			ThrowRangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
		}
		if s.ascii {
			return s
		}
		return Str(normalizeText(s.Text(), form))
	})
	DefineMethod(p, "padEnd", 1, func(this Value, args []Value) Value {
		return stringPad(thisString(this, "padEnd"), args, false)
	})
	DefineMethod(p, "padStart", 1, func(this Value, args []Value) Value {
		return stringPad(thisString(this, "padStart"), args, true)
	})
	DefineMethod(p, "repeat", 1, func(this Value, args []Value) Value {
		s := thisString(this, "repeat")
		n := toIntegerOrInfinity(Arg(args, 0))
		if n < 0 || math.IsInf(n, 1) {
			ThrowRangeError("Invalid count value: " + ToGoString(Arg(args, 0)))
		}
		if s.num == 0 || n == 0 {
			return strASCII("")
		}
		if n*float64(s.StrLen()) > maxStringLength {
			ThrowRangeError("Invalid string length")
		}
		var sb strBuilder
		for i := 0; i < int(n); i++ {
			sb.add(s)
		}
		return sb.value()
	})
	DefineMethod(p, "slice", 2, func(this Value, args []Value) Value {
		s := thisString(this, "slice")
		n := int64(s.StrLen())
		from, to := relativeIndex(Arg(args, 0), n, 0), relativeIndex(Arg(args, 1), n, n)
		if from >= to {
			return strASCII("")
		}
		return s.Substring(int(from), int(to))
	})
	DefineMethod(p, "substring", 2, func(this Value, args []Value) Value {
		s := thisString(this, "substring")
		n := s.StrLen()
		from, to := clampIndex(Arg(args, 0), n), n
		if e := Arg(args, 1); !e.IsUndefined() {
			to = clampIndex(e, n)
		}
		return s.Substring(min(from, to), max(from, to))
	})
	DefineMethod(p, "substr", 2, func(this Value, args []Value) Value {
		s := thisString(this, "substr")
		n := int64(s.StrLen())
		from := relativeIndex(Arg(args, 0), n, 0)
		count := float64(n - from)
		if l := Arg(args, 1); !l.IsUndefined() {
			count = math.Min(math.Max(toIntegerOrInfinity(l), 0), count)
		}
		if count <= 0 {
			return strASCII("")
		}
		return s.Substring(int(from), int(from)+int(count))
	})
	DefineMethod(p, "split", 2, stringSplit)
	DefineMethod(p, "toLowerCase", 0, func(this Value, _ []Value) Value { return stringToLower(thisString(this, "toLowerCase")) })
	DefineMethod(p, "toUpperCase", 0, func(this Value, _ []Value) Value { return stringToUpper(thisString(this, "toUpperCase")) })
	DefineMethod(p, "toLocaleLowerCase", 0, func(this Value, _ []Value) Value {
		return stringToLower(thisString(this, "toLocaleLowerCase"))
	})
	DefineMethod(p, "toLocaleUpperCase", 0, func(this Value, _ []Value) Value {
		return stringToUpper(thisString(this, "toLocaleUpperCase"))
	})
	DefineMethod(p, "toString", 0, func(this Value, _ []Value) Value { return thisStringValue(this, "toString") })
	DefineMethod(p, "valueOf", 0, func(this Value, _ []Value) Value { return thisStringValue(this, "valueOf") })
	DefineMethod(p, "trim", 0, func(this Value, _ []Value) Value {
		return Str(strings.TrimFunc(thisString(this, "trim").Text(), isJSSpace))
	})
	trimStart := DefineMethod(p, "trimStart", 0, func(this Value, _ []Value) Value {
		return Str(strings.TrimLeftFunc(thisString(this, "trimLeft").Text(), isJSSpace))
	})
	trimEnd := DefineMethod(p, "trimEnd", 0, func(this Value, _ []Value) Value {
		return Str(strings.TrimRightFunc(thisString(this, "trimRight").Text(), isJSSpace))
	})
	p.DefineData(Key("trimLeft"), ObjectValue(trimStart), Hidden)
	p.DefineData(Key("trimRight"), ObjectValue(trimEnd), Hidden)
	DefineMethod(p, "isWellFormed", 0, func(this Value, _ []Value) Value {
		return Bool(utf8.ValidString(thisString(this, "isWellFormed").Text()))
	})
	DefineMethod(p, "toWellFormed", 0, func(this Value, _ []Value) Value {
		s := thisString(this, "toWellFormed")
		if s.ascii {
			return s
		}
		// Each lone surrogate becomes one U+FFFD (strings.ToValidUTF8 would
		// merge a run of them into one).
		t := s.Text()
		b := make([]byte, 0, len(t))
		for i := 0; i < len(t); i++ {
			if i+2 < len(t) {
				if _, ok := decodeSurrogate(t[i], t[i+1], t[i+2]); ok {
					b = append(b, "\uFFFD"...)
					i += 2
					continue
				}
			}
			b = append(b, t[i])
		}
		return Str(string(b))
	})
	DefineMethod(p, "match", 1, func(this Value, args []Value) Value {
		return stringRegExpMethod(this, Arg(args, 0), Undefined, SymMatch, "match", nil)
	})
	DefineMethod(p, "matchAll", 1, func(this Value, args []Value) Value {
		rx := Arg(args, 0)
		if !rx.IsNullish() {
			requireGlobalFlag(rx, "matchAll")
		}
		return stringRegExpMethod(this, rx, strASCII("g"), SymMatchAll, "matchAll", nil)
	})
	DefineMethod(p, "search", 1, func(this Value, args []Value) Value {
		return stringRegExpMethod(this, Arg(args, 0), Undefined, SymSearch, "search", nil)
	})
	DefineMethod(p, "replace", 2, func(this Value, args []Value) Value { return stringReplace(this, args, false) })
	DefineMethod(p, "replaceAll", 2, func(this Value, args []Value) Value { return stringReplace(this, args, true) })
	// Annex B's HTML methods: tag, and the attribute the argument sets.
	for _, h := range [][3]string{
		{"anchor", "a", "name"}, {"big", "big", ""}, {"blink", "blink", ""}, {"bold", "b", ""},
		{"fixed", "tt", ""}, {"fontcolor", "font", "color"}, {"fontsize", "font", "size"},
		{"italics", "i", ""}, {"link", "a", "href"}, {"small", "small", ""}, {"strike", "strike", ""},
		{"sub", "sub", ""}, {"sup", "sup", ""},
	} {
		name, tag, attr := h[0], h[1], h[2]
		length := 0
		if attr != "" {
			length = 1
		}
		DefineMethod(p, name, length, func(this Value, args []Value) Value {
			s := thisString(this, name)
			open := "<" + tag
			if attr != "" {
				open += " " + attr + `="` + strings.ReplaceAll(ToGoString(Arg(args, 0)), `"`, "&quot;") + `"`
			}
			return Concat(Concat(Str(open+">"), s), Str("</"+tag+">"))
		})
	}
	DefineSymbolMethod(p, SymIterator, 0, func(this Value, _ []Value) Value {
		s := thisString(this, "[Symbol.iterator]")
		return ObjectValue(NewClassObject(StringIteratorPrototype, ClassObject, &StringIterator{s: s}))
	})

	DefineMethod(StringIteratorPrototype, "next", 0, stringIteratorNext)
	StringIteratorPrototype.DefineData(SymbolKey(SymToStringTag), strASCII("String Iterator"), Configurable)
}

// stringIteratorNext is %StringIteratorPrototype%.next; for-of recognizes it
// by its code to call Step directly.
func stringIteratorNext(this Value, _ []Value) Value {
	var it *StringIterator
	if o := this.Object(); o != nil {
		it, _ = o.Internal.(*StringIterator)
	}
	if it == nil {
		ThrowTypeError("next method called on incompatible " + Inspect(this))
	}
	v, ok := it.Step()
	return iterResult(v, !ok)
}

// codePointAt is CodePointAt: the code point at i, pairing surrogates.
func codePointAt(u []uint16, i int) rune {
	c := rune(u[i])
	if c >= 0xd800 && c < 0xdc00 && i+1 < len(u) && u[i+1] >= 0xdc00 && u[i+1] <= 0xdfff {
		return utf16.DecodeRune(c, rune(u[i+1]))
	}
	return c
}

// searchStringArg rejects a RegExp where a search string is expected.
func searchStringArg(v Value, method string) Value {
	if isRegExp(v) {
		ThrowTypeError("First argument to String.prototype." + method + " must not be a regular expression")
	}
	return ToString(v)
}

// isRegExp is IsRegExp: an object whose Symbol.match says so, or a RegExp.
func isRegExp(v Value) bool {
	o := v.Object()
	if o == nil {
		return false
	}
	if m := o.Get(SymbolKey(SymMatch), v); !m.IsUndefined() {
		return ToBoolean(m)
	}
	return o.class == ClassRegExp
}

// requireGlobalFlag is the check of replaceAll and matchAll that a
// regular expression argument has the g flag.
func requireGlobalFlag(v Value, method string) {
	if !isRegExp(v) {
		return
	}
	flags := getV(v, Key("flags"))
	if flags.IsNullish() {
		// V8's messages, which differ between the two methods.
		if method == "replaceAll" {
			ThrowTypeError("String.prototype.replaceAll called on null or undefined")
		}
		ThrowTypeError("The .flags property of the argument to String.prototype." + method + " cannot be null or undefined")
	}
	if !strings.Contains(ToGoString(flags), "g") {
		ThrowTypeError("String.prototype." + method + " called with a non-global RegExp argument")
	}
}

func stringRaw(_ Value, args []Value) Value {
	cooked := ToObject(Arg(args, 0))
	raw := ToObject(cooked.Get(Key("raw"), ObjectValue(cooked)))
	n := arrayLikeLength(raw)
	var sb strBuilder
	for i := int64(0); i < n; i++ {
		sb.add(ToString(getIndex(raw, i)))
		if i+1 < n && int(i)+1 < len(args) {
			sb.add(ToString(args[i+1]))
		}
	}
	return sb.value()
}

func stringPad(s Value, args []Value, atStart bool) Value {
	maxLen := toLength(Arg(args, 0))
	n := int64(s.StrLen())
	if maxLen <= n {
		return s
	}
	fill := strASCII(" ")
	if f := Arg(args, 1); !f.IsUndefined() {
		fill = ToString(f)
	}
	if fill.num == 0 {
		return s
	}
	if maxLen > maxStringLength {
		ThrowRangeError("Invalid string length")
	}
	need := int(maxLen - n)
	fu := fill.UTF16()
	pad := make([]uint16, 0, need)
	for len(pad) < need {
		pad = append(pad, fu[:min(len(fu), need-len(pad))]...)
	}
	if atStart {
		return Concat(Str16(pad), s)
	}
	return Concat(s, Str16(pad))
}

// stringToLower and stringToUpper apply Unicode's full case mappings where
// they differ from the simple ones Go's unicode package has.
func stringToLower(s Value) Value {
	if s.ascii {
		return strASCII(strings.ToLower(s.Text()))
	}
	text := s.Text()
	var b []byte
	for i := 0; i < len(text); {
		if i+2 < len(text) {
			if _, ok := decodeSurrogate(text[i], text[i+1], text[i+2]); ok {
				b = append(b, text[i:i+3]...)
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == 'İ':
			b = append(b, "i\u0307"...)
		case r == 'Σ' && isFinalSigma(text, i, size):
			b = append(b, "ς"...)
		default:
			b = utf8.AppendRune(b, caseOf(r, lowerAdded, unicode.ToLower))
		}
		i += size
	}
	return Str(string(b))
}

// isFinalSigma reports whether the Σ at text[i:i+size] is in Unicode's
// Final_Sigma context: a cased letter before it and none after, skipping
// case-ignorable characters (marks, apostrophes, periods) both ways.
func isFinalSigma(text string, i, size int) bool {
	cased := false
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		j -= n
		if !isCaseIgnorable(r) {
			cased = isCased(r)
			break
		}
	}
	if !cased {
		return false
	}
	for j := i + size; j < len(text); {
		r, n := utf8.DecodeRuneInString(text[j:])
		j += n
		if !isCaseIgnorable(r) {
			return !isCased(r)
		}
	}
	return true
}

func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

// isCaseIgnorable is Unicode's Case_Ignorable: the marks, format
// characters, modifiers and the word-internal punctuation of Word_Break.
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '\u00b7', '\u0387', '\u055f', '\u05f4', '\u2018', '\u2019', '\u2024', '\u2027',
		'\ufe13', '\ufe52', '\ufe55', '\uff07', '\uff0e', '\uff1a':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// caseDelta maps the code points lo, lo+stride, … hi to themselves plus delta.
type caseDelta struct{ lo, hi, delta, stride rune }

// upperAdded and lowerAdded are the simple case mappings Unicode 16 and 17
// added (node's ICU has them; Go's unicode tables are Unicode 15.0).
var (
	upperAdded = []caseDelta{{0x19b, 0x19b, 42561, 1}, {0x264, 0x264, 42343, 1}, {0x1c8a, 0x1c8a, -1, 1}, {0xa7cd, 0xa7cf, -1, 2},
		{0xa7d3, 0xa7d5, -1, 2}, {0xa7db, 0xa7db, -1, 1}, {0x10d70, 0x10d85, -32, 1}, {0x16ebb, 0x16ed3, -27, 1}}
	lowerAdded = []caseDelta{{0x1c89, 0x1c89, 1, 1}, {0xa7cb, 0xa7cb, -42343, 1}, {0xa7cc, 0xa7ce, 1, 2}, {0xa7d2, 0xa7d4, 1, 2},
		{0xa7da, 0xa7da, 1, 1}, {0xa7dc, 0xa7dc, -42561, 1}, {0x10d50, 0x10d65, 32, 1}, {0x16ea0, 0x16eb8, 27, 1}}
)

// caseOf is r in the other case: from added when Unicode 16 or 17 gave it
// a mapping, else from Go's tables.
func caseOf(r rune, added []caseDelta, mapping func(rune) rune) rune {
	for _, c := range added {
		if r >= c.lo && r <= c.hi && (r-c.lo)%c.stride == 0 {
			return r + c.delta
		}
	}
	return mapping(r)
}

// upperSpecial is SpecialCasing.txt's unconditional uppercase mappings
// that expand to more than one character (all of them, as node maps them).
var upperSpecial = map[rune]string{
	0xdf: "SS", 0x149: "\u02bcN", 0x1f0: "J\u030c", 0x390: "\u0399\u0308\u0301",
	0x3b0: "\u03a5\u0308\u0301", 0x587: "\u0535\u0552", 0x1e96: "H\u0331", 0x1e97: "T\u0308",
	0x1e98: "W\u030a", 0x1e99: "Y\u030a", 0x1e9a: "A\u02be", 0x1f50: "\u03a5\u0313",
	0x1f52: "\u03a5\u0313\u0300", 0x1f54: "\u03a5\u0313\u0301", 0x1f56: "\u03a5\u0313\u0342", 0x1f80: "\u1f08\u0399",
	0x1f81: "\u1f09\u0399", 0x1f82: "\u1f0a\u0399", 0x1f83: "\u1f0b\u0399", 0x1f84: "\u1f0c\u0399",
	0x1f85: "\u1f0d\u0399", 0x1f86: "\u1f0e\u0399", 0x1f87: "\u1f0f\u0399", 0x1f88: "\u1f08\u0399",
	0x1f89: "\u1f09\u0399", 0x1f8a: "\u1f0a\u0399", 0x1f8b: "\u1f0b\u0399", 0x1f8c: "\u1f0c\u0399",
	0x1f8d: "\u1f0d\u0399", 0x1f8e: "\u1f0e\u0399", 0x1f8f: "\u1f0f\u0399", 0x1f90: "\u1f28\u0399",
	0x1f91: "\u1f29\u0399", 0x1f92: "\u1f2a\u0399", 0x1f93: "\u1f2b\u0399", 0x1f94: "\u1f2c\u0399",
	0x1f95: "\u1f2d\u0399", 0x1f96: "\u1f2e\u0399", 0x1f97: "\u1f2f\u0399", 0x1f98: "\u1f28\u0399",
	0x1f99: "\u1f29\u0399", 0x1f9a: "\u1f2a\u0399", 0x1f9b: "\u1f2b\u0399", 0x1f9c: "\u1f2c\u0399",
	0x1f9d: "\u1f2d\u0399", 0x1f9e: "\u1f2e\u0399", 0x1f9f: "\u1f2f\u0399", 0x1fa0: "\u1f68\u0399",
	0x1fa1: "\u1f69\u0399", 0x1fa2: "\u1f6a\u0399", 0x1fa3: "\u1f6b\u0399", 0x1fa4: "\u1f6c\u0399",
	0x1fa5: "\u1f6d\u0399", 0x1fa6: "\u1f6e\u0399", 0x1fa7: "\u1f6f\u0399", 0x1fa8: "\u1f68\u0399",
	0x1fa9: "\u1f69\u0399", 0x1faa: "\u1f6a\u0399", 0x1fab: "\u1f6b\u0399", 0x1fac: "\u1f6c\u0399",
	0x1fad: "\u1f6d\u0399", 0x1fae: "\u1f6e\u0399", 0x1faf: "\u1f6f\u0399", 0x1fb2: "\u1fba\u0399",
	0x1fb3: "\u0391\u0399", 0x1fb4: "\u0386\u0399", 0x1fb6: "\u0391\u0342", 0x1fb7: "\u0391\u0342\u0399",
	0x1fbc: "\u0391\u0399", 0x1fc2: "\u1fca\u0399", 0x1fc3: "\u0397\u0399", 0x1fc4: "\u0389\u0399",
	0x1fc6: "\u0397\u0342", 0x1fc7: "\u0397\u0342\u0399", 0x1fcc: "\u0397\u0399", 0x1fd2: "\u0399\u0308\u0300",
	0x1fd3: "\u0399\u0308\u0301", 0x1fd6: "\u0399\u0342", 0x1fd7: "\u0399\u0308\u0342", 0x1fe2: "\u03a5\u0308\u0300",
	0x1fe3: "\u03a5\u0308\u0301", 0x1fe4: "\u03a1\u0313", 0x1fe6: "\u03a5\u0342", 0x1fe7: "\u03a5\u0308\u0342",
	0x1ff2: "\u1ffa\u0399", 0x1ff3: "\u03a9\u0399", 0x1ff4: "\u038f\u0399", 0x1ff6: "\u03a9\u0342",
	0x1ff7: "\u03a9\u0342\u0399", 0x1ffc: "\u03a9\u0399", 0xfb00: "FF", 0xfb01: "FI",
	0xfb02: "FL", 0xfb03: "FFI", 0xfb04: "FFL", 0xfb05: "ST",
	0xfb06: "ST", 0xfb13: "\u0544\u0546", 0xfb14: "\u0544\u0535", 0xfb15: "\u0544\u053b",
	0xfb16: "\u054e\u0546", 0xfb17: "\u0544\u053d",
}

func stringToUpper(s Value) Value {
	if s.ascii {
		return strASCII(strings.ToUpper(s.Text()))
	}
	text := s.Text()
	var b []byte
	for i := 0; i < len(text); {
		if i+2 < len(text) {
			if _, ok := decodeSurrogate(text[i], text[i+1], text[i+2]); ok {
				b = append(b, text[i:i+3]...)
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if up, ok := upperSpecial[r]; ok {
			b = append(b, up...)
		} else {
			b = utf8.AppendRune(b, caseOf(r, upperAdded, unicode.ToUpper))
		}
		i += size
	}
	return Str(string(b))
}

// localeCompare approximates ICU's root collation in its three levels:
// first the letters (punctuation and symbols before digits before letters,
// case and accents ignored), then the accents (none before any), then the
// case (lowercase first). Canonically equivalent strings compare equal.
func localeCompare(a, b string) int {
	x, y := collationElements(a), collationElements(b)
	for level := 0; level < 3; level++ {
		for i := 0; i < len(x) && i < len(y); i++ {
			if c := x[i].compare(y[i], level); c != 0 {
				return c
			}
		}
		if len(x) != len(y) {
			return sign(len(x) - len(y))
		}
	}
	return 0
}

// collationElement is one base character with its accents and case.
type collationElement struct {
	primary int
	accents []rune
	upper   bool
}

func (e collationElement) compare(o collationElement, level int) int {
	switch level {
	case 0:
		return sign(e.primary - o.primary)
	case 1:
		for i := 0; i < len(e.accents) && i < len(o.accents); i++ {
			if c := sign(accentWeight(e.accents[i]) - accentWeight(o.accents[i])); c != 0 {
				return c
			}
		}
		return sign(len(e.accents) - len(o.accents))
	}
	switch {
	case e.upper == o.upper:
		return 0
	case e.upper:
		return 1
	}
	return -1
}

// accentOrder is DUCET's order of the common accents.
const accentOrder = "\u0301\u0300\u0306\u0302\u030c\u030a\u0308\u030b\u0303\u0307\u0328\u0327\u0304"

func accentWeight(r rune) int {
	if i := strings.IndexRune(accentOrder, r); i >= 0 {
		return i
	}
	return int(r)
}

func collationElements(s string) []collationElement {
	var out []collationElement
	for _, r := range decomposeText(s) {
		if unicode.Is(unicode.Cf, r) {
			continue // soft hyphens, zero-width spaces and the like are ignored
		}
		if r == 'ß' {
			// The root collation sorts ß as ss, after it at the third level.
			out = append(out, collationElement{primary: collationKey('s'), upper: true}, collationElement{primary: collationKey('s'), upper: true})
			continue
		}
		if combiningClass(r) != 0 && len(out) > 0 {
			last := &out[len(out)-1]
			last.accents = append(last.accents, r)
			continue
		}
		out = append(out, collationElement{primary: collationKey(r), upper: unicode.IsUpper(r)})
	}
	return out
}

// punctuationOrder is the root collation's order of the common spaces,
// punctuation and symbols, which all sort before digits; a space of
// another width weighs as ' '. Other symbols sort by code point among them.
const punctuationOrder = "\t\n\v\f\r\u2028 _-\u2013\u2014,;:!\u00a1?\u00bf.\u2026\u00b7'\u2018\u2019\"\u201c\u201d\u00ab\u00bb()[]{}" +
	"\u00a7\u00b6@*/\\&#%\u2020\u2022`\u00b4^\u00af\u00a8\u00b8\u00b0\u00a9\u00ae+\u00b1\u00f7\u00d7<=>\u00ac|\u00a6~\u00a4\u00a2$\u00a3\u00a5\u20ac"

func collationKey(r rune) int {
	if r == '\u00a0' || r == '\u3000' {
		r = ' '
	}
	if i := strings.IndexRune(punctuationOrder, r); i >= 0 {
		return i - len(punctuationOrder)
	}
	switch {
	case unicode.IsLetter(r):
		return 2<<21 | int(unicode.ToLower(r))
	case unicode.IsDigit(r):
		return 1<<21 | int(r)
	}
	return int(r)
}

func sign(i int) int {
	switch {
	case i < 0:
		return -1
	case i > 0:
		return 1
	}
	return 0
}

// stringRegExpMethod is the shared shape of match, matchAll and search: a
// pattern object's own @@method wins; otherwise the argument becomes a
// RegExp (with flags) whose @@method runs.
func stringRegExpMethod(this, regexp, flags Value, sym *Symbol, name string, extra []Value) Value {
	if this.IsNullish() {
		ThrowTypeError("String.prototype." + name + " called on null or undefined")
	}
	if !regexp.IsNullish() {
		if m := getV(regexp, SymbolKey(sym)); !m.IsNullish() {
			return Call(m, regexp, append([]Value{this}, extra...)...)
		}
	}
	s := ToString(this)
	pattern := regexp
	if pattern.IsUndefined() {
		pattern = strASCII("")
	}
	rx := ObjectValue(regExpCreate(pattern, flags))
	return Call(getV(rx, SymbolKey(sym)), rx, s)
}

func stringSplit(this Value, args []Value) Value {
	if this.IsNullish() {
		ThrowTypeError("String.prototype.split called on null or undefined")
	}
	sep, limit := Arg(args, 0), Arg(args, 1)
	if !sep.IsNullish() {
		if m := getV(sep, SymbolKey(SymSplit)); !m.IsNullish() {
			return Call(m, sep, this, limit)
		}
	}
	s := ToString(this)
	lim := uint32(1<<32 - 1)
	if !limit.IsUndefined() {
		lim = ToUint32(limit)
	}
	r := ToString(sep)
	if lim == 0 {
		return ObjectValue(NewArray(nil))
	}
	if sep.IsUndefined() {
		return ObjectValue(NewArray([]Value{s}))
	}
	n := s.StrLen()
	if r.num == 0 {
		parts := make([]Value, 0, min(n, int(lim)))
		for i := 0; i < n && len(parts) < int(lim); i++ {
			parts = append(parts, s.Substring(i, i+1))
		}
		return ObjectValue(NewArray(parts))
	}
	if s.ascii && r.ascii {
		parts := strings.Split(s.Text(), r.Text())
		if len(parts) > int(lim) {
			parts = parts[:lim]
		}
		vals := make([]Value, len(parts))
		for i, part := range parts {
			vals[i] = strASCII(part)
		}
		return ObjectValue(NewArray(vals))
	}
	var parts []Value
	start := 0
	for {
		i := stringIndexOf(s, r, start)
		if i < 0 {
			break
		}
		parts = append(parts, s.Substring(start, i))
		if len(parts) >= int(lim) {
			return ObjectValue(NewArray(parts))
		}
		start = i + r.StrLen()
	}
	parts = append(parts, s.Substring(start, n))
	return ObjectValue(NewArray(parts))
}

func stringReplace(this Value, args []Value, all bool) Value {
	name := "replace"
	if all {
		name = "replaceAll"
	}
	if this.IsNullish() {
		ThrowTypeError("String.prototype." + name + " called on null or undefined")
	}
	search, replace := Arg(args, 0), Arg(args, 1)
	if !search.IsNullish() {
		if all {
			requireGlobalFlag(search, "replaceAll")
		}
		if m := getV(search, SymbolKey(SymReplace)); !m.IsNullish() {
			return Call(m, search, this, replace)
		}
	}
	s := ToString(this)
	searchStr := ToString(search)
	functional := isCallable(replace)
	if !functional {
		replace = ToString(replace)
	}
	searchLen := searchStr.StrLen()
	advance := max(1, searchLen)
	var positions []int
	for pos := stringIndexOf(s, searchStr, 0); pos >= 0; pos = stringIndexOf(s, searchStr, pos+advance) {
		positions = append(positions, pos)
		if !all {
			break
		}
	}
	var sb strBuilder
	end := 0
	for _, pos := range positions {
		matched := s.Substring(pos, pos+searchLen)
		var replacement Value
		if functional {
			replacement = ToString(Call(replace, Undefined, matched, Int(pos), s))
		} else {
			replacement = getSubstitution(matched, s, pos, nil, Undefined, replace)
		}
		sb.add(s.Substring(end, pos))
		sb.add(replacement)
		end = pos + searchLen
	}
	if len(positions) == 0 {
		return s
	}
	sb.add(s.Substring(end, s.StrLen()))
	return sb.value()
}

// getSubstitution is GetSubstitution: it expands $$, $&, $`, $', $n, $nn
// and $<name> in a replacement template.
func getSubstitution(matched, str Value, position int, captures []Value, namedCaptures Value, template Value) Value {
	t := template.Text()
	if !strings.Contains(t, "$") {
		return template
	}
	var sb strBuilder
	tailPos := min(position+matched.StrLen(), str.StrLen())
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '$' || i+1 == len(t) {
			sb.b = append(sb.b, c)
			if c >= utf8.RuneSelf {
				sb.nonASCII = true
			}
			continue
		}
		switch next := t[i+1]; {
		case next == '$':
			sb.b = append(sb.b, '$')
			i++
		case next == '&':
			sb.add(matched)
			i++
		case next == '`':
			sb.add(str.Substring(0, min(position, str.StrLen())))
			i++
		case next == '\'':
			sb.add(str.Substring(tailPos, str.StrLen()))
			i++
		case next >= '0' && next <= '9':
			// Two digits name a capture when that capture exists; else one.
			idx, digits := int(next-'0'), 1
			if i+2 < len(t) && t[i+2] >= '0' && t[i+2] <= '9' {
				if two := idx*10 + int(t[i+2]-'0'); two >= 1 && two <= len(captures) {
					idx, digits = two, 2
				}
			}
			if idx < 1 || idx > len(captures) {
				sb.b = append(sb.b, '$')
				continue
			}
			if v := captures[idx-1]; !v.IsUndefined() {
				sb.add(ToString(v))
			}
			i += digits
		case next == '<':
			closing := strings.IndexByte(t[i+2:], '>')
			if namedCaptures.IsUndefined() || closing < 0 {
				sb.b = append(sb.b, '$')
				continue
			}
			groupName := t[i+2 : i+2+closing]
			if v := getV(namedCaptures, Key(groupName)); !v.IsUndefined() {
				sb.add(ToString(v))
			}
			i += 2 + closing
		default:
			sb.b = append(sb.b, '$')
		}
	}
	return sb.value()
}

// normalizeText is s in the normalization form f ("NFC", "NFD", "NFKC" or
// "NFKD"). Lone surrogates are not UTF-8, so the text between them is
// normalized piece by piece and they stay where they are, as in V8.
func normalizeText(s, f string) string {
	form := map[string]norm.Form{"NFC": norm.NFC, "NFD": norm.NFD, "NFKC": norm.NFKC, "NFKD": norm.NFKD}[f]
	var b []byte
	start := 0
	for i := 0; i+2 < len(s); i++ {
		if _, ok := decodeSurrogate(s[i], s[i+1], s[i+2]); ok {
			b = form.AppendString(b, s[start:i])
			b = append(b, s[i:i+3]...)
			i += 2
			start = i + 1
		}
	}
	if start == 0 {
		return form.String(s)
	}
	return string(form.AppendString(b, s[start:]))
}

// decomposeText is the canonical decomposition of WTF-8 text, marks in
// canonical order; a lone surrogate stands as itself.
func decomposeText(s string) []rune {
	d := normalizeText(s, "NFD")
	out := make([]rune, 0, len(d))
	for i := 0; i < len(d); {
		if i+2 < len(d) {
			if u, ok := decodeSurrogate(d[i], d[i+1], d[i+2]); ok {
				out = append(out, rune(u))
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(d[i:])
		out = append(out, r)
		i += size
	}
	return out
}

// combiningClass is r's canonical combining class (0 for a starter).
func combiningClass(r rune) int {
	return int(norm.NFD.PropertiesString(string(r)).CCC())
}
