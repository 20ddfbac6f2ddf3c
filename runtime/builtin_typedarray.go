package runtime

import (
	"encoding/binary"
	"math"
	"math/big"
	"slices"
	"strconv"
)

// Typed arrays: integer-indexed exotic objects (ECMA-262 §10.4.5) over an
// ArrayBuffer. A typed array is an Object of class ClassTypedArray whose
// Internal is its *typedArray; object.go sends its internal methods here,
// which answer for canonical numeric keys and leave the rest ordinary.

// elementType is one of the eleven element types: its size, how its bytes
// (little-endian, as on every machine node runs on here) become a value and
// back, and its constructor and prototype.
type elementType struct {
	name   string
	size   int
	bigint bool
	load   func(b []byte) Value
	// store writes a value already converted by ToNumber (or ToBigInt).
	store       func(b []byte, v Value)
	ctor, proto *Object
}

var le = binary.LittleEndian

var elementTypes = []*elementType{
	{name: "Int8Array", size: 1,
		load:  func(b []byte) Value { return Int(int(int8(b[0]))) },
		store: func(b []byte, v Value) { b[0] = byte(toUint32Float(v.num)) }},
	{name: "Uint8Array", size: 1,
		load:  func(b []byte) Value { return Int(int(b[0])) },
		store: func(b []byte, v Value) { b[0] = byte(toUint32Float(v.num)) }},
	{name: "Uint8ClampedArray", size: 1,
		load:  func(b []byte) Value { return Int(int(b[0])) },
		store: func(b []byte, v Value) { b[0] = clampUint8(v.num) }},
	{name: "Int16Array", size: 2,
		load:  func(b []byte) Value { return Int(int(int16(le.Uint16(b)))) },
		store: func(b []byte, v Value) { le.PutUint16(b, uint16(toUint32Float(v.num))) }},
	{name: "Uint16Array", size: 2,
		load:  func(b []byte) Value { return Int(int(le.Uint16(b))) },
		store: func(b []byte, v Value) { le.PutUint16(b, uint16(toUint32Float(v.num))) }},
	{name: "Int32Array", size: 4,
		load:  func(b []byte) Value { return Int(int(int32(le.Uint32(b)))) },
		store: func(b []byte, v Value) { le.PutUint32(b, toUint32Float(v.num)) }},
	{name: "Uint32Array", size: 4,
		load:  func(b []byte) Value { return Int(int(le.Uint32(b))) },
		store: func(b []byte, v Value) { le.PutUint32(b, toUint32Float(v.num)) }},
	{name: "Float32Array", size: 4,
		load:  func(b []byte) Value { return Number(float64(math.Float32frombits(le.Uint32(b)))) },
		store: func(b []byte, v Value) { le.PutUint32(b, math.Float32bits(float32(v.num))) }},
	{name: "Float64Array", size: 8,
		load:  func(b []byte) Value { return Number(math.Float64frombits(le.Uint64(b))) },
		store: func(b []byte, v Value) { le.PutUint64(b, math.Float64bits(v.num)) }},
	{name: "BigInt64Array", size: 8, bigint: true,
		load:  func(b []byte) Value { return BigInt(big.NewInt(int64(le.Uint64(b)))) },
		store: func(b []byte, v Value) { le.PutUint64(b, bigIntAsUintN(64, v.BigIntValue()).Uint64()) }},
	{name: "BigUint64Array", size: 8, bigint: true,
		load:  func(b []byte) Value { return BigInt(new(big.Int).SetUint64(le.Uint64(b))) },
		store: func(b []byte, v Value) { le.PutUint64(b, bigIntAsUintN(64, v.BigIntValue()).Uint64()) }},
}

// typedArray is the state of a typed array. On a resizable buffer it may
// track the buffer's length, or fall out of bounds when the buffer shrinks
// (node then reports it as detached).
type typedArray struct {
	typ      *elementType
	buffer   *Object
	buf      *arrayBuffer // buffer's data
	offset   int          // in bytes
	fixed    int          // the length in elements, unless tracking
	tracking bool
}

// outOfBounds is IsTypedArrayOutOfBounds.
func (ta *typedArray) outOfBounds() bool {
	n := len(ta.buf.bytes)
	if ta.tracking {
		return ta.offset > n
	}
	return ta.offset+ta.fixed*ta.typ.size > n
}

// len is TypedArrayLength: 0 when out of bounds.
func (ta *typedArray) len() int {
	switch {
	case ta.outOfBounds():
		return 0
	case ta.tracking:
		return (len(ta.buf.bytes) - ta.offset) / ta.typ.size
	}
	return ta.fixed
}

// TypedArrayPrototype is %TypedArray%.prototype; TypedArrayConstructor is
// %TypedArray%, the abstract parent of the eleven constructors.
var (
	TypedArrayPrototype   = NewObject(ObjectPrototype)
	TypedArrayConstructor *Object
)

// convert is what storing v into an element converts it to.
func (t *elementType) convert(v Value) Value {
	if t.bigint {
		return ToBigInt(v)
	}
	if v.kind == KindNumber {
		return v
	}
	return Number(ToNumber(v))
}

// at is element i, undefined if a callback shrank the buffer under it.
func (ta *typedArray) at(i int) Value {
	s := ta.typ.size
	if end := ta.offset + (i+1)*s; end <= len(ta.buf.bytes) {
		return ta.typ.load(ta.buf.bytes[end-s : end])
	}
	return Undefined
}

// put stores a converted value at index i, if the buffer still holds it.
func (ta *typedArray) put(i int, v Value) {
	s := ta.typ.size
	if end := ta.offset + (i+1)*s; end <= len(ta.buf.bytes) {
		ta.typ.store(ta.buf.bytes[end-s:end], v)
	}
}

// setElement is TypedArraySetElement: convert, then store if i is valid.
func (ta *typedArray) setElement(i float64, v Value) {
	v = ta.typ.convert(v)
	if ta.validIndex(i) {
		ta.put(int(i), v)
	}
}

// validIndex is IsValidIntegerIndex.
func (ta *typedArray) validIndex(f float64) bool {
	return f == math.Trunc(f) && !(f == 0 && math.Signbit(f)) && f >= 0 && f < float64(ta.len())
}

// numericKey is CanonicalNumericIndexString: ok when k is a string that
// some number prints as ("1", "-1", "1.5", "NaN", "-0").
func numericKey(k PropertyKey) (float64, bool) {
	if k.Symbol != nil || k.Name == "" {
		return 0, false
	}
	if i, ok := k.ArrayIndex(); ok {
		return float64(i), true
	}
	switch c := k.Name[0]; {
	case c == '-' || c == 'I' || c == 'N' || c >= '0' && c <= '9':
	default:
		return 0, false
	}
	if k.Name == "-0" {
		return math.Copysign(0, -1), true
	}
	f := StringToNumber(k.Name)
	if NumberToString(f) != k.Name {
		return 0, false
	}
	return f, true
}

func (ta *typedArray) getPrototypeOf(*Object) (*Object, bool) { return nil, false }
func (ta *typedArray) isExtensible(*Object) (bool, bool)      { return false, false }
func (ta *typedArray) preventExtensions(*Object) (bool, bool) { return false, false }

func (ta *typedArray) getOwnProperty(_ *Object, k PropertyKey) (Descriptor, bool, bool) {
	f, ok := numericKey(k)
	if !ok {
		return Descriptor{}, false, false
	}
	if !ta.validIndex(f) {
		return Descriptor{}, false, true
	}
	return Descriptor{Value: ta.at(int(f)), Flags: Default, HasValue: true, HasWrite: true, HasEnum: true, HasConfig: true}, true, true
}

func (ta *typedArray) defineOwnProperty(_ *Object, k PropertyKey, d Descriptor) (bool, bool) {
	f, ok := numericKey(k)
	if !ok {
		return false, false
	}
	if !ta.validIndex(f) || d.HasConfig && d.Flags&Configurable == 0 || d.HasEnum && d.Flags&Enumerable == 0 ||
		d.IsAccessor() || d.HasWrite && d.Flags&Writable == 0 {
		return false, true
	}
	if d.HasValue {
		ta.setElement(f, d.Value)
	}
	return true, true
}

func (ta *typedArray) hasProperty(_ *Object, k PropertyKey) (bool, bool) {
	f, ok := numericKey(k)
	if !ok {
		return false, false
	}
	return ta.validIndex(f), true
}

func (ta *typedArray) get(_ *Object, k PropertyKey, _ Value) (Value, bool) {
	f, ok := numericKey(k)
	if !ok {
		return Undefined, false
	}
	if !ta.validIndex(f) {
		return Undefined, true
	}
	return ta.at(int(f)), true
}

func (ta *typedArray) set(o *Object, k PropertyKey, v Value, this Value) (bool, bool) {
	f, ok := numericKey(k)
	if !ok {
		return false, false
	}
	if this.kind == KindObject && this.Object() == o {
		ta.setElement(f, v)
		return true, true
	}
	if !ta.validIndex(f) {
		return true, true
	}
	return false, false
}

func (ta *typedArray) delete(_ *Object, k PropertyKey) (bool, bool) {
	f, ok := numericKey(k)
	if !ok {
		return false, false
	}
	return !ta.validIndex(f), true
}

// ownKeys lists the indices, then the ordinary properties (none of which
// can be a numeric key) in their order.
func (ta *typedArray) ownKeys(o *Object) ([]PropertyKey, bool) {
	keys := make([]PropertyKey, 0, ta.len()+len(o.props))
	for i := range ta.len() {
		keys = append(keys, indexKey(int64(i)))
	}
	for i := range o.props {
		if o.props[i].key.Symbol == nil {
			keys = append(keys, o.props[i].key)
		}
	}
	for i := range o.props {
		if o.props[i].key.Symbol != nil {
			keys = append(keys, o.props[i].key)
		}
	}
	return keys, true
}

// newTypedArray makes a typed array of n zeroed elements on a new buffer.
func newTypedArray(typ *elementType, proto *Object, n int) *Object {
	buf := NewArrayBuffer(n * typ.size)
	return typedArrayOn(typ, proto, buf, 0, n, false)
}

// typedArrayOn makes a typed array of n elements at offset in buf, or of
// whatever buf holds past offset when tracking.
func typedArrayOn(typ *elementType, proto *Object, buf *Object, offset, n int, tracking bool) *Object {
	ta := &typedArray{typ: typ, buffer: buf, buf: buf.Internal.(*arrayBuffer), offset: offset, fixed: n, tracking: tracking}
	return NewClassObject(proto, ClassTypedArray, ta)
}

// asTypedArray returns o's typed-array state, nil when o is not one.
func asTypedArray(v Value) *typedArray {
	o := v.Object()
	if o == nil || o.class != ClassTypedArray {
		return nil
	}
	ta, _ := o.Internal.(*typedArray)
	return ta
}

// thisTypedArray is ValidateTypedArray for a prototype method.
func thisTypedArray(this Value) *typedArray {
	ta := asTypedArray(this)
	if ta == nil {
		ThrowTypeError("this is not a typed array.")
	}
	return ta
}

// NewTypedArray makes a typed array of the named type ("Uint8Array") over
// a copy of data, for host code that hands bytes to JavaScript.
func NewTypedArray(name string, data []byte) *Object {
	for _, t := range elementTypes {
		if t.name == name {
			o := newTypedArray(t, t.proto, len(data)/t.size)
			copy(o.Internal.(*typedArray).buf.bytes, data)
			return o
		}
	}
	panic("runtime: no typed array type " + name)
}

// constructTypedArray is the [[Construct]] of the eleven constructors.
func constructTypedArray(typ *elementType, args []Value, newTarget *Object) Value {
	proto := protoFromConstructor(newTarget, typ.proto)
	first := Arg(args, 0)
	src := first.Object()
	if src == nil {
		n, ok := toIndex(first)
		if !ok || n*int64(typ.size) > maxBufferBytes {
			ThrowRangeError("Invalid typed array length: " + ToGoString(first))
		}
		return ObjectValue(newTypedArray(typ, proto, int(n)))
	}
	if src.class == ClassArrayBuffer {
		return ObjectValue(typedArrayOnBuffer(typ, proto, src, Arg(args, 1), Arg(args, 2)))
	}
	if other := asTypedArray(first); other != nil {
		if other.typ.bigint != typ.bigint {
			throwMixBigInt()
		}
		o := newTypedArray(typ, proto, other.len())
		ta := o.Internal.(*typedArray)
		for i := range other.len() {
			ta.put(i, other.at(i))
		}
		return ObjectValue(o)
	}
	values := iterableOrArrayLike(first, src)
	o := newTypedArray(typ, proto, len(values))
	ta := o.Internal.(*typedArray)
	for i, v := range values {
		ta.put(i, typ.convert(v))
	}
	return ObjectValue(o)
}

// typedArrayOnBuffer is InitializeTypedArrayFromArrayBuffer.
func typedArrayOnBuffer(typ *elementType, proto, buf *Object, byteOffset, length Value) *Object {
	offset, ok := toIndex(byteOffset)
	if !ok {
		ThrowRangeError("Start offset " + ToGoString(byteOffset) + " is outside the bounds of the buffer")
	}
	if offset%int64(typ.size) != 0 {
		ThrowRangeError("start offset of " + typ.name + " should be a multiple of " + strconv.Itoa(typ.size))
	}
	ab := buf.Internal.(*arrayBuffer)
	bufLen := int64(len(ab.bytes))
	var n int64
	if length.IsUndefined() {
		if bufLen%int64(typ.size) != 0 {
			ThrowRangeError("byte length of " + typ.name + " should be a multiple of " + strconv.Itoa(typ.size))
		}
		if offset > bufLen {
			ThrowRangeError("Start offset " + strconv.FormatInt(offset, 10) + " is outside the bounds of the buffer")
		}
		n = (bufLen - offset) / int64(typ.size)
	} else {
		var ok bool
		n, ok = toIndex(length)
		if !ok || offset+n*int64(typ.size) > bufLen {
			ThrowRangeError("Invalid typed array length: " + ToGoString(length))
		}
	}
	return typedArrayOn(typ, proto, buf, int(offset), int(n), length.IsUndefined() && ab.resizable)
}

// iterableOrArrayLike lists the values of an object by its @@iterator if
// it has one, else as an array-like.
func iterableOrArrayLike(v Value, o *Object) []Value {
	if m := o.Get(SymbolKey(SymIterator), v); !m.IsNullish() {
		if !isCallable(m) {
			ThrowTypeError(inspectShort(m) + " is not a function")
		}
		var values []Value
		it := GetIterator(v)
		for {
			x, ok := it.Next()
			if !ok {
				return values
			}
			values = append(values, x)
		}
	}
	n := arrayLikeLength(o)
	values := make([]Value, n)
	for i := range values {
		values[i] = getIndex(o, int64(i))
	}
	return values
}

// typedArrayCreate is TypedArrayCreate: new c(...args), checked to be a
// typed array with at least n elements when n >= 0.
func typedArrayCreate(c *Object, method string, n int, args ...Value) (*Object, *typedArray) {
	r := Construct(ObjectValue(c), nil, args...)
	ta := asTypedArray(r)
	if ta == nil {
		ThrowTypeError("Method " + method + " called on incompatible receiver " + inspectShort(r))
	}
	if n >= 0 && ta.len() < n {
		ThrowTypeError("Derived TypedArray constructor created an array which was too small")
	}
	return r.Object(), ta
}

// speciesCreate is TypedArraySpeciesCreate with a length: the exemplar's
// own type unless its constructor says otherwise.
func (ta *typedArray) speciesCreate(exemplar *Object, method string, n int) (*Object, *typedArray) {
	c := speciesConstructor(exemplar, ta.typ.ctor)
	if c == ta.typ.ctor {
		o := newTypedArray(ta.typ, ta.typ.proto, n)
		return o, o.Internal.(*typedArray)
	}
	o, r := typedArrayCreate(c, method, n, Int(n))
	if r.typ.bigint != ta.typ.bigint {
		ThrowTypeError("Content type mismatch")
	}
	return o, r
}

func init() {
	abstract := func(Value, []Value) Value {
		ThrowTypeError("Abstract class TypedArray not directly constructable")
		return Undefined
	}
	c := NewConstructor("TypedArray", 0, abstract, func([]Value, *Object) Value { return abstract(Undefined, nil) })
	TypedArrayConstructor = c
	c.DefineData(Key("prototype"), ObjectValue(TypedArrayPrototype), 0)
	TypedArrayPrototype.DefineData(Key("constructor"), ObjectValue(c), Hidden)
	defineSpeciesGetter(c)
	DefineMethod(c, "of", 0, func(this Value, args []Value) Value {
		if !isConstructorValue(this) {
			ThrowTypeError(inspectShort(this) + " is not a constructor")
		}
		o, ta := typedArrayCreate(this.Object(), "%TypedArray%.of", len(args), Int(len(args)))
		for i, v := range args {
			ta.put(i, ta.typ.convert(v))
		}
		return ObjectValue(o)
	})
	DefineMethod(c, "from", 1, typedArrayFrom)

	for _, t := range elementTypes {
		t.proto = NewObject(TypedArrayPrototype)
		t.ctor = NewConstructor(t.name, 3, func(Value, []Value) Value {
			ThrowTypeError("Constructor " + t.name + " requires 'new'")
			return Undefined
		}, func(args []Value, newTarget *Object) Value { return constructTypedArray(t, args, newTarget) })
		t.ctor.SetProtoRaw(c)
		DefineConstructor(t.ctor, t.proto)
		t.ctor.DefineData(Key("BYTES_PER_ELEMENT"), Int(t.size), 0)
		t.proto.DefineData(Key("BYTES_PER_ELEMENT"), Int(t.size), 0)
	}

	p := TypedArrayPrototype
	getter := func(name string, f func(ta *typedArray) Value) {
		DefineGetter(p, name, func(this Value, _ []Value) Value {
			ta := asTypedArray(this)
			if ta == nil {
				ThrowTypeError("Method get TypedArray.prototype." + name + " called on incompatible receiver " + inspectShort(this))
			}
			return f(ta)
		})
	}
	getter("buffer", func(ta *typedArray) Value { return ObjectValue(ta.buffer) })
	getter("byteLength", func(ta *typedArray) Value { return Int(ta.len() * ta.typ.size) })
	getter("byteOffset", func(ta *typedArray) Value {
		if ta.outOfBounds() {
			return Int(0)
		}
		return Int(ta.offset)
	})
	getter("length", func(ta *typedArray) Value { return Int(ta.len()) })
	tag := NewFunction("get [Symbol.toStringTag]", 0, func(this Value, _ []Value) Value {
		if ta := asTypedArray(this); ta != nil {
			return Str(ta.typ.name)
		}
		return Undefined
	})
	p.DefineAccessor(SymbolKey(SymToStringTag), tag, nil, Configurable)

	// The methods are made first and defined afterwards in node's order.
	type protoMethod struct {
		length int
		fn     NativeFunc
	}
	methods := map[string]protoMethod{}
	method := func(name string, length int, fn NativeFunc) {
		methods[name] = protoMethod{length, fn}
	}
	method("at", 1, func(this Value, args []Value) Value {
		ta := thisTypedArray(this)
		i := toIntegerOrInfinity(Arg(args, 0))
		if i < 0 {
			i += float64(ta.len())
		}
		if i < 0 || i >= float64(ta.len()) {
			return Undefined
		}
		return ta.at(int(i))
	})
	method("copyWithin", 2, func(this Value, args []Value) Value {
		ta := thisTypedArray(this)
		n := int64(ta.len())
		to := relativeIndex(Arg(args, 0), n, 0)
		from := relativeIndex(Arg(args, 1), n, 0)
		final := relativeIndex(Arg(args, 2), n, n)
		if count := min(final-from, n-to); count > 0 {
			s := int64(ta.typ.size)
			b := ta.buf.bytes[ta.offset:]
			copy(b[to*s:(to+count)*s], b[from*s:(from+count)*s])
		}
		return this
	})
	iter := func(kind IterKind) NativeFunc {
		return func(this Value, _ []Value) Value {
			thisTypedArray(this)
			return ObjectValue(NewArrayIterator(this.Object(), kind))
		}
	}
	method("entries", 0, iter(IterEntries))
	method("keys", 0, iter(IterKeys))
	method("values", 0, iter(IterValues))

	// each calls fn(value, index, array) for every element until stop says so.
	each := func(this Value, args []Value, reverse bool, stop func(v, r Value, i int) bool) {
		ta := thisTypedArray(this)
		fn := callbackArg(args, 0)
		thisArg := Arg(args, 1)
		for k := range ta.len() {
			i := k
			if reverse {
				i = ta.len() - 1 - k
			}
			v := ta.at(i)
			if stop(v, fn.CallWith(thisArg, []Value{v, Int(i), this}), i) {
				return
			}
		}
	}
	method("every", 1, func(this Value, args []Value) Value {
		all := true
		each(this, args, false, func(_, r Value, _ int) bool { all = ToBoolean(r); return !all })
		return Bool(all)
	})
	method("some", 1, func(this Value, args []Value) Value {
		found := false
		each(this, args, false, func(_, r Value, _ int) bool { found = ToBoolean(r); return found })
		return Bool(found)
	})
	method("forEach", 1, func(this Value, args []Value) Value {
		each(this, args, false, func(Value, Value, int) bool { return false })
		return Undefined
	})
	find := func(name string, reverse, index bool) {
		method(name, 1, func(this Value, args []Value) Value {
			result := Undefined
			if index {
				result = Int(-1)
			}
			each(this, args, reverse, func(v, r Value, i int) bool {
				if !ToBoolean(r) {
					return false
				}
				if index {
					result = Int(i)
				} else {
					result = v
				}
				return true
			})
			return result
		})
	}
	find("find", false, false)
	find("findIndex", false, true)
	find("findLast", true, false)
	find("findLastIndex", true, true)
	method("fill", 1, func(this Value, args []Value) Value {
		ta := thisTypedArray(this)
		v := ta.typ.convert(Arg(args, 0))
		n := int64(ta.len())
		for i := relativeIndex(Arg(args, 1), n, 0); i < relativeIndex(Arg(args, 2), n, n); i++ {
			ta.put(int(i), v)
		}
		return this
	})
	method("filter", 1, func(this Value, args []Value) Value {
		ta := thisTypedArray(this)
		var kept []Value
		each(this, args, false, func(v, r Value, _ int) bool {
			if ToBoolean(r) {
				kept = append(kept, v)
			}
			return false
		})
		o, out := ta.speciesCreate(this.Object(), "%TypedArray%.prototype.filter", len(kept))
		for i, v := range kept {
			out.put(i, v)
		}
		return ObjectValue(o)
	})
	method("map", 1, func(this Value, args []Value) Value {
		ta := thisTypedArray(this)
		fn := callbackArg(args, 0)
		o, out := ta.speciesCreate(this.Object(), "%TypedArray%.prototype.map", ta.len())
		for i := range ta.len() {
			out.put(i, out.typ.convert(fn.CallWith(Arg(args, 1), []Value{ta.at(i), Int(i), this})))
		}
		return ObjectValue(o)
	})
	search := func(name string, match func(a, b Value) bool, last bool) {
		method(name, 1, func(this Value, args []Value) Value {
			ta := thisTypedArray(this)
			n := int64(ta.len())
			if n == 0 {
				return typedArrayNotFound(name)
			}
			if last {
				from := n - 1
				if len(args) > 1 {
					f := toIntegerOrInfinity(args[1])
					if f < 0 {
						f += float64(n)
					}
					from = int64(math.Min(f, float64(n-1)))
				}
				for i := from; i >= 0; i-- {
					if match(ta.at(int(i)), Arg(args, 0)) {
						return Int(int(i))
					}
				}
				return Int(-1)
			}
			for i := relativeIndex(Arg(args, 1), n, 0); i < n; i++ {
				if match(ta.at(int(i)), Arg(args, 0)) {
					if name == "includes" {
						return True
					}
					return Int(int(i))
				}
			}
			return typedArrayNotFound(name)
		})
	}
	search("includes", SameValueZero, false)
	search("indexOf", StrictEquals, false)
	search("lastIndexOf", StrictEquals, true)
	method("join", 1, func(this Value, args []Value) Value {
		ta := thisTypedArray(this)
		sep := Str(",")
		if s := Arg(args, 0); !s.IsUndefined() {
			sep = ToString(s)
		}
		var b strBuilder
		for i := range ta.len() {
			if i > 0 {
				b.add(sep)
			}
			b.add(ToString(ta.at(i)))
		}
		return b.value()
	})
	reduce := func(name string, right bool) {
		method(name, 1, func(this Value, args []Value) Value {
			ta := thisTypedArray(this)
			fn := callbackArg(args, 0)
			k, step, end := 0, 1, ta.len()
			if right {
				k, step, end = ta.len()-1, -1, -1
			}
			var acc Value
			if len(args) > 1 {
				acc = args[1]
			} else {
				if ta.len() == 0 {
					ThrowTypeError("Reduce of empty array with no initial value")
				}
				acc = ta.at(k)
				k += step
			}
			for ; k != end; k += step {
				acc = fn.CallWith(Undefined, []Value{acc, ta.at(k), Int(k), this})
			}
			return acc
		})
	}
	reduce("reduce", false)
	reduce("reduceRight", true)
	method("reverse", 0, func(this Value, _ []Value) Value {
		ta := thisTypedArray(this)
		for i, j := 0, ta.len()-1; i < j; i, j = i+1, j-1 {
			a, b := ta.at(i), ta.at(j)
			ta.put(i, b)
			ta.put(j, a)
		}
		return this
	})
	method("set", 1, typedArraySet)
	method("slice", 2, func(this Value, args []Value) Value {
		ta := thisTypedArray(this)
		n := int64(ta.len())
		start := relativeIndex(Arg(args, 0), n, 0)
		count := max(relativeIndex(Arg(args, 1), n, n)-start, 0)
		o, out := ta.speciesCreate(this.Object(), "%TypedArray%.prototype.slice", int(count))
		for i := range int(count) {
			out.put(i, ta.at(int(start)+i))
		}
		return ObjectValue(o)
	})
	method("sort", 1, func(this Value, args []Value) Value {
		cmp := Arg(args, 0)
		if !cmp.IsUndefined() && !isCallable(cmp) {
			ThrowTypeError("The comparison function must be either a function or undefined")
		}
		ta := thisTypedArray(this)
		for i, v := range ta.sorted(cmp) {
			ta.put(i, v)
		}
		return this
	})
	method("subarray", 2, func(this Value, args []Value) Value {
		ta := thisTypedArray(this)
		n := int64(ta.len())
		begin := relativeIndex(Arg(args, 0), n, 0)
		count := max(relativeIndex(Arg(args, 1), n, n)-begin, 0)
		byteOffset := Int(ta.offset + int(begin)*ta.typ.size)
		// A view tracking its buffer's length gives a tracking view when
		// no end is given.
		tracking := ta.tracking && Arg(args, 1).IsUndefined()
		c := speciesConstructor(this.Object(), ta.typ.ctor)
		if c == ta.typ.ctor {
			return ObjectValue(typedArrayOn(ta.typ, ta.typ.proto, ta.buffer, ta.offset+int(begin)*ta.typ.size, int(count), tracking))
		}
		ctorArgs := []Value{ObjectValue(ta.buffer), byteOffset, Int(int(count))}
		if tracking {
			ctorArgs = ctorArgs[:2]
		}
		o, _ := typedArrayCreate(c, "%TypedArray%.prototype.subarray", -1, ctorArgs...)
		return ObjectValue(o)
	})
	method("toLocaleString", 0, func(this Value, _ []Value) Value {
		ta := thisTypedArray(this)
		var b strBuilder
		for i := range ta.len() {
			if i > 0 {
				b.add(Str(","))
			}
			v := ta.at(i)
			b.add(ToString(Call(getV(v, Key("toLocaleString")), v)))
		}
		return b.value()
	})
	method("toReversed", 0, func(this Value, _ []Value) Value {
		ta := thisTypedArray(this)
		o := newTypedArray(ta.typ, ta.typ.proto, ta.len())
		out := o.Internal.(*typedArray)
		for i := range ta.len() {
			out.put(i, ta.at(ta.len()-1-i))
		}
		return ObjectValue(o)
	})
	method("toSorted", 1, func(this Value, args []Value) Value {
		cmp := Arg(args, 0)
		if !cmp.IsUndefined() && !isCallable(cmp) {
			ThrowTypeError("The comparison function must be either a function or undefined")
		}
		ta := thisTypedArray(this)
		o := newTypedArray(ta.typ, ta.typ.proto, ta.len())
		out := o.Internal.(*typedArray)
		for i, v := range ta.sorted(cmp) {
			out.put(i, v)
		}
		return ObjectValue(o)
	})
	method("with", 2, func(this Value, args []Value) Value {
		ta := thisTypedArray(this)
		i := toIntegerOrInfinity(Arg(args, 0))
		if i < 0 {
			i += float64(ta.len())
		}
		v := ta.typ.convert(Arg(args, 1))
		if !ta.validIndex(i) {
			ThrowRangeError("Invalid typed array index")
		}
		o := newTypedArray(ta.typ, ta.typ.proto, ta.len())
		out := o.Internal.(*typedArray)
		copy(out.buf.bytes, ta.buf.bytes[ta.offset:ta.offset+ta.len()*ta.typ.size])
		out.put(int(i), v)
		return ObjectValue(o)
	})
	methods["toString"] = protoMethod{0, nil}
	for _, name := range []string{"entries", "keys", "values", "at", "copyWithin", "every", "fill", "filter", "find", "findIndex",
		"findLast", "findLastIndex", "forEach", "includes", "indexOf", "join", "lastIndexOf", "map", "reverse", "reduce",
		"reduceRight", "set", "slice", "some", "sort", "subarray", "toLocaleString", "toString", "toReversed", "toSorted", "with"} {
		m := methods[name]
		if name == "toString" {
			// The very function Array.prototype.toString is.
			p.DefineData(Key(name), ArrayPrototype.Get(Key(name), ObjectValue(ArrayPrototype)), Hidden)
			continue
		}
		fn := m.fn
		DefineMethod(p, name, m.length, func(this Value, args []Value) Value {
			if ta := asTypedArray(this); ta != nil && ta.outOfBounds() {
				ThrowTypeError("Cannot perform %TypedArray%.prototype." + name + " on a detached ArrayBuffer")
			}
			return fn(this, args)
		})
	}
	p.DefineData(SymbolKey(SymIterator), p.Get(Key("values"), ObjectValue(p)), Hidden)
}

func typedArrayNotFound(method string) Value {
	if method == "includes" {
		return False
	}
	return Int(-1)
}

// sorted returns the elements in the order sort puts them: numerically
// (-0 before +0, NaN last) unless a comparator says otherwise.
func (ta *typedArray) sorted(cmp Value) []Value {
	vals := make([]Value, ta.len())
	for i := range vals {
		vals[i] = ta.at(i)
	}
	if cmp.IsUndefined() {
		slices.SortStableFunc(vals, typedArrayCompare)
		return vals
	}
	slices.SortStableFunc(vals, func(a, b Value) int {
		f := ToNumber(Call(cmp, Undefined, a, b))
		switch {
		case f < 0:
			return -1
		case f > 0:
			return 1
		}
		return 0
	})
	return vals
}

func typedArrayCompare(a, b Value) int {
	if a.kind == KindBigInt {
		return bigIntCompare(a, b)
	}
	x, y := a.num, b.num
	switch {
	case math.IsNaN(x):
		if math.IsNaN(y) {
			return 0
		}
		return 1
	case math.IsNaN(y) || x < y:
		return -1
	case x > y:
		return 1
	case x == 0 && y == 0:
		if math.Signbit(x) && !math.Signbit(y) {
			return -1
		}
		if !math.Signbit(x) && math.Signbit(y) {
			return 1
		}
	}
	return 0
}

// typedArraySet is %TypedArray%.prototype.set(source, offset).
func typedArraySet(this Value, args []Value) Value {
	ta := thisTypedArray(this)
	f := toIntegerOrInfinity(Arg(args, 1))
	if f < 0 {
		ThrowRangeError("offset is out of bounds")
	}
	src := Arg(args, 0)
	if other := asTypedArray(src); other != nil {
		if other.typ.bigint != ta.typ.bigint {
			throwMixBigInt()
		}
		if f+float64(other.len()) > float64(ta.len()) {
			ThrowRangeError("offset is out of bounds")
		}
		// Read everything first: the two may share a buffer.
		vals := make([]Value, other.len())
		for i := range vals {
			vals[i] = other.at(i)
		}
		for i, v := range vals {
			ta.put(int(f)+i, v)
		}
		return Undefined
	}
	o := ToObject(src)
	n := arrayLikeLength(o)
	if f+float64(n) > float64(ta.len()) {
		ThrowRangeError("offset is out of bounds")
	}
	for i := int64(0); i < n; i++ {
		v := ta.typ.convert(getIndex(o, i))
		ta.put(int(f)+int(i), v)
	}
	return Undefined
}

// typedArrayFrom is %TypedArray%.from(source, mapFn, thisArg).
func typedArrayFrom(this Value, args []Value) Value {
	if !isConstructorValue(this) {
		ThrowTypeError(inspectShort(this) + " is not a constructor")
	}
	mapFn := Arg(args, 1)
	if !mapFn.IsUndefined() && !isCallable(mapFn) {
		ThrowTypeError(Inspect(mapFn) + " is not a function")
	}
	src := Arg(args, 0)
	if src.IsNullish() {
		what := "undefined"
		if src.IsNull() {
			what = "object null"
		}
		ThrowTypeError(what + " is not iterable (cannot read property Symbol(Symbol.iterator))")
	}
	values := iterableOrArrayLike(src, ToObject(src))
	o, ta := typedArrayCreate(this.Object(), "%TypedArray%.from", len(values), Int(len(values)))
	for i, v := range values {
		if !mapFn.IsUndefined() {
			v = Call(mapFn, Arg(args, 2), v, Int(i))
		}
		ta.put(i, ta.typ.convert(v))
	}
	return ObjectValue(o)
}
