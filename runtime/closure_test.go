package runtime

import "testing"

func TestUserFunctionKinds(t *testing.T) {
	body := func(this Value, args []Value) Value { return Arg(args, 0) }
	for _, tc := range []struct {
		kind                     FuncKind
		constructor, hasProtoype bool
	}{
		{FuncNormal, true, true},
		{FuncArrow, false, false},
		{FuncMethod, false, false},
	} {
		f := NewUserFunction(&FuncInfo{Name: "f", Length: 2, Kind: tc.kind, Source: "function f(a, b) {}"}, body).Object()
		if f.IsConstructor() != tc.constructor {
			t.Errorf("kind %d: constructor %v", tc.kind, f.IsConstructor())
		}
		if f.HasProperty(Key("prototype")) != tc.hasProtoype {
			t.Errorf("kind %d: prototype %v", tc.kind, f.HasProperty(Key("prototype")))
		}
		// node: Object.getOwnPropertyNames(function f(a, b) {}) starts [ 'length', 'name' ]
		if keys := f.OwnKeys(); keys[0].Name != "length" || keys[1].Name != "name" {
			t.Errorf("kind %d: keys %v", tc.kind, keys)
		}
		if src, ok := FunctionSource(f); !ok || src != "function f(a, b) {}" {
			t.Errorf("kind %d: source %q", tc.kind, src)
		}
	}
}

func TestNewUserFunctionConstructs(t *testing.T) {
	// function P(x) { this.x = x } ; new P(3).x === 3; new P(3) instanceof P
	p := NewUserFunction(&FuncInfo{Name: "P", Length: 1}, func(this Value, args []Value) Value {
		this.Object().Set(Key("x"), Arg(args, 0), this)
		return Undefined
	})
	o := Construct(p, nil, Int(3))
	if got := o.Object().Get(Key("x"), o); !StrictEquals(got, Int(3)) {
		t.Errorf("new P(3).x = %v", got)
	}
	if o.Object().Proto() != p.Object().Get(Key("prototype"), p).Object() {
		t.Error("the instance does not inherit from P.prototype")
	}
	// function Q() { return [1] } ; new Q() is the array
	q := NewUserFunction(&FuncInfo{Name: "Q"}, func(this Value, args []Value) Value { return ArrayOf(Int(1)) })
	if !Construct(q, nil).Object().IsArray() {
		t.Error("an object returned by a constructor is the result of new")
	}
	// function N() { return new.target } ; N() === undefined, new N() is an object
	n := NewUserFunctionNT(&FuncInfo{Name: "N"}, func(this Value, args []Value, nt Value) Value { return nt })
	if !Call(n, Undefined).IsUndefined() {
		t.Error("new.target of a call is not undefined")
	}
	if !Construct(n, nil).IsObject() {
		t.Error("new N() is not an object")
	}
}

func TestSloppyThis(t *testing.T) {
	if SloppyThis(Undefined).Object() != Global || SloppyThis(Null).Object() != Global {
		t.Error("undefined and null this are not the global object")
	}
	if o := SloppyThis(Int(1)).Object(); o == nil || o.Class() != ClassNumber {
		t.Error("a number this is not boxed")
	}
}
