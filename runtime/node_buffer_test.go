package runtime

import (
	"encoding/hex"
	"testing"
)

// The expected strings are node's Buffer.from(bytes).toString() and
// Buffer.from(s, 'base64').
func TestUTF8DecodeReplacesMaximalSubparts(t *testing.T) {
	for _, c := range []struct {
		in   []byte
		want string
	}{
		{[]byte{0xe2, 0x82}, "\uFFFD"},
		{[]byte{0xed, 0xa0, 0x80, 0x41}, "\uFFFD\uFFFD\uFFFDA"},
		{[]byte{0xf0, 0x9f, 0x98}, "\uFFFD"},
		{[]byte{0xc0, 0x80}, "\uFFFD\uFFFD"},
		{[]byte{0xf5}, "\uFFFD"},
		{[]byte{0xe0, 0x80}, "\uFFFD\uFFFD"},
		{[]byte{0x41, 0xc3, 0xa9}, "Aé"},
		{[]byte{0xf4, 0x90, 0x80, 0x80}, "\uFFFD\uFFFD\uFFFD\uFFFD"},
	} {
		if got := utf8Decode(c.in).Text(); got != c.want {
			t.Errorf("utf8Decode(% x) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBase64DecodeIsForgiving(t *testing.T) {
	for in, want := range map[string]string{
		"aGk=": "6869", "aG k=": "6869", "aGk": "6869", "_-8": "ffef", "YQ==YQ==": "61", "a": "",
	} {
		if got := hex.EncodeToString(base64Decode(in)); got != want {
			t.Errorf("base64Decode(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestIncompleteTail(t *testing.T) {
	for _, c := range []struct {
		in   []byte
		enc  string
		want int
	}{
		{[]byte{0x41, 0xe2}, "utf-8", 1},
		{[]byte{0xe2, 0x82}, "utf-8", 2},
		{[]byte{0xe2, 0x82, 0xac}, "utf-8", 0},
		{[]byte{0xf0, 0x9f, 0x98}, "utf-8", 3},
		{[]byte{0xff}, "utf-8", 0},
		{[]byte{0x68, 0}, "utf-16le", 0},
		{[]byte{0x68}, "utf-16le", 1},
		{[]byte{0x3d, 0xd8}, "utf-16le", 2},
		{[]byte{0x3d, 0xd8, 0}, "utf-16le", 3},
	} {
		if got := incompleteTail(c.in, c.enc); got != c.want {
			t.Errorf("incompleteTail(% x, %s) = %d, want %d", c.in, c.enc, got, c.want)
		}
	}
}
