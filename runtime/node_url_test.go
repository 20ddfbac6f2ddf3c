package runtime

import "testing"

// The expected hrefs are node's new URL(input, base).href.
func TestParseURL(t *testing.T) {
	for _, c := range []struct{ in, base, want string }{
		{"https://EX.com:443/a/./b/../c?q#f", "", "https://ex.com/a/c?q#f"},
		{"g/../h", "http://a/b/c/d", "http://a/b/c/h"},
		{"//x", "https://a/", "https://x/"},
		{"http://0x7f.1/", "", "http://127.0.0.1/"},
		{"http://[1:0:0:2:0:0:0:1]/", "", "http://[1:0:0:2::1]/"},
		{"mailto:A b", "", "mailto:A b"},
		{"foo://h/a/b", "", "foo://h/a/b"},
		{"file:x", "file:///a/b/c", "file:///a/b/x"},
		{"foo", "", ""},
		{"http://a.com:99999/", "", ""},
		{"http://foo.09/", "", ""},
	} {
		var base *urlRecord
		if c.base != "" {
			base = parseURL(c.base, nil)
		}
		got := ""
		if u := parseURL(c.in, base); u != nil {
			got = u.href()
		}
		if got != c.want {
			t.Errorf("parseURL(%q, %q) = %q, want %q", c.in, c.base, got, c.want)
		}
	}
}

func TestFormEncode(t *testing.T) {
	for in, want := range map[string]string{"a b": "a+b", "é&=": "%C3%A9%26%3D", "*-._~": "*-._%7E"} {
		if got := formEncode(Str(in)); got != want {
			t.Errorf("formEncode(%q) = %q, want %q", in, got, want)
		}
	}
	// A lone surrogate is U+FFFD's UTF-8.
	if got := formEncode(Str16([]uint16{0xD800})); got != "%EF%BF%BD" {
		t.Errorf("formEncode(lone surrogate) = %q", got)
	}
}
