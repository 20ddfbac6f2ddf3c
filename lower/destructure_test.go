package lower

import "testing"

// TestDestructure: an array pattern steps an iterator and closes it when
// the pattern ends before the iterator (not after a rest element); an
// object pattern checks the value is not null or undefined, reads each
// property, and collects the rest without the keys already read; a default
// applies only to undefined.
func TestDestructure(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{`let [a, , b = 1, ...r] = xs;`, `src := GetGlobal("xs"); iter := GetIteratorNamed("xs", src); a := IteratorValue(iter); IteratorValue(iter); v := IteratorValue(iter); if v.IsUndefined() { v = 1 }; b := v; r := IteratorRest(iter)`},
		{`let [a] = xs;`, `src := GetGlobal("xs"); iter := GetIteratorNamed("xs", src); a := IteratorValue(iter); iter.Close()`},
		{`let { a, b: bb = 2, ...rest } = o;`, `src := GetGlobal("o"); RequireObjectCoercible(src, "a"); a := GetProp(src, Key("a")); v := GetProp(src, Key("b")); if v.IsUndefined() { v = 2 }; bb := v; rest := ObjectRest(src, Key("a"), Key("b"))`},
		{`const { [k]: v } = o;`, `src := GetGlobal("o"); RequireObjectCoercible(src, ""); key := ToPropertyKey(GetGlobal("k")); v := GetProp(src, key)`},
		{`let { a: { b } } = o;`, `src := GetGlobal("o"); RequireObjectCoercible(src, "a"); src_2 := GetProp(src, Key("a")); RequireObjectCoercibleNested(src_2, "b"); RequireObjectCoercible(src_2, "b"); b := GetProp(src_2, Key("b"))`},
		{`[a, b] = [b, a];`, `value := ArrayOf(GetGlobal("b"), GetGlobal("a")); iter := GetIteratorNamed("", value); value_2 := IteratorValue(iter); SetGlobal("a", value_2, false); value_3 := IteratorValue(iter); SetGlobal("b", value_3, false); iter.Close()`},
		{`({ a, b: { c } = {} } = o);`, `value := GetGlobal("o"); RequireObjectCoercible(value, "a"); value_2 := GetProp(value, Key("a")); SetGlobal("a", value_2, false); v := GetProp(value, Key("b")); if v.IsUndefined() { v = ObjectLiteral([]) }; RequireObjectCoercible(v, "c"); value_3 := GetProp(v, Key("c")); SetGlobal("c", value_3, false)`},
		{`function f({ a }, [b]) {}`, `var f; f = NewUserFunction(&fn_f, func(this, args) { arg := Arg(args, 0); RequireObjectCoercible(arg, "a"); a := GetProp(arg, Key("a")); arg_2 := Arg(args, 1); iter := GetIteratorNamed("", arg_2); b := IteratorValue(iter); iter.Close() })`},
		{`try {} catch ({ message }) { f(message); }`, `try {} catch(e) { RequireObjectCoercible(e, "message"); message := GetProp(e, Key("message")); CallFunc("f", GetGlobal("f"), message) }`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectIR(t, tc.js, tc.want) })
	}
}
