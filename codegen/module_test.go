package codegen

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestModuleSnapshot compares the whole Go file printed for the module
// testdata/module.mjs (without line directives) with testdata/module.golden;
// -update rewrites the golden file.
func TestModuleSnapshot(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "module.mjs"))
	require.NoError(t, err)
	got := directive.ReplaceAllString(generatedFile(t, "module.mjs", string(text)), "")
	golden := filepath.Join("testdata", "module.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	if string(want) != got {
		t.Errorf("the printed Go differs from %s (go test -update rewrites it; check the diff)", golden)
	}
}

// TestModulePrinted checks single facts about the Go printed for modules.
func TestModulePrinted(t *testing.T) {
	for _, tc := range []struct{ name, js, contains string }{
		{"t.mjs", "f()", "Module: true,"},
		{"t.mjs", "f(this)", "rt.EvaluateModule(rt.NewUserFunction(fn_module, func(this rt.Value, _ []rt.Value) rt.Value {"},
		{"t.mjs", "f(this)", "}), false)"},
		{"t.mjs", "f()", "// run starts the evaluation of the module t.mjs."},
		{"app.mjs", "await f()", "// async_app is the frame of the module app.mjs."},
		{"app.mjs", "await f()", "}), true)"},
		{"t.mjs", "f(import.meta)", `rt.ImportMeta("/t.mjs")`},
		{"t.mjs", "import { setTimeout } from 'node:timers/promises'", `rt.LinkBuiltin("node:timers/promises", "setTimeout", 1, 10)`},
		{"t.mjs", "import * as tp from 'timers/promises'; f(tp)", `tp := rt.ImportBuiltinNamespace("timers/promises")`},
		{"t.js", "const { setTimeout } = require('node:timers/promises')", `rt.RequireBuiltin("node:timers/promises")`},
	} {
		t.Run(tc.js, func(t *testing.T) {
			require.Contains(t, generatedFile(t, tc.name, tc.js), tc.contains)
		})
	}
	require.NotContains(t, generatedFile(t, "t.js", "f()"), "Module:", "a script is no module")
}
