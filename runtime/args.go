package runtime

import "strconv"

// NewArguments makes a function's `arguments` object: an unmapped arguments
// object (writing a parameter does not change it, nor the reverse, which
// sloppy-mode JavaScript would do for simple parameter lists).
func NewArguments(args []Value) Value {
	o := NewClassObject(ObjectPrototype, ClassArguments, nil)
	for i, v := range args {
		o.DefineData(Key(strconv.Itoa(i)), v, Default)
	}
	o.DefineData(Key("length"), Int(len(args)), Hidden)
	o.DefineData(SymbolKey(SymIterator), ArrayPrototype.Get(Key("values"), ObjectValue(ArrayPrototype)), Hidden)
	return ObjectValue(o)
}

// mappedArguments is the Internal of a sloppy function's arguments object
// whose first n indices alias its parameters.
type mappedArguments struct{ n int }

// NewMappedArguments is the arguments object of a sloppy-mode function with
// a simple parameter list: arguments[i] and parameter i are one variable for
// i below both the parameter count and the number of arguments passed. The
// compiled function reads and writes such parameters through MappedGet and
// MappedSet. (Deleting or redefining arguments[i] does not unmap it.)
func NewMappedArguments(args []Value, params int) Value {
	a := NewArguments(args)
	a.Object().Internal = &mappedArguments{n: min(len(args), params)}
	return a
}

// MappedGet reads parameter i: arguments[i] while mapped, else its own value.
func MappedGet(arguments Value, i int, param Value) Value {
	if m, ok := arguments.Object().Internal.(*mappedArguments); ok && i < m.n {
		return GetProp(arguments, Key(strconv.Itoa(i)))
	}
	return param
}

// MappedSet mirrors a write of parameter i into arguments[i] while mapped.
func MappedSet(arguments Value, i int, v Value) {
	if m, ok := arguments.Object().Internal.(*mappedArguments); ok && i < m.n {
		SetProp(arguments, Key(strconv.Itoa(i)), v, false)
	}
}

// RestArgs is a rest parameter: the arguments from index from on, as an array.
func RestArgs(args []Value, from int) Value {
	if from >= len(args) {
		return ObjectValue(NewArray(nil))
	}
	return ObjectValue(NewArray(append([]Value(nil), args[from:]...)))
}
