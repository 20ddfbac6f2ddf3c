package runtime

import "math"

// The Function constructor and Function.prototype.

// FunctionConstructor is the Function function.
var FunctionConstructor *Object

// BoundFunction is the Internal of a function made by
// Function.prototype.bind.
type BoundFunction struct {
	Target *Object
	This   Value
	Args   []Value
}

// FunctionSource, when set by the code generator's support code, returns
// the source text of a user function (its exact range in Program.Source);
// ok is false for builtins and bound functions, which print as native code.
var FunctionSource func(f *Object) (src string, ok bool)

// throwCodeFromStrings is what eval and new Function do: code cannot be
// compiled ahead of time, so they fail as V8 does under a content security
// policy.
func throwCodeFromStrings() {
	ThrowError(EvalErrorPrototype, "Code generation from strings disallowed for this context")
}

func init() {
	construct := func([]Value, *Object) Value {
		throwCodeFromStrings()
		return Undefined
	}
	FunctionConstructor = NewConstructor("Function", 1, func(Value, []Value) Value { return construct(nil, nil) }, construct)
	p := FunctionPrototype
	p.DefineData(Key("length"), Int(0), Configurable)
	p.DefineData(Key("name"), Str(""), Configurable)
	poison := NewFunction("", 0, func(Value, []Value) Value {
		ThrowTypeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them")
		return Undefined
	})
	poison.PreventExtensions()
	throwTypeError = poison
	p.DefineAccessor(Key("arguments"), poison, poison, Configurable)
	p.DefineAccessor(Key("caller"), poison, poison, Configurable)
	DefineConstructor(FunctionConstructor, p)
	DefineMethod(p, "apply", 2, func(this Value, args []Value) Value {
		f := callableThis(this)
		list := Arg(args, 1)
		if list.IsNullish() {
			return f.CallWith(Arg(args, 0), nil)
		}
		return f.CallWith(Arg(args, 0), CreateListFromArrayLike(list))
	})
	DefineMethod(p, "bind", 1, func(this Value, args []Value) Value {
		target := this.Object()
		if target == nil || !target.IsCallable() {
			ThrowTypeError("Bind must be called on a function")
		}
		var bound []Value
		if len(args) > 1 {
			bound = append([]Value(nil), args[1:]...)
		}
		return ObjectValue(BindFunction(target, Arg(args, 0), bound))
	})
	DefineMethod(p, "call", 1, func(this Value, args []Value) Value {
		f := callableThis(this)
		if len(args) == 0 {
			return f.CallWith(Undefined, nil)
		}
		return f.CallWith(args[0], args[1:])
	})
	DefineMethod(p, "toString", 0, func(this Value, _ []Value) Value {
		f := this.Object()
		if f == nil || !f.IsCallable() {
			ThrowTypeError("Function.prototype.toString requires that 'this' be a Function")
		}
		return Str(functionSourceText(f))
	})
	hasInstance := NewFunction("[Symbol.hasInstance]", 1, func(this Value, args []Value) Value {
		f := this.Object()
		return Bool(f != nil && OrdinaryHasInstance(f, Arg(args, 0)))
	})
	p.DefineData(SymbolKey(SymHasInstance), ObjectValue(hasInstance), 0)
}

// callableThis is the function that call or apply was invoked on. V8 names
// the call site in its message, which a builtin cannot see; the value's
// description stands in for it.
func callableThis(this Value) *Object {
	f := this.Object()
	if f == nil || !f.IsCallable() {
		ThrowTypeError(typedDescription(this) + " is not a function")
	}
	return f
}

// CreateListFromArrayLike turns an array-like object into arguments.
func CreateListFromArrayLike(v Value) []Value {
	o := v.Object()
	if o == nil {
		ThrowTypeError("CreateListFromArrayLike called on non-object")
	}
	n := arrayLikeLength(o)
	switch {
	case n >= 1<<32-1:
		ThrowRangeError("Invalid array length")
	case n > maxCallArgs:
		ThrowRangeError("Maximum call stack size exceeded")
	}
	list := make([]Value, n)
	for i := range list {
		if o.class == ClassArray && i < len(o.elems) && !o.elems[i].isHole() {
			list[i] = o.elems[i]
		} else {
			list[i] = o.Get(indexKey(int64(i)), v)
		}
	}
	return list
}

// maxCallArgs is about where V8 runs out of stack for the arguments of an
// apply or a spread call made near the top of the stack.
const maxCallArgs = 125000

// BindFunction is BoundFunctionCreate plus bind's length and name.
func BindFunction(target *Object, this Value, args []Value) *Object {
	f := &Object{proto: target.Proto(), class: ClassFunction, extensible: true,
		Internal: &BoundFunction{Target: target, This: this, Args: args}}
	f.call = func(_ Value, more []Value) Value {
		return target.CallWith(this, joinArgs(args, more))
	}
	if target.IsConstructor() {
		f.construct = func(more []Value, newTarget *Object) Value {
			if newTarget == f {
				newTarget = target
			}
			return Construct(ObjectValue(target), newTarget, joinArgs(args, more)...)
		}
	}
	length := 0.0
	if _, ok := target.GetOwnProperty(Key("length")); ok {
		if l := target.Get(Key("length"), ObjectValue(target)); l.kind == KindNumber {
			switch {
			case math.IsInf(l.num, 1):
				length = l.num
			case l.num > float64(len(args)):
				length = math.Trunc(l.num) - float64(len(args))
			}
		}
	}
	f.DefineData(Key("length"), Number(max(length, 0)), Configurable)
	name := target.Get(Key("name"), ObjectValue(target))
	if name.kind != KindString {
		name = Str("")
	}
	f.DefineData(Key("name"), Concat(strASCII("bound "), name), Configurable)
	return f
}

func joinArgs(bound, more []Value) []Value {
	if len(bound) == 0 {
		return more
	}
	all := make([]Value, 0, len(bound)+len(more))
	return append(append(all, bound...), more...)
}

// functionSourceText is Function.prototype.toString's result for f.
func functionSourceText(f *Object) string {
	// A bound function or a callable proxy has no source, and V8 gives it no
	// name either (reading a proxy's name would run its traps).
	if _, bound := f.Internal.(*BoundFunction); bound || f.class == ClassProxy {
		return "function () { [native code] }"
	}
	if FunctionSource != nil {
		if src, ok := FunctionSource(f); ok {
			return src
		}
	}
	name := ""
	if d, ok := f.GetOwnProperty(Key("name")); ok && d.Value.kind == KindString {
		name = d.Value.Text()
	}
	return "function " + name + "() { [native code] }"
}
