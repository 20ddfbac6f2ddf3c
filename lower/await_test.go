package lower

import "testing"

// TestAwait: `await x` is a statement of its own (SAwait), so the operands
// lowered before it are spilled into temporaries, which the async pass
// keeps in the frame (fr.t) when they live across the suspension; the
// function's body is cut into states at each await (`suspend N` resumes at
// state N with the settled value in v).
func TestAwait(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{`(async function () { await f(); });`, `machine { 0: fr.Await(CallFunc("f", GetGlobal("f"))); suspend 1; 1: awaited := v; fr.Return(Undefined); stop; }`},
		{`(async function () { f(a(), await b(), c()); });`, `machine { 0: fr.t_2 = GetGlobal("f"); fr.t = CallFunc("a", GetGlobal("a")); fr.Await(CallFunc("b", GetGlobal("b"))); suspend 1; 1: awaited := v; CallFunc("f", fr.t_2, fr.t, awaited, CallFunc("c", GetGlobal("c"))); fr.Return(Undefined); stop; }`},
		{`(async function () { return await x; });`, `machine { 0: fr.Await(GetGlobal("x")); suspend 1; 1: awaited := v; fr.Return(awaited); stop; }`},
		{`(async function () { const v = await p; g(v); });`, `machine { 0: fr.Await(GetGlobal("p")); suspend 1; 1: awaited := v_2; v := awaited; CallFunc("g", GetGlobal("g"), v); fr.Return(Undefined); stop; }`},
		{`(async () => await 1);`, `machine { 0: fr.Await(1); suspend 1; 1: awaited := v; fr.Return(awaited); stop; }`},
		{`(async function () { if (a) await b; c(); });`, `machine { 0: if !GetGlobal("a").Truthy() { jump 2 }; fr.Await(GetGlobal("b")); suspend 1; 1: awaited := v; next 2; 2: CallFunc("c", GetGlobal("c")); fr.Return(Undefined); stop; }`},
		{`(async function () { try { await a; } catch (e) { f(e); } });`, `machine { 0: fr.Await(GetGlobal("a")); suspend 1; 1: awaited := v; jump 3; 2: e := v; CallFunc("f", GetGlobal("f"), e); jump 3; 3: fr.Return(Undefined); stop; try 0 catch 2 finally - end 3; }`},
		{`(async function () { with (o) { await x; } });`, `machine { 0: with := WithObject(GetGlobal("o")); var x; if WithHas(with, "x") { x = WithGet(with, "x") } else { x = GetGlobal("x") }; fr.Await(x); suspend 1; 1: awaited := v; fr.Return(Undefined); stop; }`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectFuncIR(t, tc.js, tc.want) })
	}
}
