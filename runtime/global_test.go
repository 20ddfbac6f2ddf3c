package runtime

import "testing"

func TestGlobals(t *testing.T) {
	if got := thrown(func() { GetGlobal("nope_lang") }); got != "ReferenceError: nope_lang is not defined" {
		t.Errorf("read: %q", got)
	}
	if got := TypeofGlobal("nope_lang").Text(); got != "undefined" {
		t.Errorf("typeof: %q", got)
	}
	if got := thrown(func() { SetGlobal("nope_lang", Int(1), true) }); got != "ReferenceError: nope_lang is not defined" {
		t.Errorf("strict write: %q", got)
	}
	SetGlobal("sloppy_lang", Int(2), false)
	if !StrictEquals(GetGlobal("sloppy_lang"), Int(2)) || !DeleteGlobal("sloppy_lang") || Global.HasProperty(Key("sloppy_lang")) {
		t.Error("sloppy write creates a deletable global")
	}
	m := NewModule("/tmp/x/a.js").Object()
	if !m.Get(Key("exports"), ObjectValue(m)).IsObject() || m.Get(Key("path"), ObjectValue(m)).Text() != "/tmp/x" {
		t.Error("module object")
	}
	if got := thrown(func() { Call(NewRequire(), Undefined, Str("zz")) }); got != "Error: Cannot find module 'zz'" {
		t.Errorf("require: %q", got)
	}
}

func TestArgumentsAndTemplates(t *testing.T) {
	// (function () { return arguments })(1, 2): length 2, arguments[1] === 2
	a := NewArguments([]Value{Int(1), Int(2)}).Object()
	if !StrictEquals(a.Get(Key("length"), ObjectValue(a)), Int(2)) || !StrictEquals(a.Get(Key("1"), ObjectValue(a)), Int(2)) {
		t.Error("arguments")
	}
	// function f(a, b) { arguments[0] = 9; b = 2; return [a, arguments[1]] } f(1) is [9, undefined]
	f := NewFunction("f", 2, func(Value, []Value) Value { return Undefined })
	m := NewMappedArguments([]Value{Int(1)}, 2, ObjectValue(f))
	if !StrictEquals(GetProp(m, Key("callee")), ObjectValue(f)) {
		t.Error("a mapped arguments object's callee is the function")
	}
	SetProp(m, Key("0"), Int(9), false)
	MappedSet(m, 1, Int(2))
	if !StrictEquals(MappedGet(m, 0, Int(1)), Int(9)) || !StrictEquals(MappedGet(m, 1, Int(2)), Int(2)) || !GetProp(m, Key("1")).IsUndefined() {
		t.Error("mapped arguments alias only the arguments passed")
	}
	if r := RestArgs([]Value{Int(1), Int(2), Int(3)}, 1).Object().Elements(); len(r) != 2 {
		t.Errorf("rest %v", r)
	}
	// `a${1}b${'c'}` === 'a1bc'
	if got := TemplateString(Str("a"), Int(1), Str("b"), Str("c")).Text(); got != "a1bc" {
		t.Errorf("template %q", got)
	}
	site := NewTemplateSite([]Value{Str("a"), Undefined}, []string{"a", "\\u"})
	obj := site.Object()
	if site.Object() != obj {
		t.Error("the template object is cached per site")
	}
	raw := obj.Object().Get(Key("raw"), obj).Object()
	if raw.Elements()[1].Text() != "\\u" || !obj.Object().Elements()[1].IsUndefined() {
		t.Error("raw and cooked strings")
	}
	if obj.Object().Set(Key("0"), Str("x"), obj) {
		t.Error("the template object is frozen")
	}
	if got := BigIntLiteral("18446744073709551616").BigIntValue().String(); got != "18446744073709551616" {
		t.Errorf("bigint %s", got)
	}
}
