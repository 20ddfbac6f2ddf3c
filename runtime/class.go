package runtime

// Classes, super and private names for compiled code.

// NewClass makes a class constructor F and its prototype object (reached
// with ClassPrototype). parent is the value of the extends clause when
// hasParent. body is the constructor's body, nil for a default constructor.
// A base class's construct creates this and runs the instance initialiser
// before the body; a derived class's body starts with this uninitialised and
// gets it from SuperCall.
func NewClass(info *FuncInfo, parent Value, hasParent bool, body func(this Value, args []Value, newTarget Value) Value) *Object {
	protoParent, ctorParent := ObjectPrototype, FunctionPrototype
	if hasParent {
		if parent.IsNull() {
			protoParent = nil
		} else {
			p := parent.Object()
			if p == nil || p.construct == nil {
				ThrowTypeError("Class extends value " + inspectShort(parent) + " is not a constructor or null")
			}
			pp := p.Get(Key("prototype"), parent)
			if !pp.IsObject() && !pp.IsNull() {
				ThrowTypeError("Class extends value does not have valid prototype property " + inspectShort(pp))
			}
			protoParent, ctorParent = pp.Object(), p
		}
	}
	proto := NewObject(protoParent)
	if body != nil {
		info.nameFrames(body, "new ")
	}
	u := &userFunction{info: info, body: body}
	f := NewConstructor(info.Name, info.Length, nil, nil)
	f.proto = ctorParent
	f.Internal = u
	if hasParent {
		f.construct = func(args []Value, newTarget *Object) Value {
			var r Value
			if body == nil {
				r = SuperCall(f, ObjectValue(newTarget), Uninitialized, args...)
			} else {
				r = body(Uninitialized, args, ObjectValue(newTarget))
			}
			return r
		}
	} else {
		f.construct = func(args []Value, newTarget *Object) Value {
			this := ObjectValue(OrdinaryCreateFromConstructor(newTarget, ObjectPrototype))
			if u.fields != nil {
				u.fields(this)
			}
			if body == nil {
				return this
			}
			if r := body(this, args, ObjectValue(newTarget)); r.IsObject() {
				return r
			}
			return this
		}
	}
	f.DefineData(Key("prototype"), ObjectValue(proto), 0)
	proto.DefineData(Key("constructor"), ObjectValue(f), Hidden)
	return f
}

// ClassPrototype is a class's prototype object, where its methods live.
func ClassPrototype(cls *Object) *Object {
	return cls.Get(Key("prototype"), ObjectValue(cls)).Object()
}

// SetInstanceFields sets the initialiser that defines a class's private
// methods and instance fields on each new instance.
func SetInstanceFields(cls *Object, init func(this Value)) {
	cls.Internal.(*userFunction).fields = init
}

// RunStatic runs a class's static fields and blocks with this = the class.
func RunStatic(cls *Object, init func(this Value)) { init(ObjectValue(cls)) }

// SuperCall is super(args) in a derived constructor: it constructs through
// the class's [[Prototype]] with the same new.target, initialises this (once)
// and runs the class's field initialiser on it.
func SuperCall(cls *Object, newTarget Value, this Value, args ...Value) Value {
	parent := cls.proto
	if parent == nil || parent.construct == nil {
		// V8 names Function.prototype (the parent of `extends null`) null too.
		name := "null"
		if parent != nil && parent != FunctionPrototype {
			name = inspectShort(ObjectValue(parent))
		}
		ThrowTypeError("Super constructor " + name + " of " + className(cls) + " is not a constructor")
	}
	r := Construct(ObjectValue(parent), newTarget.Object(), args...)
	if this != Uninitialized {
		ThrowReferenceError("Super constructor may only be called once")
	}
	if u, ok := cls.Internal.(*userFunction); ok && u.fields != nil {
		u.fields(r)
	}
	return r
}

// className is a class's name for messages ("anonymous class" when none).
func className(cls *Object) string {
	if u, ok := cls.Internal.(*userFunction); ok && u.info.Name != "" {
		return u.info.Name
	}
	return "anonymous class"
}

const thisBeforeSuper = "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"

// CheckThis is this in a derived constructor: a ReferenceError before super().
func CheckThis(this Value) Value {
	if this.kind == kindHole {
		ThrowReferenceError(thisBeforeSuper)
	}
	return this
}

// DerivedReturn is `return value` in a derived constructor.
func DerivedReturn(value, this Value) Value {
	if value.IsObject() {
		return value
	}
	if !value.IsUndefined() {
		ThrowTypeError("Derived constructors may only return object or undefined")
	}
	return CheckThis(this)
}

// SuperGet is super[key] in a method whose home object is home.
func SuperGet(home *Object, key PropertyKey, this Value) Value {
	p := home.proto
	if p == nil {
		ThrowTypeError("Cannot read properties of null (reading '" + keyString(key) + "')")
	}
	return p.Get(key, this)
}

// SuperSet is super[key] = v.
func SuperSet(home *Object, key PropertyKey, v Value, this Value) {
	p := home.proto
	if p == nil {
		ThrowTypeError("Cannot set properties of null (setting '" + keyString(key) + "')")
	}
	if !p.Set(key, v, this) {
		ThrowTypeError("Cannot assign to read only property '" + keyString(key) + "' of object")
	}
}

// SuperCallMethod is super.key(args).
func SuperCallMethod(callee string, home *Object, key PropertyKey, this Value, args ...Value) Value {
	return CallThis(callee, SuperGet(home, key, this), this, args...)
}

// DeleteSuper is `delete super.x`, which always throws.
func DeleteSuper(name string) Value {
	ThrowReferenceError("Unsupported reference to 'super'")
	return Undefined
}

func keyString(k PropertyKey) string {
	if k.Symbol != nil {
		return symbolDescriptiveString(k.Symbol)
	}
	return k.Name
}

// PrivateName is one `#name` of one evaluation of a class. A field's value
// lives on each object; a method or accessor lives here, and objects carry
// only the brand that lets them use it.
type PrivateName struct {
	Description string // "#x"
	Class       string // the class name, for brand-check messages
	kind        privateKind
	method      Value
	getter      *Object
	setter      *Object
}

type privateKind uint8

const (
	privateField privateKind = iota
	privateMethod
	privateAccessor
)

// privateElement is a private field value or brand on an object.
type privateElement struct {
	name  *PrivateName
	value Value
}

// NewPrivateName makes a private name of class className.
func NewPrivateName(description, className string) *PrivateName {
	return &PrivateName{Description: description, Class: className}
}

// PrivateMethod makes a private name a method.
func PrivateMethod(n *PrivateName, fn Value) {
	n.kind, n.method = privateMethod, fn
}

// PrivateGetter gives a private name a getter.
func PrivateGetter(n *PrivateName, fn Value) {
	n.kind, n.getter = privateAccessor, fn.Object()
}

// PrivateSetter gives a private name a setter.
func PrivateSetter(n *PrivateName, fn Value) {
	n.kind, n.setter = privateAccessor, fn.Object()
}

func (o *Object) findPrivate(n *PrivateName) *privateElement {
	for i := range o.private {
		if o.private[i].name == n {
			return &o.private[i]
		}
	}
	return nil
}

// PrivateBrand marks obj as an instance of the class owning a private
// method or accessor.
func PrivateBrand(obj Value, n *PrivateName) {
	o := obj.Object()
	if o.findPrivate(n) != nil {
		ThrowTypeError("Cannot initialize private methods of class " + n.Class + " twice on the same object")
	}
	o.private = append(o.private, privateElement{name: n})
}

// PrivateDefine defines a private field on a new instance.
func PrivateDefine(obj Value, n *PrivateName, v Value) {
	o := obj.Object()
	if o.findPrivate(n) != nil {
		ThrowTypeError("Cannot initialize " + n.Description + " twice on the same object")
	}
	o.private = append(o.private, privateElement{name: n, value: v})
}

// PrivateGet is obj.#name.
func PrivateGet(obj Value, n *PrivateName) Value {
	o := obj.Object()
	var e *privateElement
	if o != nil {
		e = o.findPrivate(n)
	}
	if e == nil {
		if n.kind == privateField {
			ThrowTypeError("Cannot read private member " + n.Description + " from an object whose class did not declare it")
		}
		ThrowTypeError("Receiver must be an instance of class " + n.Class)
	}
	switch n.kind {
	case privateMethod:
		return n.method
	case privateAccessor:
		if n.getter == nil {
			ThrowTypeError("'" + n.Description + "' was defined without a getter")
		}
		return n.getter.CallWith(obj, nil)
	}
	return e.value
}

// PrivateSet is obj.#name = v.
func PrivateSet(obj Value, n *PrivateName, v Value) {
	o := obj.Object()
	var e *privateElement
	if o != nil {
		e = o.findPrivate(n)
	}
	if e == nil {
		if n.kind == privateField {
			ThrowTypeError("Cannot write private member " + n.Description + " to an object whose class did not declare it")
		}
		ThrowTypeError("Receiver must be an instance of class " + n.Class)
	}
	switch n.kind {
	case privateMethod:
		ThrowTypeError("Private method '" + n.Description + "' is not writable")
	case privateAccessor:
		if n.setter == nil {
			ThrowTypeError("'" + n.Description + "' was defined without a setter")
		}
		n.setter.CallWith(obj, []Value{v})
		return
	}
	e.value = v
}

// PrivateIn is `#name in obj`.
func PrivateIn(n *PrivateName, obj Value) bool {
	o := obj.Object()
	if o == nil {
		ThrowTypeError("Cannot use 'in' operator to search for '" + n.Description + "' in " + inspectShort(obj))
	}
	return o.findPrivate(n) != nil
}
