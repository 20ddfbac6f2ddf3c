package runtime

// The with statement. Compiled code keeps each with object in a Go variable
// and looks a name up in those objects, innermost first, before the binding
// it would otherwise name. V8 resolves the name again at every read and every
// write (a compound assignment resolves twice, the right side runs before a
// plain assignment resolves), so these calls are all a reference needs.

// WithObject is the object of `with (v)`: TypeError for undefined and null.
func WithObject(v Value) *Object { return ToObject(v) }

// WithHas is HasBinding of an object environment with withEnvironment set:
// obj has the property and obj[Symbol.unscopables], when an object, does
// not list it as truthy.
func WithHas(obj *Object, name string) bool {
	k := Key(name)
	if !obj.HasProperty(k) {
		return false
	}
	u := obj.Get(SymbolKey(SymUnscopables), ObjectValue(obj))
	if uo := u.Object(); uo != nil && ToBoolean(uo.Get(k, u)) {
		return false
	}
	return true
}

// WithGet reads a name found in obj.
func WithGet(obj *Object, name string) Value {
	return obj.Get(Key(name), ObjectValue(obj))
}

// WithSet assigns a name found in obj; strict code (a class body inside the
// with) throws where the assignment fails.
func WithSet(obj *Object, name string, v Value, strict bool) {
	SetProp(ObjectValue(obj), Key(name), v, strict)
}

// WithDelete is `delete name` for a name found in obj.
func WithDelete(obj *Object, name string) bool { return obj.Delete(Key(name)) }
