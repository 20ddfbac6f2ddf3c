package lower

import "testing"

// TestExpr: expressions become runtime calls in JavaScript's evaluation
// order; whatever needs statements (&&, ?:, assignments, optional chains)
// spills the operands lowered before it into temporaries.
func TestExpr(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		// operands are evaluated left to right: calls stay in one Go call expression
		{`f(a(), b());`, `CallFunc("f", GetGlobal("f"), CallFunc("a", GetGlobal("a")), CallFunc("b", GetGlobal("b")))`},
		// a variable no closure assigns is read in place; one a closure assigns is spilled before a later call
		{`let a = 1; f(a, g());`, `a := 1; CallFunc("f", GetGlobal("f"), a, CallFunc("g", GetGlobal("g")))`},
		{`let a = 1; (() => { a = 2; })(); f(a, g());`, `a := 1; CallFunc("(intermediate value)", NewUserFunction(&fn_anonymous, func(args) { a = 2 })); t_2 := GetGlobal("f"); t := a; CallFunc("f", t_2, t, CallFunc("g", GetGlobal("g")))`},
		{`let a = 1; (() => { a = 2; })(); f(g(), a, g());`, `a := 1; CallFunc("(intermediate value)", NewUserFunction(&fn_anonymous, func(args) { a = 2 })); t_3 := GetGlobal("f"); t_2 := CallFunc("g", GetGlobal("g")); t := a; CallFunc("f", t_3, t_2, t, CallFunc("g", GetGlobal("g")))`},
		// an operand that needs statements spills the operands before it
		{`f(x && y);`, `t_2 := GetGlobal("f"); t := GetGlobal("x"); if t.Truthy() { t = GetGlobal("y") }; CallFunc("f", t_2, t)`},
		{`f(c ? 1 : 2);`, `t := GetGlobal("f"); var cond; if GetGlobal("c").Truthy() { cond = 1 } else { cond = 2 }; CallFunc("f", t, cond)`},
		{`f(a, b = 1, c);`, `t_3 := GetGlobal("f"); t_2 := GetGlobal("a"); t := 1; SetGlobal("b", t, false); CallFunc("f", t_3, t_2, t, GetGlobal("c"))`},
		// calls: a method is read before arguments that could change it
		{`o.m(1, 2);`, `CallMethod("o.m", GetGlobal("o"), Key("m"), 1, 2)`},
		{`o.m(g());`, `Invoke("o.m", MethodOf(GetGlobal("o"), Key("m")), CallFunc("g", GetGlobal("g")))`},
		{`o[k](1);`, `CallIndexMethod("o[k]", GetGlobal("o"), GetGlobal("k"), 1)`},
		{`f(...xs, 1);`, `CallFunc("f", GetGlobal("f"), append(AppendSpread([], "xs", GetGlobal("xs")), 1)...)`},
		{`new C(1);`, `New("C", GetGlobal("C"), 1)`},
		// optional chains end in an if around the rest of the chain
		{`o?.m();`, `var opt; t := GetGlobal("o"); if !t.IsNullish() { opt = CallMethod("o?.m", t, Key("m")) }`},
		{`o.m?.();`, `var opt; obj := GetGlobal("o"); t := GetProp(obj, Key("m")); if !t.IsNullish() { opt = CallThis("o.m", t, obj) }`},
		{`a?.b.c;`, `var opt; t := GetGlobal("a"); if !t.IsNullish() { opt = GetProp(GetProp(t, Key("b")), Key("c")) }`},
		// literals
		{`[1, , ...xs];`, `ArrayOf(AppendSpread([1, Hole], "xs", GetGlobal("xs"))...)`},
		{`({ a: 1, b: x, [k]: 2, ...r, m() {} });`, `obj := NewPlainObject(); DefineField(obj, Key("a"), 1); DefineField(obj, Key("b"), GetGlobal("x")); key := ToPropertyKey(GetGlobal("k")); DefineField(obj, key, 2); SpreadInto(obj, GetGlobal("r")); DefineMethodProp(obj, Key("m"), NewUserFunction(&fn_m, func(this, args) {}), true); ObjectValue(obj)`},
		// operators; an expression statement keeps only what has an effect
		{`-5; -x; !x; ~x; +x;`, `Neg(GetGlobal("x")); GetGlobal("x").Truthy(); BitNot(GetGlobal("x")); Plus(GetGlobal("x"))`},
		{`a == b; a === b; a != b; a < b;`, `LooseEquals(GetGlobal("a"), GetGlobal("b")); StrictEquals(GetGlobal("a"), GetGlobal("b")); LooseEquals(GetGlobal("a"), GetGlobal("b")); Lt(GetGlobal("a"), GetGlobal("b"))`},
		{`(a, b, c);`, `GetGlobal("a"); GetGlobal("b"); GetGlobal("c")`},
		{`void f();`, `CallFunc("f", GetGlobal("f"))`},
		{`typeof x; typeof y; let y;`, `y := Uninitialized; TypeofGlobal("x"); TypeOf(y.CheckInit("y")); y = Undefined`},
		{`delete o.p; delete o[k]; delete x;`, `DeleteProp(GetGlobal("o"), 'p', false); DeleteProp(GetGlobal("o"), GetGlobal("k"), false); DeleteGlobal("x")`},
		{`f(1 + 2 * 3, 2 ** -1, 1n);`, `CallFunc("f", GetGlobal("f"), Add(1, Mul(2, 3)), Exp(2, -1), 1n)`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectIR(t, tc.js, tc.want) })
	}
}
