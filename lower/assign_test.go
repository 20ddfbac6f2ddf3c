package lower

import "testing"

// TestAssign: an assignment target is evaluated once into a reference (its
// object and key in temporaries when it is read and written), then read
// and written through it; a postfix update keeps the ToNumeric old value;
// logical assignment writes only when the right side runs.
func TestAssign(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{`o.p = 1;`, `SetProp(GetGlobal("o"), Key("p"), 1, false)`},
		{`o[k] = v;`, `SetIndex(GetGlobal("o"), GetGlobal("k"), GetGlobal("v"), false)`},
		{`o[f()] = g();`, `SetIndex(GetGlobal("o"), CallFunc("f", GetGlobal("f")), CallFunc("g", GetGlobal("g")), false)`},
		{`o.p += 1;`, `obj := GetGlobal("o"); SetProp(obj, Key("p"), Add(GetProp(obj, Key("p")), 1), false)`},
		{`o[k] *= 2;`, `obj := GetGlobal("o"); key := GetGlobal("k"); SetIndex(obj, key, Mul(GetIndex(obj, key), 2), false)`},
		{`let x = 1; x += f();`, `x := 1; x = Add(x, CallFunc("f", GetGlobal("f")))`},
		{`let x = 1; f(x++);`, `x := 1; t := GetGlobal("f"); old := ToNumeric(x); x = Inc(old); CallFunc("f", t, old)`},
		{`let x = 1; f(++x);`, `x := 1; t := GetGlobal("f"); x = Inc(x); CallFunc("f", t, x)`},
		{`o.p++;`, `obj := GetGlobal("o"); SetProp(obj, Key("p"), Inc(GetProp(obj, Key("p"))), false)`},
		{`a ??= b;`, `t := GetGlobal("a"); if t.IsNullish() { t = GetGlobal("b"); SetGlobal("a", t, false) }`},
		{`o.p ||= 1;`, `obj := GetGlobal("o"); t := GetProp(obj, Key("p")); if !t.Truthy() { t = 1; SetProp(obj, Key("p"), t, false) }`},
		{`let y = x = 1;`, `t := 1; SetGlobal("x", t, false); y := t`},
		{`const c = 1; c = f();`, `c := 1; CallFunc("f", GetGlobal("f")); ThrowTypeError("Assignment to constant variable.")`},
		{`x = 1; let x;`, `x := Uninitialized; x.CheckInit("x"); x = 1; x = Undefined`},
		{`function f(a) { a = 2; return arguments[0]; }`, `var f; var callee; callee = NewUserFunction(&fn_f, func(this, args) { arguments := NewMappedArguments(args, 1, callee); a := Arg(args, 0); a = 2; MappedSet(arguments, 0, a); return GetIndex(arguments, 0) }); f = callee`},
		{`(function g() { g = 1; });`, `var g; g = NewUserFunction(&fn_g, func(this, args) {})`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectIR(t, tc.js, tc.want) })
	}
}
