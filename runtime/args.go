package runtime

import "strconv"

// NewArguments makes a function's `arguments` object: an unmapped arguments
// object (writing a parameter does not change it, nor the reverse, which
// sloppy-mode JavaScript would do for simple parameter lists).
func NewArguments(args []Value) Value {
	o := newArgumentsObject(args)
	o.DefineAccessor(Key("callee"), throwTypeError, throwTypeError, 0)
	return ObjectValue(o)
}

// newArgumentsObject is an arguments object without its callee.
func newArgumentsObject(args []Value) *Object {
	o := NewClassObject(ObjectPrototype, ClassArguments, nil)
	for i, v := range args {
		o.DefineData(Key(strconv.Itoa(i)), v, Default)
	}
	o.DefineData(Key("length"), Int(len(args)), Hidden)
	o.DefineData(SymbolKey(SymIterator), ArrayPrototype.Get(Key("values"), ObjectValue(ArrayPrototype)), Hidden)
	return o
}

// throwTypeError is the spec's %ThrowTypeError%: the accessor of a strict
// arguments object's callee and of Function.prototype's caller and arguments.
var throwTypeError *Object

// mappedArguments is the Internal of a sloppy function's arguments object
// whose first n indices alias its parameters, until `delete arguments[i]`
// unmaps one. The compiled function keeps a parameter in a Go variable that
// a write to arguments[i] does not update, so unmapping saves the value the
// parameter then has until the function next assigns the parameter.
type mappedArguments struct {
	n        int
	unmapped []bool  // by index, made on the first delete
	saved    []Value // the parameter's value when unmapped, while valid
	valid    []bool
}

// unmapArgument is called by delete before removing o[k]: a mapped index
// stops aliasing its parameter, which keeps its current value.
func unmapArgument(o *Object, m *mappedArguments, k PropertyKey) {
	i, ok := k.ArrayIndex()
	if !ok || int(i) >= m.n || m.unmapped != nil && m.unmapped[i] {
		return
	}
	if m.unmapped == nil {
		m.unmapped, m.saved, m.valid = make([]bool, m.n), make([]Value, m.n), make([]bool, m.n)
	}
	m.unmapped[i], m.saved[i], m.valid[i] = true, o.Get(k, ObjectValue(o)), true
}

// NewMappedArguments is the arguments object of a sloppy-mode function with
// a simple parameter list: arguments[i] and parameter i are one variable for
// i below both the parameter count and the number of arguments passed. The
// compiled function reads and writes such parameters through MappedGet and
// MappedSet. Deleting arguments[i] unmaps it (redefining it does not).
// callee is the function object itself.
func NewMappedArguments(args []Value, params int, callee Value) Value {
	o := newArgumentsObject(args)
	o.DefineData(Key("callee"), callee, Hidden)
	o.Internal = &mappedArguments{n: min(len(args), params)}
	return ObjectValue(o)
}

// MappedGet reads parameter i: arguments[i] while mapped, else its own value.
func MappedGet(arguments Value, i int, param Value) Value {
	if m, ok := arguments.Object().Internal.(*mappedArguments); ok && i < m.n {
		if m.unmapped == nil || !m.unmapped[i] {
			return GetProp(arguments, Key(strconv.Itoa(i)))
		}
		if m.valid[i] {
			return m.saved[i]
		}
	}
	return param
}

// MappedSet mirrors a write of parameter i into arguments[i] while mapped;
// once unmapped, the write makes the Go variable hold the parameter again.
func MappedSet(arguments Value, i int, v Value) {
	if m, ok := arguments.Object().Internal.(*mappedArguments); ok && i < m.n {
		if m.unmapped == nil || !m.unmapped[i] {
			SetProp(arguments, Key(strconv.Itoa(i)), v, false)
			return
		}
		m.valid[i], m.saved[i] = false, Undefined
	}
}

// RestArgs is a rest parameter: the arguments from index from on, as an array.
func RestArgs(args []Value, from int) Value {
	if from >= len(args) {
		return ObjectValue(NewArray(nil))
	}
	return ObjectValue(NewArray(append([]Value(nil), args[from:]...)))
}
