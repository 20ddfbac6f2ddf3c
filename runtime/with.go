package runtime

// The with statement. Compiled code keeps each with object in a Go variable
// and looks a name up in those objects, innermost first, before the binding
// it would otherwise name. V8 resolves the name again at every read and every
// write (a compound assignment resolves twice, the right side runs before a
// plain assignment resolves), so these calls are all a reference needs.

// WithObject is the object of `with (v)`: TypeError for undefined and null.
// It is kept as a Value (a variable an async function's closures may share
// per loop iteration, as any other).
func WithObject(v Value) Value { return ObjectValue(ToObject(v)) }

// WithHas is HasBinding of an object environment with withEnvironment set:
// the with object w has the property and w[Symbol.unscopables], when an
// object, does not list it as truthy.
func WithHas(w Value, name string) bool {
	obj, k := w.Object(), Key(name)
	if !obj.HasProperty(k) {
		return false
	}
	u := obj.Get(SymbolKey(SymUnscopables), w)
	if uo := u.Object(); uo != nil && ToBoolean(uo.Get(k, u)) {
		return false
	}
	return true
}

// WithGet reads a name found in the with object w.
func WithGet(w Value, name string) Value { return w.Object().Get(Key(name), w) }

// WithSet assigns a name found in the with object w; strict code (a class
// body inside the with) throws where the assignment fails.
func WithSet(w Value, name string, v Value, strict bool) { SetProp(w, Key(name), v, strict) }

// WithDelete is `delete name` for a name found in the with object w.
func WithDelete(w Value, name string) bool { return w.Object().Delete(Key(name)) }
