package runtime

// The Object constructor, its static functions and Object.prototype.

// ObjectConstructor is the Object function.
var ObjectConstructor *Object

func init() {
	constructObject := func(args []Value, newTarget *Object) Value {
		if newTarget != nil && newTarget != ObjectConstructor {
			// new.target is a subclass: class X extends Object.
			return ObjectValue(OrdinaryCreateFromConstructor(newTarget, ObjectPrototype))
		}
		if v := Arg(args, 0); !v.IsNullish() {
			return ObjectValue(ToObject(v))
		}
		return ObjectValue(NewPlainObject())
	}
	ObjectConstructor = NewConstructor("Object", 1, func(_ Value, args []Value) Value {
		return constructObject(args, nil)
	}, constructObject)
	DefineConstructor(ObjectConstructor, ObjectPrototype)

	c := ObjectConstructor
	DefineMethod(c, "assign", 2, objectAssign)
	DefineMethod(c, "getOwnPropertyDescriptor", 2, func(_ Value, args []Value) Value {
		o := ToObject(Arg(args, 0))
		if d, ok := o.GetOwnProperty(ToPropertyKey(Arg(args, 1))); ok {
			return fromPropertyDescriptor(d)
		}
		return Undefined
	})
	DefineMethod(c, "getOwnPropertyDescriptors", 1, func(_ Value, args []Value) Value {
		o := ToObject(Arg(args, 0))
		r := NewPlainObject()
		for _, k := range o.OwnKeys() {
			if d, ok := o.GetOwnProperty(k); ok {
				r.CreateDataProperty(k, fromPropertyDescriptor(d))
			}
		}
		return ObjectValue(r)
	})
	DefineMethod(c, "getOwnPropertyNames", 1, func(_ Value, args []Value) Value {
		return ownKeysArray(ToObject(Arg(args, 0)), false)
	})
	DefineMethod(c, "getOwnPropertySymbols", 1, func(_ Value, args []Value) Value {
		return ownKeysArray(ToObject(Arg(args, 0)), true)
	})
	DefineMethod(c, "hasOwn", 2, func(_ Value, args []Value) Value {
		o := ToObject(Arg(args, 0))
		_, ok := o.GetOwnProperty(ToPropertyKey(Arg(args, 1)))
		return Bool(ok)
	})
	DefineMethod(c, "is", 2, func(_ Value, args []Value) Value { return Bool(SameValue(Arg(args, 0), Arg(args, 1))) })
	DefineMethod(c, "preventExtensions", 1, func(_ Value, args []Value) Value {
		if o := Arg(args, 0).Object(); o != nil && !o.PreventExtensions() {
			ThrowTypeError("'preventExtensions' on proxy: trap returned falsish")
		}
		return Arg(args, 0)
	})
	DefineMethod(c, "seal", 1, func(_ Value, args []Value) Value {
		if o := Arg(args, 0).Object(); o != nil {
			setIntegrityLevel(o, false)
		}
		return Arg(args, 0)
	})
	DefineMethod(c, "create", 2, func(_ Value, args []Value) Value {
		proto := Arg(args, 0)
		if !proto.IsObject() && !proto.IsNull() {
			ThrowTypeError("Object prototype may only be an Object or null: " + inspectShort(proto))
		}
		o := NewObject(proto.Object())
		if props := Arg(args, 1); !props.IsUndefined() {
			defineProperties(o, props)
		}
		return ObjectValue(o)
	})
	DefineMethod(c, "defineProperties", 2, func(_ Value, args []Value) Value {
		o := Arg(args, 0).Object()
		if o == nil {
			ThrowTypeError("Object.defineProperties called on non-object")
		}
		defineProperties(o, Arg(args, 1))
		return Arg(args, 0)
	})
	DefineMethod(c, "defineProperty", 3, func(_ Value, args []Value) Value {
		o := Arg(args, 0).Object()
		if o == nil {
			ThrowTypeError("Object.defineProperty called on non-object")
		}
		k := ToPropertyKey(Arg(args, 1))
		definePropertyOrThrow(o, k, ToPropertyDescriptor(Arg(args, 2)))
		return Arg(args, 0)
	})
	DefineMethod(c, "freeze", 1, func(_ Value, args []Value) Value {
		if o := Arg(args, 0).Object(); o != nil {
			setIntegrityLevel(o, true)
		}
		return Arg(args, 0)
	})
	DefineMethod(c, "getPrototypeOf", 1, func(_ Value, args []Value) Value {
		return ObjectValue(ToObject(Arg(args, 0)).Proto())
	})
	DefineMethod(c, "setPrototypeOf", 2, func(_ Value, args []Value) Value {
		v, proto := Arg(args, 0), Arg(args, 1)
		if v.IsNullish() {
			ThrowTypeError("Object.setPrototypeOf called on null or undefined")
		}
		if !proto.IsObject() && !proto.IsNull() {
			ThrowTypeError("Object prototype may only be an Object or null: " + inspectShort(proto))
		}
		if o := v.Object(); o != nil {
			setPrototypeOrThrow(o, proto.Object())
		}
		return v
	})
	DefineMethod(c, "isExtensible", 1, func(_ Value, args []Value) Value {
		o := Arg(args, 0).Object()
		return Bool(o != nil && o.Extensible())
	})
	DefineMethod(c, "isFrozen", 1, func(_ Value, args []Value) Value {
		o := Arg(args, 0).Object()
		return Bool(o == nil || testIntegrityLevel(o, true))
	})
	DefineMethod(c, "isSealed", 1, func(_ Value, args []Value) Value {
		o := Arg(args, 0).Object()
		return Bool(o == nil || testIntegrityLevel(o, false))
	})
	DefineMethod(c, "keys", 1, func(_ Value, args []Value) Value { return enumerableOwn(Arg(args, 0), enumKeys) })
	DefineMethod(c, "entries", 1, func(_ Value, args []Value) Value { return enumerableOwn(Arg(args, 0), enumEntries) })
	DefineMethod(c, "fromEntries", 1, objectFromEntries)
	DefineMethod(c, "values", 1, func(_ Value, args []Value) Value { return enumerableOwn(Arg(args, 0), enumValues) })

	p := ObjectPrototype
	DefineMethod(p, "__defineGetter__", 2, func(this Value, args []Value) Value {
		return defineLegacyAccessor(this, args, true)
	})
	DefineMethod(p, "__defineSetter__", 2, func(this Value, args []Value) Value {
		return defineLegacyAccessor(this, args, false)
	})
	DefineMethod(p, "hasOwnProperty", 1, func(this Value, args []Value) Value {
		k := ToPropertyKey(Arg(args, 0))
		_, ok := ToObject(this).GetOwnProperty(k)
		return Bool(ok)
	})
	DefineMethod(p, "__lookupGetter__", 1, func(this Value, args []Value) Value {
		return lookupLegacyAccessor(this, args, true)
	})
	DefineMethod(p, "__lookupSetter__", 1, func(this Value, args []Value) Value {
		return lookupLegacyAccessor(this, args, false)
	})
	DefineMethod(p, "isPrototypeOf", 1, func(this Value, args []Value) Value {
		v := Arg(args, 0).Object()
		if v == nil {
			return False
		}
		o := ToObject(this)
		for q := v.Proto(); q != nil; q = q.Proto() {
			if q == o {
				return True
			}
		}
		return False
	})
	DefineMethod(p, "propertyIsEnumerable", 1, func(this Value, args []Value) Value {
		k := ToPropertyKey(Arg(args, 0))
		d, ok := ToObject(this).GetOwnProperty(k)
		return Bool(ok && d.Flags&Enumerable != 0)
	})
	DefineMethod(p, "toString", 0, func(this Value, _ []Value) Value { return Str(ObjectToString(this)) })
	DefineMethod(p, "valueOf", 0, func(this Value, _ []Value) Value { return ObjectValue(ToObject(this)) })
	protoGetter := NewFunction("get __proto__", 0, func(this Value, _ []Value) Value {
		return ObjectValue(ToObject(this).Proto())
	})
	protoSetter := NewFunction("set __proto__", 1, func(this Value, args []Value) Value {
		if this.IsNullish() {
			ThrowTypeError("set Object.prototype.__proto__ called on null or undefined")
		}
		proto := Arg(args, 0)
		if o := this.Object(); o != nil && (proto.IsObject() || proto.IsNull()) {
			setPrototypeOrThrow(o, proto.Object())
		}
		return Undefined
	})
	p.DefineAccessor(Key("__proto__"), protoGetter, protoSetter, Configurable)
	DefineMethod(p, "toLocaleString", 0, func(this Value, _ []Value) Value {
		if this.IsNullish() {
			ThrowTypeError("Object.prototype.toLocaleString called on null or undefined")
		}
		return CallMethod("toString", this, Key("toString"))
	})
}

// ObjectToString is Object.prototype.toString: "[object Tag]".
func ObjectToString(v Value) string {
	switch v.kind {
	case KindUndefined:
		return "[object Undefined]"
	case KindNull:
		return "[object Null]"
	}
	o := ToObject(v)
	tag := "Object"
	switch {
	case o.IsArray():
		tag = "Array"
	case o.class == ClassArguments:
		tag = "Arguments"
	case o.IsCallable():
		tag = "Function"
	case o.class == ClassError:
		tag = "Error"
	case o.class == ClassBoolean:
		tag = "Boolean"
	case o.class == ClassNumber:
		tag = "Number"
	case o.class == ClassString:
		tag = "String"
	case o.class == ClassDate:
		tag = "Date"
	case o.class == ClassRegExp:
		tag = "RegExp"
	}
	if t := o.Get(SymbolKey(SymToStringTag), v); t.kind == KindString {
		tag = t.Text()
	}
	return "[object " + tag + "]"
}

// ownKeysArray lists o's own string keys, or its own symbols.
func ownKeysArray(o *Object, symbols bool) Value {
	var r []Value
	for _, k := range o.OwnKeys() {
		if (k.Symbol != nil) == symbols {
			r = append(r, k.Value())
		}
	}
	return ObjectValue(NewArray(r))
}

type enumKind uint8

const (
	enumKeys enumKind = iota
	enumValues
	enumEntries
)

// enumerableOwn is EnumerableOwnProperties: each key is checked again just
// before it is used, since a getter read earlier may have deleted it.
func enumerableOwn(v Value, kind enumKind) Value {
	o := ToObject(v)
	var r []Value
	for _, k := range o.OwnKeys() {
		if k.Symbol != nil {
			continue
		}
		d, ok := o.GetOwnProperty(k)
		if !ok || d.Flags&Enumerable == 0 {
			continue
		}
		if kind == enumKeys {
			r = append(r, Str(k.Name))
			continue
		}
		val := d.Value
		if d.IsAccessor() || o.class == ClassProxy {
			val = o.Get(k, ObjectValue(o))
		}
		if kind == enumValues {
			r = append(r, val)
		} else {
			r = append(r, ObjectValue(NewArray([]Value{Str(k.Name), val})))
		}
	}
	return ObjectValue(NewArray(r))
}

func objectAssign(_ Value, args []Value) Value {
	to := ToObject(Arg(args, 0))
	target := ObjectValue(to)
	for _, src := range args[min(1, len(args)):] {
		if src.IsNullish() {
			continue
		}
		from := ToObject(src)
		for _, k := range from.OwnKeys() {
			if d, ok := from.GetOwnProperty(k); ok && d.Flags&Enumerable != 0 {
				v := d.Value
				if d.IsAccessor() || from.class == ClassProxy {
					v = from.Get(k, ObjectValue(from))
				}
				if !to.Set(k, v, target) {
					throwSetFailure(to, k)
				}
			}
		}
	}
	return target
}

func objectFromEntries(_ Value, args []Value) Value {
	iterable := Arg(args, 0)
	if iterable.IsNullish() {
		// V8 names undefined for null too.
		ThrowTypeError("undefined is not iterable")
	}
	o := NewPlainObject()
	it := GetIterator(iterable)
	for {
		entry, ok := it.Next()
		if !ok {
			break
		}
		if exc := TryCatch(func() {
			e := entry.Object()
			if e == nil {
				ThrowTypeError("Iterator value " + inspectShort(entry) + " is not an entry object")
			}
			k := e.Get(Key("0"), entry)
			v := e.Get(Key("1"), entry)
			o.CreateDataProperty(ToPropertyKey(k), v)
		}); exc != nil {
			it.CloseOnThrow()
			panic(exc)
		}
	}
	return ObjectValue(o)
}

// ToPropertyDescriptor is the spec's ToPropertyDescriptor, with V8's errors.
func ToPropertyDescriptor(v Value) Descriptor {
	o := v.Object()
	if o == nil {
		ThrowTypeError("Property description must be an object: " + inspectShort(v))
	}
	var d Descriptor
	field := func(name string) (Value, bool) {
		k := Key(name)
		if !o.HasProperty(k) {
			return Undefined, false
		}
		return o.Get(k, v), true
	}
	if e, ok := field("enumerable"); ok {
		d.HasEnum = true
		if ToBoolean(e) {
			d.Flags |= Enumerable
		}
	}
	if c, ok := field("configurable"); ok {
		d.HasConfig = true
		if ToBoolean(c) {
			d.Flags |= Configurable
		}
	}
	if val, ok := field("value"); ok {
		d.Value, d.HasValue = val, true
	}
	if w, ok := field("writable"); ok {
		d.HasWrite = true
		if ToBoolean(w) {
			d.Flags |= Writable
		}
	}
	if g, ok := field("get"); ok {
		if !g.IsUndefined() && (g.Object() == nil || !g.Object().IsCallable()) {
			ThrowTypeError("Getter must be a function: " + inspectShort(g))
		}
		d.Getter, d.HasGet = g.Object(), true
	}
	if s, ok := field("set"); ok {
		if !s.IsUndefined() && (s.Object() == nil || !s.Object().IsCallable()) {
			ThrowTypeError("Setter must be a function: " + inspectShort(s))
		}
		d.Setter, d.HasSet = s.Object(), true
	}
	if (d.HasGet || d.HasSet) && (d.HasValue || d.HasWrite) {
		ThrowTypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, " + inspectShort(v))
	}
	return d
}

// fromPropertyDescriptor is the spec's FromPropertyDescriptor.
func fromPropertyDescriptor(d Descriptor) Value {
	o := NewPlainObject()
	if d.IsAccessor() {
		o.CreateDataProperty(Key("get"), objectOrUndefined(d.Getter))
		o.CreateDataProperty(Key("set"), objectOrUndefined(d.Setter))
	} else {
		o.CreateDataProperty(Key("value"), d.Value)
		o.CreateDataProperty(Key("writable"), Bool(d.Flags&Writable != 0))
	}
	o.CreateDataProperty(Key("enumerable"), Bool(d.Flags&Enumerable != 0))
	o.CreateDataProperty(Key("configurable"), Bool(d.Flags&Configurable != 0))
	return ObjectValue(o)
}

func objectOrUndefined(o *Object) Value {
	if o == nil {
		return Undefined
	}
	return ObjectValue(o)
}

// definePropertyOrThrow is DefinePropertyOrThrow with V8's messages.
func definePropertyOrThrow(o *Object, k PropertyKey, d Descriptor) {
	if o.DefineOwnProperty(k, d) {
		return
	}
	if o.class == ClassProxy {
		ThrowTypeError("'defineProperty' on proxy: trap returned falsish for property '" + keyText(k.Value()) + "'")
	}
	if ta := asTypedArray(ObjectValue(o)); ta != nil {
		if f, ok := numericKey(k); ok && !ta.validIndex(f) {
			ThrowTypeError("Invalid typed array index")
		}
	}
	if _, exists := o.GetOwnProperty(k); !exists && !o.Extensible() {
		ThrowTypeError("Cannot define property " + keyText(k.Value()) + ", object is not extensible")
	}
	ThrowTypeError("Cannot redefine property: " + keyText(k.Value()))
}

// defineProperties is ObjectDefineProperties: every descriptor is read
// before any property is defined.
func defineProperties(o *Object, props Value) {
	src := ToObject(props)
	type pending struct {
		k PropertyKey
		d Descriptor
	}
	var all []pending
	for _, k := range src.OwnKeys() {
		if d, ok := src.GetOwnProperty(k); ok && d.Flags&Enumerable != 0 {
			all = append(all, pending{k, ToPropertyDescriptor(src.Get(k, props))})
		}
	}
	for _, p := range all {
		definePropertyOrThrow(o, p.k, p.d)
	}
}

// setPrototypeOrThrow is [[SetPrototypeOf]] for an ordinary object,
// throwing where it would return false.
func setPrototypeOrThrow(o, proto *Object) {
	if why := setPrototype(o, proto); why != "" {
		ThrowTypeError(why)
	}
}

// setPrototype is [[SetPrototypeOf]]: "" when it succeeds, else V8's
// reason.
func setPrototype(o, proto *Object) (why string) {
	if o.class == ClassProxy {
		if proxySetPrototypeOf(o, proto) {
			return ""
		}
		return "'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'"
	}
	if o.proto == proto {
		return ""
	}
	if o == ObjectPrototype {
		return "Immutable prototype object 'Object.prototype' cannot have their prototype set"
	}
	if !o.extensible {
		return objectDescription(o) + " is not extensible"
	}
	// A proxy ends the search: its prototype is whatever its trap says.
	for q := proto; q != nil && q.class != ClassProxy; q = q.proto {
		if q == o {
			return "Cyclic __proto__ value"
		}
	}
	o.proto = proto
	return ""
}

// setIntegrityLevel is SetIntegrityLevel: sealed, or frozen when frozen.
// An array's elements change attributes all at once.
func setIntegrityLevel(o *Object, frozen bool) {
	if o.class >= classFirstExotic {
		exoticSetIntegrityLevel(o, frozen)
		return
	}
	o.PreventExtensions()
	if o.class == ClassArray {
		o.freezeElements(frozen)
	}
	for i := range o.props {
		p := &o.props[i]
		p.flags &^= Configurable
		if frozen && p.flags&accessor == 0 {
			p.flags &^= Writable
		}
	}
}

// testIntegrityLevel is TestIntegrityLevel.
func testIntegrityLevel(o *Object, frozen bool) bool {
	if o.Extensible() {
		return false
	}
	for _, k := range o.OwnKeys() {
		if _, isElement := numericKey(k); isElement && !frozen && o.class == ClassTypedArray {
			// V8 counts a non-extensible typed array as sealed whatever its elements say.
			continue
		}
		d, ok := o.GetOwnProperty(k)
		if !ok {
			continue
		}
		if d.Flags&Configurable != 0 || frozen && !d.IsAccessor() && d.Flags&Writable != 0 {
			return false
		}
	}
	return true
}

// defineLegacyAccessor is __defineGetter__ (getter) or __defineSetter__.
func defineLegacyAccessor(this Value, args []Value, getter bool) Value {
	o := ToObject(this)
	fn := Arg(args, 1).Object()
	if fn == nil || !fn.IsCallable() {
		which := "__defineSetter__"
		if getter {
			which = "__defineGetter__"
		}
		ThrowTypeError("Object.prototype." + which + ": Expecting function")
	}
	d := Descriptor{Flags: Enumerable | Configurable, HasEnum: true, HasConfig: true}
	if getter {
		d.Getter, d.HasGet = fn, true
	} else {
		d.Setter, d.HasSet = fn, true
	}
	definePropertyOrThrow(o, ToPropertyKey(Arg(args, 0)), d)
	return Undefined
}

// lookupLegacyAccessor is __lookupGetter__ (getter) or __lookupSetter__.
func lookupLegacyAccessor(this Value, args []Value, getter bool) Value {
	o := ToObject(this)
	k := ToPropertyKey(Arg(args, 0))
	for p := o; p != nil; p = p.Proto() {
		if d, ok := p.GetOwnProperty(k); ok {
			if !d.IsAccessor() {
				return Undefined
			}
			if getter {
				return objectOrUndefined(d.Getter)
			}
			return objectOrUndefined(d.Setter)
		}
	}
	return Undefined
}

// freezeElements seals (or freezes) every element of an array at once: the
// object model keeps one set of attributes for all of elems.
func (o *Object) freezeElements(frozen bool) {
	o.elemFlags |= Configurable
	if frozen {
		o.elemFlags |= Writable
	}
}

// ReflectObject is the Reflect namespace: the object model's internal
// methods as functions.
var ReflectObject *Object

func init() {
	r := NewPlainObject()
	ReflectObject = r
	DefineGlobal("Reflect", ObjectValue(r))
	target := func(args []Value, method string) *Object {
		o := Arg(args, 0).Object()
		if o == nil {
			ThrowTypeError("Reflect." + method + " called on non-object")
		}
		return o
	}
	DefineMethod(r, "defineProperty", 3, func(_ Value, args []Value) Value {
		o := target(args, "defineProperty")
		k := ToPropertyKey(Arg(args, 1))
		return Bool(o.DefineOwnProperty(k, ToPropertyDescriptor(Arg(args, 2))))
	})
	DefineMethod(r, "deleteProperty", 2, func(_ Value, args []Value) Value {
		o := target(args, "deleteProperty")
		return Bool(o.Delete(ToPropertyKey(Arg(args, 1))))
	})
	DefineMethod(r, "apply", 3, func(_ Value, args []Value) Value {
		f := Arg(args, 0).Object()
		if f == nil || !f.IsCallable() {
			v := Arg(args, 0)
			which := "a " + TypeOf(v).Text()
			switch {
			case v.IsNull():
				which = "null"
			case v.IsObject():
				which = "an object"
			}
			ThrowTypeError("Function.prototype.apply was called on " + inspectShort(v) + ", which is " + which + " and not a function")
		}
		return f.CallWith(Arg(args, 1), CreateListFromArrayLike(Arg(args, 2)))
	})
	DefineMethod(r, "construct", 2, func(_ Value, args []Value) Value {
		f := Arg(args, 0)
		if o := f.Object(); o == nil || !o.IsConstructor() {
			ThrowTypeError(inspectShort(f) + " is not a constructor")
		}
		newTarget := f.Object()
		if len(args) > 2 {
			nt := args[2].Object()
			if nt == nil || !nt.IsConstructor() {
				ThrowTypeError(inspectShort(args[2]) + " is not a constructor")
			}
			newTarget = nt
		}
		return Construct(f, newTarget, CreateListFromArrayLike(Arg(args, 1))...)
	})
	DefineMethod(r, "get", 2, func(_ Value, args []Value) Value {
		o := target(args, "get")
		receiver := Arg(args, 0)
		if len(args) > 2 {
			receiver = args[2]
		}
		return o.Get(ToPropertyKey(Arg(args, 1)), receiver)
	})
	DefineMethod(r, "getOwnPropertyDescriptor", 2, func(_ Value, args []Value) Value {
		o := target(args, "getOwnPropertyDescriptor")
		if d, ok := o.GetOwnProperty(ToPropertyKey(Arg(args, 1))); ok {
			return fromPropertyDescriptor(d)
		}
		return Undefined
	})
	DefineMethod(r, "getPrototypeOf", 1, func(_ Value, args []Value) Value {
		return ObjectValue(target(args, "getPrototypeOf").Proto())
	})
	DefineMethod(r, "has", 2, func(_ Value, args []Value) Value {
		o := target(args, "has")
		return Bool(o.HasProperty(ToPropertyKey(Arg(args, 1))))
	})
	DefineMethod(r, "isExtensible", 1, func(_ Value, args []Value) Value {
		return Bool(target(args, "isExtensible").Extensible())
	})
	DefineMethod(r, "ownKeys", 1, func(_ Value, args []Value) Value {
		var keys []Value
		for _, k := range target(args, "ownKeys").OwnKeys() {
			keys = append(keys, k.Value())
		}
		return ObjectValue(NewArray(keys))
	})
	DefineMethod(r, "preventExtensions", 1, func(_ Value, args []Value) Value {
		return Bool(target(args, "preventExtensions").PreventExtensions())
	})
	DefineMethod(r, "set", 3, func(_ Value, args []Value) Value {
		o := target(args, "set")
		receiver := Arg(args, 0)
		if len(args) > 3 {
			receiver = args[3]
		}
		return Bool(o.Set(ToPropertyKey(Arg(args, 1)), Arg(args, 2), receiver))
	})
	DefineMethod(r, "setPrototypeOf", 2, func(_ Value, args []Value) Value {
		o := target(args, "setPrototypeOf")
		proto := Arg(args, 1)
		if !proto.IsObject() && !proto.IsNull() {
			ThrowTypeError("Object prototype may only be an Object or null: " + inspectShort(proto))
		}
		return Bool(setPrototype(o, proto.Object()) == "")
	})
	r.DefineData(SymbolKey(SymToStringTag), strASCII("Reflect"), Configurable)
}
