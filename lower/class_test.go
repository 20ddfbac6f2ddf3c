package lower

import "testing"

// TestClass: a class is made by rt.NewClass with its constructor (nil for
// the default one), then its methods and accessors are defined on the
// prototype or the constructor in source order, instance fields become one
// initialiser (SetInstanceFields), static fields and blocks run in order
// after the binding is set (RunStatic), computed keys are converted once,
// private names are made per class evaluation.
func TestClass(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{`class A {}`, `var A; var A_class *Object; var A_proto *Object; A_class = NewClass(&class_A, Undefined, false, nil); A_proto = ClassPrototype(A_class); A = ObjectValue(A_class); A_2 := ObjectValue(A_class)`},
		{`class A { constructor(x) { this.x = x; } m() { return 1; } static s() {} get g() { return 1; } set g(v) {} }`, `var A; var A_class *Object; var A_proto *Object; A_class = NewClass(&class_A, Undefined, false, func(this, args, newTarget) { x := Arg(args, 0); SetProp(this, Key("x"), x, true) }); A_proto = ClassPrototype(A_class); DefineMethodProp(A_proto, Key("m"), NewUserFunction(&fn_m, func(this, args) { return 1 }), false); DefineMethodProp(A_class, Key("s"), NewUserFunction(&fn_s, func(this, args) {}), false); DefineGetterProp(A_proto, Key("g"), NewUserFunction(&fn_get_g, func(this, args) { return 1 }), false); DefineSetterProp(A_proto, Key("g"), NewUserFunction(&fn_set_g, func(this, args) { v := Arg(args, 0) }), false); A = ObjectValue(A_class); A_2 := ObjectValue(A_class)`},
		{`class A { f = 1; static sf = 2; #p = 3; m() { return this.#p; } }`, `var A; priv_p := NewPrivateName("#p", "A"); var A_class *Object; var A_proto *Object; A_class = NewClass(&class_A, Undefined, false, nil); A_proto = ClassPrototype(A_class); DefineMethodProp(A_proto, Key("m"), NewUserFunction(&fn_m, func(this, args) { return PrivateGet(this, priv_p) }), false); SetInstanceFields(A_class, func(this) { DefineFieldThrow(this, Key("f"), 1); PrivateDefine(this, priv_p, 3) }); A = ObjectValue(A_class); RunStatic(A_class, func(this) { DefineFieldThrow(this, Key("sf"), 2) }); A_2 := ObjectValue(A_class)`},
		{`class B extends A { constructor() { super(); } m() { return super.m(); } }`, `var B; src := GetGlobal("A"); var B_class *Object; var B_proto *Object; B_class = NewClass(&class_B, src, true, func(this, args, newTarget) { this = SuperCall(B_class, newTarget, this); return CheckThis(this) }); B_proto = ClassPrototype(B_class); DefineMethodProp(B_proto, Key("m"), NewUserFunction(&fn_m, func(this, args) { return SuperCallMethod("super.m", B_proto, Key("m"), this) }), false); B = ObjectValue(B_class); B_2 := ObjectValue(B_class)`},
		{`class B extends A {}`, `var B; src := GetGlobal("A"); var B_class *Object; var B_proto *Object; B_class = NewClass(&class_B, src, true, nil); B_proto = ClassPrototype(B_class); B = ObjectValue(B_class); B_2 := ObjectValue(B_class)`},
		{`class A { static { f(); } }`, `var A; var A_class *Object; var A_proto *Object; A_class = NewClass(&class_A, Undefined, false, nil); A_proto = ClassPrototype(A_class); A = ObjectValue(A_class); RunStatic(A_class, func(this) { { CallFunc("f", GetGlobal("f")) } }); A_2 := ObjectValue(A_class)`},
		{`class A { [k]() {} }`, `var A; var A_class *Object; var A_proto *Object; A_class = NewClass(&class_A, Undefined, false, nil); A_proto = ClassPrototype(A_class); key := ToPropertyKey(GetGlobal("k")); fn := NewUserFunction(&fn_anonymous, func(this, args) {}); SetFunctionName(fn, key, ""); DefineMethodProp(A_proto, key, fn, false); A = ObjectValue(A_class); A_2 := ObjectValue(A_class)`},
		{`const C = class Named {};`, `var Named; var Named_class *Object; var Named_proto *Object; Named_class = NewClass(&class_Named, Undefined, false, nil); Named_proto = ClassPrototype(Named_class); Named = ObjectValue(Named_class); C := ObjectValue(Named_class)`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectIR(t, tc.js, tc.want) })
	}
}
