package runtime

// A JavaScript throw is a Go panic carrying *Exception; a catch is a deferred
// recover that takes only *Exception and lets every other panic (a bug in the
// runtime or the generated code) go on.

// Exception is the panic value of a JavaScript throw.
type Exception struct {
	Value Value
}

// Throw throws v.
func Throw(v Value) {
	panic(&Exception{Value: v})
}

// TryCatch runs body and returns the exception it threw, or nil. It restores
// the call depth the throw unwound past.
func TryCatch(body func()) (exc *Exception) {
	depth := callDepth
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Exception)
			if !ok {
				panic(r)
			}
			callDepth = depth
			exc = e
		}
	}()
	body()
	return nil
}

// ThrowError throws a new error made from proto (e.g. TypeErrorPrototype)
// and message.
func ThrowError(proto *Object, message string) {
	Throw(ObjectValue(NewError(proto, message)))
}

func ThrowTypeError(message string)      { ThrowError(TypeErrorPrototype, message) }
func ThrowRangeError(message string)     { ThrowError(RangeErrorPrototype, message) }
func ThrowReferenceError(message string) { ThrowError(ReferenceErrorPrototype, message) }
func ThrowSyntaxError(message string)    { ThrowError(SyntaxErrorPrototype, message) }
