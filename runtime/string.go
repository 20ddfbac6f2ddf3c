package runtime

import (
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// JavaScript strings are sequences of UTF-16 code units. We hold them as Go
// strings in WTF-8 (UTF-8 that also encodes lone surrogates), so that ASCII
// text, by far the common case, indexes and prints with no conversion, and a
// lone surrogate still survives a round trip. A string that is not all ASCII
// is converted to UTF-16 when it is indexed.

// Str makes a string value from WTF-8 text. Bytes that are not WTF-8 (from
// host input: arguments, environment, files) become U+FFFD, as node decodes
// them, so that every string's length and code units agree.
func Str(s string) Value {
	ascii := isASCII(s)
	if !ascii && !isWTF8(s) {
		s = toWTF8(s)
	}
	return Value{kind: KindString, ascii: ascii, num: float64(len(s)), ref: unsafe.Pointer(unsafe.StringData(s))}
}

// strASCII makes a string value from text known to be ASCII.
func strASCII(s string) Value {
	return Value{kind: KindString, ascii: true, num: float64(len(s)), ref: unsafe.Pointer(unsafe.StringData(s))}
}

// Str16 makes a string value from UTF-16 code units.
func Str16(u []uint16) Value { return Str(wtf8FromUTF16(u)) }

// Text returns the WTF-8 text of a string value; it is "" for any other kind.
func (v Value) Text() string {
	if v.kind != KindString {
		return ""
	}
	return unsafe.String((*byte)(v.ref), int(v.num))
}

// StrLen is the string's length in UTF-16 code units.
func (v Value) StrLen() int {
	if v.ascii {
		return int(v.num)
	}
	if lastUnits.u != nil && lastUnits.s.ref == v.ref && lastUnits.s.num == v.num {
		return len(lastUnits.u)
	}
	// Count lead bytes: each sequence is one code unit, a 4-byte one two.
	n := 0
	s := v.Text()
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

// UTF16 returns the string's code units.
func (v Value) UTF16() []uint16 {
	s := v.Text()
	if v.ascii {
		u := make([]uint16, len(s))
		for i := 0; i < len(s); i++ {
			u[i] = uint16(s[i])
		}
		return u
	}
	return utf16FromWTF8(s)
}

// CharCodeAt is the code unit at index i, which must be in range.
func (v Value) CharCodeAt(i int) uint16 {
	if v.ascii {
		return uint16(v.Text()[i])
	}
	return v.units()[i]
}

// Substring is the string of code units [from, to).
func (v Value) Substring(from, to int) Value {
	if v.ascii {
		return strASCII(v.Text()[from:to])
	}
	return Str16(v.units()[from:to])
}

// lastUnits holds the code units of the last non-ASCII string indexed, so
// that a loop over such a string (charCodeAt, s[i], slice) converts it once
// rather than once per access. Keeping the value keeps its bytes alive, so
// the same pointer and length always mean the same text.
var lastUnits struct {
	s Value
	u []uint16
}

// units is UTF16 for reading only: callers must not modify the result.
func (v Value) units() []uint16 {
	if lastUnits.u != nil && lastUnits.s.ref == v.ref && lastUnits.s.num == v.num {
		return lastUnits.u
	}
	u := utf16FromWTF8(v.Text())
	lastUnits.s, lastUnits.u = v, u
	return u
}

// Concat joins two strings. A high surrogate at the end of a and a low one at
// the start of b become one code point, as they would in UTF-16.
func Concat(a, b Value) Value {
	if a.num == 0 {
		return b
	}
	if b.num == 0 {
		return a
	}
	as, bs := a.Text(), b.Text()
	if !a.ascii && !b.ascii && len(as) >= 3 && len(bs) >= 3 {
		if hi, ok := trailingSurrogate(as); ok && hi < 0xdc00 {
			if lo, ok := leadingSurrogate(bs); ok && lo >= 0xdc00 {
				r := utf16.DecodeRune(rune(hi), rune(lo))
				return Value{kind: KindString, num: float64(len(as) + len(bs) - 2), ref: unsafe.Pointer(unsafe.StringData(as[:len(as)-3] + string(r) + bs[3:]))}
			}
		}
	}
	if len(as)+len(bs) > maxStringLength && a.StrLen()+b.StrLen() > maxStringLength {
		ThrowRangeError("Invalid string length")
	}
	s := as + bs
	return Value{kind: KindString, ascii: a.ascii && b.ascii, num: float64(len(s)), ref: unsafe.Pointer(unsafe.StringData(s))}
}

// maxStringLength is V8's String::kMaxLength on 64-bit machines, in UTF-16
// code units: longer strings are a RangeError, not an exhausted memory.
const maxStringLength = 1<<29 - 24

// isWTF8 reports whether s is UTF-8 in which surrogate code points may
// also stand encoded.
func isWTF8(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if i+2 >= len(s) {
				return false
			}
			if _, ok := decodeSurrogate(s[i], s[i+1], s[i+2]); !ok {
				return false
			}
			size = 3
		}
		i += size
	}
	return true
}

// toWTF8 replaces each byte that starts no WTF-8 sequence with U+FFFD.
func toWTF8(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if i+2 < len(s) {
				if _, ok := decodeSurrogate(s[i], s[i+1], s[i+2]); ok {
					b = append(b, s[i:i+3]...)
					i += 3
					continue
				}
			}
			b = utf8.AppendRune(b, utf8.RuneError)
			i++
			continue
		}
		b = append(b, s[i:i+size]...)
		i += size
	}
	return string(b)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// A surrogate code point U+D800..U+DFFF in WTF-8 is the three bytes
// ED A0..BF 80..BF.
func decodeSurrogate(b0, b1, b2 byte) (uint16, bool) {
	if b0 != 0xed || b1 < 0xa0 || b1 > 0xbf || b2&0xc0 != 0x80 {
		return 0, false
	}
	return 0xd000 | uint16(b1&0x3f)<<6 | uint16(b2&0x3f), true
}

func trailingSurrogate(s string) (uint16, bool) {
	n := len(s)
	return decodeSurrogate(s[n-3], s[n-2], s[n-1])
}

func leadingSurrogate(s string) (uint16, bool) {
	return decodeSurrogate(s[0], s[1], s[2])
}

func utf16FromWTF8(s string) []uint16 {
	u := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		if i+2 < len(s) {
			if c, ok := decodeSurrogate(s[i], s[i+1], s[i+2]); ok {
				u = append(u, c)
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x10000 {
			hi, lo := utf16.EncodeRune(r)
			u = append(u, uint16(hi), uint16(lo))
		} else {
			u = append(u, uint16(r))
		}
		i += size
	}
	return u
}

func wtf8FromUTF16(u []uint16) string {
	b := make([]byte, 0, len(u))
	for i := 0; i < len(u); i++ {
		c := rune(u[i])
		if utf16.IsSurrogate(c) && c < 0xdc00 && i+1 < len(u) && u[i+1] >= 0xdc00 && u[i+1] <= 0xdfff {
			b = utf8.AppendRune(b, utf16.DecodeRune(c, rune(u[i+1])))
			i++
			continue
		}
		if utf16.IsSurrogate(c) {
			// utf8.AppendRune would write U+FFFD; WTF-8 keeps the surrogate.
			b = append(b, 0xed, byte(0x80|(c>>6)&0x3f), byte(0x80|c&0x3f))
			continue
		}
		b = utf8.AppendRune(b, c)
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}
