package lower

import "testing"

// TestCallee: the callee text of a call, as V8's CallPrinter renders it in
// "... is not a function": names, this, member chains and literal keys are
// printed, other expressions are "(intermediate value)".
func TestCallee(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{`a.b.c();`, `CallMethod("a.b.c", GetProp(GetGlobal("a"), Key("b")), Key("c"))`},
		{`a[0]();`, `CallIndexMethod("a[0]", GetGlobal("a"), 0)`},
		{`a['x']();`, `CallMethod("a.x", GetGlobal("a"), Key("x"))`},
		{`a[b.c]();`, `CallIndexMethod("a[b.c]", GetGlobal("a"), GetProp(GetGlobal("b"), Key("c")))`},
		{`(a || b)();`, `t := GetGlobal("a"); if !t.Truthy() { t = GetGlobal("b") }; CallFunc("(a || b)", t)`},
		{`(0, a.b)();`, `CallFunc("(0 , a.b)", GetProp(GetGlobal("a"), Key("b")))`},
		{`a.b(...c)();`, `CallFunc("a.b(...)", Invoke("a.b", MethodOf(GetGlobal("a"), Key("b")), AppendSpread([], "c", GetGlobal("c"))...))`},
		{`new a.b.C();`, `New("a.b.C", GetProp(GetProp(GetGlobal("a"), Key("b")), Key("C")))`},
		{`this.x();`, `module := NewModule("/t.js"); exports := GetProp(module, Key("exports")); this_ := exports; CallMethod("this.x", this_, Key("x"))`},
		{`(() => 1)();`, `CallFunc("(intermediate value)", NewUserFunction(&fn_anonymous, func(args) { return 1 }))`},
		{`[a, 1]();`, `CallFunc("[a,1]", ArrayOf(GetGlobal("a"), 1))`},
		{`({}).m();`, `CallMethod("{}.m", ObjectLiteral([]), Key("m"))`},
		{`(void a)();`, `GetGlobal("a"); CallFunc("(void a)", Undefined)`},
		{`null();`, `CallFunc("null", Null)`},
		{"`t`();", `CallFunc("\"t\"", TemplateString('t'))`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectIR(t, tc.js, tc.want) })
	}
}
