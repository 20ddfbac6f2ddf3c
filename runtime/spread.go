package runtime

// Array and object literals, spread, rest and destructuring for compiled code.

// Hole marks an elision in an array literal passed to ArrayOf: `[1, , 2]`.
var Hole = hole

// ArrayOf makes an array literal from its elements (Hole for elisions).
func ArrayOf(items ...Value) Value {
	return ObjectValue(NewArray(items))
}

// AppendSpread appends the values of an iterable (a spread element or
// argument) to dst. text is the spread operand's source, for V8's "x is not
// iterable"; "" marks a call argument, where V8 words the error differently.
func AppendSpread(dst []Value, text string, v Value) []Value {
	if text == "" {
		var method Value
		if !v.IsNullish() {
			method = GetProp(v, SymbolKey(SymIterator))
		}
		if m := method.Object(); m == nil || !m.IsCallable() {
			ThrowTypeError("Spread syntax requires ...iterable[Symbol.iterator] to be a function")
		}
	}
	it := GetIteratorNamed(text, v)
	for {
		x, ok := it.Next()
		if !ok {
			return dst
		}
		dst = append(dst, x)
	}
}

// SpreadInto copies the own enumerable properties of src into obj: `{...src}`.
func SpreadInto(obj *Object, src Value) {
	if !src.IsNullish() {
		copyDataProperties(obj, ToObject(src), nil)
	}
}

// copyDataProperties is CopyDataProperties: for each own key of from, in
// order and unless excluded, its descriptor then (when enumerable) its value
// are read, as a proxy's traps observe.
func copyDataProperties(to, from *Object, excluded []PropertyKey) {
next:
	for _, k := range from.OwnKeys() {
		for _, x := range excluded {
			if x == k {
				continue next
			}
		}
		if d, ok := from.GetOwnProperty(k); ok && d.Flags&Enumerable != 0 {
			v := d.Value
			if d.IsAccessor() || from.class >= classFirstExotic {
				v = from.Get(k, ObjectValue(from))
			}
			to.CreateDataProperty(k, v)
		}
	}
}

// ObjectLiteral makes an object literal of plain `key: value` properties
// (distinct keys that are not array indices): values[i] is keys[i]'s.
func ObjectLiteral(keys []string, values ...Value) Value {
	o := NewPlainObject()
	o.props = make([]property, len(keys))
	for i, k := range keys {
		o.props[i] = property{key: Key(k), value: values[i], flags: Default}
	}
	if len(keys) > propIndexThreshold {
		o.index = make(map[PropertyKey]int32, len(keys))
		for i, k := range keys {
			o.index[Key(k)] = int32(i)
		}
	}
	return ObjectValue(o)
}

// DefineField defines `key: value` in an object literal.
func DefineField(obj *Object, key PropertyKey, v Value) {
	obj.CreateDataProperty(key, v)
}

// DefineFieldThrow defines a class field on this (CreateDataPropertyOrThrow).
func DefineFieldThrow(this Value, key PropertyKey, v Value) {
	o := this.Object()
	if o == nil || !o.CreateDataProperty(key, v) {
		ThrowTypeError("Cannot redefine property: " + keyString(key))
	}
}

// DefineMethodProp defines a method: enumerable in an object literal, not in a class.
func DefineMethodProp(obj *Object, key PropertyKey, fn Value, enumerable bool) {
	flags := Writable | Configurable
	if enumerable {
		flags |= Enumerable
	}
	obj.DefineOwnProperty(key, Descriptor{Value: fn, Flags: flags, HasValue: true, HasWrite: true, HasEnum: true, HasConfig: true})
}

// DefineGetterProp defines a getter, keeping a setter already defined for key.
func DefineGetterProp(obj *Object, key PropertyKey, fn Value, enumerable bool) {
	obj.DefineOwnProperty(key, accessorDescriptor(fn, Undefined, enumerable))
}

// DefineSetterProp defines a setter, keeping a getter already defined for key.
func DefineSetterProp(obj *Object, key PropertyKey, fn Value, enumerable bool) {
	obj.DefineOwnProperty(key, accessorDescriptor(Undefined, fn, enumerable))
}

func accessorDescriptor(getter, setter Value, enumerable bool) Descriptor {
	d := Descriptor{Flags: Configurable, HasEnum: true, HasConfig: true}
	if enumerable {
		d.Flags |= Enumerable
	}
	if g := getter.Object(); g != nil {
		d.Getter, d.HasGet = g, true
	}
	if s := setter.Object(); s != nil {
		d.Setter, d.HasSet = s, true
	}
	return d
}

// SetProtoLiteral is `__proto__: v` in an object literal: an object or null
// becomes the prototype, anything else is ignored.
func SetProtoLiteral(obj *Object, v Value) {
	if v.IsObject() || v.IsNull() {
		obj.proto = v.Object()
	}
}

// RequireObjectCoercible starts an object pattern: destructuring undefined or
// null throws V8's TypeError naming the first property.
func RequireObjectCoercible(v Value, firstKey string) {
	if !v.IsNullish() {
		return
	}
	s := ToGoString(v)
	if firstKey != "" {
		ThrowTypeError("Cannot destructure property '" + firstKey + "' of '" + s + "' as it is " + s + ".")
	}
	ThrowTypeError("Cannot destructure '" + s + "' as it is " + s + ".")
}

// RequireObjectCoercibleNested starts an object pattern nested in another
// pattern, where V8 reports undefined or null as a property read does:
// "Cannot read properties of null (reading 'a')".
func RequireObjectCoercibleNested(v Value, firstKey string) {
	if !v.IsNullish() {
		return
	}
	s := ToGoString(v)
	if firstKey != "" {
		ThrowTypeError("Cannot read properties of " + s + " (reading '" + firstKey + "')")
	}
	ThrowTypeError("Cannot read properties of " + s)
}

// ObjectRest is `...rest` in an object pattern: a new object with the own
// enumerable properties of src except the keys already destructured.
func ObjectRest(src Value, excluded ...PropertyKey) Value {
	rest := NewPlainObject()
	copyDataProperties(rest, ToObject(src), excluded)
	return ObjectValue(rest)
}

// IteratorValue is the next value for an array pattern's element:
// undefined once the iterator is done.
func IteratorValue(it *Iterator) Value {
	v, _ := it.Next()
	return v
}

// IteratorRest is `...rest` in an array pattern: the remaining values.
func IteratorRest(it *Iterator) Value {
	var rest []Value
	for {
		v, ok := it.Next()
		if !ok {
			return ObjectValue(NewArray(rest))
		}
		rest = append(rest, v)
	}
}
