package runtime

import (
	"encoding/base64"
	"encoding/hex"
	"math"
	"math/big"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// node's Buffer (the global and node:buffer): a Uint8Array whose prototype
// is Buffer.prototype, over the runtime's own typed arrays, so every
// TypedArray method, indexing and iteration work on it unchanged. The
// methods follow lib/buffer.js: argument juggling (write(str, enc)),
// offsets truncated and clamped as node does, and node's error codes.

// BufferPrototype is Buffer.prototype; BufferConstructor is Buffer.
var (
	BufferPrototype   *Object
	BufferConstructor *Object
)

// uint8Type is Uint8Array's element type, the one a Buffer has.
func uint8Type() *elementType { return elementTypes[1] }

// newBuffer makes a Buffer over a new ArrayBuffer holding data.
func newBuffer(data []byte) *Object {
	ab := NewArrayBuffer(0)
	ab.Internal.(*arrayBuffer).bytes = data
	return typedArrayOn(uint8Type(), BufferPrototype, ab, 0, len(data), false)
}

// bytesOf is the bytes a typed array views (shared, not copied).
func (ta *typedArray) bytesOf() []byte {
	return ta.buf.bytes[ta.offset : ta.offset+ta.len()*ta.typ.size]
}

// asUint8Array returns v's bytes when it is a Uint8Array (a Buffer is one).
func asUint8Array(v Value) ([]byte, bool) {
	ta := asTypedArray(v)
	if ta == nil || ta.typ != uint8Type() {
		return nil, false
	}
	return ta.bytesOf(), true
}

// thisBuffer is the bytes of a Buffer method's receiver.
func thisBuffer(this Value) []byte {
	b, ok := asUint8Array(this)
	if !ok {
		ThrowTypeError("argument must be a buffer")
	}
	return b
}

// throwNodeError throws a node error with its code, which node's errors
// also show in the first line of their stack ("RangeError [ERR_X]: ...")
// because their name includes it while the stack is taken.
func throwNodeError(proto *Object, code, msg string) {
	e := NewError(nodeErrorPrototype(proto), msg)
	name := ToGoString(e.Get(Key("name"), ObjectValue(e)))
	e.DefineData(Key("name"), Str(name+" ["+code+"]"), Hidden)
	e.Get(Key("stack"), ObjectValue(e))
	e.Delete(Key("name"))
	e.DefineData(Key("code"), Str(code), Hidden|Enumerable)
	Throw(ObjectValue(e))
}

// throwArgType is node's ERR_INVALID_ARG_TYPE, "The "name" argument must
// be <must>. Received …", as a coded error.
func throwArgType(name, must string, v Value) {
	throwNodeError(TypeErrorPrototype, "ERR_INVALID_ARG_TYPE", `The "`+name+`" argument must be `+must+". Received "+describeReceived(v))
}

// nodeErrorPrototypes are the prototypes of node's coded errors, one per
// error prototype: node's errors are instances of a subclass whose
// toString shows the code as well.
var nodeErrorPrototypes = map[*Object]*Object{}

func nodeErrorPrototype(base *Object) *Object {
	if p := nodeErrorPrototypes[base]; p != nil {
		return p
	}
	p := NewObject(base)
	p.DefineData(Key("constructor"), base.Get(Key("constructor"), ObjectValue(base)), Hidden)
	DefineMethod(p, "toString", 0, func(this Value, _ []Value) Value {
		o := ToObject(this)
		get := func(k string) string { return ToGoString(o.Get(Key(k), this)) }
		return Str(get("name") + " [" + get("code") + "]: " + get("message"))
	})
	nodeErrorPrototypes[base] = p
	return p
}

// throwOutOfRange is node's ERR_OUT_OF_RANGE; integers beyond 2^32 are
// shown with numeric separators.
func throwOutOfRange(name, rng string, v Value) {
	received := ToGoString(v)
	switch {
	case v.Kind() == KindBigInt:
		if b := v.BigIntValue(); b.CmpAbs(big.NewInt(1<<32)) > 0 {
			received = addNumericalSeparator(received)
		}
		received += "n"
	case v.IsNumber() && v.num == math.Trunc(v.num) && math.Abs(v.num) > 1<<32:
		received = addNumericalSeparator(received)
	}
	throwNodeError(RangeErrorPrototype, "ERR_OUT_OF_RANGE", `The value of "`+name+`" is out of range. It must be `+rng+". Received "+received)
}

// addNumericalSeparator is node's: digits grouped in threes with '_'.
func addNumericalSeparator(s string) string {
	res, i, start := "", len(s), 0
	if strings.HasPrefix(s, "-") {
		start = 1
	}
	for ; i >= start+4; i -= 3 {
		res = "_" + s[i-3:i] + res
	}
	return s[:i] + res
}

// bufferEncoding is node's normalizeEncoding: the canonical name of an
// encoding argument ("utf8" for undefined), "" for an unknown one.
func bufferEncoding(v Value) string {
	if v.IsUndefined() {
		return "utf8"
	}
	switch strings.ToLower(ToGoString(v)) {
	case "utf8", "utf-8", "":
		return "utf8"
	case "hex":
		return "hex"
	case "base64":
		return "base64"
	case "base64url":
		return "base64url"
	case "latin1", "binary":
		return "latin1"
	case "ascii":
		return "ascii"
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "utf16le"
	}
	return ""
}

// requireEncoding is bufferEncoding that throws ERR_UNKNOWN_ENCODING.
func requireEncoding(v Value) string {
	enc := bufferEncoding(v)
	if enc == "" || (v.IsString() && v.StrLen() == 0) {
		throwNodeError(TypeErrorPrototype, "ERR_UNKNOWN_ENCODING", "Unknown encoding: "+ToGoString(v))
	}
	return enc
}

// utf8Encode is a string's UTF-8 bytes, lone surrogates as U+FFFD.
func utf8Encode(s Value) []byte {
	t := s.Text()
	if utf8.ValidString(t) {
		return []byte(t)
	}
	return []byte(string(utf16.Decode(s.UTF16())))
}

// utf8Decode is the WHATWG UTF-8 decoder: each maximal invalid
// subsequence becomes one U+FFFD (Go's decoder replaces byte by byte).
func utf8Decode(b []byte) Value {
	if utf8.Valid(b) {
		return Str(string(b))
	}
	var sb strings.Builder
	need, seen, cp := 0, 0, rune(0)
	lower, upper := byte(0x80), byte(0xBF)
	for i := 0; i < len(b); i++ {
		c := b[i]
		if need == 0 {
			switch {
			case c <= 0x7F:
				sb.WriteByte(c)
			case c >= 0xC2 && c <= 0xDF:
				need, cp = 1, rune(c&0x1F)
			case c >= 0xE0 && c <= 0xEF:
				if c == 0xE0 {
					lower = 0xA0
				} else if c == 0xED {
					upper = 0x9F
				}
				need, cp = 2, rune(c&0xF)
			case c >= 0xF0 && c <= 0xF4:
				if c == 0xF0 {
					lower = 0x90
				} else if c == 0xF4 {
					upper = 0x8F
				}
				need, cp = 3, rune(c&7)
			default:
				sb.WriteRune(utf8.RuneError)
			}
			continue
		}
		if c < lower || c > upper {
			need, seen, cp, lower, upper = 0, 0, 0, 0x80, 0xBF
			sb.WriteRune(utf8.RuneError)
			i-- // the byte starts afresh
			continue
		}
		lower, upper = 0x80, 0xBF
		cp = cp<<6 | rune(c&0x3F)
		if seen++; seen == need {
			sb.WriteRune(cp)
			need, seen, cp = 0, 0, 0
		}
	}
	if need != 0 {
		sb.WriteRune(utf8.RuneError)
	}
	return Str(sb.String())
}

// base64Decode is node's forgiving base64: both alphabets, characters
// outside them skipped, decoding ends at the first '='.
func base64Decode(s string) []byte {
	var clean []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '=':
			i = len(s)
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			clean = append(clean, c)
		case c == '-':
			clean = append(clean, '+')
		case c == '_':
			clean = append(clean, '/')
		}
	}
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1]
	}
	out, _ := base64.RawStdEncoding.DecodeString(string(clean))
	return out
}

// encodeString is the bytes of s in enc.
func encodeString(s Value, enc string) []byte {
	switch enc {
	case "latin1", "ascii":
		u := s.UTF16()
		b := make([]byte, len(u))
		for i, c := range u {
			b[i] = byte(c)
		}
		return b
	case "utf16le":
		u := s.UTF16()
		b := make([]byte, 2*len(u))
		for i, c := range u {
			le.PutUint16(b[2*i:], c)
		}
		return b
	case "hex":
		t := s.Text()
		var b []byte
		for i := 0; i+1 < len(t); i += 2 {
			v, err := hex.DecodeString(t[i : i+2])
			if err != nil {
				break
			}
			b = append(b, v[0])
		}
		return b
	case "base64", "base64url":
		return base64Decode(s.Text())
	}
	return utf8Encode(s)
}

// decodeBytes is the string b holds in enc.
func decodeBytes(b []byte, enc string) Value {
	switch enc {
	case "latin1", "ascii":
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c)
			if enc == "ascii" {
				u[i] &= 0x7F
			}
		}
		return Str16(u)
	case "utf16le":
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = le.Uint16(b[2*i:])
		}
		return Str16(u)
	case "hex":
		return Str(hex.EncodeToString(b))
	case "base64":
		return Str(base64.StdEncoding.EncodeToString(b))
	case "base64url":
		return Str(base64.RawURLEncoding.EncodeToString(b))
	}
	return utf8Decode(b)
}

// adjustOffset is node's: a slice bound truncated, negative from the end,
// clamped to [0, length].
func adjustOffset(v Value, length int) int {
	f := math.Trunc(ToNumber(v))
	switch {
	case f == 0 || math.IsNaN(f):
		return 0
	case f < 0:
		return int(max(f+float64(length), 0))
	case f < float64(length):
		return int(f)
	}
	return length
}

// bufferFrom is Buffer.from(value, encodingOrOffset, length).
func bufferFrom(v, encOrOffset, length Value) *Object {
	if v.IsString() {
		// Buffer.from takes any encoding that is not a non-empty string as utf8.
		enc := "utf8"
		if encOrOffset.IsString() && encOrOffset.StrLen() > 0 {
			enc = requireEncoding(encOrOffset)
		}
		return newBuffer(encodeString(v, enc))
	}
	if o := v.Object(); o != nil {
		if ab, ok := o.Internal.(*arrayBuffer); ok && o.class == ClassArrayBuffer {
			off := 0
			if !encOrOffset.IsUndefined() {
				off = int(toIntegerOrInfinity(encOrOffset))
			}
			if off < 0 || off > len(ab.bytes) {
				throwNodeError(RangeErrorPrototype, "ERR_BUFFER_OUT_OF_BOUNDS", `"offset" is outside of buffer bounds`)
			}
			n := len(ab.bytes) - off
			if !length.IsUndefined() {
				if n = int(toIntegerOrInfinity(length)); n < 0 {
					n = 0
				}
				if off+n > len(ab.bytes) {
					throwNodeError(RangeErrorPrototype, "ERR_BUFFER_OUT_OF_BOUNDS", `"length" is outside of buffer bounds`)
				}
			}
			return typedArrayOn(uint8Type(), BufferPrototype, o, off, n, false)
		}
		if f := o.Get(Key("valueOf"), v).Object(); f != nil && f.IsCallable() {
			if p := f.CallWith(v, nil); (p.IsString() || p.IsObject()) && !StrictEquals(p, v) {
				return bufferFrom(p, encOrOffset, length)
			}
		}
		if ta := asTypedArray(v); ta != nil {
			if ta.typ == uint8Type() {
				return newBuffer(append([]byte{}, ta.bytesOf()...))
			}
			b := make([]byte, ta.len())
			for i := range b {
				b[i] = byte(toUint32Float(ToNumber(ta.at(i))))
			}
			return newBuffer(b)
		}
		if !o.Get(Key("length"), v).IsUndefined() {
			return bufferFromArrayLike(v)
		}
		if o.Get(Key("type"), v).Text() == "Buffer" && isArray(o.Get(Key("data"), v)) {
			return bufferFromArrayLike(o.Get(Key("data"), v))
		}
		if f := o.Get(SymbolKey(SymToPrimitive), v).Object(); f != nil && f.IsCallable() {
			if p := f.CallWith(v, []Value{Str("string")}); p.IsString() {
				return bufferFrom(p, encOrOffset, length)
			}
		}
	}
	throwNodeError(TypeErrorPrototype, "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received "+describeReceived(v))
	return nil
}

func bufferFromArrayLike(v Value) *Object {
	o := v.Object()
	n := toLength(o.Get(Key("length"), v))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(toUint32Float(ToNumber(o.Get(Key(itoa(i)), v))))
	}
	return newBuffer(b)
}

// bufferAlloc is Buffer.alloc(size) with node's checks on size.
func bufferAlloc(size Value) []byte {
	if !size.IsNumber() {
		throwArgType("size", "of type number", size)
	}
	if n := size.num; !(n >= 0 && n <= maxBufferBytes) {
		throwOutOfRange("size", ">= 0 && <= 4294967296", size)
	}
	return make([]byte, int(size.num))
}

// bufferFill is buf.fill(value, offset, end, encoding) on b[start:end].
func bufferFill(b []byte, value, enc Value) {
	var pat []byte
	switch {
	case value.IsString():
		pat = encodeString(value, requireEncoding(enc))
		if value.StrLen() > 0 && len(pat) == 0 {
			throwNodeError(TypeErrorPrototype, "ERR_INVALID_ARG_VALUE", "The argument 'value' is invalid. Received '"+value.Text()+"'")
		}
	default:
		if u, ok := asUint8Array(value); ok {
			pat = append([]byte{}, u...)
		} else {
			pat = []byte{byte(toUint32Float(ToNumber(value)))}
		}
	}
	if len(pat) == 0 {
		pat = []byte{0}
	}
	for i := range b {
		b[i] = pat[i%len(pat)]
	}
}

// bufferIndexOf is indexOf/lastIndexOf/includes.
func bufferIndexOf(b []byte, args []Value, last bool) int {
	val, off, enc := Arg(args, 0), Arg(args, 1), Arg(args, 2)
	if off.IsString() {
		enc, off = off, Undefined
	}
	f := ToNumber(off)
	if math.IsNaN(f) {
		f = 0
		if last {
			f = float64(len(b))
		}
	}
	f = math.Trunc(max(min(f, 0x7fffffff), -0x80000000))
	if f < 0 {
		f += float64(len(b))
	}
	var needle []byte
	switch {
	case val.IsNumber():
		needle = []byte{byte(toUint32Float(val.num))}
	case val.IsString():
		needle = encodeString(val, requireEncoding(enc))
	default:
		u, ok := asUint8Array(val)
		if !ok {
			throwNodeError(TypeErrorPrototype, "ERR_INVALID_ARG_TYPE", `The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received `+describeReceived(val))
		}
		needle = u
	}
	if last {
		start := min(int(max(f, -1)), len(b)-len(needle))
		for i := start; i >= 0; i-- {
			if string(b[i:i+len(needle)]) == string(needle) {
				return i
			}
		}
		return -1
	}
	start := int(max(f, 0))
	if len(needle) == 0 {
		return min(start, len(b))
	}
	if start > len(b) {
		return -1
	}
	if i := strings.Index(string(b[start:]), string(needle)); i >= 0 {
		return start + i
	}
	return -1
}

// compareBytes is -1, 0 or 1.
func compareBytes(a, b []byte) int {
	return strings.Compare(string(a), string(b))
}

// validateOffset is node's: v (dflt when undefined) must be an integer
// number in [0, hi].
func validateOffset(v Value, name string, dflt, hi int) int {
	if v.IsUndefined() {
		return dflt
	}
	if !v.IsNumber() {
		throwArgType(name, "of type number", v)
	}
	if v.num != math.Trunc(v.num) || math.IsInf(v.num, 0) {
		throwOutOfRange(name, "an integer", v)
	}
	if v.num < 0 || v.num > float64(hi) {
		throwOutOfRange(name, ">= 0 && <= "+itoa(hi), v)
	}
	return int(v.num)
}

// bufferRange is an optional [start, end) argument pair: the start any
// offset, the end within n bytes.
func bufferRange(s, e Value, sName, eName string, n int) (int, int) {
	return validateOffset(s, sName, 0, maxBufferBytes), validateOffset(e, eName, n, n)
}

// checkOffset is node's checkBounds for a read or write of size bytes at
// offset: offset defaults to 0 and must be a number; the error names the
// last valid offset.
func checkOffset(b []byte, offset Value, size int) int {
	if offset.IsUndefined() {
		offset = Int(0)
	}
	if !offset.IsNumber() {
		throwArgType("offset", "of type number", offset)
	}
	f := offset.num
	if f >= 0 && f == math.Trunc(f) && f+float64(size) <= float64(len(b)) {
		return int(f)
	}
	switch {
	case f != math.Trunc(f):
		throwOutOfRange("offset", "an integer", offset)
	case len(b)-size < 0:
		throwNodeError(RangeErrorPrototype, "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds")
	}
	throwOutOfRange("offset", ">= 0 and <= "+itoa(len(b)-size), offset)
	return 0
}

// readInt reads an unsigned or two's-complement integer of size bytes.
func readInt(b []byte, size int, bigEndian, signed bool) float64 {
	u := readUint(b, size, bigEndian)
	if signed && u&(1<<(8*size-1)) != 0 {
		return float64(int64(u) - int64(1)<<(8*size))
	}
	return float64(u)
}

// readUint is the size bytes at the start of b as an unsigned integer.
func readUint(b []byte, size int, bigEndian bool) uint64 {
	var u uint64
	for i := range size {
		j := i
		if !bigEndian {
			j = size - 1 - i
		}
		u = u<<8 | uint64(b[j])
	}
	return u
}

// writeInt writes the integer part of f in size bytes, modulo 2^(8*size).
func writeInt(b []byte, f float64, size int, bigEndian bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		f = 0
	}
	u := uint64(int64(math.Trunc(f)))
	for i := range size {
		j := size - 1 - i
		if !bigEndian {
			j = i
		}
		b[j] = byte(u)
		u >>= 8
	}
}

// intRange is node's checkInt message for a size-byte value.
func intRange(size int, signed bool) (lo, hi float64, text string) {
	bits := 8 * size
	if signed {
		lo, hi = -math.Exp2(float64(bits-1)), math.Exp2(float64(bits-1))-1
	} else {
		lo, hi = 0, math.Exp2(float64(bits))-1
	}
	switch {
	case size <= 4:
		text = ">= " + NumberToString(lo) + " and <= " + NumberToString(hi)
	case signed:
		text = ">= -(2 ** " + itoa(bits-1) + ") and < 2 ** " + itoa(bits-1)
	default:
		text = ">= 0 and < 2 ** " + itoa(bits)
	}
	return
}

func init() {
	u8 := uint8Type()
	BufferPrototype = NewObject(u8.proto)
	construct := func(args []Value, _ *Object) Value {
		if a := Arg(args, 0); a.IsNumber() {
			if Arg(args, 1).IsString() {
				throwArgType("string", "of type string", a)
			}
			return ObjectValue(newBuffer(bufferAlloc(a)))
		}
		return ObjectValue(bufferFrom(Arg(args, 0), Arg(args, 1), Arg(args, 2)))
	}
	c := NewConstructor("Buffer", 3, func(_ Value, args []Value) Value { return construct(args, nil) }, construct)
	BufferConstructor = c
	c.SetProtoRaw(u8.ctor)
	DefineConstructor(c, BufferPrototype)
	c.DefineData(Key("poolSize"), Int(8192), Writable|Enumerable|Configurable)
	DefineMethod(c, "from", 3, func(_ Value, args []Value) Value {
		return ObjectValue(bufferFrom(Arg(args, 0), Arg(args, 1), Arg(args, 2)))
	})
	DefineMethod(c, "of", 0, func(_ Value, args []Value) Value {
		b := make([]byte, len(args))
		for i, a := range args {
			b[i] = byte(toUint32Float(ToNumber(a)))
		}
		return ObjectValue(newBuffer(b))
	})
	DefineMethod(c, "alloc", 3, func(_ Value, args []Value) Value {
		b := bufferAlloc(Arg(args, 0))
		if f := Arg(args, 1); !f.IsUndefined() && !(f.IsNumber() && f.num == 0) && len(b) > 0 {
			bufferFill(b, f, Arg(args, 2))
		}
		return ObjectValue(newBuffer(b))
	})
	for _, name := range []string{"allocUnsafe", "allocUnsafeSlow"} {
		DefineMethod(c, name, 1, func(_ Value, args []Value) Value { return ObjectValue(newBuffer(bufferAlloc(Arg(args, 0)))) })
	}
	DefineMethod(c, "isBuffer", 1, func(_ Value, args []Value) Value {
		o := Arg(args, 0).Object()
		for ; o != nil; o = o.proto {
			if o.proto == BufferPrototype {
				return True
			}
		}
		return False
	})
	DefineMethod(c, "isEncoding", 1, func(_ Value, args []Value) Value {
		e := Arg(args, 0)
		return Bool(e.IsString() && e.StrLen() > 0 && bufferEncoding(e) != "")
	})
	DefineMethod(c, "byteLength", 2, func(_ Value, args []Value) Value {
		s := Arg(args, 0)
		if !s.IsString() {
			if ta := asTypedArray(s); ta != nil {
				return Int(ta.len() * ta.typ.size)
			}
			if o := s.Object(); o != nil && o.class == ClassArrayBuffer {
				return Int(len(o.Internal.(*arrayBuffer).bytes))
			}
			throwNodeError(TypeErrorPrototype, "ERR_INVALID_ARG_TYPE", `The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received `+describeReceived(s))
		}
		enc := bufferEncoding(Arg(args, 1))
		if enc == "" {
			enc = "utf8"
		}
		return Int(len(encodeString(s, enc)))
	})
	DefineMethod(c, "compare", 2, func(_ Value, args []Value) Value {
		a, ok := asUint8Array(Arg(args, 0))
		if !ok {
			throwArgType("buf1", "an instance of Buffer or Uint8Array", Arg(args, 0))
		}
		b, ok := asUint8Array(Arg(args, 1))
		if !ok {
			throwArgType("buf2", "an instance of Buffer or Uint8Array", Arg(args, 1))
		}
		return Int(compareBytes(a, b))
	})
	DefineMethod(c, "concat", 2, func(_ Value, args []Value) Value {
		list := Arg(args, 0)
		if !isArray(list) {
			throwArgType("list", "an instance of Array", list)
		}
		var out []byte
		for i, v := range CreateListFromArrayLike(list) {
			b, ok := asUint8Array(v)
			if !ok {
				throwArgType("list["+itoa(i)+"]", "an instance of Buffer or Uint8Array", v)
			}
			out = append(out, b...)
		}
		if t := Arg(args, 1); !t.IsUndefined() {
			n := int(toIntegerOrInfinity(t))
			if n < 0 {
				throwOutOfRange("length", ">= 0 && <= 9007199254740991", t)
			}
			if n <= len(out) {
				out = out[:n]
			} else {
				out = append(out, make([]byte, n-len(out))...)
			}
		}
		if out == nil {
			out = []byte{}
		}
		return ObjectValue(newBuffer(out))
	})

	p := BufferPrototype
	DefineMethod(p, "toString", 3, func(this Value, args []Value) Value {
		b := thisBuffer(this)
		if len(args) == 0 {
			return utf8Decode(b)
		}
		n := float64(len(b))
		start, end := ToNumber(Arg(args, 1)), ToNumber(Arg(args, 2))
		switch {
		case start <= 0 || math.IsNaN(start):
			start = 0
		case start >= n:
			return Str("")
		default:
			start = math.Trunc(start)
		}
		if Arg(args, 2).IsUndefined() || end > n {
			end = n
		} else if end = math.Trunc(end); math.IsNaN(end) {
			end = 0
		}
		if end <= start {
			return Str("")
		}
		return decodeBytes(b[int(start):int(end)], requireEncoding(Arg(args, 0)))
	})
	p.DefineData(Key("toLocaleString"), p.Get(Key("toString"), ObjectValue(p)), Hidden)
	DefineMethod(p, "equals", 1, func(this Value, args []Value) Value {
		o, ok := asUint8Array(Arg(args, 0))
		if !ok {
			throwArgType("otherBuffer", "an instance of Buffer or Uint8Array", Arg(args, 0))
		}
		return Bool(string(thisBuffer(this)) == string(o))
	})
	DefineMethod(p, "compare", 5, func(this Value, args []Value) Value {
		b := thisBuffer(this)
		t, ok := asUint8Array(Arg(args, 0))
		if !ok {
			throwArgType("target", "an instance of Buffer or Uint8Array", Arg(args, 0))
		}
		ts, te := bufferRange(Arg(args, 1), Arg(args, 2), "targetStart", "targetEnd", len(t))
		ss, se := bufferRange(Arg(args, 3), Arg(args, 4), "sourceStart", "sourceEnd", len(b))
		switch {
		case ss >= se && ts >= te:
			return Int(0)
		case ss >= se:
			return Int(-1)
		case ts >= te:
			return Int(1)
		}
		return Int(compareBytes(b[ss:se], t[ts:te]))
	})
	DefineMethod(p, "indexOf", 3, func(this Value, args []Value) Value {
		return Int(bufferIndexOf(thisBuffer(this), args, false))
	})
	DefineMethod(p, "lastIndexOf", 3, func(this Value, args []Value) Value {
		return Int(bufferIndexOf(thisBuffer(this), args, true))
	})
	DefineMethod(p, "includes", 3, func(this Value, args []Value) Value {
		return Bool(bufferIndexOf(thisBuffer(this), args, false) != -1)
	})
	DefineMethod(p, "fill", 4, func(this Value, args []Value) Value {
		b := thisBuffer(this)
		off, end, enc := Arg(args, 1), Arg(args, 2), Arg(args, 3)
		if off.IsString() {
			enc, off, end = off, Undefined, Undefined
		} else if end.IsString() {
			enc, end = end, Undefined
		}
		if v := Arg(args, 0); v.IsString() && !enc.IsUndefined() && !enc.IsString() {
			throwArgType("encoding", "of type string", enc)
		}
		s, e := bufferRange(off, end, "offset", "end", len(b))
		if s < e {
			bufferFill(b[s:e], Arg(args, 0), enc)
		}
		return this
	})
	DefineMethod(p, "copy", 4, func(this Value, args []Value) Value {
		b := thisBuffer(this)
		t, ok := asUint8Array(Arg(args, 0))
		if !ok {
			throwArgType("target", "an instance of Buffer or Uint8Array", Arg(args, 0))
		}
		ts := 0
		if v := Arg(args, 1); !v.IsUndefined() {
			if ts = int(toIntegerOrInfinity(v)); ts < 0 {
				throwOutOfRange("targetStart", ">= 0", v)
			}
		}
		ss, se := 0, len(b)
		if v := Arg(args, 2); !v.IsUndefined() {
			if ss = int(toIntegerOrInfinity(v)); ss < 0 || ss > len(b) {
				throwOutOfRange("sourceStart", ">= 0 && <= "+itoa(len(b)), v)
			}
		}
		if v := Arg(args, 3); !v.IsUndefined() {
			if se = int(toIntegerOrInfinity(v)); se < 0 {
				throwOutOfRange("sourceEnd", ">= 0", v)
			}
			se = min(se, len(b))
		}
		if ts >= len(t) || ss >= se {
			return Int(0)
		}
		return Int(copy(t[ts:], b[ss:se]))
	})
	slice := func(this Value, args []Value) Value {
		ta := asTypedArray(this)
		if ta == nil {
			ThrowTypeError("argument must be a buffer")
		}
		n := ta.len()
		start, end := adjustOffset(Arg(args, 0), n), n
		if !Arg(args, 1).IsUndefined() {
			end = adjustOffset(Arg(args, 1), n)
		}
		return ObjectValue(typedArrayOn(u8, BufferPrototype, ta.buffer, ta.offset+start, max(end-start, 0), false))
	}
	DefineMethod(p, "subarray", 2, slice)
	DefineMethod(p, "slice", 2, slice)
	DefineMethod(p, "write", 4, func(this Value, args []Value) Value {
		b := thisBuffer(this)
		s, off, length, enc := Arg(args, 0), Arg(args, 1), Arg(args, 2), Arg(args, 3)
		start, n := 0, len(b)
		switch {
		case off.IsUndefined():
		case length.IsUndefined() && off.IsString():
			enc = off
		default:
			start = validateOffset(off, "offset", 0, len(b))
			n = len(b) - start
			if length.IsString() {
				enc = length
			} else if !length.IsUndefined() {
				n = min(n, validateOffset(length, "length", 0, len(b)))
			}
		}
		e := "utf8"
		if enc.Truthy() {
			e = requireEncoding(enc)
		}
		// The string is checked last, by the native write node calls.
		if !s.IsString() {
			throwNodeError(TypeErrorPrototype, "ERR_INVALID_ARG_TYPE", "argument must be a string")
		}
		data := encodeString(s, e)
		if len(data) > n {
			data = data[:n]
			switch e {
			case "utf8": // no partial characters
				for len(data) > 0 && !utf8.FullRune(data[lastRuneStart(data):]) {
					data = data[:lastRuneStart(data)]
				}
			case "utf16le":
				data = data[:len(data)&^1]
			}
		}
		return Int(copy(b[start:], data))
	})
	DefineMethod(p, "toJSON", 0, func(this Value, _ []Value) Value {
		b := thisBuffer(this)
		data := make([]Value, len(b))
		for i, c := range b {
			data[i] = Int(int(c))
		}
		o := NewPlainObject()
		o.CreateDataProperty(Key("type"), Str("Buffer"))
		o.CreateDataProperty(Key("data"), ObjectValue(NewArray(data)))
		return ObjectValue(o)
	})
	for _, size := range []int{2, 4, 8} {
		DefineMethod(p, "swap"+itoa(8*size), 0, func(this Value, _ []Value) Value {
			b := thisBuffer(this)
			if len(b)%size != 0 {
				throwNodeError(RangeErrorPrototype, "ERR_INVALID_BUFFER_SIZE", "Buffer size must be a multiple of "+itoa(8*size)+"-bits")
			}
			for i := 0; i < len(b); i += size {
				for j := range size / 2 {
					b[i+j], b[i+size-1-j] = b[i+size-1-j], b[i+j]
				}
			}
			return this
		})
	}
	defineBufferAccessors(p)
	DefineSymbolMethod(p, customInspectSymbol(), 2, func(this Value, _ []Value) Value {
		b := thisBuffer(this)
		shown := b[:min(len(b), 50)]
		var sb strings.Builder
		for i, c := range shown {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(hex.EncodeToString([]byte{c}))
		}
		if rest := len(b) - 50; rest > 0 {
			sb.WriteString(" ... " + itoa(rest) + " more byte")
			if rest > 1 {
				sb.WriteByte('s')
			}
		}
		name := "Buffer"
		if ctor := this.Object().Get(Key("constructor"), this).Object(); ctor != nil {
			name = ToGoString(ctor.Get(Key("name"), ObjectValue(ctor)))
		}
		return Str("<" + name + " " + sb.String() + ">")
	}).DefineData(Key("name"), Str("inspect"), Configurable)
	DefineMethod(p, "inspect", 2, p.Get(SymbolKey(customInspectSymbol()), ObjectValue(p)).Object().CallWith)
}

// lastRuneStart is where the last (maybe partial) UTF-8 sequence of b starts.
func lastRuneStart(b []byte) int {
	i := len(b) - 1
	for i > 0 && b[i]&0xC0 == 0x80 && len(b)-i < 4 {
		i--
	}
	return i
}

// defineBufferAccessors puts the read and write methods of every integer
// and float width on Buffer.prototype, with node's aliases (readUint8 for
// readUInt8).
func defineBufferAccessors(p *Object) {
	for _, size := range []int{1, 2, 4} {
		for _, signed := range []bool{false, true} {
			for _, endian := range []string{"LE", "BE"} {
				if size == 1 && endian == "BE" {
					continue
				}
				suffix := itoa(8 * size)
				if size > 1 {
					suffix += endian
				}
				bigEndian := endian == "BE"
				names := []string{"Int" + suffix}
				if !signed {
					names = []string{"UInt" + suffix, "Uint" + suffix}
				}
				lo, hi, rng := intRange(size, signed)
				for _, name := range names {
					DefineMethod(p, "read"+name, 0, func(this Value, args []Value) Value {
						b := thisBuffer(this)
						off := checkOffset(b, Arg(args, 0), size)
						return Number(readInt(b[off:], size, bigEndian, signed))
					})
					DefineMethod(p, "write"+name, 1, func(this Value, args []Value) Value {
						b := thisBuffer(this)
						v := Number(ToNumber(Arg(args, 0)))
						if f := v.num; f > hi || f < lo {
							throwOutOfRange("value", rng, v)
						}
						off := checkOffset(b, Arg(args, 1), size)
						writeInt(b[off:], v.num, size, bigEndian)
						return Int(off + size)
					})
				}
			}
		}
	}
	for _, endian := range []string{"LE", "BE"} {
		bigEndian := endian == "BE"
		defineVariableWidth(p, endian, bigEndian)
		defineBigInt64(p, endian, bigEndian)
		for _, w := range []struct {
			name string
			size int
		}{{"Float", 4}, {"Double", 8}} {
			size := w.size
			DefineMethod(p, "read"+w.name+endian, 0, func(this Value, args []Value) Value {
				b := thisBuffer(this)
				off := checkOffset(b, Arg(args, 0), size)
				u := readUint(b[off:], size, bigEndian)
				if size == 8 {
					return Number(math.Float64frombits(u))
				}
				return Number(float64(math.Float32frombits(uint32(u))))
			})
			DefineMethod(p, "write"+w.name+endian, 1, func(this Value, args []Value) Value {
				b := thisBuffer(this)
				f := ToNumber(Arg(args, 0))
				off := checkOffset(b, Arg(args, 1), size)
				var u uint64
				if size == 8 {
					u = math.Float64bits(f)
				} else {
					u = uint64(math.Float32bits(float32(f)))
				}
				for i := range size {
					j := i
					if bigEndian {
						j = size - 1 - i
					}
					b[off+j] = byte(u >> (8 * i))
				}
				return Int(off + size)
			})
		}
	}
}

// bufferModule is the exports object of node:buffer.
func bufferModule() *Object {
	m := NewPlainObject()
	m.CreateDataProperty(Key("Buffer"), ObjectValue(BufferConstructor))
	for _, name := range []string{"atob", "btoa"} {
		m.CreateDataProperty(Key(name), Global.Get(Key(name), ObjectValue(Global)))
	}
	m.CreateDataProperty(Key("kMaxLength"), Number(maxBufferBytes))
	m.CreateDataProperty(Key("kStringMaxLength"), Int(536870888))
	constants := NewPlainObject()
	constants.CreateDataProperty(Key("MAX_LENGTH"), Number(maxBufferBytes))
	constants.CreateDataProperty(Key("MAX_STRING_LENGTH"), Int(536870888))
	m.CreateDataProperty(Key("constants"), ObjectValue(constants))
	m.CreateDataProperty(Key("INSPECT_MAX_BYTES"), Int(50))
	m.CreateDataProperty(Key("isUtf8"), ObjectValue(NewFunction("isUtf8", 1, func(_ Value, args []Value) Value {
		b, ok := asUint8Array(Arg(args, 0))
		if !ok {
			throwArgType("input", "an instance of ArrayBuffer, Buffer, or TypedArray", Arg(args, 0))
		}
		return Bool(utf8.Valid(b))
	})))
	m.CreateDataProperty(Key("isAscii"), ObjectValue(NewFunction("isAscii", 1, func(_ Value, args []Value) Value {
		b, ok := asUint8Array(Arg(args, 0))
		if !ok {
			throwArgType("input", "an instance of ArrayBuffer, Buffer, or TypedArray", Arg(args, 0))
		}
		return Bool(isASCII(string(b)))
	})))
	return m
}

// defineVariableWidth puts read/writeUIntLE and friends, of 1 to 6 bytes,
// on Buffer.prototype.
func defineVariableWidth(p *Object, endian string, bigEndian bool) {
	byteLength := func(v Value) int {
		if !v.IsNumber() {
			throwArgType("byteLength", "of type number", v)
		}
		if v.num != math.Trunc(v.num) || v.num < 1 || v.num > 6 {
			if v.num != math.Trunc(v.num) {
				throwOutOfRange("byteLength", "an integer", v)
			}
			throwOutOfRange("byteLength", ">= 1 and <= 6", v)
		}
		return int(v.num)
	}
	for _, signed := range []bool{false, true} {
		names := []string{"Int" + endian}
		if !signed {
			names = []string{"UInt" + endian, "Uint" + endian}
		}
		for _, name := range names {
			DefineMethod(p, "read"+name, 2, func(this Value, args []Value) Value {
				b := thisBuffer(this)
				size := byteLength(Arg(args, 1))
				off := checkOffset(b, Arg(args, 0), size)
				return Number(readInt(b[off:], size, bigEndian, signed))
			})
			DefineMethod(p, "write"+name, 3, func(this Value, args []Value) Value {
				b := thisBuffer(this)
				size := byteLength(Arg(args, 2))
				v := Number(ToNumber(Arg(args, 0)))
				if lo, hi, rng := intRange(size, signed); v.num > hi || v.num < lo {
					throwOutOfRange("value", rng, v)
				}
				off := checkOffset(b, Arg(args, 1), size)
				writeInt(b[off:], v.num, size, bigEndian)
				return Int(off + size)
			})
		}
	}
}

// defineBigInt64 puts read/writeBigInt64 and BigUInt64 (and the BigUint64
// aliases) on Buffer.prototype.
func defineBigInt64(p *Object, endian string, bigEndian bool) {
	for _, signed := range []bool{false, true} {
		names := []string{"BigInt64" + endian}
		lo, hi, rng := new(big.Int).Lsh(big.NewInt(-1), 63), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 63), big.NewInt(1)), ">= -(2n ** 63n) and < 2n ** 63n"
		if !signed {
			names = []string{"BigUInt64" + endian, "BigUint64" + endian}
			lo, hi, rng = big.NewInt(0), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 64), big.NewInt(1)), ">= 0n and < 2n ** 64n"
		}
		for _, name := range names {
			DefineMethod(p, "read"+name, 0, func(this Value, args []Value) Value {
				b := thisBuffer(this)
				off := checkOffset(b, Arg(args, 0), 8)
				u := readUint(b[off:], 8, bigEndian)
				if signed {
					return BigInt(big.NewInt(int64(u)))
				}
				return BigInt(new(big.Int).SetUint64(u))
			})
			DefineMethod(p, "write"+name, 1, func(this Value, args []Value) Value {
				b := thisBuffer(this)
				v := Arg(args, 0)
				// Node compares the value with the bounds first (a number
				// compares with a BigInt), and mixes types only when writing.
				if v.Kind() == KindBigInt {
					if n := v.BigIntValue(); n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
						throwOutOfRange("value", rng, v)
					}
				} else if v.IsNumber() {
					if f, _ := new(big.Float).SetInt(lo).Float64(); v.num < f {
						throwOutOfRange("value", rng, v)
					}
					if f, _ := new(big.Float).SetInt(hi).Float64(); v.num > f {
						throwOutOfRange("value", rng, v)
					}
				}
				off := checkOffset(b, Arg(args, 1), 8)
				if v.Kind() != KindBigInt {
					ThrowTypeError("Cannot mix BigInt and other types, use explicit conversions")
				}
				u := bigIntAsUintN(64, v.BigIntValue()).Uint64()
				for i := range 8 {
					j := i
					if bigEndian {
						j = 7 - i
					}
					b[off+j] = byte(u >> (8 * i))
				}
				return Int(off + 8)
			})
		}
	}
}
