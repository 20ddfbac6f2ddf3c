package lower

import "testing"

// TestFunction: a function object is rt.NewUserFunction over a Go function
// literal with the parameters it uses; sloppy functions box this
// (SloppyThis), arrows use their provider's this, arguments is mapped to
// simple parameters of sloppy functions, a parameter read by an earlier
// default starts in the TDZ, new.target makes the literal take it.
func TestFunction(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{`function f(a, b = a, ...r) { return arguments.length; }`, `var f; f = NewUserFunction(&fn_f, func(this, args) { arguments := NewArguments(args); a := Uninitialized; a = Arg(args, 0); b := Arg(args, 1); if b.IsUndefined() { b = a }; r := RestArgs(args, 2); return GetProp(arguments, Key("length")) })`},
		{`function f(a = b, b) {}`, `var f; f = NewUserFunction(&fn_f, func(this, args) { b := Uninitialized; a := Arg(args, 0); if a.IsUndefined() { a = Uninitialized.CheckInit("b") }; b = Arg(args, 1) })`},
		{`function f() { return this; }`, `var f; f = NewUserFunction(&fn_f, func(this, args) { this = SloppyThis(this); return this })`},
		{`function f() { 'use strict'; return this; }`, `var f; f = NewUserFunction(&fn_f, func(this, args) { return this })`},
		{`const g = () => this;`, `module := NewModule("/t.js"); exports := GetProp(module, Key("exports")); this_ := exports; g := NewUserFunction(&fn_g, func(args) { return this_ })`},
		{`function f() { return () => this; }`, `var f; f = NewUserFunction(&fn_f, func(this, args) { this = SloppyThis(this); return NewUserFunction(&fn_anonymous, func(args) { return this }) })`},
		{`function f() { 'use strict'; return new.target; }`, `var f; f = NewUserFunctionNT(&fn_f, func(this, args, newTarget) { return newTarget })`},
		{`function f(a) { return arguments[0]; }`, `var f; var callee; callee = NewUserFunction(&fn_f, func(this, args) { arguments := NewMappedArguments(args, 1, callee); a := Arg(args, 0); return GetIndex(arguments, 0) }); f = callee`},
		{`function f(a) { 'use strict'; return arguments[0]; }`, `var f; f = NewUserFunction(&fn_f, func(this, args) { arguments := NewArguments(args); a := Arg(args, 0); return GetIndex(arguments, 0) })`},
		{`function f() { return () => arguments; }`, `var f; var callee; callee = NewUserFunction(&fn_f, func(this, args) { arguments := NewMappedArguments(args, 0, callee); return NewUserFunction(&fn_anonymous, func(args) { return arguments }) }); f = callee`},
		{`const o = { m() { return super.x; } };`, `obj := NewPlainObject(); DefineMethodProp(obj, Key("m"), NewUserFunction(&fn_m, func(this, args) { this = SloppyThis(this); return SuperGet(obj, Key("x"), this) }), true); o := ObjectValue(obj)`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectIR(t, tc.js, tc.want) })
	}
}
