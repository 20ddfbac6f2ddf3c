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

// RestArgs is a rest parameter: the arguments from index from on, as an array.
func RestArgs(args []Value, from int) Value {
	if from >= len(args) {
		return ObjectValue(NewArray(nil))
	}
	return ObjectValue(NewArray(append([]Value(nil), args[from:]...)))
}
