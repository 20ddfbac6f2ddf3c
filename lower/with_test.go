package lower

import "testing"

// TestWith: the lookup chains with.go emits. Every read and every write
// looks the name up again (a compound assignment twice, as V8 does), a
// value is computed before the lookup that stores it, a call passes the
// object that has the name as this, and what no object has falls through
// to the binding (TDZ check, const TypeError, global) as without a with.
func TestWith(t *testing.T) {
	const w = `with := WithObject(GetGlobal("o"))`
	for _, tc := range []struct{ js, want string }{
		{"with (o) x;", `{ ` + w + `; var x; if WithHas(with, "x") { x = WithGet(with, "x") } else { x = GetGlobal("x") } }`},
		{"with (o) { let x = 1; x; }", `{ ` + w + `; x := 1 }`},
		{"with (o) { x = f(); }", `{ ` + w + `; var f; var this_; if WithHas(with, "f") { f = WithGet(with, "f"); this_ = with } else { f = GetGlobal("f") }; value := CallThis("f", f, this_); if WithHas(with, "x") { WithSet(with, "x", value, false) } else { SetGlobal("x", value, false) } }`},
		{"let y = 0; with (o) y++;", `y := 0; { ` + w + `; var y_2; if WithHas(with, "y") { y_2 = WithGet(with, "y") } else { y_2 = y }; value := Inc(y_2); if WithHas(with, "y") { WithSet(with, "y", value, false) } else { y = value } }`},
		{"let y = 0; with (o) y += 2;", `y := 0; { ` + w + `; var y_2; if WithHas(with, "y") { y_2 = WithGet(with, "y") } else { y_2 = y }; value := Add(y_2, 2); if WithHas(with, "y") { WithSet(with, "y", value, false) } else { y = value } }`},
		{"let y = 0; with (o) y ||= 2;", `y := 0; { ` + w + `; var y_2; if WithHas(with, "y") { y_2 = WithGet(with, "y") } else { y_2 = y }; t := y_2; if !t.Truthy() { t = 2; if WithHas(with, "y") { WithSet(with, "y", t, false) } else { y = t } } }`},
		{"with (o) f?.();", `{ ` + w + `; var opt; var f; var this_; if WithHas(with, "f") { f = WithGet(with, "f"); this_ = with } else { f = GetGlobal("f") }; if !f.IsNullish() { opt = CallThis("f", f, this_) } }`},
		{"with (o) t`a`;", `{ ` + w + `; var t; var this_; if WithHas(with, "t") { t = WithGet(with, "t"); this_ = with } else { t = GetGlobal("t") }; CallThis("t", t, this_, template.Object()) }`},
		{"with (o) typeof x;", `{ ` + w + `; var x; if WithHas(with, "x") { x = TypeOf(WithGet(with, "x")) } else { x = TypeofGlobal("x") } }`},
		{"let x = 1; with (o) delete x;", `x := 1; { ` + w + `; var x_2; if WithHas(with, "x") { x_2 = Bool(WithDelete(with, "x")) } else { x_2 = False } }`},
		{"with (o) delete x;", `{ ` + w + `; var x; if WithHas(with, "x") { x = Bool(WithDelete(with, "x")) } else { x = Bool(DeleteGlobal("x")) } }`},
		// nested withs: the inner object first; the inner with's value is looked up in the outer one
		{"with (o) with (p) x;", `{ ` + w + `; var p; if WithHas(with, "p") { p = WithGet(with, "p") } else { p = GetGlobal("p") }; { with_2 := WithObject(p); var x; if WithHas(with_2, "x") { x = WithGet(with_2, "x") } else if WithHas(with, "x") { x = WithGet(with, "x") } else { x = GetGlobal("x") } } }`},
		// a closure made in the body names the with variable
		{"with (o) () => x;", `{ ` + w + `; NewUserFunction(&fn_anonymous, func(args) { var x; if WithHas(with, "x") { x = WithGet(with, "x") } else { x = GetGlobal("x") }; return x }) }`},
		{"with (o) for (x of a);", `{ ` + w + `; { var a; if WithHas(with, "a") { a = WithGet(with, "a") } else { a = GetGlobal("a") }; iter := GetIteratorNamed("a", a); try { for { value, ok := iter.Next(); if !ok { break }; if WithHas(with, "x") { WithSet(with, "x", value, false) } else { SetGlobal("x", value, false) } } } catch(e) { iter.CloseOnThrow(); throw e } finally { iter.Close() } } }`},
		// the fallback keeps the TDZ check and the const TypeError
		{"with (o) x; let x = 1;", `x := Uninitialized; { ` + w + `; var x_2; if WithHas(with, "x") { x_2 = WithGet(with, "x") } else { x_2 = x.CheckInit("x") } }; x = 1`},
		{"const c = 1; with (o) c = 2;", `c := 1; { ` + w + `; if WithHas(with, "c") { WithSet(with, "c", 2, false) } else { ThrowTypeError("Assignment to constant variable.") } }`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectIR(t, tc.js, tc.want) })
	}
	// var initialisers assign through the object (the var itself is hoisted out of the body)
	for _, tc := range []struct{ js, want string }{
		{"function g() { with (o) { var v = 1; } }", `{ var v; { ` + w + `; if WithHas(with, "v") { WithSet(with, "v", 1, false) } else { v = 1 } } }`},
		{"function g() { with (o) { var [v] = a; } }", `{ var v; { ` + w + `; var a; if WithHas(with, "a") { a = WithGet(with, "a") } else { a = GetGlobal("a") }; iter := GetIteratorNamed("a", a); value := IteratorValue(iter); if WithHas(with, "v") { WithSet(with, "v", value, false) } else { v = value }; iter.Close() } }`},
		// across an await the with object is a frame field, a cell per iteration when a closure captures it
		{`(async function () { with (o) { await 0; x; } });`, `machine { 0: fr.with = WithObject(GetGlobal("o")); fr.Await(0); suspend 1; 1: awaited := v; var x; if WithHas(fr.with, "x") { x = WithGet(fr.with, "x") } else { x = GetGlobal("x") }; fr.Return(Undefined); stop; }`},
		{`(async function () { for (const o of a) with (o) { await 0; f(() => x); } });`, `machine { 0: fr.iter = GetIteratorNamed("a", GetGlobal("a")); next 1; 1: pair, pair_2 := fr.iter.Next(); fr.value = pair; ok := pair_2; if ok { jump 2 }; jump 5; 2: o := fr.value; fr.with = cell(WithObject(o)); fr.Await(0); suspend 3; 3: (*with_cell) = fr.with; awaited := v; var f; var this_; if WithHas((*fr.with), "f") { f = WithGet((*fr.with), "f"); this_ = (*fr.with) } else { f = GetGlobal("f") }; CallThis("f", f, this_, NewUserFunction(&fn_anonymous_2, func(args) { var x; if WithHas((*with_cell), "x") { x = WithGet((*with_cell), "x") } else { x = GetGlobal("x") }; return x })); next 4; 4: jump 1; 5: reset 0; jump 7; 6: e := v; fr.iter.CloseOnThrow(); throw e; reset 0; jump 7; 7: fr.iter.Close(); endfinally 0; 8: fr.Return(Undefined); stop; try 1 catch 6 finally 7 end 8; }`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectFuncIR(t, tc.js, tc.want) })
	}
}
