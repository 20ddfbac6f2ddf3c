package runtime

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestJSONParseErrors(t *testing.T) {
	// Each want is String(e) for JSON.parse(text) under node v20.
	for _, c := range []struct {
		text, want string
	}{
		{`{"a":1,}`, "SyntaxError: Expected double-quoted property name in JSON at position 7"}, {``, "SyntaxError: Unexpected end of JSON input"}, {`{`, "SyntaxError: Expected property name or '}' in JSON at position 1"}, {`[1,2`, "SyntaxError: Expected ',' or ']' after array element in JSON at position 4"}, {`tru`, "SyntaxError: Unexpected end of JSON input"}, {`trux`, "SyntaxError: Unexpected token 'x', \"trux\" is not valid JSON"}, {`{"a" 1}`, "SyntaxError: Expected ':' after property name in JSON at position 5"},
		{`"abc`, "SyntaxError: Unterminated string in JSON at position 4"}, {`01`, "SyntaxError: Unexpected number in JSON at position 1"}, {`-01`, "SyntaxError: Unexpected number in JSON at position 2"}, {`1 2`, "SyntaxError: Unexpected non-whitespace character after JSON at position 2"}, {`{a:1}`, "SyntaxError: Expected property name or '}' in JSON at position 1"}, {`"\x"`, "SyntaxError: Bad escaped character in JSON at position 2"}, {"\"a\nb\"", "SyntaxError: Bad control character in string literal in JSON at position 2"},
		{`[1,]`, "SyntaxError: Unexpected token ']', \"[1,]\" is not valid JSON"}, {`-`, "SyntaxError: No number after minus sign in JSON at position 1"}, {`-a`, "SyntaxError: No number after minus sign in JSON at position 1"}, {`1.`, "SyntaxError: Unterminated fractional number in JSON at position 2"}, {`1e`, "SyntaxError: Exponent part is missing a number in JSON at position 2"}, {`1e+`, "SyntaxError: Exponent part is missing a number in JSON at position 3"}, {`nul`, "SyntaxError: Unexpected end of JSON input"},
		{`{"a":1}x`, "SyntaxError: Unexpected non-whitespace character after JSON at position 7"}, {`   `, "SyntaxError: Unexpected end of JSON input"}, {`"\u12"`, "SyntaxError: Bad Unicode escape in JSON at position 5"}, {`"\u12`, "SyntaxError: Bad Unicode escape in JSON at position 5"}, {`undefined`, "SyntaxError: \"undefined\" is not valid JSON"}, {`NaN`, "SyntaxError: \"NaN\" is not valid JSON"},
		{`[object Object]`, "SyntaxError: \"[object Object]\" is not valid JSON"}, {`[`, "SyntaxError: Unexpected end of JSON input"}, {`{"a":`, "SyntaxError: Unexpected end of JSON input"}, {`{"a"`, "SyntaxError: Expected ':' after property name in JSON at position 4"}, {`'a'`, "SyntaxError: Unexpected token ''', \"'a'\" is not valid JSON"}, {`}`, "SyntaxError: Unexpected token '}', \"}\" is not valid JSON"}, {`é`, "SyntaxError: Unexpected token 'é', \"é\" is not valid JSON"},
		{`{"a":1 "b":2}`, "SyntaxError: Expected ',' or '}' after property value in JSON at position 7"}, {`["a" "b"]`, "SyntaxError: Expected ',' or ']' after array element in JSON at position 5"}, {`{"a":1 , }`, "SyntaxError: Expected double-quoted property name in JSON at position 9"},
		{`[1,2,3,4,5,6,7,8,9,10,11,12,}`, "SyntaxError: Unexpected token '}', ...\",10,11,12,}\" is not valid JSON"}, {`{"abcdefghijklmnop": x}`, "SyntaxError: Unexpected token 'x', ...\"jklmnop\": x}\" is not valid JSON"}, {`[1, 2, 3, x`, "SyntaxError: Unexpected token 'x', \"[1, 2, 3, x\" is not valid JSON"},
		{`[x, 1, 2, 3, 4, 5, 6, 7, 8, 9]`, "SyntaxError: Unexpected token 'x', \"[x, 1, 2, 3\"... is not valid JSON"}, {`[1, 2, 3, 4, 5, 6, x, 7, 8, 9, 10, 11]`, "SyntaxError: Unexpected token 'x', ...\" 4, 5, 6, x, 7, 8, 9\"... is not valid JSON"},
		{`["é", "é", "é", "é", x, "é", "é", "é", "é"]`, "SyntaxError: Unexpected token 'x', ...\"\"é\", \"é\", x, \"é\", \"é\"... is not valid JSON"},
	} {
		assert.Equal(t, c.want, thrownText(func() { ParseJSON(Str(c.text)) }), c.text)
	}
}

func TestJSON(t *testing.T) {
	j := ObjectValue(JSONObject)
	parse := func(s string) Value { return callJS(j, "parse", s) }
	stringify := func(args ...any) Value { return callJS(j, "stringify", args...) }
	obj := func(kv ...any) Value {
		o := NewPlainObject()
		for i := 0; i < len(kv); i += 2 {
			o.CreateDataProperty(Key(kv[i].(string)), toJS(kv[i+1]))
		}
		return ObjectValue(o)
	}
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{`JSON.parse('{"a":[1,2.5e3,-0,true,null],"b":{"c":"\\u00e9\\ud83d\\ude00\\n"}}')`, func() Value {
			return parse(`{"a":[1,2.5e3,-0,true,null],"b":{"c":"\u00e9\ud83d\ude00\n"}}`)
		}, "{a:[1,2500,-0,true,null],b:{c:\"é😀\n\"}}"},
		{`JSON.parse('{"b":1,"a":2,"b":3,"1":4}')`, func() Value { return parse(`{"b":1,"a":2,"b":3,"1":4}`) }, "{1:4,b:3,a:2}"},
		{`JSON.parse(' "\\ud800x" ').length`, func() Value { return getV(parse(` "\ud800x" `), Key("length")) }, "2"},
		{`JSON.parse('[1,[2,{"x":3}]]', (k, v) => typeof v === 'number' ? v * 2 : v)`, func() Value {
			return callJS(j, "parse", `[1,[2,{"x":3}]]`, jsFunc(func(a []Value) Value {
				if a[1].IsNumber() {
					return Mul(a[1], Int(2))
				}
				return a[1]
			}))
		}, "[2,[4,{x:6}]]"},
		{`JSON.parse('{"a":1,"b":2}', (k, v) => k === 'a' ? undefined : v)`, func() Value {
			return callJS(j, "parse", `{"a":1,"b":2}`, jsFunc(func(a []Value) Value {
				if a[0].Text() == "a" {
					return Undefined
				}
				return a[1]
			}))
		}, "{b:2}"},
		{`JSON.stringify({a:[1,{b:2}],c:'x'}, null, 2)`, func() Value { return stringify(obj("a", []any{1, obj("b", 2)}, "c", "x"), Null, 2) }, "\"{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": \"x\"\n}\""},
		{`JSON.stringify([undefined, Symbol()])`, func() Value { return stringify([]any{nil, SymbolValue(NewSymbol("s"))}) }, "\"[null,null]\""},
		{`JSON.stringify({u: undefined, s: Symbol(), n: null})`, func() Value { return stringify(obj("u", nil, "s", SymbolValue(NewSymbol("")), "n", Null)) }, "\"{\"n\":null}\""},
		{`JSON.stringify('\ud800\u2028"\\\n\x01\u00e9')`, func() Value { return stringify(Concat(Str16([]uint16{0xd800}), Str("\u2028\"\\\n\x01\u00e9"))) }, "\"\"\\ud800 \\\"\\\\\\n\\u0001é\"\""},
		{`JSON.stringify({a:1,b:2,c:{a:3,d:4}}, ['a','c'])`, func() Value { return stringify(obj("a", 1, "b", 2, "c", obj("a", 3, "d", 4)), []any{"a", "c"}) }, "\"{\"a\":1,\"c\":{\"a\":3}}\""},
		{`JSON.stringify({a:1,b:'2'}, (k,v)=>typeof v==='number'?v*10:v, '--')`, func() Value {
			return stringify(obj("a", 1, "b", "2"), jsFunc(func(a []Value) Value {
				if a[1].IsNumber() {
					return Mul(a[1], Int(10))
				}
				return a[1]
			}), "--")
		}, "\"{\n--\"a\": 10,\n--\"b\": \"2\"\n}\""},
		{`JSON.stringify({toJSON(k){return 'key:'+k}})`, func() Value {
			return stringify(obj("toJSON", jsFunc(func(a []Value) Value { return Concat(Str("key:"), a[0]) })))
		}, "\"\"key:\"\""},
		{`JSON.stringify([NaN, -0, Infinity, 1e21])`, func() Value { return stringify([]any{NaN, math.Copysign(0, -1), math.Inf(1), 1e21}) }, "\"[null,0,null,1e+21]\""},
		{`JSON.stringify({}, null, 2) + JSON.stringify([], null, 2)`, func() Value { return Concat(stringify(obj(), Null, 2), stringify([]any{}, Null, 2)) }, "\"{}[]\""},
		{`JSON.stringify({a:1}, null, 'abcdefghijklmn')`, func() Value { return stringify(obj("a", 1), Null, "abcdefghijklmn") }, "\"{\nabcdefghij\"a\": 1\n}\""},
		{`JSON.stringify([[1]], null, 20)`, func() Value { return stringify([]any{[]any{1}}, Null, 20) }, "\"[\n          [\n                    1\n          ]\n]\""},
		{`JSON.stringify(undefined)`, func() Value { return stringify(nil) }, "undefined"},
		{`JSON.stringify(new Number(3))`, func() Value { return stringify(Construct(ObjectValue(NumberConstructor), nil, Int(3))) }, "\"3\""},
		{`JSON.stringify({[2]: 'b', [1]: 'a', z: 0})`, func() Value { return stringify(obj("2", "b", "1", "a", "z", 0)) }, "\"{\"1\":\"a\",\"2\":\"b\",\"z\":0}\""},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

func TestJSONCircular(t *testing.T) {
	j := ObjectValue(JSONObject)
	// const a = {}; a.self = a;
	a := NewPlainObject()
	a.CreateDataProperty(Key("self"), ObjectValue(a))
	// const b = {x: {y: [1, {}]}}; b.x.y[1].z = b;
	b, x, z := NewPlainObject(), NewPlainObject(), NewPlainObject()
	b.CreateDataProperty(Key("x"), ObjectValue(x))
	x.CreateDataProperty(Key("y"), toJS([]any{1, ObjectValue(z)}))
	z.CreateDataProperty(Key("z"), ObjectValue(b))
	// const e = {p: {}}; let o = e.p; for (const k of 'abcdef') { o[k] = {}; o = o[k] } o.z = e.p;
	e, p := NewPlainObject(), NewPlainObject()
	e.CreateDataProperty(Key("p"), ObjectValue(p))
	o := p
	for _, k := range []string{"a", "b", "c", "d", "e", "f"} {
		next := NewPlainObject()
		o.CreateDataProperty(Key(k), ObjectValue(next))
		o = next
	}
	o.CreateDataProperty(Key("z"), ObjectValue(p))
	for _, c := range []struct {
		v    *Object
		want string
	}{
		{a, "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'self' closes the circle"},
		{b, "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'x' -> object with constructor 'Object'\n    |     property 'y' -> object with constructor 'Array'\n    |     index 1 -> object with constructor 'Object'\n    --- property 'z' closes the circle"},
		{e, "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'a' -> object with constructor 'Object'\n    |     property 'b' -> object with constructor 'Object'\n    |     ...\n    |     property 'f' -> object with constructor 'Object'\n    --- property 'z' closes the circle"},
	} {
		assert.Equal(t, c.want, thrownText(func() { callJS(j, "stringify", ObjectValue(c.v)) }))
	}
	assert.Equal(t, "TypeError: Do not know how to serialize a BigInt", thrownText(func() { callJS(j, "stringify", BigInt(bigOne)) }), "JSON.stringify(1n)")
}

// FuzzJSON checks that JSON.parse of any text either throws a SyntaxError
// or gives a value that stringifies and parses back to the same text.
func FuzzJSON(f *testing.F) {
	for _, seed := range []string{`{"a":[1,2.5e3,-0,true,null],"b":{"c":"\u00e9\ud83d\ude00\n"}}`, `[1,]`, `"\ud800"`, `{"a" 1}`} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		var once string
		exc := TryCatch(func() {
			v := ParseJSON(Str(text))
			once, _ = StringifyJSON(v, Undefined, Undefined)
		})
		if exc != nil {
			assert.Contains(t, ToGoString(exc.Value), "SyntaxError")
			return
		}
		twice, _ := StringifyJSON(ParseJSON(Str(once)), Undefined, Undefined)
		assert.Equal(t, once, twice)
	})
}

func TestJSONStringifyProxies(t *testing.T) {
	j := ObjectValue(JSONObject)
	// const a = []; const p = new Proxy(a, {}); a.push(1, p);
	a := NewArray(nil)
	cyclic := proxyOf(ObjectValue(a), opsObj())
	a.Push(Int(1))
	a.Push(cyclic)
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{`JSON.stringify(new Proxy([1, 'a', [2]], {}))`, func() Value {
			return callJS(j, "stringify", proxyOf(toJS([]any{1, "a", []any{2}}), opsObj()))
		}, `[1,"a",[2]]`},
		{`JSON.stringify({k: new Proxy([], {})})`, func() Value {
			return callJS(j, "stringify", opsObj("k", proxyOf(toJS([]any{}), opsObj())))
		}, `{"k":[]}`},
		{`JSON.stringify(new Proxy([1, 2], {}), null, 1)`, func() Value {
			return callJS(j, "stringify", proxyOf(toJS([]any{1, 2}), opsObj()), Null, 1)
		}, "[\n 1,\n 2\n]"},
		{`JSON.stringify({a: 1, b: 2}, new Proxy(['b'], {}))`, func() Value {
			return callJS(j, "stringify", opsObj("a", Int(1), "b", Int(2)), proxyOf(toJS([]any{"b"}), opsObj()))
		}, `{"b":2}`},
		{`JSON.stringify(new Proxy({a: [1]}, {}))`, func() Value {
			return callJS(j, "stringify", proxyOf(opsObj("a", toJS([]any{1})), opsObj()))
		}, `{"a":[1]}`},
	} {
		assert.Equal(t, c.want, ToGoString(c.got()), c.js)
	}
	assert.Equal(t, "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- index 1 closes the circle",
		thrownText(func() { callJS(j, "stringify", cyclic) }), "JSON.stringify(p) where p's target holds p")
}
