package runtime

import (
	"encoding/base64"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The WHATWG encoding globals node has: TextEncoder and TextDecoder
// (UTF-8, UTF-16LE/BE, and windows-1252 as node decodes it), and atob/btoa
// with node's validation and its InvalidCharacterError DOMExceptions.

// textDecoder is a TextDecoder's state; pending holds the bytes of an
// incomplete character left by a streaming decode.
type textDecoder struct {
	encoding         string
	fatal, ignoreBOM bool
	pending          []byte
	started          bool // some bytes have been decoded (a BOM is only stripped first)
}

// textDecoderEncoding is the encoding a TextDecoder label names, "" for
// one the runtime does not have.
func textDecoderEncoding(label string) string {
	switch strings.ToLower(strings.Trim(label, "\t\n\f\r ")) {
	case "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8":
		return "utf-8"
	case "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le":
		return "utf-16le"
	case "unicodefffe", "utf-16be":
		return "utf-16be"
	case "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
		"iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252":
		return "windows-1252"
	}
	return ""
}

// bufferSourceBytes is the bytes of an ArrayBuffer or ArrayBufferView (shared).
func bufferSourceBytes(v Value) ([]byte, bool) {
	o := v.Object()
	if o == nil {
		return nil, false
	}
	switch in := o.Internal.(type) {
	case *arrayBuffer:
		return in.bytes, o.class == ClassArrayBuffer
	case *typedArray:
		return in.bytesOf(), true
	case *dataView:
		n := in.fixed
		if in.tracking {
			n = len(in.buf.bytes) - in.offset
		}
		return in.buf.bytes[in.offset : in.offset+n], o.class == ClassDataView
	}
	return nil, false
}

// incompleteTail is how many bytes at the end of b begin a UTF-8 (or, for
// utf-16le, a code unit or surrogate pair) that more bytes could complete.
func incompleteTail(b []byte, encoding string) int {
	switch encoding {
	case "windows-1252":
		return 0
	case "utf-16le", "utf-16be":
		n := len(b) % 2
		if len(b)-n >= 2 {
			if u := unit16(b[len(b)-n-2:], encoding); u >= 0xD800 && u < 0xDC00 {
				n += 2
			}
		}
		return n
	}
	for k := 1; k <= 3 && k <= len(b); k++ {
		c := b[len(b)-k]
		if c&0xC0 == 0x80 {
			continue
		}
		need := 0
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 2
		case c >= 0xE0 && c <= 0xEF:
			need = 3
		case c >= 0xF0 && c <= 0xF4:
			need = 4
		}
		if need > k && !utf8.FullRune(b[len(b)-k:]) {
			return k
		}
		return 0
	}
	return 0
}

// unit16 is the UTF-16 code unit at the start of b.
func unit16(b []byte, encoding string) uint16 {
	if encoding == "utf-16be" {
		return uint16(b[0])<<8 | uint16(b[1])
	}
	return le.Uint16(b)
}

// decode is TextDecoder.prototype.decode of b.
func (d *textDecoder) decode(b []byte, stream bool) Value {
	data := append(d.pending, b...)
	d.pending = nil
	if stream {
		if n := incompleteTail(data, d.encoding); n > 0 {
			d.pending = append([]byte{}, data[len(data)-n:]...)
			data = data[:len(data)-n]
		}
	}
	invalid := func() {
		throwNodeError(TypeErrorPrototype, "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding "+d.encoding)
	}
	var s Value
	switch d.encoding {
	case "windows-1252":
		// Node decodes windows-1252 as ISO-8859-1: each byte is its code point.
		s = decodeBytes(data, "latin1")
	case "utf-16le", "utf-16be":
		u := make([]uint16, len(data)/2)
		for i := range u {
			u[i] = unit16(data[2*i:], d.encoding)
		}
		runes := utf16.Decode(u)
		for _, r := range runes {
			if r == utf8.RuneError && d.fatal {
				invalid()
			}
		}
		if len(data)%2 == 1 {
			if d.fatal {
				invalid()
			}
			runes = append(runes, utf8.RuneError)
		}
		if !d.started && !d.ignoreBOM && len(runes) > 0 && runes[0] == 0xFEFF {
			runes = runes[1:]
		}
		s = Str(string(runes))
	default:
		if d.fatal && !utf8.Valid(data) {
			invalid()
		}
		if !d.started && !d.ignoreBOM {
			data = []byte(strings.TrimPrefix(string(data), "\uFEFF"))
		}
		s = utf8Decode(data)
	}
	d.started = stream && (d.started || len(data) > 0)
	return s
}

func init() {
	// TextEncoder
	encProto := NewPlainObject()
	encCtor := NewConstructor("TextEncoder", 0, nil, func(_ []Value, newTarget *Object) Value {
		o := OrdinaryCreateFromConstructor(newTarget, encProto)
		o.Internal = "TextEncoder"
		return ObjectValue(o)
	})
	DefineConstructor(encCtor, encProto)
	thisEncoder := func(this Value) {
		if o := this.Object(); o == nil || o.Internal != "TextEncoder" {
			throwNodeError(TypeErrorPrototype, "ERR_INVALID_THIS", `Value of "this" must be of type TextEncoder`)
		}
	}
	DefineGetter(encProto, "encoding", func(this Value, _ []Value) Value {
		thisEncoder(this)
		return Str("utf-8")
	})
	DefineMethod(encProto, "encode", 0, func(this Value, args []Value) Value {
		thisEncoder(this)
		in := Arg(args, 0)
		if in.IsUndefined() {
			in = Str("")
		}
		return ObjectValue(NewTypedArray("Uint8Array", utf8Encode(ToString(in))))
	})
	DefineMethod(encProto, "encodeInto", 2, func(this Value, args []Value) Value {
		thisEncoder(this)
		src := ToString(Arg(args, 0))
		dest, ok := asUint8Array(Arg(args, 1))
		if !ok {
			throwArgType("dest", "an instance of Uint8Array", Arg(args, 1))
		}
		read, written := 0, 0
		u := src.UTF16()
		for read < len(u) {
			n := 1
			r := rune(u[read])
			if utf16.IsSurrogate(r) && read+1 < len(u) {
				if p := utf16.DecodeRune(r, rune(u[read+1])); p != utf8.RuneError {
					r, n = p, 2
				}
			}
			if utf16.IsSurrogate(r) {
				r = utf8.RuneError
			}
			if written+utf8.RuneLen(r) > len(dest) {
				break
			}
			written += utf8.EncodeRune(dest[written:], r)
			read += n
		}
		o := NewPlainObject()
		o.CreateDataProperty(Key("read"), Int(read))
		o.CreateDataProperty(Key("written"), Int(written))
		return ObjectValue(o)
	})
	DefineSymbolMethod(encProto, customInspectSymbol(), 2, func(this Value, _ []Value) Value {
		o := NewPlainObject()
		o.CreateDataProperty(Key("encoding"), Str("utf-8"))
		return ObjectValue(o)
	})
	encProto.DefineData(SymbolKey(SymToStringTag), Str("TextEncoder"), Configurable)

	// TextDecoder
	decProto := NewPlainObject()
	decCtor := NewConstructor("TextDecoder", 0, nil, func(args []Value, newTarget *Object) Value {
		label := "utf-8"
		if l := Arg(args, 0); !l.IsUndefined() {
			label = ToGoString(l)
		}
		d := &textDecoder{encoding: textDecoderEncoding(label)}
		if d.encoding == "" {
			throwNodeError(RangeErrorPrototype, "ERR_ENCODING_NOT_SUPPORTED", `The "`+label+`" encoding is not supported`)
		}
		if opts := Arg(args, 1); !opts.IsNullish() {
			o := opts.Object()
			if o == nil {
				throwArgType("options", "of type object", opts)
			}
			d.fatal = o.Get(Key("fatal"), opts).Truthy()
			d.ignoreBOM = o.Get(Key("ignoreBOM"), opts).Truthy()
		}
		obj := OrdinaryCreateFromConstructor(newTarget, decProto)
		obj.Internal = d
		return ObjectValue(obj)
	})
	DefineConstructor(decCtor, decProto)
	thisDecoder := func(this Value) *textDecoder {
		if o := this.Object(); o != nil {
			if d, ok := o.Internal.(*textDecoder); ok {
				return d
			}
		}
		throwNodeError(TypeErrorPrototype, "ERR_INVALID_THIS", `Value of "this" must be of type TextDecoder`)
		return nil
	}
	DefineGetter(decProto, "encoding", func(this Value, _ []Value) Value { return Str(thisDecoder(this).encoding) })
	DefineGetter(decProto, "fatal", func(this Value, _ []Value) Value { return Bool(thisDecoder(this).fatal) })
	DefineGetter(decProto, "ignoreBOM", func(this Value, _ []Value) Value { return Bool(thisDecoder(this).ignoreBOM) })
	DefineMethod(decProto, "decode", 0, func(this Value, args []Value) Value {
		d := thisDecoder(this)
		var b []byte
		if in := Arg(args, 0); !in.IsUndefined() {
			var ok bool
			if b, ok = bufferSourceBytes(in); !ok {
				throwNodeError(TypeErrorPrototype, "ERR_INVALID_ARG_TYPE", `The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.`)
			}
		}
		stream := false
		if opts := Arg(args, 1); !opts.IsNullish() {
			if o := opts.Object(); o != nil {
				stream = o.Get(Key("stream"), opts).Truthy()
			}
		}
		return d.decode(b, stream)
	})
	DefineSymbolMethod(decProto, customInspectSymbol(), 2, func(this Value, _ []Value) Value {
		d := thisDecoder(this)
		o := NewPlainObject()
		o.CreateDataProperty(Key("encoding"), Str(d.encoding))
		o.CreateDataProperty(Key("fatal"), Bool(d.fatal))
		o.CreateDataProperty(Key("ignoreBOM"), Bool(d.ignoreBOM))
		return Str("TextDecoder " + Inspect(ObjectValue(o)))
	})
	decProto.DefineData(SymbolKey(SymToStringTag), Str("TextDecoder"), Configurable)

	DefineGlobal("atob", ObjectValue(NewFunction("atob", 1, func(_ Value, args []Value) Value {
		if len(args) == 0 {
			throwNodeError(TypeErrorPrototype, "ERR_MISSING_ARGS", `The "input" argument must be specified`)
		}
		s := ToString(args[0]).UTF16()
		data, equals := 0, 0
		var clean []byte
		for _, c := range s {
			switch {
			case c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ':
				continue
			case c == '=':
				equals++
			case c < 128 && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'):
				if equals > 0 {
					Throw(abortError("InvalidCharacterError", "Invalid character", 5))
				}
				clean = append(clean, byte(c))
			default:
				Throw(abortError("InvalidCharacterError", "Invalid character", 5))
			}
			if data++; equals > 2 {
				Throw(abortError("InvalidCharacterError", "Invalid character", 5))
			}
		}
		rem := data % 4
		if rem == 0 {
			rem = (data - equals) % 4
		} else if equals > 0 {
			Throw(abortError("InvalidCharacterError", "Invalid character", 5))
		}
		if rem == 1 {
			Throw(abortError("InvalidCharacterError", "The string to be decoded is not correctly encoded.", 5))
		}
		if len(clean)%4 == 1 {
			clean = clean[:len(clean)-1]
		}
		b, _ := base64.RawStdEncoding.DecodeString(string(clean))
		return decodeBytes(b, "latin1")
	})))
	DefineGlobal("btoa", ObjectValue(NewFunction("btoa", 1, func(_ Value, args []Value) Value {
		if len(args) == 0 {
			throwNodeError(TypeErrorPrototype, "ERR_MISSING_ARGS", `The "input" argument must be specified`)
		}
		u := ToString(args[0]).UTF16()
		b := make([]byte, len(u))
		for i, c := range u {
			if c > 0xFF {
				Throw(abortError("InvalidCharacterError", "Invalid character", 5))
			}
			b[i] = byte(c)
		}
		return Str(base64.StdEncoding.EncodeToString(b))
	})))
}
