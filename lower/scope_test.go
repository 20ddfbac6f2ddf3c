package lower

import "testing"

// TestScope: where bindings live. A let used before its declaration may
// run starts as Uninitialized and exactly those uses check it; blocks reuse
// Go names when their variables are gone and rename shadowing ones; a loop
// variable is copied per iteration only when a closure captures it; vars
// and functions are declared at the top of their function, Annex B block
// functions are copied to the var when their declaration runs.
func TestScope(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{`let a = 1; f(a);`, `a := 1; CallFunc("f", GetGlobal("f"), a)`},
		{`f(a); let a = 1;`, `a := Uninitialized; CallFunc("f", GetGlobal("f"), a.CheckInit("a")); a = 1`},
		{`function g() { return a; } let a = 1;`, `var g; a := Uninitialized; g = NewUserFunction(&fn_g, func(this, args) { return a.CheckInit("a") }); a = 1`},
		{`switch (x) { case 1: let y = 1; f(y); }`, `{ tag := GetGlobal("x"); y := Uninitialized; switch tag { case StrictEquals(tag, 1): y = 1; CallFunc("f", GetGlobal("f"), y.CheckInit("y")) } }`},
		{`{ let a = 1; f(a); } { let a = 2; f(a); }`, `{ a := 1; CallFunc("f", GetGlobal("f"), a) }; { a := 2; CallFunc("f", GetGlobal("f"), a) }`},
		{`let a = 1; { let a = 2; f(a); } f(a);`, `a := 1; { a_2 := 2; CallFunc("f", GetGlobal("f"), a_2) }; CallFunc("f", GetGlobal("f"), a)`},
		{`for (let i = 0; i < 3; i++) f(i);`, `{ i := 0; for ; Lt(i, 3); i = Inc(i) { CallFunc("f", GetGlobal("f"), i) } }`},
		{`for (let i = 0; i < 3; i++) f(() => i);`, `{ i := 0; for i := i; Lt(i, 3); i = Inc(i) { CallFunc("f", GetGlobal("f"), NewUserFunction(&fn_anonymous, func(args) { return i })) } }`},
		{`for (var i = 0; i < 3; i++) f(() => i);`, `var i; { i = 0; for ; Lt(i, 3); i = Inc(i) { CallFunc("f", GetGlobal("f"), NewUserFunction(&fn_anonymous, func(args) { return i })) } }`},
		{`for (const k in o) f(() => k);`, `{ keys := ForIn(GetGlobal("o")); for { key, ok := keys.Next(); if !ok { break }; k := key; CallFunc("f", GetGlobal("f"), NewUserFunction(&fn_anonymous, func(args) { return k })) } }`},
		{`f(); function g() {}`, `var g; g = NewUserFunction(&fn_g, func(this, args) {}); CallFunc("f", GetGlobal("f"))`},
		{`{ function g() {} } g();`, `var g; { var g_2; g_2 = NewUserFunction(&fn_g, func(this, args) {}); g = g_2 }; CallFunc("g", g)`},
		{`var v = 1; v = 2; var v;`, `var v; v = 1; v = 2`},
		{`let u; const c = 2;`, `u := Undefined; c := 2`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectIR(t, tc.js, tc.want) })
	}
}
