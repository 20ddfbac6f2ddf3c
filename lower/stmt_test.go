package lower

import "testing"

// TestStmt: statements become Go control flow: loops are Go for loops (a
// condition that needs statements is tested at the top of the body), labels
// are printed only where a jump names them, a switch tests its cases with
// strict equality in order, try/catch/finally is an STry.
func TestStmt(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{`if (a) f(); else g();`, `if GetGlobal("a").Truthy() { CallFunc("f", GetGlobal("f")) } else { CallFunc("g", GetGlobal("g")) }`},
		{`while (a) f();`, `for GetGlobal("a").Truthy() { CallFunc("f", GetGlobal("f")) }`},
		{`while (a && b) f();`, `for { t := GetGlobal("a"); if t.Truthy() { t = GetGlobal("b") }; if !t.Truthy() { break }; CallFunc("f", GetGlobal("f")) }`},
		{`do f(); while (a);`, `for ok := true; ok; ok = GetGlobal("a").Truthy() { CallFunc("f", GetGlobal("f")) }`},
		{`for (;;) break;`, `{ for { break } }`},
		{`for (let i = 0; i < 3; i++) f(i);`, `{ i := 0; for ; Lt(i, 3); i = Inc(i) { CallFunc("f", GetGlobal("f"), i) } }`},
		{`for (const k in o) f(k);`, `{ keys := ForIn(GetGlobal("o")); for { key, ok := keys.Next(); if !ok { break }; k := key; CallFunc("f", GetGlobal("f"), k) } }`},
		// for-of closes the iterator when the loop is left early or by a throw
		{`for (const v of xs) f(v);`, `{ iter := GetIteratorNamed("xs", GetGlobal("xs")); try { for { value, ok := iter.Next(); if !ok { break }; v := value; CallFunc("f", GetGlobal("f"), v) } } catch(e) { iter.CloseOnThrow(); throw e } finally { iter.Close() } }`},
		{`l: for (;;) { for (;;) { continue l; } }`, `{ l: for { { for { continue l } } } }`},
		{`l: { break l; }`, `l: { { break l } }`},
		{`switch (x) { case 1: f(); break; case 2: g(); default: h(); }`, `{ tag := GetGlobal("x"); switch tag { case StrictEquals(tag, 1): CallFunc("f", GetGlobal("f")); break; case StrictEquals(tag, 2): CallFunc("g", GetGlobal("g")); default: CallFunc("h", GetGlobal("h")) } }`},
		{`try { f(); } catch (e) { g(e); }`, `try { CallFunc("f", GetGlobal("f")) } catch(e) { CallFunc("g", GetGlobal("g"), e) }`},
		{`try { f(); } catch { g(); } finally { h(); }`, `try { CallFunc("f", GetGlobal("f")) } catch { CallFunc("g", GetGlobal("g")) } finally { CallFunc("h", GetGlobal("h")) }`},
		{`throw new Error('x');`, `throw New("Error", GetGlobal("Error"), 'x')`},
		{`function f() { return; }`, `var f; f = NewUserFunction(&fn_f, func(this, args) { return Undefined })`},
		{`function f() { if (a) return 1; return g(); }`, `var f; f = NewUserFunction(&fn_f, func(this, args) { if GetGlobal("a").Truthy() { return 1 }; return CallFunc("g", GetGlobal("g")) })`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectIR(t, tc.js, tc.want) })
	}
}
