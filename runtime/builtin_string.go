package runtime

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
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
		if f := Arg(args, 0); !f.IsUndefined() {
			switch ToGoString(f) {
			case "NFC", "NFD", "NFKC", "NFKD":
			default:
				ThrowRangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
			}
		}
		if s.ascii {
			return s
		}
		if f := Arg(args, 0); !f.IsUndefined() && strings.HasSuffix(ToGoString(f), "D") {
			return Str(normalizeNFD(s.Text()))
		}
		return Str(normalizeNFC(s.Text()))
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
		return Str(strings.ToValidUTF8(thisString(this, "toWellFormed").Text(), "\uFFFD"))
	})
	DefineMethod(p, "match", 1, func(this Value, args []Value) Value {
		return stringRegExpMethod(this, Arg(args, 0), Undefined, SymMatch, "match", nil)
	})
	DefineMethod(p, "matchAll", 1, func(this Value, args []Value) Value {
		rx := Arg(args, 0)
		if ro := rx.Object(); ro != nil && ro.class == ClassRegExp && !strings.Contains(ToGoString(getV(rx, Key("flags"))), "g") {
			ThrowTypeError("String.prototype.matchAll called with a non-global RegExp argument")
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
	if o := v.Object(); o != nil {
		isRegExp := o.class == ClassRegExp
		if m := o.Get(SymbolKey(SymMatch), v); !m.IsUndefined() {
			isRegExp = ToBoolean(m)
		}
		if isRegExp {
			ThrowTypeError("First argument to String.prototype." + method + " must not be a regular expression")
		}
	}
	return ToString(v)
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
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		i += size
	}
	return Str(string(b))
}

// isFinalSigma reports whether the Σ at text[i:i+size] ends a word: a
// letter before it and none after.
func isFinalSigma(text string, i, size int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+size:])
	return i > 0 && unicode.IsLetter(before) && (i+size == len(text) || !unicode.IsLetter(after))
}

// upperSpecial is SpecialCasing.txt's unconditional uppercase mappings
// that expand to more than one character.
var upperSpecial = map[rune]string{
	'ß': "SS", 'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ",
	'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
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
			b = utf8.AppendRune(b, unicode.ToUpper(r))
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
		if combiningClass(r) != 0 && len(out) > 0 {
			last := &out[len(out)-1]
			last.accents = append(last.accents, r)
			continue
		}
		out = append(out, collationElement{primary: collationKey(r), upper: unicode.IsUpper(r)})
	}
	return out
}

func collationKey(r rune) int {
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
			if o := search.Object(); o != nil && o.class == ClassRegExp && !strings.Contains(ToGoString(getV(search, Key("flags"))), "g") {
				ThrowTypeError("String.prototype.replaceAll called with a non-global RegExp argument")
			}
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

// Normalization covers the precomposed letters of Latin, Greek and Cyrillic
// (U+00C0–U+04FF, U+1E00–U+1FFF) and Hangul syllables, where almost all
// real text needing it lies; other characters pass through unchanged, and
// the compatibility forms NFKC and NFKD are treated as NFC and NFD.

// canonicalPairs is the canonical decomposition of those letters one step
// at a time: triples of composite, first, second (0 for a singleton). It
// was generated with node: second is the last code point of
// c.normalize('NFD') and first is the rest normalized back to NFC.
const canonicalPairs = "" +
	"\u00c0\u0041\u0300\u00c1\u0041\u0301\u00c2\u0041\u0302\u00c3\u0041\u0303\u00c4\u0041\u0308" +
	"\u00c5\u0041\u030a\u00c7\u0043\u0327\u00c8\u0045\u0300\u00c9\u0045\u0301\u00ca\u0045\u0302" +
	"\u00cb\u0045\u0308\u00cc\u0049\u0300\u00cd\u0049\u0301\u00ce\u0049\u0302\u00cf\u0049\u0308" +
	"\u00d1\u004e\u0303\u00d2\u004f\u0300\u00d3\u004f\u0301\u00d4\u004f\u0302\u00d5\u004f\u0303" +
	"\u00d6\u004f\u0308\u00d9\u0055\u0300\u00da\u0055\u0301\u00db\u0055\u0302\u00dc\u0055\u0308" +
	"\u00dd\u0059\u0301\u00e0\u0061\u0300\u00e1\u0061\u0301\u00e2\u0061\u0302\u00e3\u0061\u0303" +
	"\u00e4\u0061\u0308\u00e5\u0061\u030a\u00e7\u0063\u0327\u00e8\u0065\u0300\u00e9\u0065\u0301" +
	"\u00ea\u0065\u0302\u00eb\u0065\u0308\u00ec\u0069\u0300\u00ed\u0069\u0301\u00ee\u0069\u0302" +
	"\u00ef\u0069\u0308\u00f1\u006e\u0303\u00f2\u006f\u0300\u00f3\u006f\u0301\u00f4\u006f\u0302" +
	"\u00f5\u006f\u0303\u00f6\u006f\u0308\u00f9\u0075\u0300\u00fa\u0075\u0301\u00fb\u0075\u0302" +
	"\u00fc\u0075\u0308\u00fd\u0079\u0301\u00ff\u0079\u0308\u0100\u0041\u0304\u0101\u0061\u0304" +
	"\u0102\u0041\u0306\u0103\u0061\u0306\u0104\u0041\u0328\u0105\u0061\u0328\u0106\u0043\u0301" +
	"\u0107\u0063\u0301\u0108\u0043\u0302\u0109\u0063\u0302\u010a\u0043\u0307\u010b\u0063\u0307" +
	"\u010c\u0043\u030c\u010d\u0063\u030c\u010e\u0044\u030c\u010f\u0064\u030c\u0112\u0045\u0304" +
	"\u0113\u0065\u0304\u0114\u0045\u0306\u0115\u0065\u0306\u0116\u0045\u0307\u0117\u0065\u0307" +
	"\u0118\u0045\u0328\u0119\u0065\u0328\u011a\u0045\u030c\u011b\u0065\u030c\u011c\u0047\u0302" +
	"\u011d\u0067\u0302\u011e\u0047\u0306\u011f\u0067\u0306\u0120\u0047\u0307\u0121\u0067\u0307" +
	"\u0122\u0047\u0327\u0123\u0067\u0327\u0124\u0048\u0302\u0125\u0068\u0302\u0128\u0049\u0303" +
	"\u0129\u0069\u0303\u012a\u0049\u0304\u012b\u0069\u0304\u012c\u0049\u0306\u012d\u0069\u0306" +
	"\u012e\u0049\u0328\u012f\u0069\u0328\u0130\u0049\u0307\u0134\u004a\u0302\u0135\u006a\u0302" +
	"\u0136\u004b\u0327\u0137\u006b\u0327\u0139\u004c\u0301\u013a\u006c\u0301\u013b\u004c\u0327" +
	"\u013c\u006c\u0327\u013d\u004c\u030c\u013e\u006c\u030c\u0143\u004e\u0301\u0144\u006e\u0301" +
	"\u0145\u004e\u0327\u0146\u006e\u0327\u0147\u004e\u030c\u0148\u006e\u030c\u014c\u004f\u0304" +
	"\u014d\u006f\u0304\u014e\u004f\u0306\u014f\u006f\u0306\u0150\u004f\u030b\u0151\u006f\u030b" +
	"\u0154\u0052\u0301\u0155\u0072\u0301\u0156\u0052\u0327\u0157\u0072\u0327\u0158\u0052\u030c" +
	"\u0159\u0072\u030c\u015a\u0053\u0301\u015b\u0073\u0301\u015c\u0053\u0302\u015d\u0073\u0302" +
	"\u015e\u0053\u0327\u015f\u0073\u0327\u0160\u0053\u030c\u0161\u0073\u030c\u0162\u0054\u0327" +
	"\u0163\u0074\u0327\u0164\u0054\u030c\u0165\u0074\u030c\u0168\u0055\u0303\u0169\u0075\u0303" +
	"\u016a\u0055\u0304\u016b\u0075\u0304\u016c\u0055\u0306\u016d\u0075\u0306\u016e\u0055\u030a" +
	"\u016f\u0075\u030a\u0170\u0055\u030b\u0171\u0075\u030b\u0172\u0055\u0328\u0173\u0075\u0328" +
	"\u0174\u0057\u0302\u0175\u0077\u0302\u0176\u0059\u0302\u0177\u0079\u0302\u0178\u0059\u0308" +
	"\u0179\u005a\u0301\u017a\u007a\u0301\u017b\u005a\u0307\u017c\u007a\u0307\u017d\u005a\u030c" +
	"\u017e\u007a\u030c\u01a0\u004f\u031b\u01a1\u006f\u031b\u01af\u0055\u031b\u01b0\u0075\u031b" +
	"\u01cd\u0041\u030c\u01ce\u0061\u030c\u01cf\u0049\u030c\u01d0\u0069\u030c\u01d1\u004f\u030c" +
	"\u01d2\u006f\u030c\u01d3\u0055\u030c\u01d4\u0075\u030c\u01d5\u00dc\u0304\u01d6\u00fc\u0304" +
	"\u01d7\u00dc\u0301\u01d8\u00fc\u0301\u01d9\u00dc\u030c\u01da\u00fc\u030c\u01db\u00dc\u0300" +
	"\u01dc\u00fc\u0300\u01de\u00c4\u0304\u01df\u00e4\u0304\u01e0\u0226\u0304\u01e1\u0227\u0304" +
	"\u01e2\u00c6\u0304\u01e3\u00e6\u0304\u01e6\u0047\u030c\u01e7\u0067\u030c\u01e8\u004b\u030c" +
	"\u01e9\u006b\u030c\u01ea\u004f\u0328\u01eb\u006f\u0328\u01ec\u01ea\u0304\u01ed\u01eb\u0304" +
	"\u01ee\u01b7\u030c\u01ef\u0292\u030c\u01f0\u006a\u030c\u01f4\u0047\u0301\u01f5\u0067\u0301" +
	"\u01f8\u004e\u0300\u01f9\u006e\u0300\u01fa\u00c5\u0301\u01fb\u00e5\u0301\u01fc\u00c6\u0301" +
	"\u01fd\u00e6\u0301\u01fe\u00d8\u0301\u01ff\u00f8\u0301\u0200\u0041\u030f\u0201\u0061\u030f" +
	"\u0202\u0041\u0311\u0203\u0061\u0311\u0204\u0045\u030f\u0205\u0065\u030f\u0206\u0045\u0311" +
	"\u0207\u0065\u0311\u0208\u0049\u030f\u0209\u0069\u030f\u020a\u0049\u0311\u020b\u0069\u0311" +
	"\u020c\u004f\u030f\u020d\u006f\u030f\u020e\u004f\u0311\u020f\u006f\u0311\u0210\u0052\u030f" +
	"\u0211\u0072\u030f\u0212\u0052\u0311\u0213\u0072\u0311\u0214\u0055\u030f\u0215\u0075\u030f" +
	"\u0216\u0055\u0311\u0217\u0075\u0311\u0218\u0053\u0326\u0219\u0073\u0326\u021a\u0054\u0326" +
	"\u021b\u0074\u0326\u021e\u0048\u030c\u021f\u0068\u030c\u0226\u0041\u0307\u0227\u0061\u0307" +
	"\u0228\u0045\u0327\u0229\u0065\u0327\u022a\u00d6\u0304\u022b\u00f6\u0304\u022c\u00d5\u0304" +
	"\u022d\u00f5\u0304\u022e\u004f\u0307\u022f\u006f\u0307\u0230\u022e\u0304\u0231\u022f\u0304" +
	"\u0232\u0059\u0304\u0233\u0079\u0304\u0374\u02b9\u0000\u037e\u003b\u0000\u0385\u00a8\u0301" +
	"\u0386\u0391\u0301\u0387\u00b7\u0000\u0388\u0395\u0301\u0389\u0397\u0301\u038a\u0399\u0301" +
	"\u038c\u039f\u0301\u038e\u03a5\u0301\u038f\u03a9\u0301\u0390\u03ca\u0301\u03aa\u0399\u0308" +
	"\u03ab\u03a5\u0308\u03ac\u03b1\u0301\u03ad\u03b5\u0301\u03ae\u03b7\u0301\u03af\u03b9\u0301" +
	"\u03b0\u03cb\u0301\u03ca\u03b9\u0308\u03cb\u03c5\u0308\u03cc\u03bf\u0301\u03cd\u03c5\u0301" +
	"\u03ce\u03c9\u0301\u03d3\u03d2\u0301\u03d4\u03d2\u0308\u0400\u0415\u0300\u0401\u0415\u0308" +
	"\u0403\u0413\u0301\u0407\u0406\u0308\u040c\u041a\u0301\u040d\u0418\u0300\u040e\u0423\u0306" +
	"\u0419\u0418\u0306\u0439\u0438\u0306\u0450\u0435\u0300\u0451\u0435\u0308\u0453\u0433\u0301" +
	"\u0457\u0456\u0308\u045c\u043a\u0301\u045d\u0438\u0300\u045e\u0443\u0306\u0476\u0474\u030f" +
	"\u0477\u0475\u030f\u04c1\u0416\u0306\u04c2\u0436\u0306\u04d0\u0410\u0306\u04d1\u0430\u0306" +
	"\u04d2\u0410\u0308\u04d3\u0430\u0308\u04d6\u0415\u0306\u04d7\u0435\u0306\u04da\u04d8\u0308" +
	"\u04db\u04d9\u0308\u04dc\u0416\u0308\u04dd\u0436\u0308\u04de\u0417\u0308\u04df\u0437\u0308" +
	"\u04e2\u0418\u0304\u04e3\u0438\u0304\u04e4\u0418\u0308\u04e5\u0438\u0308\u04e6\u041e\u0308" +
	"\u04e7\u043e\u0308\u04ea\u04e8\u0308\u04eb\u04e9\u0308\u04ec\u042d\u0308\u04ed\u044d\u0308" +
	"\u04ee\u0423\u0304\u04ef\u0443\u0304\u04f0\u0423\u0308\u04f1\u0443\u0308\u04f2\u0423\u030b" +
	"\u04f3\u0443\u030b\u04f4\u0427\u0308\u04f5\u0447\u0308\u04f8\u042b\u0308\u04f9\u044b\u0308" +
	"\u1e00\u0041\u0325\u1e01\u0061\u0325\u1e02\u0042\u0307\u1e03\u0062\u0307\u1e04\u0042\u0323" +
	"\u1e05\u0062\u0323\u1e06\u0042\u0331\u1e07\u0062\u0331\u1e08\u00c7\u0301\u1e09\u00e7\u0301" +
	"\u1e0a\u0044\u0307\u1e0b\u0064\u0307\u1e0c\u0044\u0323\u1e0d\u0064\u0323\u1e0e\u0044\u0331" +
	"\u1e0f\u0064\u0331\u1e10\u0044\u0327\u1e11\u0064\u0327\u1e12\u0044\u032d\u1e13\u0064\u032d" +
	"\u1e14\u0112\u0300\u1e15\u0113\u0300\u1e16\u0112\u0301\u1e17\u0113\u0301\u1e18\u0045\u032d" +
	"\u1e19\u0065\u032d\u1e1a\u0045\u0330\u1e1b\u0065\u0330\u1e1c\u0228\u0306\u1e1d\u0229\u0306" +
	"\u1e1e\u0046\u0307\u1e1f\u0066\u0307\u1e20\u0047\u0304\u1e21\u0067\u0304\u1e22\u0048\u0307" +
	"\u1e23\u0068\u0307\u1e24\u0048\u0323\u1e25\u0068\u0323\u1e26\u0048\u0308\u1e27\u0068\u0308" +
	"\u1e28\u0048\u0327\u1e29\u0068\u0327\u1e2a\u0048\u032e\u1e2b\u0068\u032e\u1e2c\u0049\u0330" +
	"\u1e2d\u0069\u0330\u1e2e\u00cf\u0301\u1e2f\u00ef\u0301\u1e30\u004b\u0301\u1e31\u006b\u0301" +
	"\u1e32\u004b\u0323\u1e33\u006b\u0323\u1e34\u004b\u0331\u1e35\u006b\u0331\u1e36\u004c\u0323" +
	"\u1e37\u006c\u0323\u1e38\u1e36\u0304\u1e39\u1e37\u0304\u1e3a\u004c\u0331\u1e3b\u006c\u0331" +
	"\u1e3c\u004c\u032d\u1e3d\u006c\u032d\u1e3e\u004d\u0301\u1e3f\u006d\u0301\u1e40\u004d\u0307" +
	"\u1e41\u006d\u0307\u1e42\u004d\u0323\u1e43\u006d\u0323\u1e44\u004e\u0307\u1e45\u006e\u0307" +
	"\u1e46\u004e\u0323\u1e47\u006e\u0323\u1e48\u004e\u0331\u1e49\u006e\u0331\u1e4a\u004e\u032d" +
	"\u1e4b\u006e\u032d\u1e4c\u00d5\u0301\u1e4d\u00f5\u0301\u1e4e\u00d5\u0308\u1e4f\u00f5\u0308" +
	"\u1e50\u014c\u0300\u1e51\u014d\u0300\u1e52\u014c\u0301\u1e53\u014d\u0301\u1e54\u0050\u0301" +
	"\u1e55\u0070\u0301\u1e56\u0050\u0307\u1e57\u0070\u0307\u1e58\u0052\u0307\u1e59\u0072\u0307" +
	"\u1e5a\u0052\u0323\u1e5b\u0072\u0323\u1e5c\u1e5a\u0304\u1e5d\u1e5b\u0304\u1e5e\u0052\u0331" +
	"\u1e5f\u0072\u0331\u1e60\u0053\u0307\u1e61\u0073\u0307\u1e62\u0053\u0323\u1e63\u0073\u0323" +
	"\u1e64\u015a\u0307\u1e65\u015b\u0307\u1e66\u0160\u0307\u1e67\u0161\u0307\u1e68\u1e62\u0307" +
	"\u1e69\u1e63\u0307\u1e6a\u0054\u0307\u1e6b\u0074\u0307\u1e6c\u0054\u0323\u1e6d\u0074\u0323" +
	"\u1e6e\u0054\u0331\u1e6f\u0074\u0331\u1e70\u0054\u032d\u1e71\u0074\u032d\u1e72\u0055\u0324" +
	"\u1e73\u0075\u0324\u1e74\u0055\u0330\u1e75\u0075\u0330\u1e76\u0055\u032d\u1e77\u0075\u032d" +
	"\u1e78\u0168\u0301\u1e79\u0169\u0301\u1e7a\u016a\u0308\u1e7b\u016b\u0308\u1e7c\u0056\u0303" +
	"\u1e7d\u0076\u0303\u1e7e\u0056\u0323\u1e7f\u0076\u0323\u1e80\u0057\u0300\u1e81\u0077\u0300" +
	"\u1e82\u0057\u0301\u1e83\u0077\u0301\u1e84\u0057\u0308\u1e85\u0077\u0308\u1e86\u0057\u0307" +
	"\u1e87\u0077\u0307\u1e88\u0057\u0323\u1e89\u0077\u0323\u1e8a\u0058\u0307\u1e8b\u0078\u0307" +
	"\u1e8c\u0058\u0308\u1e8d\u0078\u0308\u1e8e\u0059\u0307\u1e8f\u0079\u0307\u1e90\u005a\u0302" +
	"\u1e91\u007a\u0302\u1e92\u005a\u0323\u1e93\u007a\u0323\u1e94\u005a\u0331\u1e95\u007a\u0331" +
	"\u1e96\u0068\u0331\u1e97\u0074\u0308\u1e98\u0077\u030a\u1e99\u0079\u030a\u1e9b\u017f\u0307" +
	"\u1ea0\u0041\u0323\u1ea1\u0061\u0323\u1ea2\u0041\u0309\u1ea3\u0061\u0309\u1ea4\u00c2\u0301" +
	"\u1ea5\u00e2\u0301\u1ea6\u00c2\u0300\u1ea7\u00e2\u0300\u1ea8\u00c2\u0309\u1ea9\u00e2\u0309" +
	"\u1eaa\u00c2\u0303\u1eab\u00e2\u0303\u1eac\u1ea0\u0302\u1ead\u1ea1\u0302\u1eae\u0102\u0301" +
	"\u1eaf\u0103\u0301\u1eb0\u0102\u0300\u1eb1\u0103\u0300\u1eb2\u0102\u0309\u1eb3\u0103\u0309" +
	"\u1eb4\u0102\u0303\u1eb5\u0103\u0303\u1eb6\u1ea0\u0306\u1eb7\u1ea1\u0306\u1eb8\u0045\u0323" +
	"\u1eb9\u0065\u0323\u1eba\u0045\u0309\u1ebb\u0065\u0309\u1ebc\u0045\u0303\u1ebd\u0065\u0303" +
	"\u1ebe\u00ca\u0301\u1ebf\u00ea\u0301\u1ec0\u00ca\u0300\u1ec1\u00ea\u0300\u1ec2\u00ca\u0309" +
	"\u1ec3\u00ea\u0309\u1ec4\u00ca\u0303\u1ec5\u00ea\u0303\u1ec6\u1eb8\u0302\u1ec7\u1eb9\u0302" +
	"\u1ec8\u0049\u0309\u1ec9\u0069\u0309\u1eca\u0049\u0323\u1ecb\u0069\u0323\u1ecc\u004f\u0323" +
	"\u1ecd\u006f\u0323\u1ece\u004f\u0309\u1ecf\u006f\u0309\u1ed0\u00d4\u0301\u1ed1\u00f4\u0301" +
	"\u1ed2\u00d4\u0300\u1ed3\u00f4\u0300\u1ed4\u00d4\u0309\u1ed5\u00f4\u0309\u1ed6\u00d4\u0303" +
	"\u1ed7\u00f4\u0303\u1ed8\u1ecc\u0302\u1ed9\u1ecd\u0302\u1eda\u01a0\u0301\u1edb\u01a1\u0301" +
	"\u1edc\u01a0\u0300\u1edd\u01a1\u0300\u1ede\u01a0\u0309\u1edf\u01a1\u0309\u1ee0\u01a0\u0303" +
	"\u1ee1\u01a1\u0303\u1ee2\u01a0\u0323\u1ee3\u01a1\u0323\u1ee4\u0055\u0323\u1ee5\u0075\u0323" +
	"\u1ee6\u0055\u0309\u1ee7\u0075\u0309\u1ee8\u01af\u0301\u1ee9\u01b0\u0301\u1eea\u01af\u0300" +
	"\u1eeb\u01b0\u0300\u1eec\u01af\u0309\u1eed\u01b0\u0309\u1eee\u01af\u0303\u1eef\u01b0\u0303" +
	"\u1ef0\u01af\u0323\u1ef1\u01b0\u0323\u1ef2\u0059\u0300\u1ef3\u0079\u0300\u1ef4\u0059\u0323" +
	"\u1ef5\u0079\u0323\u1ef6\u0059\u0309\u1ef7\u0079\u0309\u1ef8\u0059\u0303\u1ef9\u0079\u0303" +
	"\u1f00\u03b1\u0313\u1f01\u03b1\u0314\u1f02\u1f00\u0300\u1f03\u1f01\u0300\u1f04\u1f00\u0301" +
	"\u1f05\u1f01\u0301\u1f06\u1f00\u0342\u1f07\u1f01\u0342\u1f08\u0391\u0313\u1f09\u0391\u0314" +
	"\u1f0a\u1f08\u0300\u1f0b\u1f09\u0300\u1f0c\u1f08\u0301\u1f0d\u1f09\u0301\u1f0e\u1f08\u0342" +
	"\u1f0f\u1f09\u0342\u1f10\u03b5\u0313\u1f11\u03b5\u0314\u1f12\u1f10\u0300\u1f13\u1f11\u0300" +
	"\u1f14\u1f10\u0301\u1f15\u1f11\u0301\u1f18\u0395\u0313\u1f19\u0395\u0314\u1f1a\u1f18\u0300" +
	"\u1f1b\u1f19\u0300\u1f1c\u1f18\u0301\u1f1d\u1f19\u0301\u1f20\u03b7\u0313\u1f21\u03b7\u0314" +
	"\u1f22\u1f20\u0300\u1f23\u1f21\u0300\u1f24\u1f20\u0301\u1f25\u1f21\u0301\u1f26\u1f20\u0342" +
	"\u1f27\u1f21\u0342\u1f28\u0397\u0313\u1f29\u0397\u0314\u1f2a\u1f28\u0300\u1f2b\u1f29\u0300" +
	"\u1f2c\u1f28\u0301\u1f2d\u1f29\u0301\u1f2e\u1f28\u0342\u1f2f\u1f29\u0342\u1f30\u03b9\u0313" +
	"\u1f31\u03b9\u0314\u1f32\u1f30\u0300\u1f33\u1f31\u0300\u1f34\u1f30\u0301\u1f35\u1f31\u0301" +
	"\u1f36\u1f30\u0342\u1f37\u1f31\u0342\u1f38\u0399\u0313\u1f39\u0399\u0314\u1f3a\u1f38\u0300" +
	"\u1f3b\u1f39\u0300\u1f3c\u1f38\u0301\u1f3d\u1f39\u0301\u1f3e\u1f38\u0342\u1f3f\u1f39\u0342" +
	"\u1f40\u03bf\u0313\u1f41\u03bf\u0314\u1f42\u1f40\u0300\u1f43\u1f41\u0300\u1f44\u1f40\u0301" +
	"\u1f45\u1f41\u0301\u1f48\u039f\u0313\u1f49\u039f\u0314\u1f4a\u1f48\u0300\u1f4b\u1f49\u0300" +
	"\u1f4c\u1f48\u0301\u1f4d\u1f49\u0301\u1f50\u03c5\u0313\u1f51\u03c5\u0314\u1f52\u1f50\u0300" +
	"\u1f53\u1f51\u0300\u1f54\u1f50\u0301\u1f55\u1f51\u0301\u1f56\u1f50\u0342\u1f57\u1f51\u0342" +
	"\u1f59\u03a5\u0314\u1f5b\u1f59\u0300\u1f5d\u1f59\u0301\u1f5f\u1f59\u0342\u1f60\u03c9\u0313" +
	"\u1f61\u03c9\u0314\u1f62\u1f60\u0300\u1f63\u1f61\u0300\u1f64\u1f60\u0301\u1f65\u1f61\u0301" +
	"\u1f66\u1f60\u0342\u1f67\u1f61\u0342\u1f68\u03a9\u0313\u1f69\u03a9\u0314\u1f6a\u1f68\u0300" +
	"\u1f6b\u1f69\u0300\u1f6c\u1f68\u0301\u1f6d\u1f69\u0301\u1f6e\u1f68\u0342\u1f6f\u1f69\u0342" +
	"\u1f70\u03b1\u0300\u1f71\u03ac\u0000\u1f72\u03b5\u0300\u1f73\u03ad\u0000\u1f74\u03b7\u0300" +
	"\u1f75\u03ae\u0000\u1f76\u03b9\u0300\u1f77\u03af\u0000\u1f78\u03bf\u0300\u1f79\u03cc\u0000" +
	"\u1f7a\u03c5\u0300\u1f7b\u03cd\u0000\u1f7c\u03c9\u0300\u1f7d\u03ce\u0000\u1f80\u1f00\u0345" +
	"\u1f81\u1f01\u0345\u1f82\u1f02\u0345\u1f83\u1f03\u0345\u1f84\u1f04\u0345\u1f85\u1f05\u0345" +
	"\u1f86\u1f06\u0345\u1f87\u1f07\u0345\u1f88\u1f08\u0345\u1f89\u1f09\u0345\u1f8a\u1f0a\u0345" +
	"\u1f8b\u1f0b\u0345\u1f8c\u1f0c\u0345\u1f8d\u1f0d\u0345\u1f8e\u1f0e\u0345\u1f8f\u1f0f\u0345" +
	"\u1f90\u1f20\u0345\u1f91\u1f21\u0345\u1f92\u1f22\u0345\u1f93\u1f23\u0345\u1f94\u1f24\u0345" +
	"\u1f95\u1f25\u0345\u1f96\u1f26\u0345\u1f97\u1f27\u0345\u1f98\u1f28\u0345\u1f99\u1f29\u0345" +
	"\u1f9a\u1f2a\u0345\u1f9b\u1f2b\u0345\u1f9c\u1f2c\u0345\u1f9d\u1f2d\u0345\u1f9e\u1f2e\u0345" +
	"\u1f9f\u1f2f\u0345\u1fa0\u1f60\u0345\u1fa1\u1f61\u0345\u1fa2\u1f62\u0345\u1fa3\u1f63\u0345" +
	"\u1fa4\u1f64\u0345\u1fa5\u1f65\u0345\u1fa6\u1f66\u0345\u1fa7\u1f67\u0345\u1fa8\u1f68\u0345" +
	"\u1fa9\u1f69\u0345\u1faa\u1f6a\u0345\u1fab\u1f6b\u0345\u1fac\u1f6c\u0345\u1fad\u1f6d\u0345" +
	"\u1fae\u1f6e\u0345\u1faf\u1f6f\u0345\u1fb0\u03b1\u0306\u1fb1\u03b1\u0304\u1fb2\u1f70\u0345" +
	"\u1fb3\u03b1\u0345\u1fb4\u03ac\u0345\u1fb6\u03b1\u0342\u1fb7\u1fb6\u0345\u1fb8\u0391\u0306" +
	"\u1fb9\u0391\u0304\u1fba\u0391\u0300\u1fbb\u0386\u0000\u1fbc\u0391\u0345\u1fbe\u03b9\u0000" +
	"\u1fc1\u00a8\u0342\u1fc2\u1f74\u0345\u1fc3\u03b7\u0345\u1fc4\u03ae\u0345\u1fc6\u03b7\u0342" +
	"\u1fc7\u1fc6\u0345\u1fc8\u0395\u0300\u1fc9\u0388\u0000\u1fca\u0397\u0300\u1fcb\u0389\u0000" +
	"\u1fcc\u0397\u0345\u1fcd\u1fbf\u0300\u1fce\u1fbf\u0301\u1fcf\u1fbf\u0342\u1fd0\u03b9\u0306" +
	"\u1fd1\u03b9\u0304\u1fd2\u03ca\u0300\u1fd3\u0390\u0000\u1fd6\u03b9\u0342\u1fd7\u03ca\u0342" +
	"\u1fd8\u0399\u0306\u1fd9\u0399\u0304\u1fda\u0399\u0300\u1fdb\u038a\u0000\u1fdd\u1ffe\u0300" +
	"\u1fde\u1ffe\u0301\u1fdf\u1ffe\u0342\u1fe0\u03c5\u0306\u1fe1\u03c5\u0304\u1fe2\u03cb\u0300" +
	"\u1fe3\u03b0\u0000\u1fe4\u03c1\u0313\u1fe5\u03c1\u0314\u1fe6\u03c5\u0342\u1fe7\u03cb\u0342" +
	"\u1fe8\u03a5\u0306\u1fe9\u03a5\u0304\u1fea\u03a5\u0300\u1feb\u038e\u0000\u1fec\u03a1\u0314" +
	"\u1fed\u00a8\u0300\u1fee\u0385\u0000\u1fef\u0060\u0000\u1ff2\u1f7c\u0345\u1ff3\u03c9\u0345" +
	"\u1ff4\u03ce\u0345\u1ff6\u03c9\u0342\u1ff7\u1ff6\u0345\u1ff8\u039f\u0300\u1ff9\u038c\u0000" +
	"\u1ffa\u03a9\u0300\u1ffb\u038f\u0000\u1ffc\u03a9\u0345\u1ffd\u00b4\u0000"

var (
	canonicalDecomposition = map[rune][2]rune{}
	canonicalComposition   = map[[2]rune]rune{}
)

func init() {
	pairs := []rune(canonicalPairs)
	for i := 0; i+2 < len(pairs); i += 3 {
		c, first, second := pairs[i], pairs[i+1], pairs[i+2]
		canonicalDecomposition[c] = [2]rune{first, second}
		if second != 0 {
			canonicalComposition[[2]rune{first, second}] = c
		}
	}
}

const (
	hangulSBase, hangulLBase, hangulVBase, hangulTBase = 0xac00, 0x1100, 0x1161, 0x11a7
	hangulLCount, hangulVCount, hangulTCount           = 19, 21, 28
	hangulNCount                                       = hangulVCount * hangulTCount
	hangulSCount                                       = hangulLCount * hangulNCount
)

// combiningClass approximates the canonical combining class of the marks
// the table uses (U+0300–U+0345); everything else is a starter.
func combiningClass(r rune) int {
	switch {
	case r < 0x300 || r > 0x345:
		return 0
	case r == 0x31b:
		return 216
	case r == 0x321 || r == 0x322 || r == 0x327 || r == 0x328:
		return 202
	case r >= 0x316 && r <= 0x333 && r != 0x31a:
		return 220
	case r == 0x345:
		return 240
	}
	return 230
}

func decomposeRune(r rune, out []rune) []rune {
	if s := r - hangulSBase; s >= 0 && s < hangulSCount {
		out = append(out, hangulLBase+s/hangulNCount, hangulVBase+s%hangulNCount/hangulTCount)
		if t := s % hangulTCount; t != 0 {
			out = append(out, hangulTBase+t)
		}
		return out
	}
	d, ok := canonicalDecomposition[r]
	if !ok {
		return append(out, r)
	}
	out = decomposeRune(d[0], out)
	if d[1] != 0 {
		out = append(out, d[1])
	}
	return out
}

// decomposeText is the canonical decomposition of WTF-8 text with marks
// in canonical order; lone surrogates pass through as themselves.
func decomposeText(s string) []rune {
	var out []rune
	for i := 0; i < len(s); {
		if i+2 < len(s) {
			if u, ok := decodeSurrogate(s[i], s[i+1], s[i+2]); ok {
				out = append(out, rune(u))
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		out = decomposeRune(r, out)
		i += size
	}
	// Canonical ordering: a stable sort of each run of marks by class.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && combiningClass(out[j]) != 0 && combiningClass(out[j-1]) > combiningClass(out[j]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func runesToWTF8(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		if r >= 0xd800 && r <= 0xdfff {
			b = append(b, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

func normalizeNFD(s string) string { return runesToWTF8(decomposeText(s)) }

func normalizeNFC(s string) string {
	d := decomposeText(s)
	out := d[:0]
	starter, lastClass := -1, 0
	for _, r := range d {
		cc := combiningClass(r)
		if starter >= 0 && (len(out)-1 == starter || lastClass != 0 && lastClass < cc) {
			if c, ok := composePair(out[starter], r); ok {
				out[starter] = c
				continue
			}
		}
		if cc == 0 {
			starter, lastClass = len(out), 0
		} else {
			lastClass = cc
		}
		out = append(out, r)
	}
	return runesToWTF8(out)
}

// composePair is the primary composite of a and b, if there is one.
func composePair(a, b rune) (rune, bool) {
	if l, v := a-hangulLBase, b-hangulVBase; l >= 0 && l < hangulLCount && v >= 0 && v < hangulVCount {
		return hangulSBase + (l*hangulVCount+v)*hangulTCount, true
	}
	if s, t := a-hangulSBase, b-hangulTBase; s >= 0 && s < hangulSCount && s%hangulTCount == 0 && t > 0 && t < hangulTCount {
		return a + t, true
	}
	c, ok := canonicalComposition[[2]rune{a, b}]
	return c, ok
}
