package runtime

// Calls from compiled code. callee is the callee's source text, which V8
// puts in its messages ("obj.bar is not a function"); the generator passes
// it as a constant, so the happy path builds no string.

// CallFunc is f(args) with this undefined.
func CallFunc(callee string, fn Value, args ...Value) Value {
	if f := fn.Object(); f != nil && f.call != nil {
		return f.CallWith(Undefined, args)
	}
	ThrowTypeError(callee + " is not a function")
	return Undefined
}

// CallMethod is obj.key(args) with this obj.
func CallMethod(callee string, obj Value, key PropertyKey, args ...Value) Value {
	if f := GetProp(obj, key).Object(); f != nil && f.call != nil {
		return f.CallWith(obj, args)
	}
	ThrowTypeError(callee + " is not a function")
	return Undefined
}

// CallIndexMethod is obj[key](args) with this obj.
func CallIndexMethod(callee string, obj Value, key Value, args ...Value) Value {
	if f := GetIndex(obj, key).Object(); f != nil && f.call != nil {
		return f.CallWith(obj, args)
	}
	ThrowTypeError(callee + " is not a function")
	return Undefined
}

// CallThis calls fn with an explicit this (a method already read, a
// super call, a tagged template).
func CallThis(callee string, fn Value, this Value, args ...Value) Value {
	if f := fn.Object(); f != nil && f.call != nil {
		return f.CallWith(this, args)
	}
	ThrowTypeError(callee + " is not a function")
	return Undefined
}

// New is new fn(args).
func New(callee string, fn Value, args ...Value) Value {
	if f := fn.Object(); f == nil || f.construct == nil {
		ThrowTypeError(callee + " is not a constructor")
	}
	return Construct(fn, nil, args...)
}

// Method is a method read for a call whose arguments may run code: JavaScript
// reads o.m before evaluating the arguments of o.m(args), so compiled code
// reads it first with MethodOf and calls it after with Invoke.
type Method struct {
	Fn, This Value
}

// MethodOf reads obj.key for a call.
func MethodOf(obj Value, key PropertyKey) Method {
	return Method{Fn: GetProp(obj, key), This: obj}
}

// MethodOfIndex reads obj[key] for a call.
func MethodOfIndex(obj Value, key Value) Method {
	return Method{Fn: GetIndex(obj, key), This: obj}
}

// Invoke calls a method read by MethodOf with its object as this.
func Invoke(callee string, m Method, args ...Value) Value {
	if f := m.Fn.Object(); f != nil && f.call != nil {
		return f.CallWith(m.This, args)
	}
	ThrowTypeError(callee + " is not a function")
	return Undefined
}
