package runtime

// NativeFunc is the Go form of every callable: compiled JavaScript functions
// and builtins alike. args may be shorter than the declared parameters.
type NativeFunc func(this Value, args []Value) Value

// ConstructFunc is [[Construct]]: it receives the arguments and new.target
// and returns the constructed object.
type ConstructFunc func(args []Value, newTarget *Object) Value

// maxCallDepth bounds JavaScript recursion so that it ends in a catchable
// RangeError long before Go's own stack limit, which is fatal.
const maxCallDepth = 9000

var callDepth int

// Arg is args[i], or undefined when fewer arguments were passed.
func Arg(args []Value, i int) Value {
	if i < len(args) {
		return args[i]
	}
	return Undefined
}

// NewFunction makes a function object. length and name become its own
// properties as the spec orders them (length first).
func NewFunction(name string, length int, call NativeFunc) *Object {
	f := &Object{proto: FunctionPrototype, class: ClassFunction, extensible: true, call: call, props: make([]property, 0, 2)}
	f.DefineData(Key("length"), Int(length), Configurable)
	f.DefineData(Key("name"), Str(name), Configurable)
	return f
}

// NewConstructor makes a function object that can also be used with new. A
// nil call makes a class constructor, which throws when called without new.
func NewConstructor(name string, length int, call NativeFunc, construct ConstructFunc) *Object {
	if call == nil {
		call = func(Value, []Value) Value {
			ThrowTypeError("Class constructor " + name + " cannot be invoked without 'new'")
			return Undefined
		}
	}
	f := NewFunction(name, length, call)
	f.construct = construct
	return f
}

// SetConstruct gives a function object a [[Construct]].
func (o *Object) SetConstruct(c ConstructFunc) { o.construct = c }

// Call calls fn with this and args, throwing a TypeError when fn is not callable.
func Call(fn Value, this Value, args ...Value) Value {
	f := fn.Object()
	if f == nil || f.call == nil {
		ThrowTypeError(Inspect(fn) + " is not a function")
	}
	return f.CallWith(this, args)
}

// CallWith calls a callable object.
func (f *Object) CallWith(this Value, args []Value) Value {
	if callDepth >= maxCallDepth {
		ThrowRangeError("Maximum call stack size exceeded")
	}
	callDepth++
	r := f.call(this, args)
	callDepth--
	return r
}

// Construct is the new operator: new fn(...args) with new.target newTarget
// (fn itself when nil).
func Construct(fn Value, newTarget *Object, args ...Value) Value {
	f := fn.Object()
	if f == nil || f.construct == nil {
		ThrowTypeError(Inspect(fn) + " is not a constructor")
	}
	if newTarget == nil {
		newTarget = f
	}
	if callDepth >= maxCallDepth {
		ThrowRangeError("Maximum call stack size exceeded")
	}
	callDepth++
	r := f.construct(args, newTarget)
	callDepth--
	return r
}

// OrdinaryCreateFromConstructor makes the `this` of a base constructor:
// an object whose prototype is newTarget.prototype, or fallback when that is
// not an object.
func OrdinaryCreateFromConstructor(newTarget *Object, fallback *Object) *Object {
	proto := fallback
	if p := newTarget.Get(Key("prototype"), ObjectValue(newTarget)).Object(); p != nil {
		proto = p
	}
	return NewObject(proto)
}

// typedNotAFunction is the message V8's Torque builtins (Map and Set
// forEach, ToPrimitive's @@toPrimitive) give for a non-callable: the value
// named by its type, "object null is not a function", `string "s" is not a
// function`, "object is not a function".
func typedNotAFunction(v Value) string {
	var what string
	switch v.Kind() {
	case KindUndefined:
		what = "undefined"
	case KindNull:
		what = "object null"
	case KindNumber, KindBool:
		what = TypeOf(v).Text() + " " + ToGoString(v)
	case KindString:
		what = `string "` + v.Text() + `"`
	default:
		what = TypeOf(v).Text()
	}
	return what + " is not a function"
}
