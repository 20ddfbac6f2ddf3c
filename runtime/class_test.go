package runtime

import (
	"strings"
	"testing"
)

// thrown runs f and returns the message of the error it throws ("" if none).
func thrown(f func()) string {
	exc := TryCatch(f)
	if exc == nil {
		return ""
	}
	o := exc.Value.Object()
	name := ToGoString(o.Get(Key("name"), exc.Value))
	return name + ": " + ToGoString(o.Get(Key("message"), exc.Value))
}

func TestClassErrors(t *testing.T) {
	base := NewClass(&FuncInfo{Name: "A", Kind: FuncClass}, Undefined, false, nil)
	for _, tc := range []struct {
		name string
		run  func()
		want string // node's message
	}{
		{"call", func() { Call(ObjectValue(base), Undefined) }, "TypeError: Class constructor A cannot be invoked without 'new'"},
		{"extends 5", func() { NewClass(&FuncInfo{Name: "D"}, Int(5), true, nil) }, "TypeError: Class extends value 5 is not a constructor or null"},
		{"extends null", func() {
			d := NewClass(&FuncInfo{Name: "D"}, Null, true, nil)
			Construct(ObjectValue(d), nil)
		}, "TypeError: Super constructor null of D is not a constructor"},
		{"this before super", func() { CheckThis(Uninitialized) }, "ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor"},
		{"return 1", func() { DerivedReturn(Int(1), Uninitialized) }, "TypeError: Derived constructors may only return object or undefined"},
		{"super twice", func() {
			var d *Object
			d = NewClass(&FuncInfo{Name: "D"}, ObjectValue(base), true, func(this Value, args []Value, nt Value) Value {
				this = SuperCall(d, nt, this)
				return SuperCall(d, nt, this)
			})
			Construct(ObjectValue(d), nil)
		}, "ReferenceError: Super constructor may only be called once"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := thrown(tc.run); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDerivedClassRunsFieldsAfterSuper(t *testing.T) {
	base := NewClass(&FuncInfo{Name: "A", Kind: FuncClass}, Undefined, false, nil)
	var derived *Object
	derived = NewClass(&FuncInfo{Name: "B", Kind: FuncDerivedClass}, ObjectValue(base), true, nil)
	SetInstanceFields(derived, func(this Value) { DefineFieldThrow(this, Key("f"), Int(7)) })
	o := Construct(ObjectValue(derived), nil)
	if !StrictEquals(o.Object().Get(Key("f"), o), Int(7)) {
		t.Error("field not initialised by the default derived constructor")
	}
	if o.Object().Proto() != ClassPrototype(derived) || ClassPrototype(derived).Proto() != ClassPrototype(base) {
		t.Error("prototype chain is wrong")
	}
}

func TestPrivateNames(t *testing.T) {
	x := NewPrivateName("#x", "A")
	m := NewPrivateName("#m", "A")
	PrivateMethod(m, NewUserFunction(&FuncInfo{Name: "#m", Kind: FuncMethod}, func(Value, []Value) Value { return Int(1) }))
	g := NewPrivateName("#g", "A")
	PrivateGetter(g, NewUserFunction(&FuncInfo{Name: "get #g", Kind: FuncMethod}, func(Value, []Value) Value { return Int(2) }))
	inst := ObjectValue(NewPlainObject())
	PrivateDefine(inst, x, Int(5))
	PrivateBrand(inst, m)
	PrivateBrand(inst, g)
	other := ObjectValue(NewPlainObject())
	if !StrictEquals(PrivateGet(inst, x), Int(5)) || !StrictEquals(PrivateGet(inst, g), Int(2)) || !PrivateIn(x, inst) || PrivateIn(x, other) {
		t.Error("private reads")
	}
	for _, tc := range []struct {
		run  func()
		want string // node's messages
	}{
		{func() { PrivateGet(other, x) }, "TypeError: Cannot read private member #x from an object whose class did not declare it"},
		{func() { PrivateSet(other, x, Int(1)) }, "TypeError: Cannot write private member #x to an object whose class did not declare it"},
		{func() { PrivateSet(inst, m, Int(1)) }, "TypeError: Private method '#m' is not writable"},
		{func() { PrivateSet(inst, g, Int(1)) }, "TypeError: '#g' was defined without a setter"},
		{func() { PrivateGet(other, m) }, "TypeError: Receiver must be an instance of class A"},
		{func() { PrivateDefine(inst, x, Int(1)) }, "TypeError: Cannot initialize #x twice on the same object"},
		{func() { PrivateIn(x, Int(1)) }, "TypeError: Cannot use 'in' operator to search for '#x' in 1"},
	} {
		if got := thrown(tc.run); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

func TestSuperProperty(t *testing.T) {
	parent := NewPlainObject()
	parent.Set(Key("p"), Str("parent"), ObjectValue(parent))
	home := NewObject(parent)
	if got := SuperGet(home, Key("p"), Undefined); got.Text() != "parent" {
		t.Errorf("super.p = %v", got)
	}
	if got := thrown(func() { SuperGet(NewObject(nil), Key("p"), Undefined) }); !strings.Contains(got, "Cannot read properties of null") {
		t.Errorf("super.p with a null prototype: %q", got)
	}
}
