package runtime

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestStringMethods(t *testing.T) {
	s := func(x string) Value { return Str(x) }
	str := ObjectValue(StringConstructor)
	upper := jsFunc(func(a []Value) Value { return stringToUpper(a[0]) })
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"'😀a'.length", func() Value { return getV(s("😀a"), Key("length")) }, "3"},
		{"'abc'.at(-1)", func() Value { return callJS(s("abc"), "at", -1) }, "\"c\""},
		{"'😀'.charAt(1).charCodeAt(0)", func() Value { return callJS(callJS(s("😀"), "charAt", 1), "charCodeAt", 0) }, "56832"},
		{"'😀'.codePointAt(0)", func() Value { return callJS(s("😀"), "codePointAt", 0) }, "128512"},
		{"'😀'.codePointAt(1)", func() Value { return callJS(s("😀"), "codePointAt", 1) }, "56832"},
		{"'a'.concat(1, null)", func() Value { return callJS(s("a"), "concat", 1, Null) }, "\"a1null\""},
		{"'abc'.endsWith('b', 2)", func() Value { return callJS(s("abc"), "endsWith", "b", 2) }, "true"},
		{"'abc'.startsWith('b', 1)", func() Value { return callJS(s("abc"), "startsWith", "b", 1) }, "true"},
		{"'a😀b'.includes('b')", func() Value { return callJS(s("a😀b"), "includes", "b") }, "true"},
		{"'a😀b😀'.indexOf('😀', 2)", func() Value { return callJS(s("a😀b😀"), "indexOf", "😀", 2) }, "4"},
		{"'abcabc'.lastIndexOf('c')", func() Value { return callJS(s("abcabc"), "lastIndexOf", "c") }, "5"},
		{"'abcabc'.lastIndexOf('c', 3)", func() Value { return callJS(s("abcabc"), "lastIndexOf", "c", 3) }, "2"},
		{"'abc'.indexOf('')", func() Value { return callJS(s("abc"), "indexOf", "") }, "0"},
		{"'abc'.padStart(6, '12')", func() Value { return callJS(s("abc"), "padStart", 6, "12") }, "\"121abc\""},
		{"'abc'.padEnd(5)", func() Value { return callJS(s("abc"), "padEnd", 5) }, "\"abc  \""},
		{"'ab'.repeat(3)", func() Value { return callJS(s("ab"), "repeat", 3) }, "\"ababab\""},
		{"'hello'.slice(-3, -1)", func() Value { return callJS(s("hello"), "slice", -3, -1) }, "\"ll\""},
		{"'hello'.substring(3, 1)", func() Value { return callJS(s("hello"), "substring", 3, 1) }, "\"el\""},
		{"'hello'.substr(-3, 2)", func() Value { return callJS(s("hello"), "substr", -3, 2) }, "\"ll\""},
		{"'a,b,,c'.split(',')", func() Value { return callJS(s("a,b,,c"), "split", ",") }, "[\"a\",\"b\",\"\",\"c\"]"},
		{"'a,b,c'.split(',', 2)", func() Value { return callJS(s("a,b,c"), "split", ",", 2) }, "[\"a\",\"b\"]"},
		{"'a😀'.split('').map(c => c.charCodeAt(0))", func() Value {
			return callJS(callJS(s("a😀"), "split", ""), "map", jsFunc(func(a []Value) Value { return Int(int(a[0].CharCodeAt(0))) }))
		}, "[97,55357,56832]"},
		{"'abc'.split()", func() Value { return callJS(s("abc"), "split") }, "[\"abc\"]"},
		{"'é😀ß'.toUpperCase()", func() Value { return callJS(s("é😀ß"), "toUpperCase") }, "\"É😀SS\""},
		{"'ΑΣ Σ'.toLowerCase()", func() Value { return callJS(s("ΑΣ Σ"), "toLowerCase") }, "\"ας σ\""},
		{"' \\t\\u00a0x\\n '.trim()", func() Value { return callJS(s(" \t\u00a0x\n "), "trim") }, "\"x\""},
		{"'  x '.trimStart()", func() Value { return callJS(s("  x "), "trimStart") }, "\"x \""},
		{"'  x '.trimEnd()", func() Value { return callJS(s("  x "), "trimEnd") }, "\"  x\""},
		{"'aXbX'.replace('X', '[$&$`]')", func() Value { return callJS(s("aXbX"), "replace", "X", "[$&$`]") }, "\"a[Xa]bX\""},
		{"'aXbX'.replaceAll('X', (m, i) => i)", func() Value {
			return callJS(s("aXbX"), "replaceAll", "X", jsFunc(func(a []Value) Value { return a[1] }))
		}, "\"a1b3\""},
		{"'abc'.replaceAll('', '-')", func() Value { return callJS(s("abc"), "replaceAll", "", "-") }, "\"-a-b-c-\""},
		{"'x'.replace('x', '$$ $1 $<n>')", func() Value { return callJS(s("x"), "replace", "x", "$$ $1 $<n>") }, "\"$ $1 $<n>\""},
		{"[...'a😀b']", func() Value { return callJS(ObjectValue(ArrayConstructor), "from", "a😀b") }, "[\"a\",\"😀\",\"b\"]"},
		{"'a'.localeCompare('B')", func() Value { return callJS(s("a"), "localeCompare", "B") }, "-1"},
		{"'a'.localeCompare('A')", func() Value { return callJS(s("a"), "localeCompare", "A") }, "-1"},
		{"'b'.localeCompare('a')", func() Value { return callJS(s("b"), "localeCompare", "a") }, "1"},
		{"'a'.localeCompare('a')", func() Value { return callJS(s("a"), "localeCompare", "a") }, "0"},
		{"'_'.localeCompare('1')", func() Value { return callJS(s("_"), "localeCompare", "1") }, "-1"},
		{"['résumé','resume','Resume','rèsume','resumes','Zoë','zoe','apple','Äpfel','ábc','abd'].sort((a, b) => a.localeCompare(b))", func() Value {
			return callJS(toJS([]any{"résumé", "resume", "Resume", "rèsume", "resumes", "Zoë", "zoe", "apple", "Äpfel", "ábc", "abd"}), "sort",
				jsFunc(func(a []Value) Value { return callJS(a[0], "localeCompare", a[1]) }))
		}, "[\"ábc\",\"abd\",\"Äpfel\",\"apple\",\"resume\",\"Resume\",\"résumé\",\"rèsume\",\"resumes\",\"zoe\",\"Zoë\"]"},
		{"['ä'.localeCompare('a\\u0308'), 'a b'.localeCompare('ab'), '10'.localeCompare('9'), ''.localeCompare('a')]", func() Value {
			return toJS([]any{callJS(s("ä"), "localeCompare", "a\u0308"), callJS(s("a b"), "localeCompare", "ab"), callJS(s("10"), "localeCompare", "9"), callJS(s(""), "localeCompare", "a")})
		}, "[0,-1,-1,-1]"},
		{"['_a','a','-a','.a','1a','Aa','aa','a\\u00adb','ab','$x','\u20acx','(x','a\\u00a0c','a b'].sort((x, y) => x.localeCompare(y))", func() Value {
			return callJS(toJS([]any{"_a", "a", "-a", ".a", "1a", "Aa", "aa", "a\u00adb", "ab", "$x", "\u20acx", "(x", "a\u00a0c", "a b"}), "sort",
				jsFunc(func(a []Value) Value { return callJS(a[0], "localeCompare", a[1]) }))
		}, "[\"_a\",\"-a\",\".a\",\"(x\",\"$x\",\"\u20acx\",\"1a\",\"a\",\"a b\",\"a\u00a0c\",\"aa\",\"Aa\",\"a\u00adb\",\"ab\"]"},
		{"['\u00df'.localeCompare('ss'), 'Stra\u00dfe'.localeCompare('strasse'), '\u00df'.localeCompare('st')]", func() Value {
			return toJS([]any{callJS(s("\u00df"), "localeCompare", "ss"), callJS(s("Stra\u00dfe"), "localeCompare", "strasse"), callJS(s("\u00df"), "localeCompare", "st")})
		}, "[1,1,-1]"},
		{"'a\\u00a0b'.localeCompare('a c')", func() Value { return callJS(s("a\u00a0b"), "localeCompare", "a c") }, "-1"},
		{"'\\u0390'.toUpperCase() === '\\u0399\\u0308\\u0301'", func() Value { return Bool(StrictEquals(callJS(s("\u0390"), "toUpperCase"), s("\u0399\u0308\u0301"))) }, "true"},
		{"'\\u1f80\\ufb13'.toUpperCase() === '\\u1f08\\u0399\\u0544\\u0546'", func() Value {
			return Bool(StrictEquals(callJS(s("\u1f80\ufb13"), "toUpperCase"), s("\u1f08\u0399\u0544\u0546")))
		}, "true"},
		{"['\\u0391\\u0345\\u03a3', 'A\\u03a3.b', 'A\\u03a3\\u0345', 'A.\\u03a3', '1\\u03a3', '\\u038c\\u03a3\\u039f\\u03a3 \\u03a3\\u0391\\u03a3.'].join('|').toLowerCase()", func() Value {
			return callJS(s("\u0391\u0345\u03a3|A\u03a3.b|A\u03a3\u0345|A.\u03a3|1\u03a3|\u038c\u03a3\u039f\u03a3 \u03a3\u0391\u03a3."), "toLowerCase")
		}, "\"\u03b1\u0345\u03c2|a\u03c3.b|a\u03c2\u0345|a.\u03c2|1\u03c3|\u03cc\u03c3\u03bf\u03c2 \u03c3\u03b1\u03c2.\""},
		{"''.replaceAll({[Symbol.match]: true, flags: undefined}, '')", func() Value {
			o := NewPlainObject()
			o.Set(SymbolKey(SymMatch), True, ObjectValue(o))
			o.Set(Key("flags"), Undefined, ObjectValue(o))
			return callJS(s(""), "replaceAll", ObjectValue(o), "")
		}, "threw TypeError: String.prototype.replaceAll called on null or undefined"},
		{"''.matchAll({[Symbol.match]: true, flags: null})", func() Value {
			o := NewPlainObject()
			o.Set(SymbolKey(SymMatch), True, ObjectValue(o))
			o.Set(Key("flags"), Null, ObjectValue(o))
			return callJS(s(""), "matchAll", ObjectValue(o))
		}, "threw TypeError: The .flags property of the argument to String.prototype.matchAll cannot be null or undefined"},
		{"'a.b'.replaceAll({[Symbol.match]: true, flags: 'x'}, '-')", func() Value {
			o := NewPlainObject()
			o.Set(SymbolKey(SymMatch), True, ObjectValue(o))
			o.Set(Key("flags"), s("x"), ObjectValue(o))
			return callJS(s("a.b"), "replaceAll", ObjectValue(o), "-")
		}, "threw TypeError: String.prototype.replaceAll called with a non-global RegExp argument"},
		{"'\\u019b\\ua7cd\\u{10d70}'.toUpperCase() === '\\ua7dc\\ua7cc\\u{10d50}'", func() Value {
			return Bool(StrictEquals(callJS(s("\u019b\ua7cd\U00010d70"), "toUpperCase"), s("\ua7dc\ua7cc\U00010d50")))
		}, "true"},
		{"'\\u1c89\\ua7d4\\u{16ea0}'.toLowerCase() === '\\u1c8a\\ua7d5\\u{16ebb}'", func() Value {
			return Bool(StrictEquals(callJS(s("\u1c89\ua7d4\U00016ea0"), "toLowerCase"), s("\u1c8a\ua7d5\U00016ebb")))
		}, "true"},
		{"String.fromCharCode(0xd83d, 0xde00, 65)", func() Value { return callJS(str, "fromCharCode", 0xd83d, 0xde00, 65) }, "\"😀A\""},
		{"String.fromCodePoint(0x1f600, 97)", func() Value { return callJS(str, "fromCodePoint", 0x1f600, 97) }, "\"😀a\""},
		{"String.raw({raw: ['a', 'b', 'c']}, 1)", func() Value {
			o := NewPlainObject()
			o.CreateDataProperty(Key("raw"), toJS([]any{"a", "b", "c"}))
			return callJS(str, "raw", ObjectValue(o), 1)
		}, "\"a1bc\""},
		{"'x'.anchor('a\"b') + 'x'.fontsize(7) + 'x'.bold()", func() Value {
			return Concat(callJS(s("x"), "anchor", `a"b`), Concat(callJS(s("x"), "fontsize", 7), callJS(s("x"), "bold")))
		}, "\"<a name=\"a&quot;b\">x</a><font size=\"7\">x</font><b>x</b>\""},
		{"String(Symbol('s'))", func() Value { return Call(str, Undefined, SymbolValue(NewSymbol("s"))) }, "\"Symbol(s)\""},
		{"new String('ab').length", func() Value { return getV(Construct(str, nil, Str("ab")), Key("length")) }, "2"},
		{"new String('ab').toString()", func() Value { return callJS(Construct(str, nil, Str("ab")), "toString") }, "\"ab\""},
		{"'\\ud800'.isWellFormed()", func() Value { return callJS(Str16([]uint16{0xd800}), "isWellFormed") }, "false"},
		{"['b', 'a'].map(upper)", func() Value { return callJS(toJS([]any{"b", "a"}), "map", upper) }, "[\"B\",\"A\"]"},
		{"'ab'.normalize('NFC')", func() Value { return callJS(s("ab"), "normalize", "NFC") }, "\"ab\""},
		{"'héllo'.normalize('NFD').length", func() Value { return getV(callJS(s("héllo"), "normalize", "NFD"), Key("length")) }, "6"},
		{"'Crème Brûlée'.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '')", func() Value {
			return callJS(callJS(s("Crème Brûlée"), "normalize", "NFD"), "replace", ObjectValue(NewRegExp(`[\u0300-\u036f]`, "g")), "")
		}, "\"Creme Brulee\""},
		{"'e\\u0302\\u0323'.normalize() === '\\u1ec7'", func() Value { return Bool(StrictEquals(callJS(s("e\u0302\u0323"), "normalize"), s("\u1ec7"))) }, "true"},
		{"'\\u1ec7'.normalize('NFD').length", func() Value { return getV(callJS(s("\u1ec7"), "normalize", "NFD"), Key("length")) }, "3"},
		{"'\\u1100\\u1161\\u11a8'.normalize() === '\\uac01'", func() Value { return Bool(StrictEquals(callJS(s("\u1100\u1161\u11a8"), "normalize"), s("\uac01"))) }, "true"},
		{"'\\uac01'.normalize('NFD').length", func() Value { return getV(callJS(s("\uac01"), "normalize", "NFD"), Key("length")) }, "3"},
		{"'\\u1f71'.normalize() === '\\u03ac'", func() Value { return Bool(StrictEquals(callJS(s("\u1f71"), "normalize"), s("\u03ac"))) }, "true"},
		{"'A\\u030a'.normalize() === '\\u00c5'", func() Value { return Bool(StrictEquals(callJS(s("A\u030a"), "normalize"), s("\u00c5"))) }, "true"},
		{"'\\ufb01'.normalize('NFKC')", func() Value { return callJS(s("\ufb01"), "normalize", "NFKC") }, "\"fi\""},
		{"'x\\u00b2\\u2460\\uff21'.normalize('NFKD')", func() Value { return callJS(s("x\u00b2\u2460\uff21"), "normalize", "NFKD") }, "\"x21A\""},
		{"'\\u1e9b\\u0323'.normalize('NFKC') === '\\u1e69'", func() Value { return Bool(StrictEquals(callJS(s("\u1e9b\u0323"), "normalize", "NFKC"), s("\u1e69"))) }, "true"},
		{"'\\u1e9b\\u0323'.normalize('NFKD').length", func() Value { return getV(callJS(s("\u1e9b\u0323"), "normalize", "NFKD"), Key("length")) }, "3"},
		{"'\\ud800e\\u0301'.normalize('NFD').length", func() Value {
			return getV(callJS(Str16([]uint16{0xd800, 'e', 0x301}), "normalize", "NFD"), Key("length"))
		}, "3"},
		{"'\\ud800e\\u0301'.normalize().charCodeAt(0)", func() Value { return callJS(callJS(Str16([]uint16{0xd800, 'e', 0x301}), "normalize"), "charCodeAt", 0) }, "55296"},
		{"'\\ud800e\\u0301'.normalize().charCodeAt(1)", func() Value { return callJS(callJS(Str16([]uint16{0xd800, 'e', 0x301}), "normalize"), "charCodeAt", 1) }, "233"},
		{"'\\udc00\\ud800x'.toWellFormed()", func() Value { return callJS(Str16([]uint16{0xdc00, 0xd800, 'x'}), "toWellFormed") }, "\"\ufffd\ufffdx\""},
		{"'\\ud83d\\ude00\\ud800'.toWellFormed()", func() Value { return callJS(Str16([]uint16{0xd83d, 0xde00, 0xd800}), "toWellFormed") }, "\"\U0001f600\ufffd\""},
		{"'a'.normalize('nfc')", func() Value { return callJS(s("a"), "normalize", "nfc") }, "threw RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD."},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

func TestStringErrors(t *testing.T) {
	for _, c := range []struct {
		js   string
		f    func()
		want string
	}{
		{"'a'.repeat(-1)", func() { callJS(Str("a"), "repeat", -1) }, "RangeError: Invalid count value: -1"},
		{"String.prototype.trim.call(null)", func() { Call(getV(ObjectValue(StringPrototype), Key("trim")), Null) }, "TypeError: String.prototype.trim called on null or undefined"},
		{"String.fromCodePoint(-1)", func() { callJS(ObjectValue(StringConstructor), "fromCodePoint", -1) }, "RangeError: Invalid code point -1"},
		{"'a'.startsWith(/a/)", func() { callJS(Str("a"), "startsWith", ObjectValue(NewRegExp("a", ""))) }, "TypeError: First argument to String.prototype.startsWith must not be a regular expression"},
		{"'a'.normalize('x')", func() { callJS(Str("a"), "normalize", "x") }, "RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD."},
	} {
		assert.Equal(t, c.want, thrownText(c.f), c.js)
	}
}

func TestStringLoneSurrogates(t *testing.T) {
	// '\ud83d' + '\ude00' === '😀', and slicing a pair keeps each half.
	hi, lo := Str16([]uint16{0xd83d}), Str16([]uint16{0xde00})
	joined := callJS(hi, "concat", lo)
	assert.True(t, StrictEquals(joined, Str("😀")))
	assert.Equal(t, 0xde00, int(callJS(Str("😀"), "slice", 1).CharCodeAt(0)))
	assert.True(t, StrictEquals(callJS(toJS([]any{hi, lo}), "join", ""), Str("😀")))
}

// FuzzStringMethods calls every String.prototype method with fuzzed text
// and arguments: each may throw a JavaScript exception, never fail in Go.
func FuzzStringMethods(f *testing.F) {
	f.Add("a😀b\u0301 ß", "😀", int64(-1), int64(3))
	f.Add("", "", int64(0), int64(1000))
	f.Fuzz(func(t *testing.T, text, arg string, n, m int64) {
		if !utf8.ValidString(text) || !utf8.ValidString(arg) {
			return
		}
		// Keep repeat and padStart from asking for gigabytes.
		n, m = max(-1000, min(n, 1000)), max(-1000, min(m, 1000))
		s := Str(text)
		for _, k := range StringPrototype.OwnKeys() {
			method := getV(ObjectValue(StringPrototype), k)
			if !isCallable(method) || k.Name == "constructor" {
				continue
			}
			for _, args := range [][]Value{{Str(arg), Number(float64(n))}, {Number(float64(n)), Number(float64(m))}, {Number(float64(m)), Str(arg)}} {
				TryCatch(func() { Call(method, s, args...) })
			}
		}
	})
}
