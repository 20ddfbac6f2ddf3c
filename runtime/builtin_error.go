package runtime

// Error, the native error types and AggregateError.

// ErrorConstructor is the Error function.
var ErrorConstructor *Object

func init() {
	ErrorConstructor = defineErrorType("Error", ErrorPrototype, FunctionPrototype)
	DefineMethod(ErrorConstructor, "captureStackTrace", 2, func(_ Value, args []Value) Value {
		o := Arg(args, 0).Object()
		if o == nil {
			// V8 throws its message template's id, not a sentence.
			ThrowTypeError("invalid_argument")
		}
		o.DefineData(Key("stack"), Str(captureStack(o, Arg(args, 1).Object())), Hidden)
		return Undefined
	})
	ErrorConstructor.DefineData(Key("stackTraceLimit"), Int(10), Default)
	DefineMethod(ErrorPrototype, "toString", 0, func(this Value, _ []Value) Value {
		o := this.Object()
		if o == nil {
			ThrowTypeError("Method Error.prototype.toString called on incompatible receiver " + inspectShort(this))
		}
		return Str(errorProtoToString(o))
	})
	for _, t := range []struct {
		name  string
		proto *Object
	}{
		{"TypeError", TypeErrorPrototype}, {"RangeError", RangeErrorPrototype},
		{"ReferenceError", ReferenceErrorPrototype}, {"SyntaxError", SyntaxErrorPrototype},
		{"EvalError", EvalErrorPrototype}, {"URIError", URIErrorPrototype},
	} {
		defineErrorType(t.name, t.proto, ErrorConstructor)
	}
	defineAggregateError()
}

// defineErrorType makes an error constructor whose own [[Prototype]] is
// ctorProto (Error for the native types, so TypeError.__proto__ === Error),
// gives proto its name and empty message, and makes it a global.
func defineErrorType(name string, proto, ctorProto *Object) *Object {
	var ctor *Object
	construct := func(args []Value, newTarget *Object) Value {
		return ObjectValue(constructError(newTarget, proto, Arg(args, 0), Arg(args, 1)))
	}
	ctor = NewConstructor(name, 1, func(_ Value, args []Value) Value {
		// Called without new, an error constructor acts as if it were.
		return construct(args, ctor)
	}, construct)
	ctor.SetProtoRaw(ctorProto)
	DefineConstructor(ctor, proto)
	proto.DefineData(Key("name"), Str(name), Hidden)
	proto.DefineData(Key("message"), Str(""), Hidden)
	return ctor
}

// constructError is the body of the error constructors: the prototype from
// new.target, the message when it is not undefined, then options.cause.
func constructError(newTarget, fallback *Object, message, options Value) *Object {
	proto := fallback
	if p := newTarget.Get(Key("prototype"), ObjectValue(newTarget)).Object(); p != nil {
		proto = p
	}
	e := newErrorObject(proto)
	if d, ok := newTarget.GetOwnProperty(Key("name")); ok && d.Value.IsString() {
		if data, ok := e.Internal.(*errorData); ok {
			data.skipTo = "new " + d.Value.Text()
		}
	}
	if !message.IsUndefined() {
		e.DefineData(Key("message"), ToString(message), Hidden)
	}
	if o := options.Object(); o != nil && o.HasProperty(Key("cause")) {
		e.DefineData(Key("cause"), o.Get(Key("cause"), options), Hidden)
	}
	return e
}

func defineAggregateError() {
	proto := AggregateErrorPrototype
	var ctor *Object
	construct := func(args []Value, newTarget *Object) Value {
		e := constructError(newTarget, proto, Arg(args, 1), Arg(args, 2))
		var errors []Value
		it := GetIterator(Arg(args, 0))
		for v, ok := it.Next(); ok; v, ok = it.Next() {
			errors = append(errors, v)
		}
		e.DefineData(Key("errors"), ObjectValue(NewArray(errors)), Hidden)
		return ObjectValue(e)
	}
	ctor = NewConstructor("AggregateError", 2, func(_ Value, args []Value) Value {
		return construct(args, ctor)
	}, construct)
	ctor.SetProtoRaw(ErrorConstructor)
	DefineConstructor(ctor, proto)
	proto.DefineData(Key("name"), Str("AggregateError"), Hidden)
	proto.DefineData(Key("message"), Str(""), Hidden)
}
