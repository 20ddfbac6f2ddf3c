package lower

import "testing"

// TestGenerator: `yield x` is a statement of its own (SYield) like await;
// a generator's body is cut into states at each yield, parameters with
// defaults are bound before the first suspension (when the generator
// function is called), an async generator awaits the value it yields,
// yield* delegates, a loop variable a closure captures gets a fresh cell
// per iteration.
func TestGenerator(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{`(function* () { yield 1; });`, `machine { 0: fr.Yield(1); suspend 1; 1: received := v; fr.Return(Undefined); stop; }`},
		{`(function* () { const r = yield f(); g(r); });`, `machine { 0: fr.Yield(CallFunc("f", GetGlobal("f"))); suspend 1; 1: received := v; r := received; CallFunc("g", GetGlobal("g"), r); fr.Return(Undefined); stop; }`},
		{`(function* () { yield* xs; });`, `machine { 0: fr.YieldStar(GetGlobal("xs")); suspend 1; 1: received := v; fr.Return(Undefined); stop; }`},
		{`(function* (a) { yield a; });`, `machine { 0: a := Arg(fr.args, 0); fr.Yield(a); suspend 1; 1: received := v; fr.Return(Undefined); stop; }`},
		{`(function* (a = f()) { yield a; });`, `machine { 0: fr.a = Arg(fr.args, 0); if fr.a.IsUndefined() { fr.a = CallFunc("f", GetGlobal("f")) }; suspend 1; 1: fr.Yield(fr.a); suspend 2; 2: received := v; fr.Return(Undefined); stop; }`},
		{`(function* () { try { yield 1; } finally { g(); } });`, `machine { 0: fr.Yield(1); suspend 1; 1: received := v; reset 0; jump 2; 2: CallFunc("g", GetGlobal("g")); endfinally 0; 3: fr.Return(Undefined); stop; try 0 catch - finally 2 end 3; }`},
		{`(function* () { for (let i = 0; i < 2; i++) yield () => i; });`, `machine { 0: i := 0; fr.i = cell(i); next 1; 1: (*i_cell) = fr.i; if !Lt((*fr.i), 2) { jump 4 }; fr.Yield(NewUserFunction(&fn_anonymous_2, func(args) { return (*i_cell) })); suspend 2; 2: received := v; next 3; 3: fr.i = cell((*fr.i)); (*fr.i) = Inc((*fr.i)); jump 1; 4: fr.Return(Undefined); stop; }`},
		{`(async function* () { yield 1; });`, `machine { 0: fr.Await(1); suspend 1; 1: awaited := v; fr.Yield(awaited); suspend 2; 2: received := v; fr.Return(Undefined); stop; }`},
		{`(async function* () { for await (const x of xs) yield x; });`, `machine { 0: fr.iter = GetAsyncIteratorNamed("xs", GetGlobal("xs")); next 1; 1: fr.Await(fr.iter.CallNext()); suspend 2; 2: result_2 := v; pair, pair_2 := fr.iter.Step(result_2); fr.value = pair; ok := pair_2; if ok { jump 3 }; jump 7; 3: x := fr.value; fr.Await(x); suspend 4; 4: awaited := v; fr.Yield(awaited); suspend 5; 5: received := v; next 6; 6: jump 1; 7: reset 0; jump 13; 8: fr.e = v; if !fr.iter.StartCloseOnThrow() { jump 12 }; next 9; 9: fr.Await(fr.iter.Returned()); suspend 10; 10: closed := v; jump 12; 11: jump 12; 12: throw fr.e; reset 0; jump 13; 13: if !fr.iter.StartClose() { jump 15 }; fr.Await(fr.iter.Returned()); suspend 14; 14: closed_2 := v; fr.iter.CheckReturned(closed_2); next 15; 15: endfinally 0; 16: fr.Return(Undefined); stop; try 1 catch 8 finally 13 end 16; try 9 catch 11 finally - end 12; }`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectFuncIR(t, tc.js, tc.want) })
	}
}
