package runtime

import "unsafe"

// WeakMap, WeakSet, WeakRef and FinalizationRegistry hold their targets
// strongly: a program cannot observe the difference except through memory
// use or a cleanup callback, which therefore never runs.

// WeakMapConstructor, WeakSetConstructor, WeakRefConstructor and
// FinalizationRegistryConstructor are the globals of those names.
var (
	WeakMapConstructor              *Object
	WeakSetConstructor              *Object
	WeakRefConstructor              *Object
	FinalizationRegistryConstructor *Object

	WeakRefPrototype              = NewObject(ObjectPrototype)
	FinalizationRegistryPrototype = NewObject(ObjectPrototype)
)

// WeakCollection is the storage of a WeakMap or WeakSet, keyed by the
// identity of an object or symbol.
type WeakCollection struct {
	entries map[unsafe.Pointer]Value
}

// canBeHeldWeakly is CanBeHeldWeakly: objects and symbols not made by Symbol.for.
func canBeHeldWeakly(v Value) bool {
	return v.kind == KindObject || v.kind == KindSymbol && !v.Symbol().registryKey
}

func thisWeak(this Value, class Class, method string) *WeakCollection {
	if o := this.Object(); o != nil && o.class == class {
		if w, ok := o.Internal.(*WeakCollection); ok {
			return w
		}
	}
	name := "WeakMap"
	if class == ClassWeakSet {
		name = "WeakSet"
	}
	ThrowTypeError("Method " + name + ".prototype." + method + " called on incompatible receiver " + inspectShort(this))
	return nil
}

// weakConstructor makes the WeakMap or WeakSet constructor.
func weakConstructor(name string, class Class, proto *Object, adderName string, addEntry bool) *Object {
	return NewConstructor(name, 0, func(Value, []Value) Value {
		ThrowTypeError("Constructor " + name + " requires 'new'")
		return Undefined
	}, func(args []Value, newTarget *Object) Value {
		o := NewClassObject(protoFromConstructor(newTarget, proto), class, &WeakCollection{entries: map[unsafe.Pointer]Value{}})
		if iterable := Arg(args, 0); !iterable.IsNullish() {
			adder := o.Get(Key(adderName), ObjectValue(o))
			if !isCallable(adder) {
				ThrowTypeError("'" + NoSideEffectsToString(adder) + "' returned for property '" + adderName + "' of object '" + NoSideEffectsToString(ObjectValue(o)) + "' is not a function")
			}
			iterateValues(iterable, func(item Value) bool {
				if !addEntry {
					Call(adder, ObjectValue(o), item)
					return true
				}
				if !item.IsObject() {
					ThrowTypeError("Iterator value " + inspectShort(item) + " is not an entry object")
				}
				Call(adder, ObjectValue(o), getIndex(item.Object(), 0), getIndex(item.Object(), 1))
				return true
			})
		}
		return ObjectValue(o)
	})
}

func init() {
	WeakMapConstructor = weakConstructor("WeakMap", ClassWeakMap, WeakMapPrototype, "set", true)
	DefineConstructor(WeakMapConstructor, WeakMapPrototype)
	wm := WeakMapPrototype
	// The methods in V8's order, which Reflect.ownKeys shows.
	DefineMethod(wm, "delete", 1, func(this Value, args []Value) Value {
		w := thisWeak(this, ClassWeakMap, "delete")
		k := Arg(args, 0)
		_, ok := w.entries[k.ref]
		if !ok || !canBeHeldWeakly(k) {
			return False
		}
		delete(w.entries, k.ref)
		return True
	})
	DefineMethod(wm, "get", 1, func(this Value, args []Value) Value {
		w, k := thisWeak(this, ClassWeakMap, "get"), Arg(args, 0)
		if !canBeHeldWeakly(k) {
			return Undefined
		}
		return w.entries[k.ref]
	})
	DefineMethod(wm, "set", 2, func(this Value, args []Value) Value {
		w := thisWeak(this, ClassWeakMap, "set")
		k := Arg(args, 0)
		if !canBeHeldWeakly(k) {
			ThrowTypeError("Invalid value used as weak map key")
		}
		w.entries[k.ref] = Arg(args, 1)
		return this
	})
	DefineMethod(wm, "has", 1, func(this Value, args []Value) Value {
		k := Arg(args, 0)
		_, ok := thisWeak(this, ClassWeakMap, "has").entries[k.ref]
		return Bool(ok && canBeHeldWeakly(k))
	})
	wm.DefineData(SymbolKey(SymToStringTag), strASCII("WeakMap"), Configurable)

	WeakSetConstructor = weakConstructor("WeakSet", ClassWeakSet, WeakSetPrototype, "add", false)
	DefineConstructor(WeakSetConstructor, WeakSetPrototype)
	ws := WeakSetPrototype
	// The methods in V8's order, which Reflect.ownKeys shows.
	DefineMethod(ws, "delete", 1, func(this Value, args []Value) Value {
		w := thisWeak(this, ClassWeakSet, "delete")
		v := Arg(args, 0)
		_, ok := w.entries[v.ref]
		if !ok || !canBeHeldWeakly(v) {
			return False
		}
		delete(w.entries, v.ref)
		return True
	})
	DefineMethod(ws, "has", 1, func(this Value, args []Value) Value {
		v := Arg(args, 0)
		_, ok := thisWeak(this, ClassWeakSet, "has").entries[v.ref]
		return Bool(ok && canBeHeldWeakly(v))
	})
	DefineMethod(ws, "add", 1, func(this Value, args []Value) Value {
		w := thisWeak(this, ClassWeakSet, "add")
		v := Arg(args, 0)
		if !canBeHeldWeakly(v) {
			ThrowTypeError("Invalid value used in weak set")
		}
		w.entries[v.ref] = True
		return this
	})
	ws.DefineData(SymbolKey(SymToStringTag), strASCII("WeakSet"), Configurable)

	WeakRefConstructor = NewConstructor("WeakRef", 1, func(Value, []Value) Value {
		ThrowTypeError("Constructor WeakRef requires 'new'")
		return Undefined
	}, func(args []Value, newTarget *Object) Value {
		target := Arg(args, 0)
		if !canBeHeldWeakly(target) {
			ThrowTypeError("WeakRef: invalid target")
		}
		return ObjectValue(NewClassObject(protoFromConstructor(newTarget, WeakRefPrototype), ClassWeakRef, target))
	})
	DefineConstructor(WeakRefConstructor, WeakRefPrototype)
	DefineMethod(WeakRefPrototype, "deref", 0, func(this Value, _ []Value) Value {
		if o := this.Object(); o != nil && o.class == ClassWeakRef {
			return o.Internal.(Value)
		}
		ThrowTypeError("Method WeakRef.prototype.deref called on incompatible receiver " + inspectShort(this))
		return Undefined
	})
	WeakRefPrototype.DefineData(SymbolKey(SymToStringTag), strASCII("WeakRef"), Configurable)

	FinalizationRegistryConstructor = NewConstructor("FinalizationRegistry", 1, func(Value, []Value) Value {
		ThrowTypeError("Constructor FinalizationRegistry requires 'new'")
		return Undefined
	}, func(args []Value, newTarget *Object) Value {
		if !isCallable(Arg(args, 0)) {
			ThrowTypeError("FinalizationRegistry: cleanup must be callable")
		}
		o := NewObject(protoFromConstructor(newTarget, FinalizationRegistryPrototype))
		o.Internal = &finalizationRegistry{}
		return ObjectValue(o)
	})
	DefineConstructor(FinalizationRegistryConstructor, FinalizationRegistryPrototype)
	fr := FinalizationRegistryPrototype
	DefineMethod(fr, "register", 2, func(this Value, args []Value) Value {
		r := thisFinalizationRegistry(this, "register")
		target, held, token := Arg(args, 0), Arg(args, 1), Arg(args, 2)
		if !canBeHeldWeakly(target) {
			ThrowTypeError("FinalizationRegistry.prototype.register: invalid target")
		}
		if SameValue(target, held) {
			ThrowTypeError("FinalizationRegistry.prototype.register: target and holdings must not be same")
		}
		if !token.IsUndefined() && !canBeHeldWeakly(token) {
			ThrowTypeError("Invalid unregisterToken ('" + NoSideEffectsToString(token) + "')")
		}
		if !token.IsUndefined() {
			r.tokens = append(r.tokens, token)
		}
		return Undefined
	})
	DefineMethod(fr, "unregister", 1, func(this Value, args []Value) Value {
		r := thisFinalizationRegistry(this, "unregister")
		token := Arg(args, 0)
		if !canBeHeldWeakly(token) {
			ThrowTypeError("Invalid unregisterToken ('" + NoSideEffectsToString(token) + "')")
		}
		kept := r.tokens[:0]
		for _, t := range r.tokens {
			if !SameValue(t, token) {
				kept = append(kept, t)
			}
		}
		removed := len(kept) < len(r.tokens)
		clear(r.tokens[len(kept):])
		r.tokens = kept
		return Bool(removed)
	})
	fr.DefineData(SymbolKey(SymToStringTag), strASCII("FinalizationRegistry"), Configurable)
}

// finalizationRegistry is a FinalizationRegistry's state. Nothing is ever
// collected while the program can observe it, so no cleanup callback runs;
// what remains observable is which unregister tokens are live, one entry
// per registration.
type finalizationRegistry struct {
	tokens []Value
}

func thisFinalizationRegistry(this Value, method string) *finalizationRegistry {
	if o := this.Object(); o != nil {
		if r, ok := o.Internal.(*finalizationRegistry); ok {
			return r
		}
	}
	ThrowTypeError("Method FinalizationRegistry.prototype." + method + " called on incompatible receiver " + NoSideEffectsToString(this))
	return nil
}
