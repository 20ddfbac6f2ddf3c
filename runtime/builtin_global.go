package runtime

import (
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The value properties and functions of the global object. parseInt and
// parseFloat are Number.parseInt and Number.parseFloat (builtin_number.go).

func init() {
	Global.DefineData(Key("globalThis"), ObjectValue(Global), Hidden)
	Global.DefineData(SymbolKey(SymToStringTag), Str("global"), Configurable)
	// node's own globals, unlike the language's, are enumerable.
	Global.DefineData(Key("global"), ObjectValue(Global), Default)
	Global.DefineData(Key("NaN"), NaN, 0)
	Global.DefineData(Key("Infinity"), Number(math.Inf(1)), 0)
	Global.DefineData(Key("undefined"), Undefined, 0)
	defineGlobalFunction("eval", 1, func(_ Value, args []Value) Value {
		// An argument that is not a string is eval's result as it is;
		// a string would have to be compiled.
		if x := Arg(args, 0); !x.IsString() {
			return x
		}
		throwCodeFromStrings()
		return Undefined
	})
	defineGlobalFunction("isFinite", 1, func(_ Value, args []Value) Value {
		f := ToNumber(Arg(args, 0))
		return Bool(!math.IsNaN(f) && !math.IsInf(f, 0))
	})
	defineGlobalFunction("isNaN", 1, func(_ Value, args []Value) Value {
		return Bool(math.IsNaN(ToNumber(Arg(args, 0))))
	})
	defineGlobalFunction("decodeURI", 1, func(_ Value, args []Value) Value {
		return uriDecode(ToString(Arg(args, 0)), ";/?:@&=+$,#")
	})
	defineGlobalFunction("decodeURIComponent", 1, func(_ Value, args []Value) Value {
		return uriDecode(ToString(Arg(args, 0)), "")
	})
	defineGlobalFunction("encodeURI", 1, func(_ Value, args []Value) Value {
		return uriEncode(ToString(Arg(args, 0)), ";/?:@&=+$,#")
	})
	defineGlobalFunction("encodeURIComponent", 1, func(_ Value, args []Value) Value {
		return uriEncode(ToString(Arg(args, 0)), "")
	})
	Global.DefineData(Key("structuredClone"), ObjectValue(NewFunction("structuredClone", 0, structuredClone)), Default)
	defineGlobalFunction("escape", 1, func(_ Value, args []Value) Value { return escape(ToString(Arg(args, 0))) })
	defineGlobalFunction("unescape", 1, func(_ Value, args []Value) Value { return unescape(ToString(Arg(args, 0))) })
}

func defineGlobalFunction(name string, length int, fn NativeFunc) {
	DefineGlobal(name, ObjectValue(NewFunction(name, length, fn)))
}

const uriUnescaped = "-_.!~*'()"

func isURIUnescaped(c uint16, extra string) bool {
	return c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		strings.IndexByte(uriUnescaped, byte(c)) >= 0 || strings.IndexByte(extra, byte(c)) >= 0)
}

func throwURIMalformed() {
	ThrowError(URIErrorPrototype, "URI malformed")
}

// uriEncode is the spec's Encode: code points outside the unescaped set
// (and extra) become %XX bytes of their UTF-8; a lone surrogate throws.
func uriEncode(s Value, extra string) Value {
	u := s.UTF16()
	var b strings.Builder
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(u); i++ {
		c := u[i]
		if isURIUnescaped(c, extra) {
			b.WriteByte(byte(c))
			continue
		}
		r := rune(c)
		if utf16.IsSurrogate(r) {
			if c >= 0xdc00 || i+1 >= len(u) || u[i+1] < 0xdc00 || u[i+1] > 0xdfff {
				throwURIMalformed()
			}
			r = utf16.DecodeRune(r, rune(u[i+1]))
			i++
		}
		var buf [4]byte
		for _, x := range buf[:utf8.EncodeRune(buf[:], r)] {
			b.WriteByte('%')
			b.WriteByte(hex[x>>4])
			b.WriteByte(hex[x&15])
		}
	}
	return strASCII(b.String())
}

// uriDecode is the spec's Decode: %XX sequences of UTF-8 become their code
// points, except single bytes in reserved, which stay escaped.
func uriDecode(s Value, reserved string) Value {
	u := s.UTF16()
	out := make([]uint16, 0, len(u))
	hexByte := func(i int) byte {
		if i+2 >= len(u) || u[i] != '%' {
			throwURIMalformed()
		}
		hi, lo := digitValue(rune(u[i+1])), digitValue(rune(u[i+2]))
		if hi >= 16 || lo >= 16 {
			throwURIMalformed()
		}
		return byte(hi<<4 | lo)
	}
	for i := 0; i < len(u); i++ {
		if u[i] != '%' {
			out = append(out, u[i])
			continue
		}
		start := i
		b := hexByte(i)
		i += 2
		if b < 0x80 {
			if strings.IndexByte(reserved, b) >= 0 {
				out = append(out, u[start:i+1]...)
			} else {
				out = append(out, uint16(b))
			}
			continue
		}
		var n int
		switch {
		case b&0xe0 == 0xc0:
			n = 2
		case b&0xf0 == 0xe0:
			n = 3
		case b&0xf8 == 0xf0:
			n = 4
		default:
			throwURIMalformed()
		}
		bytes := []byte{b}
		for k := 1; k < n; k++ {
			i++
			bytes = append(bytes, hexByte(i))
			i += 2
		}
		r, size := utf8.DecodeRune(bytes)
		if r == utf8.RuneError || size != n {
			throwURIMalformed()
		}
		if r >= 0x10000 {
			hi, lo := utf16.EncodeRune(r)
			out = append(out, uint16(hi), uint16(lo))
		} else {
			out = append(out, uint16(r))
		}
	}
	return Str16(out)
}

// escape is Annex B's escape: %XX for code units below 256, %uXXXX above,
// except letters, digits and @*_+-./.
func escape(s Value) Value {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for _, c := range s.UTF16() {
		switch {
		case c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("@*_+-./", byte(c)) >= 0):
			b.WriteByte(byte(c))
		case c < 256:
			b.WriteString("%" + string(hex[c>>4]) + string(hex[c&15]))
		default:
			b.WriteString("%u" + string(hex[c>>12]) + string(hex[c>>8&15]) + string(hex[c>>4&15]) + string(hex[c&15]))
		}
	}
	return strASCII(b.String())
}

// unescape is Annex B's unescape: the inverse of escape, leaving any
// malformed escape as it is.
func unescape(s Value) Value {
	u := s.UTF16()
	out := make([]uint16, 0, len(u))
	hexAt := func(i, n int) (uint16, bool) {
		if i+n > len(u) {
			return 0, false
		}
		var v uint16
		for _, c := range u[i : i+n] {
			d := digitValue(rune(c))
			if d >= 16 {
				return 0, false
			}
			v = v<<4 | uint16(d)
		}
		return v, true
	}
	for i := 0; i < len(u); i++ {
		if u[i] == '%' {
			if i+1 < len(u) && u[i+1] == 'u' {
				if v, ok := hexAt(i+2, 4); ok {
					out = append(out, v)
					i += 5
					continue
				}
			} else if v, ok := hexAt(i+1, 2); ok {
				out = append(out, v)
				i += 2
				continue
			}
		}
		out = append(out, u[i])
	}
	return Str16(out)
}

// structuredClone is node's global structuredClone: a deep copy through
// the HTML structured clone algorithm, cycles and shared references kept.
// Maps, Sets, Dates and RegExps are copied through their public methods.
func structuredClone(_ Value, args []Value) Value {
	if len(args) == 0 {
		ThrowTypeError("The value argument must be specified")
	}
	return cloneValue(args[0], map[*Object]*Object{})
}

// throwDataCloneError throws what node's DOMException DataCloneError says;
// there is no DOMException here, so it is an Error named DataCloneError.
func throwDataCloneError(what string) {
	e := NewError(ErrorPrototype, what+" could not be cloned.")
	e.DefineData(Key("name"), strASCII("DataCloneError"), Hidden)
	e.DefineData(Key("code"), Int(25), Hidden)
	Throw(ObjectValue(e))
}

func cloneValue(v Value, memo map[*Object]*Object) Value {
	switch v.kind {
	case KindSymbol:
		throwDataCloneError(symbolDescriptiveString(v.Symbol()))
	case KindObject:
	default:
		return v
	}
	enterRecursion()
	defer leaveRecursion()
	o := v.Object()
	if c, ok := memo[o]; ok {
		return ObjectValue(c)
	}
	if o.IsCallable() {
		throwDataCloneError(functionSourceText(o))
	}
	global := func(name string) Value { return Global.Get(Key(name), ObjectValue(Global)) }
	var c *Object
	switch o.class {
	case ClassObject, ClassArguments:
		c = NewPlainObject()
	case ClassArray:
		c = NewArray(nil)
		c.SetLength(len(o.elems))
	case ClassBoolean, ClassNumber, ClassString, ClassBigInt:
		c = ToObject(o.Internal.(Value))
		memo[o] = c
		return ObjectValue(c)
	case ClassDate:
		c = Construct(global("Date"), nil, CallMethod("getTime", v, Key("getTime"))).Object()
		memo[o] = c
		return ObjectValue(c)
	case ClassRegExp:
		c = Construct(global("RegExp"), nil, GetProp(v, Key("source")), GetProp(v, Key("flags"))).Object()
		memo[o] = c
		return ObjectValue(c)
	case ClassMap, ClassSet:
		return cloneCollection(o, memo)
	case ClassError:
		return cloneError(o, memo)
	default:
		throwDataCloneError(objectDescription(o))
	}
	memo[o] = c
	for _, k := range o.OwnKeys() {
		if k.Symbol != nil {
			continue
		}
		if d, ok := o.GetOwnProperty(k); ok && d.Flags&Enumerable != 0 {
			c.CreateDataProperty(k, cloneValue(o.Get(k, v), memo))
		}
	}
	return ObjectValue(c)
}

// cloneCollection copies a Map (entries) or a Set (values).
func cloneCollection(o *Object, memo map[*Object]*Object) Value {
	v := ObjectValue(o)
	ctor, iterate, add := "Set", "values", "add"
	if o.class == ClassMap {
		ctor, iterate, add = "Map", "entries", "set"
	}
	c := Construct(Global.Get(Key(ctor), ObjectValue(Global)), nil)
	memo[o] = c.Object()
	it := GetIterator(CallMethod(iterate, v, Key(iterate)))
	for x, ok := it.Next(); ok; x, ok = it.Next() {
		if o.class == ClassMap {
			CallMethod(add, c, Key(add), cloneValue(GetIndex(x, Int(0)), memo), cloneValue(GetIndex(x, Int(1)), memo))
		} else {
			CallMethod(add, c, Key(add), cloneValue(x, memo))
		}
	}
	return c
}

// cloneError copies an error's kind (by its name), message, stack and cause.
func cloneError(o *Object, memo map[*Object]*Object) Value {
	v := ObjectValue(o)
	proto := ErrorPrototype
	switch ToGoString(GetProp(v, Key("name"))) {
	case "TypeError":
		proto = TypeErrorPrototype
	case "RangeError":
		proto = RangeErrorPrototype
	case "ReferenceError":
		proto = ReferenceErrorPrototype
	case "SyntaxError":
		proto = SyntaxErrorPrototype
	case "EvalError":
		proto = EvalErrorPrototype
	case "URIError":
		proto = URIErrorPrototype
	}
	c := NewClassObject(proto, ClassError, &errorData{formatted: true})
	memo[o] = c
	for _, name := range []string{"stack", "message", "cause"} {
		if d, ok := o.GetOwnProperty(Key(name)); ok {
			val := d.Value
			if d.IsAccessor() {
				val = o.Get(Key(name), v)
			}
			c.DefineData(Key(name), cloneValue(val, memo), Hidden)
		}
	}
	return ObjectValue(c)
}
