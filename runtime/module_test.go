package runtime

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFileURL checks module URLs as node's url.pathToFileURL makes them.
func TestFileURL(t *testing.T) {
	for path, want := range map[string]string{
		"/a/b.mjs":        "file:///a/b.mjs",
		"/a b/c#d?.mjs":   "file:///a%20b/c%23d%3F.mjs",
		"/100%/x.js":      "file:///100%25/x.js",
		"/caf\u00e9/x.js": "file:///caf%C3%A9/x.js",
	} {
		require.Equal(t, want, FileURL(path), path)
	}
}

// TestExplainCommonJSGlobal checks node's explanation of a module's
// ReferenceError for a CommonJS wrapper variable, and that other errors
// keep their message.
func TestExplainCommonJSGlobal(t *testing.T) {
	for _, tc := range []struct {
		proto      *Object
		msg, after string
	}{
		{ReferenceErrorPrototype, "require is not defined", "require is not defined in ES module scope, you can use import instead"},
		{ReferenceErrorPrototype, "__dirname is not defined", "__dirname is not defined in ES module scope"},
		{ReferenceErrorPrototype, "x is not defined", "x is not defined"},
		{TypeErrorPrototype, "module is not defined", "module is not defined"},
	} {
		e := ObjectValue(NewError(tc.proto, tc.msg))
		explainCommonJSGlobal(e)
		require.Equal(t, tc.after, ToGoString(e.Object().Get(Key("message"), e)))
	}
	explainCommonJSGlobal(Int(1)) // a primitive is left alone
}

// TestImportBuiltin checks the exports of builtin modules: default is the
// exports object, a missing name is node's SyntaxError, and a namespace
// lists the names in order.
func TestImportBuiltin(t *testing.T) {
	require.Equal(t, ObjectValue(Process), ImportBuiltin("node:process", "default"))
	require.Equal(t, ImportBuiltin("process", "default"), ImportBuiltin("node:process", "default"))
	tp := ImportBuiltin("timers/promises", "default").Object()
	require.Equal(t, ObjectValue(tp), ImportBuiltin("timers", "promises"))
	exc := TryCatch(func() { ImportBuiltin("node:timers", "nope") })
	require.NotNil(t, exc)
	require.Equal(t, "The requested module 'node:timers' does not provide an export named 'nope'",
		ToGoString(exc.Value.Object().Get(Key("message"), exc.Value)))
	ns := ImportBuiltinNamespace("node:timers/promises").Object()
	var keys []string
	for _, k := range ns.OwnKeys() {
		if k.Symbol == nil {
			keys = append(keys, k.Name)
		}
	}
	require.Equal(t, []string{"default", "scheduler", "setImmediate", "setInterval", "setTimeout"}, keys)
	require.False(t, ns.Extensible())
}
