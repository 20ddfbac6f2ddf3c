package runtime

import "strconv"

// Property access for compiled code. A primitive base is not boxed: the
// lookup starts at its prototype with the primitive itself as the receiver,
// which is what the spec's GetValue observes (getters see the primitive).

// protoOfPrimitive is the prototype a primitive's properties come from.
func protoOfPrimitive(v Value) *Object {
	switch v.kind {
	case KindString:
		return StringPrototype
	case KindNumber:
		return NumberPrototype
	case KindBool:
		return BooleanPrototype
	case KindSymbol:
		return SymbolPrototype
	case KindBigInt:
		return BigIntPrototype
	}
	return nil
}

// GetProp is obj.key.
func GetProp(obj Value, key PropertyKey) Value {
	switch obj.kind {
	case KindObject:
		return obj.Object().Get(key, obj)
	case KindString:
		if key.Symbol == nil {
			if key.Name == "length" {
				return Int(strLength(obj))
			}
			if i, ok := key.ArrayIndex(); ok {
				if c, ok := strCharAt(obj, int(i)); ok {
					return c
				}
			}
		}
	case KindUndefined, KindNull:
		throwNullishRead(obj, key.Value())
	}
	return protoOfPrimitive(obj).Get(key, obj)
}

// throwNullishRead is V8's TypeError for reading key of null or undefined;
// reading Symbol.iterator, as iteration does, is reported as not iterable.
func throwNullishRead(obj, key Value) {
	if key.kind == KindSymbol && key.Symbol() == SymIterator {
		what := "undefined"
		if obj.kind == KindNull {
			what = "object null"
		}
		ThrowTypeError(what + " is not iterable (cannot read property Symbol(Symbol.iterator))")
	}
	ThrowTypeError("Cannot read properties of " + ToGoString(obj) + " (reading '" + keyText(key) + "')")
}

// GetIndex is obj[key].
func GetIndex(obj Value, key Value) Value {
	if key.kind == KindNumber {
		if i := int(key.num); float64(i) == key.num && i >= 0 {
			switch obj.kind {
			case KindObject:
				if o := obj.Object(); o.class == ClassArray && i < len(o.elems) && !o.elems[i].isHole() {
					return o.elems[i]
				} else if ta := asTypedArray(obj); ta != nil && i < ta.len() {
					return ta.at(i)
				}
			case KindString:
				if c, ok := strCharAt(obj, i); ok {
					return c
				}
			}
		}
	}
	if obj.IsNullish() {
		if key.kind == KindObject {
			// V8 names no key it would have to convert by calling into JavaScript.
			ThrowTypeError("Cannot read properties of " + ToGoString(obj))
		}
		throwNullishRead(obj, key)
	}
	return GetProp(obj, ToPropertyKey(key))
}

// SetProp is obj.key = v; strict says whether a failed assignment throws.
func SetProp(obj Value, key PropertyKey, v Value, strict bool) {
	switch obj.kind {
	case KindObject:
		if o := obj.Object(); !o.Set(key, v, obj) && strict {
			throwSetFailure(o, key)
		}
		return
	case KindUndefined, KindNull:
		ThrowTypeError("Cannot set properties of " + ToGoString(obj) + " (setting '" + keyText(key.Value()) + "')")
	case KindString:
		if key.Symbol == nil {
			if i, ok := key.ArrayIndex(); key.Name == "length" || ok && int(i) < obj.StrLen() {
				if strict {
					ThrowTypeError("Cannot assign to read only property '" + key.Name + "' of string '" + obj.Text() + "'")
				}
				return
			}
		}
	}
	// A setter on the prototype runs with the primitive as this; anything
	// else would create a property on a temporary wrapper, which fails.
	if !protoOfPrimitive(obj).Set(key, v, obj) && strict {
		ThrowTypeError("Cannot create property '" + keyText(key.Value()) + "' on " + TypeOf(obj).Text() + " '" + inspectShort(obj) + "'")
	}
}

// SetIndex is obj[key] = v.
func SetIndex(obj Value, key Value, v Value, strict bool) {
	if key.kind == KindNumber && obj.kind == KindObject {
		o := obj.Object()
		if i := int(key.num); float64(i) == key.num && i >= 0 && o.class == ClassArray {
			if i < len(o.elems) && !o.elems[i].isHole() && o.elemFlags&Writable == 0 {
				o.elems[i] = v
				return
			}
			if i == len(o.elems) && appendable(o, i) {
				o.elems = append(o.elems, v)
				return
			}
		} else if ta := asTypedArray(obj); ta != nil && float64(i) == key.num && i >= 0 {
			ta.setElement(float64(i), v)
			return
		}
	}
	if obj.IsNullish() {
		ThrowTypeError("Cannot set properties of " + ToGoString(obj) + " (setting '" + keyText(key) + "')")
	}
	SetProp(obj, ToPropertyKey(key), v, strict)
}

// throwSetFailure explains why o.Set(key) returned false, in V8's words.
func throwSetFailure(o *Object, key PropertyKey) {
	name := keyText(key.Value())
	if o.class == ClassProxy {
		ThrowTypeError("'set' on proxy: trap returned falsish for property '" + name + "'")
	}
	if o.class == ClassArray && key == Key("length") && o.lengthFlags()&Writable != 0 && len(o.elems) > 0 {
		// The length is writable: an element that cannot be deleted
		// stopped it from shrinking, and it is now the last one.
		ThrowTypeError("Cannot delete property '" + strconv.Itoa(len(o.elems)-1) + "' of " + objectDescription(o))
	}
	if i, ok := key.ArrayIndex(); ok && o.class == ClassArray && o.lengthReadOnly && o.extensible && int(i) >= len(o.elems) {
		// Adding the element would have to grow the read-only length.
		ThrowTypeError("Cannot assign to read only property 'length' of object '" + objectDescription(o) + "'")
	}
	for p := o; p != nil; p = p.proto {
		d, ok := p.GetOwnProperty(key)
		if !ok {
			continue
		}
		if d.IsAccessor() {
			ThrowTypeError("Cannot set property " + name + " of " + objectDescription(o) + " which has only a getter")
		}
		if d.Flags&Writable == 0 {
			if o.IsCallable() {
				ThrowTypeError("Cannot assign to read only property '" + name + "' of function '" + objectDescription(o) + "'")
			}
			ThrowTypeError("Cannot assign to read only property '" + name + "' of object '" + objectDescription(o) + "'")
		}
		break
	}
	ThrowTypeError("Cannot add property " + name + ", object is not extensible")
}

// objectDescription is how V8 names an object in its messages: the source
// of a function, [object Array], #<Constructor name>, or [object Object]
// when the prototype chain has no constructor.
func objectDescription(o *Object) string {
	if t, ok := ProxyTarget(o); ok && t != nil {
		return objectDescription(t)
	}
	switch {
	case o.IsCallable():
		return functionSourceText(o)
	case o.class == ClassArray:
		return "[object Array]"
	case o.class == ClassString, o.class == ClassNumber, o.class == ClassBoolean, o.class == ClassSymbol, o.class == ClassBigInt,
		o.class == ClassDate, o.class == ClassRegExp:
		// V8 names the objects it has a builtin class for by that class.
		return ObjectToString(ObjectValue(o))
	case o.class == ClassTypedArray:
		if ta := asTypedArray(ObjectValue(o)); ta != nil {
			return "[object " + ta.typ.name + "]"
		}
	}
	if name := constructorName(o); name != "" {
		return "#<" + name + ">"
	}
	return "[object Object]"
}

// DeleteProp is delete obj[key]; it returns the operator's result and, in
// strict code, throws where that is false.
func DeleteProp(obj Value, key Value, strict bool) bool {
	var ok bool
	var pk PropertyKey
	switch obj.kind {
	case KindUndefined, KindNull:
		ThrowTypeError("Cannot convert undefined or null to object")
	case KindObject:
		pk = ToPropertyKey(key)
		o := obj.Object()
		if m, mapped := o.Internal.(*mappedArguments); mapped {
			unmapArgument(o, m, pk)
		}
		ok = o.Delete(pk)
	case KindString:
		// A string's indices and length are its wrapper's non-configurable
		// own properties; nothing else can be an own property of it.
		pk = ToPropertyKey(key)
		i, isIndex := pk.ArrayIndex()
		ok = pk.Symbol != nil || pk.Name != "length" && !(isIndex && int(i) < obj.StrLen())
	default:
		return true
	}
	if !ok && strict {
		if o := obj.Object(); o != nil && o.class == ClassProxy {
			ThrowTypeError("'deleteProperty' on proxy: trap returned falsish for property '" + keyText(pk.Value()) + "'")
		}
		what := "[object String]"
		if o := obj.Object(); o != nil {
			what = objectDescription(o)
		}
		ThrowTypeError("Cannot delete property '" + keyText(pk.Value()) + "' of " + what)
	}
	return ok
}

// appendable reports whether a[i] = v, for i the length of array a, may
// simply append: a is an ordinary extensible array and no object on its
// standard prototype chain has a property i (a setter or a read-only
// element there would change what the assignment does).
func appendable(a *Object, i int) bool {
	if !a.extensible || a.elemFlags != 0 || a.lengthReadOnly || a.proto != ArrayPrototype || ArrayPrototype.proto != ObjectPrototype ||
		ObjectPrototype.proto != nil || i >= maxDenseLength {
		return false
	}
	if len(a.props) == 0 && len(ArrayPrototype.elems) == 0 && len(ObjectPrototype.elems) == 0 {
		k := Key(strconv.Itoa(i))
		return ArrayPrototype.find(k) < 0 && ObjectPrototype.find(k) < 0
	}
	return false
}

// strLength is s.length: for a non-ASCII string, the length of the code
// units string.go keeps for the last string indexed, so that a loop testing
// i < s.length is not quadratic.
func strLength(s Value) int {
	if s.ascii {
		return int(s.num)
	}
	return len(s.units())
}

// strCharAt is s[i]: the string of the code unit at i, if there is one.
func strCharAt(s Value, i int) (Value, bool) {
	if i >= strLength(s) {
		return Value{}, false
	}
	return s.Substring(i, i+1), true
}
