package runtime

import "math"

// arrayBuffer is an ArrayBuffer's data block (the Internal of a
// ClassArrayBuffer object). Typed arrays and DataViews over it share it.
type arrayBuffer struct {
	bytes     []byte
	resizable bool
	maxLength int // the most bytes resize may grow it to, when resizable
}

// ArrayBufferConstructor is the global ArrayBuffer.
var (
	ArrayBufferConstructor *Object
	ArrayBufferPrototype   = NewObject(ObjectPrototype)
)

// maxBufferBytes bounds what one buffer may hold; V8 refuses larger
// lengths with the same RangeErrors.
const maxBufferBytes = 1 << 32

// NewArrayBuffer makes an ArrayBuffer of n zero bytes.
func NewArrayBuffer(n int) *Object {
	return NewClassObject(ArrayBufferPrototype, ClassArrayBuffer, &arrayBuffer{bytes: make([]byte, n)})
}

// ArrayBufferBytes returns the bytes of an ArrayBuffer, ok false for any
// other object.
func ArrayBufferBytes(o *Object) (b []byte, ok bool) {
	if o.class != ClassArrayBuffer {
		return nil, false
	}
	ab, ok := o.Internal.(*arrayBuffer)
	if !ok {
		return nil, false
	}
	return ab.bytes, true
}

// toIndex is the spec's ToIndex; ok is false where it throws a RangeError,
// whose message each caller words as V8 does.
func toIndex(v Value) (int64, bool) {
	if v.IsUndefined() {
		return 0, true
	}
	f := toIntegerOrInfinity(v)
	if f < 0 || f > 1<<53-1 {
		return 0, false
	}
	return int64(f), true
}

// thisArrayBuffer checks the receiver of an ArrayBuffer.prototype method
// (named as V8 names it: "get ArrayBuffer.prototype.byteLength").
func thisArrayBuffer(this Value, method string) *arrayBuffer {
	if o := this.Object(); o != nil && o.class == ClassArrayBuffer {
		if ab, ok := o.Internal.(*arrayBuffer); ok {
			return ab
		}
	}
	ThrowTypeError("Method " + method + " called on incompatible receiver " + inspectShort(this))
	return nil
}

func init() {
	c := NewConstructor("ArrayBuffer", 1, func(Value, []Value) Value {
		ThrowTypeError("Constructor ArrayBuffer requires 'new'")
		return Undefined
	}, func(args []Value, newTarget *Object) Value {
		n, ok := toIndex(Arg(args, 0))
		if !ok || n > maxBufferBytes {
			ThrowRangeError("Invalid array buffer length")
		}
		ab := &arrayBuffer{}
		if opts := Arg(args, 1).Object(); opts != nil {
			if m := opts.Get(Key("maxByteLength"), Arg(args, 1)); !m.IsUndefined() {
				limit, ok := toIndex(m)
				if !ok || limit > maxBufferBytes || n > limit {
					ThrowRangeError("Invalid array buffer max length")
				}
				ab.resizable, ab.maxLength = true, int(limit)
			}
		}
		proto := protoFromConstructor(newTarget, ArrayBufferPrototype)
		ab.bytes = make([]byte, n)
		return ObjectValue(NewClassObject(proto, ClassArrayBuffer, ab))
	})
	ArrayBufferConstructor = c
	DefineConstructor(c, ArrayBufferPrototype)
	DefineMethod(c, "isView", 1, func(_ Value, args []Value) Value {
		o := Arg(args, 0).Object()
		return Bool(o != nil && (o.class == ClassTypedArray || o.class == ClassDataView))
	})
	defineSpeciesGetter(c)

	p := ArrayBufferPrototype
	DefineGetter(p, "byteLength", func(this Value, _ []Value) Value {
		return Int(len(thisArrayBuffer(this, "get ArrayBuffer.prototype.byteLength").bytes))
	})
	DefineMethod(p, "slice", 2, func(this Value, args []Value) Value {
		ab := thisArrayBuffer(this, "ArrayBuffer.prototype.slice")
		n := int64(len(ab.bytes))
		first := relativeIndex(Arg(args, 0), n, 0)
		final := relativeIndex(Arg(args, 1), n, n)
		count := max(final-first, 0)
		ctor := speciesConstructor(this.Object(), ArrayBufferConstructor)
		var r *Object
		if ctor == ArrayBufferConstructor {
			r = NewArrayBuffer(int(count))
		} else {
			r = Construct(ObjectValue(ctor), nil, Number(float64(count))).Object()
			if r == nil || r.class != ClassArrayBuffer {
				ThrowTypeError("Method ArrayBuffer.prototype.slice called on incompatible receiver " + inspectShort(ObjectValue(r)))
			}
			if r == this.Object() {
				ThrowTypeError("ArrayBuffer subclass returned this from species constructor")
			}
		}
		dst := r.Internal.(*arrayBuffer)
		if int64(len(dst.bytes)) < count {
			ThrowTypeError("Invalid array buffer length")
		}
		copy(dst.bytes, ab.bytes[first:first+count])
		return ObjectValue(r)
	})
	DefineGetter(p, "maxByteLength", func(this Value, _ []Value) Value {
		ab := thisArrayBuffer(this, "get ArrayBuffer.prototype.maxByteLength")
		if ab.resizable {
			return Int(ab.maxLength)
		}
		return Int(len(ab.bytes))
	})
	DefineGetter(p, "resizable", func(this Value, _ []Value) Value {
		return Bool(thisArrayBuffer(this, "get ArrayBuffer.prototype.resizable").resizable)
	})
	DefineMethod(p, "resize", 1, func(this Value, args []Value) Value {
		ab := thisArrayBuffer(this, "ArrayBuffer.prototype.resize")
		if !ab.resizable {
			ThrowTypeError("Method ArrayBuffer.prototype.resize called on incompatible receiver " + inspectShort(this))
		}
		n, ok := toIndex(Arg(args, 0))
		if !ok || n > int64(ab.maxLength) {
			ThrowRangeError("ArrayBuffer.prototype.resize: Invalid length parameter")
		}
		// Views hold the arrayBuffer, not its slice, so a new one is seen by all.
		bytes := make([]byte, n)
		copy(bytes, ab.bytes)
		ab.bytes = bytes
		return Undefined
	})
	p.DefineData(SymbolKey(SymToStringTag), Str("ArrayBuffer"), Configurable)
}

// defineSpeciesGetter gives a constructor `get [Symbol.species]() { return this }`.
func defineSpeciesGetter(c *Object) {
	getter := NewFunction("get [Symbol.species]", 0, func(this Value, _ []Value) Value { return this })
	c.DefineAccessor(SymbolKey(SymSpecies), getter, nil, Configurable)
}

// clampUint8 is ToUint8Clamp: rounding half to even within 0..255.
func clampUint8(f float64) uint8 {
	switch {
	case math.IsNaN(f) || f <= 0:
		return 0
	case f >= 255:
		return 255
	}
	return uint8(math.RoundToEven(f))
}
