package frontend

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestModuleKind checks which files parse as ES modules, as node 20 decides:
// by extension, then by the nearest package.json's type, then by module
// syntax detection.
func TestModuleKind(t *testing.T) {
	for _, tc := range []struct {
		name, pkgType, js string
		module            bool
		err               string
	}{
		{name: "a.mjs", js: "f()", module: true},
		{name: "a.mjs", pkgType: "commonjs", js: "f()", module: true},
		{name: "a.cjs", pkgType: "module", js: "f()"},
		{name: "a.cjs", js: "import x from 'y'", err: "a.cjs:1:1: SyntaxError: Cannot use import statement outside a module"},
		{name: "a.js", js: "f()"},
		{name: "a.js", pkgType: "module", js: "f()", module: true},
		{name: "a.js", pkgType: "module", js: "var await = 1", err: "a.js:1:5: SyntaxError: Unexpected reserved word"},
		{name: "a.js", pkgType: "commonjs", js: "var await = 1"},
		{name: "a.js", pkgType: "commonjs", js: "export const x = 1", err: "a.js:1:1: SyntaxError: Unexpected token 'export'"},
		{name: "a.js", js: "export const x = 1", module: true},
		{name: "a.js", js: "import x from 'y'", module: true},
		{name: "a.js", js: "f(import.meta.url)", module: true},
		{name: "a.js", js: "await f()", module: true},
		{name: "a.js", js: "var await = 1; f(await)"},
		// Only a file valid as a module is detected as one by its await.
		{name: "a.js", js: "await f(); with (o) {}", err: "a.js:1:1: SyntaxError: await is only valid in async functions and the top level bodies of modules"},
	} {
		t.Run(tc.name+" "+tc.pkgType+" "+tc.js, func(t *testing.T) {
			ast, err := Parse(&Source{Name: tc.name, Path: "/" + tc.name, Text: []byte(tc.js), PackageType: tc.pkgType})
			if tc.err != "" {
				require.EqualError(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.module, ast.IsModule)
			if tc.module {
				require.True(t, ast.Strict, "a module is strict code")
			}
		})
	}
}

// TestTopLevelAwait checks that only an await of the module's own code
// (not one in a function) marks it as awaiting.
func TestTopLevelAwait(t *testing.T) {
	for _, tc := range []struct {
		js    string
		await bool
	}{
		{"f()", false},
		{"await f()", true},
		{"for await (const x of y) {}", true},
		{"async function g() { await f() }", false},
		{"const g = async () => await f()", false},
		{"if (a) { try { await f() } finally {} }", true},
		{"class C { [await f()]() {} }", true},
	} {
		ast, err := Parse(&Source{Name: "a.mjs", Path: "/a.mjs", Text: []byte(tc.js)})
		require.NoError(t, err, tc.js)
		require.Equal(t, tc.await, ast.HasAwait, tc.js)
	}
}
