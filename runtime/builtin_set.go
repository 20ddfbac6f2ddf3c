package runtime

// A Set is an OrderedMap whose values are unused.

// SetIteratorPrototype is %SetIteratorPrototype%.
var SetIteratorPrototype = NewObject(IteratorPrototype)

// SetConstructor is the global Set.
var SetConstructor *Object

// setAddFunc is the intrinsic Set.prototype.add, which the constructor
// skips calling while it is still in place.
var setAddFunc *Object

func thisSet(this Value, method string) *OrderedMap {
	if o := this.Object(); o != nil && o.class == ClassSet {
		if m, ok := o.Internal.(*OrderedMap); ok {
			return m
		}
	}
	if method == "size" {
		ThrowTypeError("Method get Set.prototype.size called on incompatible receiver " + inspectShort(this))
	}
	ThrowTypeError("Method Set.prototype." + method + " called on incompatible receiver " + inspectShort(this))
	return nil
}

func init() {
	SetConstructor = NewConstructor("Set", 0, func(Value, []Value) Value {
		ThrowTypeError("Constructor Set requires 'new'")
		return Undefined
	}, func(args []Value, newTarget *Object) Value {
		m := NewOrderedMap()
		o := NewClassObject(protoFromConstructor(newTarget, SetPrototype), ClassSet, m)
		if iterable := Arg(args, 0); !iterable.IsNullish() {
			adder := o.Get(Key("add"), ObjectValue(o))
			if !isCallable(adder) {
				ThrowTypeError("'" + NoSideEffectsToString(adder) + "' returned for property 'add' of object '" + NoSideEffectsToString(ObjectValue(o)) + "' is not a function")
			}
			builtin := adder.Object() == setAddFunc
			iterateValues(iterable, func(v Value) bool {
				if builtin {
					m.Set(v, Undefined)
				} else {
					Call(adder, ObjectValue(o), v)
				}
				return true
			})
		}
		return ObjectValue(o)
	})
	DefineConstructor(SetConstructor, SetPrototype)
	SetConstructor.DefineAccessor(SymbolKey(SymSpecies), NewFunction("get [Symbol.species]", 0, func(this Value, _ []Value) Value { return this }), nil, Configurable)

	p := SetPrototype
	DefineMethod(p, "has", 1, func(this Value, args []Value) Value { return Bool(thisSet(this, "has").Has(Arg(args, 0))) })
	setAddFunc = DefineMethod(p, "add", 1, func(this Value, args []Value) Value {
		m := thisSet(this, "add")
		if v := Arg(args, 0); !m.Has(v) {
			m.Set(v, Undefined)
		}
		return this
	})
	DefineMethod(p, "delete", 1, func(this Value, args []Value) Value {
		return Bool(thisSet(this, "delete").Delete(Arg(args, 0)))
	})
	DefineMethod(p, "clear", 0, func(this Value, _ []Value) Value {
		thisSet(this, "clear").Clear()
		return Undefined
	})
	setIter := func(kind IterKind, method string) NativeFunc {
		return func(this Value, _ []Value) Value {
			m := thisSet(this, method)
			return ObjectValue(NewClassObject(SetIteratorPrototype, ClassObject, &CollectionIterator{Map: m, Kind: kind, IsSet: true}))
		}
	}
	// V8's order of the prototype's keys, which Reflect.ownKeys shows.
	DefineMethod(p, "entries", 0, setIter(IterEntries, "entries"))
	DefineMethod(p, "forEach", 1, func(this Value, args []Value) Value {
		m := thisSet(this, "forEach")
		fn := collectionCallbackArg(args, 0)
		m.Range(func(k, _ Value) bool {
			fn.CallWith(Arg(args, 1), []Value{k, k, this})
			return true
		})
		return Undefined
	})
	DefineGetter(p, "size", func(this Value, _ []Value) Value { return Int(thisSet(this, "size").Len()) })
	values := DefineMethod(p, "values", 0, setIter(IterValues, "values"))
	p.DefineData(Key("keys"), ObjectValue(values), Hidden)
	p.DefineData(SymbolKey(SymToStringTag), strASCII("Set"), Configurable)
	p.DefineData(SymbolKey(SymIterator), ObjectValue(values), Hidden)

	DefineMethod(SetIteratorPrototype, "next", 0, setIteratorNext)
	SetIteratorPrototype.DefineData(SymbolKey(SymToStringTag), strASCII("Set Iterator"), Configurable)
}
