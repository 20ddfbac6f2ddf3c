package runtime

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestRegExp(t *testing.T) {
	re := func(p, f string) Value { return ObjectValue(NewRegExp(p, f)) }
	s := func(x string) Value { return Str(x) }
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"/a(b)?(?<n>c)/.exec('xac')", func() Value { return callJS(re("a(b)?(?<n>c)", ""), "exec", "xac") }, "[\"ac\",undefined,\"c\"]"},
		{"/a(b)?(?<n>c)/.exec('xac').groups", func() Value { return getV(callJS(re("a(b)?(?<n>c)", ""), "exec", "xac"), Key("groups")) }, "{n:\"c\"}"},
		{"/(?<y>\\d{4})-(\\d\\d)/.exec('on 2024-05')", func() Value { return callJS(re(`(?<y>\d{4})-(\d\d)`, ""), "exec", "on 2024-05") }, "[\"2024-05\",\"2024\",\"05\"]"},
		{"/(?<y>\\d{4})-(\\d\\d)/.exec('on 2024-05').index", func() Value { return getV(callJS(re(`(?<y>\d{4})-(\d\d)`, ""), "exec", "on 2024-05"), Key("index")) }, "3"},
		{"/b/d.exec('ab').indices", func() Value { return getV(callJS(re("b", "d"), "exec", "ab"), Key("indices")) }, "[[1,2]]"},
		{"(r = /o/g, r.test('foo') + ' ' + r.lastIndex)", func() Value {
			r := re("o", "g")
			return Concat(ToString(callJS(r, "test", "foo")), Concat(Str(" "), ToString(getV(r, Key("lastIndex")))))
		}, "\"true 2\""},
		{"'a😀b'.match(/./g).length", func() Value { return getV(callJS(s("a😀b"), "match", re(".", "g")), Key("length")) }, "4"},
		{"'a😀b'.match(/./gu)", func() Value { return callJS(s("a😀b"), "match", re(".", "gu")) }, "[\"a\",\"😀\",\"b\"]"},
		{"'😀x'.search(/x/)", func() Value { return callJS(s("😀x"), "search", re("x", "")) }, "2"},
		{"'😀x'.match(/x/u).index", func() Value { return getV(callJS(s("😀x"), "match", re("x", "u")), Key("index")) }, "2"},
		{"'abc'.match(/z/g)", func() Value { return callJS(s("abc"), "match", re("z", "g")) }, "null"},
		{"'a\\nb'.match(/^b$/m)[0]", func() Value { return getIndex(callJS(s("a\nb"), "match", re("^b$", "m")).Object(), 0) }, "\"b\""},
		{"/^b$/.test('b\\n')", func() Value { return callJS(re("^b$", ""), "test", "b\n") }, "false"},
		{"/a.c/.test('a\\rc')", func() Value { return callJS(re("a.c", ""), "test", "a\rc") }, "false"},
		{"/a.c/s.test('a\\nc')", func() Value { return callJS(re("a.c", "s"), "test", "a\nc") }, "true"},
		{"/[^]/.test('\\n')", func() Value { return callJS(re("[^]", ""), "test", "\n") }, "true"},
		{"/\\s/.test('\\u2028')", func() Value { return callJS(re(`\s`, ""), "test", "\u2028") }, "true"},
		{"/(a)\\1/.test('aa')", func() Value { return callJS(re(`(a)\1`, ""), "test", "aa") }, "true"},
		{"/(?<x>a)(b)\\2/.test('abb')", func() Value { return callJS(re(`(?<x>a)(b)\2`, ""), "test", "abb") }, "true"},
		{"/ABC/i.test('abc')", func() Value { return callJS(re("ABC", "i"), "test", "abc") }, "true"},
		{"/b/y.exec('ab')", func() Value { return callJS(re("b", "y"), "exec", "ab") }, "null"},
		{"'2024-05-06'.replace(/(\\d+)-(\\d+)-(\\d+)/, '$3/$2/$1')", func() Value { return callJS(s("2024-05-06"), "replace", re(`(\d+)-(\d+)-(\d+)`, ""), "$3/$2/$1") }, "\"06/05/2024\""},
		{"'a-b-c'.replace(/-/g, '+')", func() Value { return callJS(s("a-b-c"), "replace", re("-", "g"), "+") }, "\"a+b+c\""},
		{"'ab'.replace(/(?<l>a)/, '[$<l>]')", func() Value { return callJS(s("ab"), "replace", re("(?<l>a)", ""), "[$<l>]") }, "\"[a]b\""},
		{"'aXbX'.replace(/x/gi, (m, i) => m + i)", func() Value {
			return callJS(s("aXbX"), "replace", re("x", "gi"), jsFunc(func(a []Value) Value { return Concat(a[0], ToString(a[1])) }))
		}, "\"aX1bX3\""},
		{"'abc'.replace(/(?:)/g, '-')", func() Value { return callJS(s("abc"), "replace", re("(?:)", "g"), "-") }, "\"-a-b-c-\""},
		{"'😀'.replace(/(?:)/gu, '-')", func() Value { return callJS(s("😀"), "replace", re("(?:)", "gu"), "-") }, "\"-😀-\""},
		{"'aXbx'.replaceAll(/x/gi, '_')", func() Value { return callJS(s("aXbx"), "replaceAll", re("x", "gi"), "_") }, "\"a_b_\""},
		{"'a1b2c'.split(/\\d/)", func() Value { return callJS(s("a1b2c"), "split", re(`\d`, "")) }, "[\"a\",\"b\",\"c\"]"},
		{"'a1b2c'.split(/(\\d)/)", func() Value { return callJS(s("a1b2c"), "split", re(`(\d)`, "")) }, "[\"a\",\"1\",\"b\",\"2\",\"c\"]"},
		{"'abc'.split(/(?:)/)", func() Value { return callJS(s("abc"), "split", re("(?:)", "")) }, "[\"a\",\"b\",\"c\"]"},
		{"'a, b ,c'.split(/\\s*,\\s*/, 2)", func() Value { return callJS(s("a, b ,c"), "split", re(`\s*,\s*`, ""), 2) }, "[\"a\",\"b\"]"},
		{"''.split(/x/)", func() Value { return callJS(s(""), "split", re("x", "")) }, "[\"\"]"},
		{"[...'a1b22'.matchAll(/\\d+/g)].map(m => m[0] + '@' + m.index)", func() Value {
			it := callJS(s("a1b22"), "matchAll", re(`\d+`, "g"))
			all := callJS(ObjectValue(ArrayConstructor), "from", it)
			return callJS(all, "map", jsFunc(func(a []Value) Value {
				return Concat(getIndex(a[0].Object(), 0), Concat(Str("@"), ToString(getV(a[0], Key("index")))))
			}))
		}, "[\"1@1\",\"22@3\"]"},
		{"/a\\/b[/]/gi.toString()", func() Value { return callJS(re(`a\/b[/]`, "gi"), "toString") }, "\"/a\\/b[/]/gi\""},
		{"new RegExp('a/b', 'yg').toString()", func() Value {
			return callJS(Construct(ObjectValue(RegExpConstructor), nil, Str("a/b"), Str("yg")), "toString")
		}, "\"/a\\/b/gy\""},
		{"new RegExp('').source", func() Value { return getV(Construct(ObjectValue(RegExpConstructor), nil, Str("")), Key("source")) }, "\"(?:)\""},
		{"new RegExp(/x/g, 'i').flags", func() Value {
			return getV(Construct(ObjectValue(RegExpConstructor), nil, re("x", "g"), Str("i")), Key("flags"))
		}, "\"i\""},
		{"/x/gimsuyd.flags", func() Value { return getV(re("x", "gimsuyd"), Key("flags")) }, "\"dgimsuy\""},
		{"/x/g.global", func() Value { return getV(re("x", "g"), Key("global")) }, "true"},
		{"/\\u{1F600}/u.test('😀')", func() Value { return callJS(re(`\u{1F600}`, "u"), "test", "😀") }, "true"},
		{"/^.$/.test('😀')", func() Value { return callJS(re(`^.$`, ""), "test", "😀") }, "false"},
		{"/^[😀]$/u.test('😀')", func() Value { return callJS(re(`^[😀]$`, "u"), "test", "😀") }, "true"},
		{"/\\p{Script=Greek}+/u.exec('abc αβγ')[0]", func() Value { return getIndex(callJS(re(`\p{Script=Greek}+`, "u"), "exec", "abc αβγ").Object(), 0) }, "\"αβγ\""},
		{"/[\\p{sc=Cyrillic}\\d]+/u.exec('x Жж5')[0]", func() Value { return getIndex(callJS(re(`[\p{sc=Cyrillic}\d]+`, "u"), "exec", "x Жж5").Object(), 0) }, "\"Жж5\""},
		{"/\\p{Letter}/u.test('é')", func() Value { return callJS(re(`\p{Letter}`, "u"), "test", "é") }, "true"},
		{"/\\P{L}/u.exec('ab1')[0]", func() Value { return getIndex(callJS(re(`\P{L}`, "u"), "exec", "ab1").Object(), 0) }, "\"1\""},
		{"/\\p{Emoji}/u.test('😀')", func() Value { return callJS(re(`\p{Emoji}`, "u"), "test", "😀") }, "true"},
		{"/\\p{White_Space}/u.test('\\u3000')", func() Value { return callJS(re(`\p{White_Space}`, "u"), "test", "\u3000") }, "true"},
		{"/\\A\\p/.test('Ap')", func() Value { return callJS(re(`\A\p`, ""), "test", "Ap") }, "true"},
		{"/(?<=\\$)\\d+/.exec('cost $42')[0]", func() Value { return getIndex(callJS(re(`(?<=\$)\d+`, ""), "exec", "cost $42").Object(), 0) }, "\"42\""},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

func TestRegExpLegacy(t *testing.T) {
	rx := ObjectValue(RegExpConstructor)
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"(/(a)(b)?/.exec('xab!'), [RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp.leftContext, RegExp.rightContext, RegExp.input, RegExp.lastParen, RegExp.$9])", func() Value {
			callJS(ObjectValue(NewRegExp("(a)(b)?", "")), "exec", "xab!")
			var out []any
			for _, k := range []string{"$1", "$2", "lastMatch", "leftContext", "rightContext", "input", "lastParen", "$9"} {
				out = append(out, getV(rx, Key(k)))
			}
			return toJS(out)
		}, "[\"a\",\"b\",\"ab\",\"x\",\"!\",\"xab!\",\"b\",\"\"]"},
		{"(r = /a/g, r.lastIndex = 3, [r.compile('b', 'i') === r, r.source, r.flags, r.lastIndex])", func() Value {
			r := ObjectValue(NewRegExp("a", "g"))
			SetProp(r, Key("lastIndex"), Int(3), true)
			return toJS([]any{Bool(StrictEquals(callJS(r, "compile", "b", "i"), r)), getV(r, Key("source")), getV(r, Key("flags")), getV(r, Key("lastIndex"))})
		}, "[true,\"b\",\"i\",0]"},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

func TestRegExpSourceEscapes(t *testing.T) {
	// node -e 'for (const p of [...]) console.log(new RegExp(p).source)'
	for _, c := range []struct{ pattern, want string }{
		{"", "(?:)"},
		{"a/b", `a\/b`},
		{"[/]", "[/]"},
		{`\/`, `\/`},
		{"\n", `\n`},
		{"\u2029x", `\u2029x`},
		{"\\\u2028", `\u2028`},
		{"[\u2028]", `[\u2028]`},
	} {
		assert.Equal(t, c.want, escapeRegExpSource(c.pattern), c.pattern)
	}
}

func TestRegExpFromRegExpLike(t *testing.T) {
	// node -e 'const like = {[Symbol.match]: true, source: "like", flags: "i", constructor: RegExp};
	//   console.log(RegExp(like) === like, String(new RegExp(like)), String(new RegExp(like, "g")))'
	like := NewPlainObject()
	like.Set(SymbolKey(SymMatch), True, ObjectValue(like))
	like.Set(Key("source"), Str("like"), ObjectValue(like))
	like.Set(Key("flags"), Str("i"), ObjectValue(like))
	like.Set(Key("constructor"), ObjectValue(RegExpConstructor), ObjectValue(like))
	ctor := ObjectValue(RegExpConstructor)
	assert.True(t, StrictEquals(Call(ctor, Undefined, ObjectValue(like)), ObjectValue(like)))
	assert.Equal(t, "/like/i", ToGoString(Construct(ctor, nil, ObjectValue(like))))
	assert.Equal(t, "/like/g", ToGoString(Construct(ctor, nil, ObjectValue(like), Str("g"))))
}

func TestRegExpPropertyAliases(t *testing.T) {
	// node -e 'for (const [p, s] of [...]) console.log(new RegExp(p, "u").test(s))'
	for _, c := range []struct {
		pattern, subject string
		want             bool
	}{
		{`\p{Script=Adlm}`, "\U0001e900", true},
		{`\p{sc=Grek}`, "\u03b1", true},
		{`\p{sc=Grek}`, "a", false},
		{`\p{Script=Qaai}`, "\u0301", true},
		{`\p{RI}`, "\U0001f1e6", true},
		{`\p{space}`, " ", true},
		{`\P{Alpha}`, "a", false},
	} {
		got := callJS(ObjectValue(NewRegExp(c.pattern, "u")), "test", c.subject)
		assert.Equal(t, Bool(c.want), got, c.pattern+" on "+c.subject)
	}
}

func TestRegExpErrors(t *testing.T) {
	for _, c := range []struct {
		js   string
		f    func()
		want string
	}{
		{"new RegExp('a', 'gg')", func() { Construct(ObjectValue(RegExpConstructor), nil, Str("a"), Str("gg")) }, "SyntaxError: Invalid flags supplied to RegExp constructor 'gg'"},
		{"new RegExp('a', 'x')", func() { Construct(ObjectValue(RegExpConstructor), nil, Str("a"), Str("x")) }, "SyntaxError: Invalid flags supplied to RegExp constructor 'x'"},
		{"'a'.matchAll(/a/)", func() { callJS(Str("a"), "matchAll", ObjectValue(NewRegExp("a", ""))) }, "TypeError: String.prototype.matchAll called with a non-global RegExp argument"},
		{"new RegExp('(?x)')", func() { Construct(ObjectValue(RegExpConstructor), nil, Str("(?x)")) }, "SyntaxError: Invalid regular expression: /(?x)/: Invalid group"},
		{"new RegExp('a**')", func() { Construct(ObjectValue(RegExpConstructor), nil, Str("a**")) }, "SyntaxError: Invalid regular expression: /a**/: Nothing to repeat"},
		{"new RegExp('[')", func() { Construct(ObjectValue(RegExpConstructor), nil, Str("[")) }, "SyntaxError: Invalid regular expression: /[/: Unterminated character class"},
		{"new RegExp('a)')", func() { Construct(ObjectValue(RegExpConstructor), nil, Str("a)")) }, "SyntaxError: Invalid regular expression: /a)/: Unmatched ')'"},
		{"new RegExp('[z-a]')", func() { Construct(ObjectValue(RegExpConstructor), nil, Str("[z-a]")) }, "SyntaxError: Invalid regular expression: /[z-a]/: Range out of order in character class"},
		{"new RegExp('\\\\')", func() { Construct(ObjectValue(RegExpConstructor), nil, Str("\\")) }, "SyntaxError: Invalid regular expression: /\\/: \\ at end of pattern"},
		{"RegExp.prototype.exec.call(1)", func() { Call(getV(ObjectValue(RegExpPrototype), Key("exec")), Int(1)) }, "TypeError: Method RegExp.prototype.exec called on incompatible receiver 1"},
		{"RegExp.prototype.exec.call({})", func() { Call(getV(ObjectValue(RegExpPrototype), Key("exec")), ObjectValue(NewPlainObject())) }, "TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>"},
		{"RegExp.prototype.test.call('x')", func() { Call(getV(ObjectValue(RegExpPrototype), Key("test")), Str("x")) }, "TypeError: Method RegExp.prototype.test called on incompatible receiver undefined"},
		{"RegExp.prototype.toString.call('x')", func() { Call(getV(ObjectValue(RegExpPrototype), Key("toString")), Str("x")) }, "TypeError: Method RegExp.prototype.toString called on incompatible receiver x"},
		{"source getter on {}", func() { getV(ObjectValue(NewObject(RegExpPrototype)), Key("source")) }, "TypeError: RegExp.prototype.source getter called on non-RegExp object"},
		{"RegExp.prototype[Symbol.split].call(1)", func() { Call(getV(ObjectValue(RegExpPrototype), SymbolKey(SymSplit)), Int(1)) }, "TypeError: Method RegExp.prototype.@@split called on incompatible receiver 1"},
		{"'a'.replaceAll(/a/, '')", func() { callJS(Str("a"), "replaceAll", ObjectValue(NewRegExp("a", "")), "") }, "TypeError: String.prototype.replaceAll called with a non-global RegExp argument"},
	} {
		assert.Equal(t, c.want, thrownText(c.f), c.js)
	}
	// V8's wording for a bad pattern differs from the engine's; the prefix agrees:
	// new RegExp('(') throws "SyntaxError: Invalid regular expression: /(/: Unterminated group".
	assert.Contains(t, thrownText(func() { NewRegExp("(", "") }), "SyntaxError: Invalid regular expression: /(/: ")
}

// FuzzRegExp checks that no pattern, flags or subject makes the RegExp
// machinery fail other than by throwing a JavaScript exception.
func FuzzRegExp(f *testing.F) {
	for _, seed := range []string{`(?<n>a)\k<n>\1`, `[^]|[]\p{L}`, `\p{Script=Greek}`, `(?x)`, `a{2,1}`, `\u{1F600}.`, `^$|\b`} {
		f.Add(seed, "gimsuyd", "a😀b\nc")
	}
	f.Fuzz(func(t *testing.T, pattern, flags, subject string) {
		if !utf8.ValidString(pattern) || !utf8.ValidString(subject) {
			// Strings reach the runtime as valid WTF-8; Str does not repair others.
			return
		}
		TryCatch(func() {
			r := ObjectValue(NewRegExp(pattern, flags))
			s := Str(subject)
			callJS(s, "replace", r, "$&$1$<n>")
			callJS(s, "split", r)
			callJS(s, "match", r)
		})
	})
}
