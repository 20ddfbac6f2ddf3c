package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPackageType checks that the nearest package.json decides, whatever
// the ones above it say.
func TestPackageType(t *testing.T) {
	root := t.TempDir()
	write := func(rel, text string) {
		path := filepath.Join(root, filepath.FromSlash(rel))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
	write("package.json", `{"type": "module"}`)
	write("cjs/package.json", `{"name": "x", "type": "commonjs"}`)
	write("cjs/untyped/package.json", `{"name": "y"}`)
	write("cjs/broken/package.json", `{"type": `)
	write("cjs/odd/package.json", `{"type": 1}`)
	write("node_modules/package.json", `{"type": "module"}`)
	for _, tc := range []struct{ file, want string }{
		{"main.js", "module"},
		{"deep/er/main.js", "module"},
		{"cjs/main.js", "commonjs"},
		{"cjs/sub/main.js", "commonjs"},
		{"cjs/untyped/main.js", ""},
		{"cjs/broken/main.js", ""},
		{"cjs/odd/main.js", ""},
		{"node_modules/pkg/main.js", ""},
	} {
		typ, _ := packageType(filepath.Join(root, filepath.FromSlash(tc.file)))
		require.Equal(t, tc.want, typ, tc.file)
	}
	_, pkg := packageType(filepath.Join(root, "cjs", "sub", "main.js"))
	require.Equal(t, filepath.Join(root, "cjs", "package.json"), pkg)
	typ, pkg := packageType("/no/such/dir/main.js")
	require.Equal(t, [2]string{"", ""}, [2]string{typ, pkg}, "no package.json")
}
