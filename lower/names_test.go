package lower

import "testing"

// TestNameMangling: JavaScript names that Go reserves (keywords,
// predeclared identifiers, the Go parameters this/args/newTarget, the
// package's own names such as rt) get a trailing `_` or a number; `$`
// becomes `S_`; an inner binding that would shadow one a closure may
// capture gets a number.
func TestNameMangling(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{`let len = 1, type = 2, $x = 3, args = 4; f(len, type, $x, args);`, `len_ := 1; type_ := 2; S_x := 3; args_ := 4; CallFunc("f", GetGlobal("f"), len_, type_, S_x, args_)`},
		{`let go = 1, chan = 2, map = 3, rt = 4; f(go, chan, map, rt);`, `go_ := 1; chan_ := 2; map_ := 3; rt_2 := 4; CallFunc("f", GetGlobal("f"), go_, chan_, map_, rt_2)`},
		{`function func(range) { var select; return range; }`, `var func_; func_ = NewUserFunction(&fn_func, func(this, args) { var select_; range_ := Arg(args, 0); return range_ })`},
		{`let x = 1; function g(x) { return () => x; }`, `var g; g = NewUserFunction(&fn_g, func(this, args) { x := Arg(args, 0); return NewUserFunction(&fn_anonymous, func(args) { return x }) }); x := 1`},
		{`let nil = null, été = 1; f(nil, été);`, `nil_ := Null; été := 1; CallFunc("f", GetGlobal("f"), nil_, été)`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectIR(t, tc.js, tc.want) })
	}
}
