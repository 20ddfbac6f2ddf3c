package runtime

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// JSONObject is the global JSON.
var JSONObject = NewObject(ObjectPrototype)

func init() {
	DefineGlobal("JSON", ObjectValue(JSONObject))
	JSONObject.DefineData(SymbolKey(SymToStringTag), strASCII("JSON"), Configurable)
	DefineMethod(JSONObject, "parse", 2, func(_ Value, args []Value) Value {
		text := ToString(Arg(args, 0))
		v := ParseJSON(text)
		if reviver := Arg(args, 1); isCallable(reviver) {
			root := NewPlainObject()
			root.CreateDataProperty(Key(""), v)
			return internalizeJSON(root, Key(""), reviver)
		}
		return v
	})
	DefineMethod(JSONObject, "stringify", 3, func(_ Value, args []Value) Value {
		s, ok := StringifyJSON(Arg(args, 0), Arg(args, 1), Arg(args, 2))
		if !ok {
			return Undefined
		}
		return Str(s)
	})
}

// jsonParser parses JSON text (WTF-8) as V8 does, with V8's messages.
type jsonParser struct {
	src   string
	text  Value
	pos   int
	depth int // arrays and objects open around pos
}

// maxJSONDepth bounds the parser's recursion. V8's parser is iterative and
// takes any depth; ours recurses, and Go's stack overflow is fatal, so text
// nested deeper than this throws node's RangeError for exhausted stacks.
const maxJSONDepth = 1 << 17

// ParseJSON is JSON.parse without a reviver.
func ParseJSON(text Value) Value {
	p := &jsonParser{src: text.Text(), text: text}
	p.skipSpace()
	v := p.value()
	p.skipSpace()
	if p.pos < len(p.src) {
		ThrowSyntaxError("Unexpected non-whitespace character after JSON at position " + strconv.Itoa(p.unitPos(p.pos)))
	}
	return v
}

// fail throws a SyntaxError "msg in JSON at position N".
func (p *jsonParser) fail(msg string) {
	ThrowSyntaxError(msg + " in JSON at position " + strconv.Itoa(p.unitPos(p.pos)))
}

// unitPos converts a byte offset in the text to a UTF-16 index.
func (p *jsonParser) unitPos(i int) int {
	if p.text.ascii {
		return i
	}
	return Str(p.src[:i]).StrLen()
}

// unexpected reports the character at pos, or the end of the input.
func (p *jsonParser) unexpected() {
	if p.pos >= len(p.src) {
		ThrowSyntaxError("Unexpected end of JSON input")
	}
	switch p.src {
	case "[object Object]", "undefined", "Infinity", "NaN":
		ThrowSyntaxError(`"` + p.src + `" is not valid JSON`)
	}
	_, size := utf8.DecodeRuneInString(p.src[p.pos:])
	if _, ok := p.surrogateAt(p.pos); ok {
		size = 3
	}
	token := p.src[p.pos : p.pos+size]
	// Up to ten code units of context either side, as V8 quotes them.
	const context = 10
	n, at := p.text.StrLen(), p.unitPos(p.pos)
	if n < 2*context+1 {
		ThrowSyntaxError("Unexpected token '" + token + `', "` + p.src + `" is not valid JSON`)
	}
	switch {
	case at < context:
		ThrowSyntaxError("Unexpected token '" + token + `', "` + p.text.Substring(0, at+context).Text() + `"... is not valid JSON`)
	case at < n-context:
		ThrowSyntaxError("Unexpected token '" + token + `', ..."` + p.text.Substring(at-context, at+context).Text() + `"... is not valid JSON`)
	}
	ThrowSyntaxError("Unexpected token '" + token + `', ..."` + p.text.Substring(at-context, n).Text() + `" is not valid JSON`)
}

func (p *jsonParser) surrogateAt(i int) (uint16, bool) {
	if i+2 < len(p.src) {
		return decodeSurrogate(p.src[i], p.src[i+1], p.src[i+2])
	}
	return 0, false
}

func (p *jsonParser) skipSpace() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *jsonParser) peek() byte {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *jsonParser) value() Value {
	switch c := p.peek(); {
	case c == '{' || c == '[':
		if p.depth++; p.depth > maxJSONDepth {
			ThrowRangeError("Maximum call stack size exceeded")
		}
		var v Value
		if c == '{' {
			v = p.object()
		} else {
			v = p.array()
		}
		p.depth--
		return v
	case c == '"':
		return p.string()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case c == 't':
		p.literal("true")
		return True
	case c == 'f':
		p.literal("false")
		return False
	case c == 'n':
		p.literal("null")
		return Null
	}
	p.unexpected()
	return Undefined
}

func (p *jsonParser) literal(word string) {
	for i := 0; i < len(word); i++ {
		if p.pos >= len(p.src) || p.src[p.pos] != word[i] {
			p.unexpected()
		}
		p.pos++
	}
}

func (p *jsonParser) number() Value {
	start := p.pos
	if p.peek() == '-' {
		p.pos++
		if c := p.peek(); c < '0' || c > '9' {
			p.fail("No number after minus sign")
		}
	}
	if p.peek() == '0' {
		p.pos++
		if c := p.peek(); c >= '0' && c <= '9' {
			p.fail("Unexpected number")
		}
	} else {
		p.digits()
	}
	if p.peek() == '.' {
		p.pos++
		if c := p.peek(); c < '0' || c > '9' {
			p.fail("Unterminated fractional number")
		}
		p.digits()
	}
	if c := p.peek(); c == 'e' || c == 'E' {
		p.pos++
		if c := p.peek(); c == '+' || c == '-' {
			p.pos++
		}
		if c := p.peek(); c < '0' || c > '9' {
			p.fail("Exponent part is missing a number")
		}
		p.digits()
	}
	f, _ := strconv.ParseFloat(p.src[start:p.pos], 64)
	return Number(f)
}

func (p *jsonParser) digits() {
	for c := p.peek(); c >= '0' && c <= '9'; c = p.peek() {
		p.pos++
	}
}

func (p *jsonParser) string() Value {
	p.pos++ // the opening quote
	start := p.pos
	// The common case: no escapes, the text is a slice of the input.
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == '"' {
			s := p.src[start:p.pos]
			p.pos++
			return Str(s)
		}
		if c == '\\' || c < 0x20 {
			break
		}
		p.pos++
	}
	b := []byte(p.src[start:p.pos])
	for {
		if p.pos >= len(p.src) {
			p.fail("Unterminated string")
		}
		c := p.src[p.pos]
		switch {
		case c == '"':
			p.pos++
			return Str(string(b))
		case c < 0x20:
			p.fail("Bad control character in string literal")
		case c != '\\':
			b = append(b, c)
			p.pos++
			continue
		}
		p.pos++
		esc := p.peek()
		switch esc {
		case '"', '\\', '/':
			b = append(b, esc)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			u := p.hex4()
			// A \uD83D\uDE00 pair is one code point.
			if u >= 0xd800 && u < 0xdc00 && strings.HasPrefix(p.src[p.pos+1:], `\u`) {
				save := p.pos
				p.pos += 2
				if lo := p.hex4(); lo >= 0xdc00 && lo <= 0xdfff {
					b = utf8.AppendRune(b, utf16.DecodeRune(rune(u), rune(lo)))
					p.pos++
					continue
				}
				p.pos = save
			}
			b = append(b, wtf8FromUTF16([]uint16{u})...)
		default:
			p.fail("Bad escaped character")
		}
		p.pos++
	}
}

// hex4 reads the four hex digits after \u; pos is left on the last one.
func (p *jsonParser) hex4() uint16 {
	var u uint16
	for i := 0; i < 4; i++ {
		p.pos++
		d := digitValue(rune(p.peek()))
		if p.pos >= len(p.src) || d >= 16 {
			p.fail("Bad Unicode escape")
		}
		u = u<<4 | uint16(d)
	}
	return u
}

func (p *jsonParser) array() Value {
	p.pos++
	var elems []Value
	p.skipSpace()
	if p.peek() == ']' {
		p.pos++
		return ObjectValue(NewArray(elems))
	}
	for {
		p.skipSpace()
		elems = append(elems, p.value())
		p.skipSpace()
		switch p.peek() {
		case ',':
			p.pos++
		case ']':
			p.pos++
			return ObjectValue(NewArray(elems))
		default:
			p.fail("Expected ',' or ']' after array element")
		}
	}
}

func (p *jsonParser) object() Value {
	p.pos++
	o := NewPlainObject()
	p.skipSpace()
	if p.peek() == '}' {
		p.pos++
		return ObjectValue(o)
	}
	first := true
	for {
		p.skipSpace()
		if p.peek() != '"' {
			if first {
				p.fail("Expected property name or '}'")
			}
			p.fail("Expected double-quoted property name")
		}
		first = false
		key := p.string()
		p.skipSpace()
		if p.peek() != ':' {
			p.fail("Expected ':' after property name")
		}
		p.pos++
		p.skipSpace()
		o.CreateDataProperty(Key(key.Text()), p.value())
		p.skipSpace()
		switch p.peek() {
		case ',':
			p.pos++
		case '}':
			p.pos++
			return ObjectValue(o)
		default:
			p.fail("Expected ',' or '}' after property value")
		}
	}
}

// internalizeJSON is InternalizeJSONProperty, the reviver's walk.
func internalizeJSON(holder *Object, name PropertyKey, reviver Value) Value {
	// The walk recurses in Go before it calls the reviver: count it as calls
	// so that deep values end in the RangeError node throws. A throw
	// unwinds callDepth in TryCatch.
	if callDepth >= maxCallDepth {
		ThrowRangeError("Maximum call stack size exceeded")
	}
	callDepth++
	defer func() { callDepth-- }()
	val := holder.Get(name, ObjectValue(holder))
	if o := val.Object(); o != nil {
		revive := func(k PropertyKey) {
			if v := internalizeJSON(o, k, reviver); v.IsUndefined() {
				o.Delete(k)
			} else {
				o.CreateDataProperty(k, v)
			}
		}
		if isArray(val) {
			n := arrayLikeLength(o)
			for i := int64(0); i < n; i++ {
				revive(indexKey(i))
			}
		} else {
			for _, k := range enumerableOwnStringKeys(o) {
				revive(k)
			}
		}
	}
	return Call(reviver, ObjectValue(holder), name.Value(), val)
}

// enumerableOwnStringKeys is EnumerableOwnProperties(o, key).
func enumerableOwnStringKeys(o *Object) []PropertyKey {
	keys := o.OwnKeys()
	out := keys[:0]
	for _, k := range keys {
		if k.Symbol != nil {
			continue
		}
		if d, ok := o.GetOwnProperty(k); ok && d.Flags&Enumerable != 0 {
			out = append(out, k)
		}
	}
	return out
}

// jsonStringifier is the state of one JSON.stringify.
type jsonStringifier struct {
	b        []byte
	replacer Value
	keys     []PropertyKey // the replacer array's property list
	hasKeys  bool
	gap      string
	indent   string
	stack    []*Object
	path     []PropertyKey // the key under which each stack entry was reached
}

// StringifyJSON is JSON.stringify; ok is false when the result is undefined.
func StringifyJSON(value, replacer, space Value) (string, bool) {
	st := &jsonStringifier{}
	if r := replacer.Object(); r != nil {
		if r.IsCallable() {
			st.replacer = replacer
		} else if isArray(replacer) {
			st.hasKeys = true
			n := arrayLikeLength(r)
			for i := int64(0); i < n; i++ {
				v := getIndex(r, i)
				var item PropertyKey
				switch {
				case v.IsString():
					item = Key(v.Text())
				case v.IsNumber():
					item = Key(NumberToString(v.num))
				case v.IsObject() && (v.Object().class == ClassString || v.Object().class == ClassNumber):
					item = Key(ToGoString(v))
				default:
					continue
				}
				if !slices.Contains(st.keys, item) {
					st.keys = append(st.keys, item)
				}
			}
		}
	}
	if o := space.Object(); o != nil {
		switch o.class {
		case ClassNumber:
			space = Number(ToNumber(space))
		case ClassString:
			space = ToString(space)
		}
	}
	switch {
	case space.IsNumber():
		if n := math.Min(10, toIntegerOrInfinity(space)); n >= 1 {
			st.gap = strings.Repeat(" ", int(n))
		}
	case space.IsString():
		st.gap = space.Text()
		if space.StrLen() > 10 {
			st.gap = space.Substring(0, 10).Text()
		}
	}
	wrapper := NewPlainObject()
	wrapper.CreateDataProperty(Key(""), value)
	ok := st.property(wrapper, Key(""))
	return string(st.b), ok
}

// property is SerializeJSONProperty; it writes the value and reports
// whether there was one (undefined, functions and symbols have none).
func (st *jsonStringifier) property(holder *Object, key PropertyKey) bool {
	value := holder.Get(key, ObjectValue(holder))
	if value.IsObject() || value.kind == KindBigInt {
		if toJSON := getV(value, Key("toJSON")); isCallable(toJSON) {
			value = Call(toJSON, value, key.Value())
		}
	}
	if !st.replacer.IsUndefined() {
		value = Call(st.replacer, ObjectValue(holder), key.Value(), value)
	}
	if o := value.Object(); o != nil {
		switch o.class {
		case ClassNumber:
			value = Number(ToNumber(value))
		case ClassString:
			value = ToString(value)
		case ClassBoolean, ClassBigInt:
			if v, ok := o.Internal.(Value); ok {
				value = v
			}
		}
	}
	switch value.kind {
	case KindNull:
		st.b = append(st.b, "null"...)
	case KindBool:
		if value.BoolValue() {
			st.b = append(st.b, "true"...)
		} else {
			st.b = append(st.b, "false"...)
		}
	case KindString:
		st.b = quoteJSON(st.b, value.Text())
	case KindNumber:
		if math.IsNaN(value.num) || math.IsInf(value.num, 0) {
			st.b = append(st.b, "null"...)
		} else {
			st.b = append(st.b, NumberToString(value.num)...)
		}
	case KindBigInt:
		ThrowTypeError("Do not know how to serialize a BigInt")
	case KindObject:
		o := value.Object()
		if o.IsCallable() {
			return false
		}
		// Nesting counts as calls, as V8's recursive serializer's does.
		if callDepth+len(st.stack) >= maxCallDepth {
			ThrowRangeError("Maximum call stack size exceeded")
		}
		st.enter(o, key)
		if isArray(value) {
			st.array(o)
		} else {
			st.object(o)
		}
		st.stack = st.stack[:len(st.stack)-1]
		st.path = st.path[:len(st.path)-1]
	default:
		return false
	}
	return true
}

// enter pushes o, throwing node's TypeError when it is already being
// serialized: the message draws the path around the cycle.
func (st *jsonStringifier) enter(o *Object, key PropertyKey) {
	start := slices.Index(st.stack, o)
	if start < 0 {
		st.stack = append(st.stack, o)
		st.path = append(st.path, key)
		return
	}
	var b strings.Builder
	b.WriteString("Converting circular structure to JSON\n    --> starting at object with constructor '" + jsonConstructorName(st.stack[start]) + "'")
	links := make([]string, 0, len(st.stack)-start-1)
	for i := start + 1; i < len(st.stack); i++ {
		links = append(links, "\n    |     "+jsonPathKey(st.stack[i-1], st.path[i])+" -> object with constructor '"+jsonConstructorName(st.stack[i])+"'")
	}
	// V8 keeps the first two links and the last one of a long path.
	if len(links) > 3 {
		links = append(links[:2:2], "\n    |     ...", links[len(links)-1])
	}
	for _, l := range links {
		b.WriteString(l)
	}
	b.WriteString("\n    --- " + jsonPathKey(st.stack[len(st.stack)-1], key) + " closes the circle")
	ThrowTypeError(b.String())
}

// jsonPathKey names the step from parent by key: "index 0" in an array,
// "property 'k'" elsewhere.
func jsonPathKey(parent *Object, key PropertyKey) string {
	if parent.IsArray() {
		return "index " + key.Name
	}
	return "property '" + key.Name + "'"
}

// jsonConstructorName is the name of the constructor found on o's
// prototype chain, "Object" when there is none.
func jsonConstructorName(o *Object) string {
	for p := o.proto; p != nil; p = p.proto {
		if i := p.find(Key("constructor")); i >= 0 && p.props[i].flags&accessor == 0 {
			if c := p.props[i].value.Object(); c != nil && c.IsCallable() {
				if name := c.Get(Key("name"), p.props[i].value); name.IsString() && name.num > 0 {
					return name.Text()
				}
			}
		}
	}
	return "Object"
}

func (st *jsonStringifier) array(o *Object) {
	n := arrayLikeLength(o)
	if n == 0 {
		st.b = append(st.b, "[]"...)
		return
	}
	outer := st.indent
	st.indent += st.gap
	st.b = append(st.b, '[')
	for i := int64(0); i < n; i++ {
		if i > 0 {
			st.b = append(st.b, ',')
		}
		st.newline()
		if !st.property(o, indexKey(i)) {
			st.b = append(st.b, "null"...)
		}
	}
	st.indent = outer
	st.newline()
	st.b = append(st.b, ']')
}

func (st *jsonStringifier) object(o *Object) {
	keys := st.keys
	if !st.hasKeys {
		keys = enumerableOwnStringKeys(o)
	}
	outer := st.indent
	st.indent += st.gap
	st.b = append(st.b, '{')
	empty := true
	for _, k := range keys {
		mark := len(st.b)
		if !empty {
			st.b = append(st.b, ',')
		}
		st.newline()
		st.b = quoteJSON(st.b, k.Name)
		st.b = append(st.b, ':')
		if st.gap != "" {
			st.b = append(st.b, ' ')
		}
		if !st.property(o, k) {
			// No value: take the member back out.
			st.b = st.b[:mark]
			continue
		}
		empty = false
	}
	st.indent = outer
	if !empty {
		st.newline()
	}
	st.b = append(st.b, '}')
}

func (st *jsonStringifier) newline() {
	if st.gap != "" {
		st.b = append(st.b, '\n')
		st.b = append(st.b, st.indent...)
	}
}

// quoteJSON is QuoteJSONString over WTF-8 text: lone surrogates become
// \udxxx escapes.
func quoteJSON(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var esc string
		switch {
		case c == '"':
			esc = `\"`
		case c == '\\':
			esc = `\\`
		case c == '\b':
			esc = `\b`
		case c == '\f':
			esc = `\f`
		case c == '\n':
			esc = `\n`
		case c == '\r':
			esc = `\r`
		case c == '\t':
			esc = `\t`
		case c < 0x20:
			esc = `\u00` + string(hex[c>>4]) + string(hex[c&15])
		case c == 0xed && i+2 < len(s):
			u, ok := decodeSurrogate(s[i], s[i+1], s[i+2])
			if !ok {
				continue
			}
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', hex[u>>12], hex[u>>8&15], hex[u>>4&15], hex[u&15])
			i += 2
			start = i + 1
			continue
		default:
			continue
		}
		b = append(b, s[start:i]...)
		b = append(b, esc...)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
