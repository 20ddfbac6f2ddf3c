package runtime

import (
	"encoding/binary"
	"math"
	"math/big"
)

// dataView is a DataView's window on its buffer (the Internal of a
// ClassDataView object): fixed, or tracking a resizable buffer's length.
type dataView struct {
	buffer   *Object
	buf      *arrayBuffer // buffer's data
	offset   int
	fixed    int
	tracking bool
}

// outOfBounds is IsViewOutOfBounds.
func (dv *dataView) outOfBounds() bool {
	n := len(dv.buf.bytes)
	if dv.tracking {
		return dv.offset > n
	}
	return dv.offset+dv.fixed > n
}

func (dv *dataView) len() int {
	if dv.tracking {
		return len(dv.buf.bytes) - dv.offset
	}
	return dv.fixed
}

// inBounds checks a view about to be used: node calls one whose buffer
// shrank under it detached.
func (dv *dataView) inBounds(method string) *dataView {
	if dv.outOfBounds() {
		ThrowTypeError("Cannot perform " + method + " on a detached ArrayBuffer")
	}
	return dv
}

// DataViewPrototype is DataView.prototype.
var DataViewPrototype = NewObject(ObjectPrototype)

// thisDataView checks the receiver of a DataView.prototype method, named
// as V8 names it ("DataView.prototype.getInt8"). V8 (node 20) calls every
// wrong receiver undefined in these messages.
func thisDataView(this Value, method string) *dataView {
	if o := this.Object(); o != nil && o.class == ClassDataView {
		if dv, ok := o.Internal.(*dataView); ok {
			return dv
		}
	}
	ThrowTypeError("Method " + method + " called on incompatible receiver undefined")
	return nil
}

// window is GetViewValue/SetViewValue's bounds check: the size bytes at
// the requested index.
func (dv *dataView) window(index Value, size int) []byte {
	i, ok := toIndex(index)
	if !ok || i+int64(size) > int64(dv.len()) {
		ThrowRangeError("Offset is outside the bounds of the DataView")
	}
	start := dv.offset + int(i)
	return dv.buf.bytes[start : start+size]
}

func byteOrder(littleEndian Value) binary.ByteOrder {
	if ToBoolean(littleEndian) {
		return binary.LittleEndian
	}
	return binary.BigEndian
}

func init() {
	c := NewConstructor("DataView", 1, func(Value, []Value) Value {
		ThrowTypeError("Constructor DataView requires 'new'")
		return Undefined
	}, constructDataView)
	DefineConstructor(c, DataViewPrototype)

	p := DataViewPrototype
	// v8Name is how V8's message spells the getter (byte_length).
	getter := func(name, v8Name string, f func(dv *dataView) Value) {
		DefineGetter(p, name, func(this Value, _ []Value) Value {
			return f(thisDataView(this, "get DataView.prototype."+v8Name))
		})
	}
	getter("buffer", "buffer", func(dv *dataView) Value { return ObjectValue(dv.buffer) })
	getter("byteLength", "byte_length", func(dv *dataView) Value {
		return Int(dv.inBounds("DataView.prototype.byteLength").len())
	})
	getter("byteOffset", "byte_offset", func(dv *dataView) Value {
		return Int(dv.inBounds("DataView.prototype.byteOffset").offset)
	})
	p.DefineData(SymbolKey(SymToStringTag), Str("DataView"), Configurable)

	// Each accessor pair, in the order node lists them, reads or writes
	// bits of its size; the conversions are the typed arrays' own.
	for _, t := range []struct {
		name  string
		size  int
		read  func(bits uint64) Value
		write func(v Value) uint64
	}{
		{"Int8", 1, func(b uint64) Value { return Int(int(int8(b))) }, func(v Value) uint64 { return uint64(toUint32Float(ToNumber(v))) }},
		{"Uint8", 1, func(b uint64) Value { return Int(int(uint8(b))) }, func(v Value) uint64 { return uint64(toUint32Float(ToNumber(v))) }},
		{"Int16", 2, func(b uint64) Value { return Int(int(int16(b))) }, func(v Value) uint64 { return uint64(toUint32Float(ToNumber(v))) }},
		{"Uint16", 2, func(b uint64) Value { return Int(int(uint16(b))) }, func(v Value) uint64 { return uint64(toUint32Float(ToNumber(v))) }},
		{"Int32", 4, func(b uint64) Value { return Int(int(int32(b))) }, func(v Value) uint64 { return uint64(toUint32Float(ToNumber(v))) }},
		{"Uint32", 4, func(b uint64) Value { return Int(int(uint32(b))) }, func(v Value) uint64 { return uint64(toUint32Float(ToNumber(v))) }},
		{"Float32", 4, func(b uint64) Value { return Number(float64(math.Float32frombits(uint32(b)))) },
			func(v Value) uint64 { return uint64(math.Float32bits(float32(ToNumber(v)))) }},
		{"Float64", 8, func(b uint64) Value { return Number(math.Float64frombits(b)) }, func(v Value) uint64 { return math.Float64bits(ToNumber(v)) }},
		{"BigInt64", 8, func(b uint64) Value { return BigInt(big.NewInt(int64(b))) },
			func(v Value) uint64 { return bigIntAsUintN(64, ToBigInt(v).BigIntValue()).Uint64() }},
		{"BigUint64", 8, func(b uint64) Value { return BigInt(new(big.Int).SetUint64(b)) },
			func(v Value) uint64 { return bigIntAsUintN(64, ToBigInt(v).BigIntValue()).Uint64() }},
	} {
		DefineMethod(p, "get"+t.name, 1, func(this Value, args []Value) Value {
			dv := thisDataView(this, "DataView.prototype.get"+t.name).inBounds("DataView.prototype.get" + t.name)
			b := dv.window(Arg(args, 0), t.size)
			return t.read(loadBits(b, byteOrder(Arg(args, 1))))
		})
		DefineMethod(p, "set"+t.name, 2, func(this Value, args []Value) Value {
			dv := thisDataView(this, "DataView.prototype.set"+t.name)
			// The index is checked for range after the value converts.
			i, ok := toIndex(Arg(args, 0))
			bits := t.write(Arg(args, 1))
			dv.inBounds("DataView.prototype.set" + t.name)
			if !ok {
				ThrowRangeError("Offset is outside the bounds of the DataView")
			}
			storeBits(dv.window(Number(float64(i)), t.size), byteOrder(Arg(args, 2)), bits)
			return Undefined
		})
	}
}

func loadBits(b []byte, order binary.ByteOrder) uint64 {
	switch len(b) {
	case 1:
		return uint64(b[0])
	case 2:
		return uint64(order.Uint16(b))
	case 4:
		return uint64(order.Uint32(b))
	}
	return order.Uint64(b)
}

func storeBits(b []byte, order binary.ByteOrder, bits uint64) {
	switch len(b) {
	case 1:
		b[0] = byte(bits)
	case 2:
		order.PutUint16(b, uint16(bits))
	case 4:
		order.PutUint32(b, uint32(bits))
	default:
		order.PutUint64(b, bits)
	}
}

// constructDataView is new DataView(buffer, byteOffset, byteLength).
func constructDataView(args []Value, newTarget *Object) Value {
	buf := Arg(args, 0).Object()
	if buf == nil || buf.class != ClassArrayBuffer {
		ThrowTypeError("First argument to DataView constructor must be an ArrayBuffer")
	}
	ab := buf.Internal.(*arrayBuffer)
	bytes := ab.bytes
	offset, ok := toIndex(Arg(args, 1))
	if !ok || offset > int64(len(bytes)) {
		ThrowRangeError("Start offset " + ToGoString(Arg(args, 1)) + " is outside the bounds of the buffer")
	}
	n := int64(len(bytes)) - offset
	if l := Arg(args, 2); !l.IsUndefined() {
		var ok bool
		n, ok = toIndex(l)
		if !ok || offset+n > int64(len(bytes)) {
			ThrowRangeError("Invalid DataView length " + ToGoString(l))
		}
	}
	proto := protoFromConstructor(newTarget, DataViewPrototype)
	tracking := Arg(args, 2).IsUndefined() && ab.resizable
	return ObjectValue(NewClassObject(proto, ClassDataView, &dataView{buffer: buf, buf: ab, offset: int(offset), fixed: int(n), tracking: tracking}))
}
