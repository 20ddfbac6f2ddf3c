package runtime

import (
	"math"
	"unsafe"
)

// OrderedMap is the storage of a Map or a Set: a hash index over a doubly
// linked list in insertion order. A deleted entry leaves the list but keeps
// its prev link, so that an iterator standing on it can walk back to a
// live entry and carry on from there: iteration sees every entry added
// during it and none deleted before it is reached, as the spec requires.
type OrderedMap struct {
	index       map[mapKey]*mapEntry
	first, last *mapEntry
}

type mapEntry struct {
	key, value Value
	prev, next *mapEntry
	deleted    bool
}

// mapKey is a Value normalised for SameValueZero: -0 is +0, every NaN is
// one NaN, strings and bigints compare by text, the rest by identity.
type mapKey struct {
	kind Kind
	bits uint64
	text string
	ref  unsafe.Pointer
}

func keyOf(v Value) mapKey {
	switch v.kind {
	case KindNumber:
		f := v.num
		switch {
		case f == 0:
			f = 0
		case math.IsNaN(f):
			f = math.NaN()
		}
		return mapKey{kind: KindNumber, bits: math.Float64bits(f)}
	case KindBool:
		return mapKey{kind: KindBool, bits: uint64(v.num)}
	case KindString:
		return mapKey{kind: KindString, text: v.Text()}
	case KindBigInt:
		return mapKey{kind: KindBigInt, text: bigIntString(v, 16)}
	case KindSymbol, KindObject:
		return mapKey{kind: v.kind, ref: v.ref}
	}
	return mapKey{kind: v.kind}
}

// NewOrderedMap makes an empty map.
func NewOrderedMap() *OrderedMap {
	return &OrderedMap{index: map[mapKey]*mapEntry{}}
}

// Len is the number of entries.
func (m *OrderedMap) Len() int { return len(m.index) }

// Get returns the value stored under k.
func (m *OrderedMap) Get(k Value) (Value, bool) {
	if e := m.index[keyOf(k)]; e != nil {
		return e.value, true
	}
	return Undefined, false
}

// Has reports whether k is a key.
func (m *OrderedMap) Has(k Value) bool { return m.index[keyOf(k)] != nil }

// Set stores v under k, keeping k's place when it is already present.
func (m *OrderedMap) Set(k, v Value) {
	mk := keyOf(k)
	if e := m.index[mk]; e != nil {
		e.value = v
		return
	}
	if k.kind == KindNumber && k.num == 0 {
		k = Int(0) // a -0 key is stored as +0
	}
	e := &mapEntry{key: k, value: v, prev: m.last}
	if m.last != nil {
		m.last.next = e
	} else {
		m.first = e
	}
	m.last = e
	m.index[mk] = e
}

// Delete removes k and reports whether it was present.
func (m *OrderedMap) Delete(k Value) bool {
	mk := keyOf(k)
	e := m.index[mk]
	if e == nil {
		return false
	}
	delete(m.index, mk)
	e.deleted = true
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		m.first = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		m.last = e.prev
	}
	e.value = Undefined
	return true
}

// Clear removes every entry; iterators in progress go on with entries
// added afterwards.
func (m *OrderedMap) Clear() {
	for e := m.first; e != nil; {
		next := e.next
		e.deleted, e.prev, e.value = true, nil, Undefined
		e = next
	}
	m.first, m.last = nil, nil
	clear(m.index)
}

// after is the live entry following cursor (nil: from the start).
func (m *OrderedMap) after(cursor *mapEntry) *mapEntry {
	for cursor != nil && cursor.deleted {
		cursor = cursor.prev
	}
	if cursor == nil {
		return m.first
	}
	return cursor.next
}

// Range calls f for each entry in order until it returns false; entries
// added or deleted meanwhile are seen or skipped as iteration would.
func (m *OrderedMap) Range(f func(k, v Value) bool) {
	for e := m.after(nil); e != nil; e = m.after(e) {
		if !f(e.key, e.value) {
			return
		}
	}
}

// CollectionIterator is the state of a Map or Set iterator.
type CollectionIterator struct {
	Map    *OrderedMap // nil once exhausted
	Kind   IterKind
	IsSet  bool
	cursor *mapEntry // the entry last returned, nil before the first
}

// Remaining lists what the iterator has yet to produce without advancing
// it (for console.log of an iterator): keys, values or [key, value] pairs.
func (it *CollectionIterator) Remaining() []Value {
	if it.Map == nil {
		return nil
	}
	var out []Value
	for e := it.Map.after(it.cursor); e != nil; e = it.Map.after(e) {
		out = append(out, it.result(e))
	}
	return out
}

func (it *CollectionIterator) result(e *mapEntry) Value {
	switch {
	case it.Kind == IterKeys || it.Kind == IterValues && it.IsSet:
		return e.key
	case it.Kind == IterValues:
		return e.value
	case it.IsSet:
		return ObjectValue(NewArray([]Value{e.key, e.key}))
	}
	return ObjectValue(NewArray([]Value{e.key, e.value}))
}

// MapIteratorPrototype is %MapIteratorPrototype%.
var MapIteratorPrototype = NewObject(IteratorPrototype)

// MapConstructor is the global Map.
var MapConstructor *Object

func thisMap(this Value, method string) *OrderedMap {
	if o := this.Object(); o != nil && o.class == ClassMap {
		if m, ok := o.Internal.(*OrderedMap); ok {
			return m
		}
	}
	if method == "size" {
		ThrowTypeError("Method get Map.prototype.size called on incompatible receiver " + inspectShort(this))
	}
	ThrowTypeError("Method Map.prototype." + method + " called on incompatible receiver " + inspectShort(this))
	return nil
}

// mapIteratorNext and setIteratorNext are %MapIteratorPrototype%.next and
// %SetIteratorPrototype%.next; each refuses the other's iterators.
func mapIteratorNext(this Value, _ []Value) Value { return collectionIteratorNext(this, false) }
func setIteratorNext(this Value, _ []Value) Value { return collectionIteratorNext(this, true) }

func collectionIteratorNext(this Value, isSet bool) Value {
	var it *CollectionIterator
	if o := this.Object(); o != nil {
		it, _ = o.Internal.(*CollectionIterator)
	}
	if it == nil || it.IsSet != isSet {
		name := "Map Iterator"
		if isSet {
			name = "Set Iterator"
		}
		ThrowTypeError("Method " + name + ".prototype.next called on incompatible receiver " + NoSideEffectsToString(this))
	}
	v, ok := it.Step()
	return iterResult(v, !ok)
}

// Step advances the iterator: the next key, value or entry, or ok false
// once it is exhausted. for-of may call it directly while next is the
// intrinsic one, saving the result object.
func (it *CollectionIterator) Step() (Value, bool) {
	if it.Map == nil {
		return Undefined, false
	}
	e := it.Map.after(it.cursor)
	if e == nil {
		it.Map, it.cursor = nil, nil
		return Undefined, false
	}
	it.cursor = e
	return it.result(e), true
}

func init() {
	MapConstructor = NewConstructor("Map", 0, func(Value, []Value) Value {
		ThrowTypeError("Constructor Map requires 'new'")
		return Undefined
	}, func(args []Value, newTarget *Object) Value {
		m := NewOrderedMap()
		o := NewClassObject(protoFromConstructor(newTarget, MapPrototype), ClassMap, m)
		if iterable := Arg(args, 0); !iterable.IsNullish() {
			adder := o.Get(Key("set"), ObjectValue(o))
			if !isCallable(adder) {
				ThrowTypeError("'" + NoSideEffectsToString(adder) + "' returned for property 'set' of object '" + NoSideEffectsToString(ObjectValue(o)) + "' is not a function")
			}
			builtin := adder.Object() == mapSetFunc
			iterateValues(iterable, func(item Value) bool {
				if !item.IsObject() {
					ThrowTypeError("Iterator value " + inspectShort(item) + " is not an entry object")
				}
				k, v := getIndex(item.Object(), 0), getIndex(item.Object(), 1)
				if builtin {
					m.Set(k, v)
				} else {
					Call(adder, ObjectValue(o), k, v)
				}
				return true
			})
		}
		return ObjectValue(o)
	})
	DefineConstructor(MapConstructor, MapPrototype)
	MapConstructor.DefineAccessor(SymbolKey(SymSpecies), NewFunction("get [Symbol.species]", 0, func(this Value, _ []Value) Value { return this }), nil, Configurable)

	p := MapPrototype
	DefineMethod(p, "get", 1, func(this Value, args []Value) Value {
		v, _ := thisMap(this, "get").Get(Arg(args, 0))
		return v
	})
	mapSetFunc = DefineMethod(p, "set", 2, func(this Value, args []Value) Value {
		thisMap(this, "set").Set(Arg(args, 0), Arg(args, 1))
		return this
	})
	DefineMethod(p, "has", 1, func(this Value, args []Value) Value { return Bool(thisMap(this, "has").Has(Arg(args, 0))) })
	DefineMethod(p, "delete", 1, func(this Value, args []Value) Value {
		return Bool(thisMap(this, "delete").Delete(Arg(args, 0)))
	})
	DefineMethod(p, "clear", 0, func(this Value, _ []Value) Value {
		thisMap(this, "clear").Clear()
		return Undefined
	})
	mapIter := func(kind IterKind, method string) NativeFunc {
		return func(this Value, _ []Value) Value {
			m := thisMap(this, method)
			return ObjectValue(NewClassObject(MapIteratorPrototype, ClassObject, &CollectionIterator{Map: m, Kind: kind}))
		}
	}
	// V8's order of the prototype's keys, which Reflect.ownKeys shows.
	entries := DefineMethod(p, "entries", 0, mapIter(IterEntries, "entries"))
	DefineMethod(p, "forEach", 1, func(this Value, args []Value) Value {
		m := thisMap(this, "forEach")
		fn := collectionCallbackArg(args, 0)
		m.Range(func(k, v Value) bool {
			fn.CallWith(Arg(args, 1), []Value{v, k, this})
			return true
		})
		return Undefined
	})
	DefineMethod(p, "keys", 0, mapIter(IterKeys, "keys"))
	DefineGetter(p, "size", func(this Value, _ []Value) Value { return Int(thisMap(this, "size").Len()) })
	DefineMethod(p, "values", 0, mapIter(IterValues, "values"))
	p.DefineData(SymbolKey(SymToStringTag), strASCII("Map"), Configurable)
	p.DefineData(SymbolKey(SymIterator), ObjectValue(entries), Hidden)

	DefineMethod(MapIteratorPrototype, "next", 0, mapIteratorNext)
	MapIteratorPrototype.DefineData(SymbolKey(SymToStringTag), strASCII("Map Iterator"), Configurable)
}

// mapSetFunc is the intrinsic Map.prototype.set, which the constructor
// skips calling while it is still in place.
var mapSetFunc *Object

// collectionCallbackArg is the callback of Map's and Set's forEach, which
// V8's Torque builtins reject with typedNotAFunction's message.
func collectionCallbackArg(args []Value, i int) *Object {
	fn := Arg(args, i)
	if !isCallable(fn) {
		ThrowTypeError(typedNotAFunction(fn))
	}
	return fn.Object()
}
