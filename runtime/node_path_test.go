package runtime

import "testing"

func TestPathNormalizeString(t *testing.T) {
	for _, c := range []struct{ in, norm, dir, base, ext string }{
		{"", ".", ".", "", ""},
		{"/", "/", "/", "", ""},
		{"a/b/../c", "a/c", "a/b/..", "c", ""},
		{"/a/./b//c/", "/a/b/c/", "/a/./b/", "c", ""},
		{"a/../..", "..", "a/..", "..", ""},
		{"//a", "/a", "//", "a", ""},
		{"x/.bashrc", "x/.bashrc", "x", ".bashrc", ""},
		{"f.tar.gz", "f.tar.gz", ".", "f.tar.gz", ".gz"},
		{"a..", "a..", ".", "a..", "."},
	} {
		if got := pathNormalize(c.in); got != c.norm {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.norm)
		}
		if got := pathDirname(c.in); got != c.dir {
			t.Errorf("dirname(%q) = %q, want %q", c.in, got, c.dir)
		}
		if got := pathBasename(c.in, ""); got != c.base {
			t.Errorf("basename(%q) = %q, want %q", c.in, got, c.base)
		}
		if got := pathExtname(c.in); got != c.ext {
			t.Errorf("extname(%q) = %q, want %q", c.in, got, c.ext)
		}
	}
}

func TestPathRelative(t *testing.T) {
	for _, c := range [][3]string{
		{"/data/orandea/test/aaa", "/data/orandea/impl/bbb", "../../impl/bbb"},
		{"/a/b", "/a/b/c/d", "c/d"},
		{"/a/b/c", "/a", "../.."},
		{"/foo/bar", "/foo/barbaz", "../barbaz"},
		{"/", "/x", "x"},
		{"/x", "/", ".."},
	} {
		if got := pathRelative(c[0], c[1]); got != c[2] {
			t.Errorf("relative(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
