// Package runtime is everything compiled JavaScript calls: values, objects,
// functions, the realm and its builtins, promises and job queues, the event
// loop and the console. It imports none of the compiler.
//
// Generated code imports it as rt. All JavaScript runs on one goroutine (the
// event loop), so nothing here is synchronised except the channel on which
// host work posts completions.
package runtime

import (
	"math"
	"unsafe"
)

// Kind is the type tag of a Value.
type Kind uint8

const (
	KindUndefined Kind = iota // the zero Value is undefined
	KindNull
	KindBool
	KindNumber
	KindString
	KindSymbol
	KindObject
	KindBigInt
	kindHole // an array hole; never escapes the object model
)

// Value is a JavaScript value. Numbers, booleans, undefined and null live in
// the struct itself and never allocate; a string points at the bytes of a Go
// string, so strings cost no allocation beyond their text either.
type Value struct {
	kind Kind
	// ascii marks a string whose WTF-8 bytes are all ASCII, so that its
	// UTF-16 length and indexing are its byte length and indexing.
	ascii bool
	num   float64        // number; boolean (0 or 1); byte length of a string
	ref   unsafe.Pointer // *Object, *Symbol, *big.Int, or a string's bytes
}

var (
	Undefined = Value{}
	Null      = Value{kind: KindNull}
	True      = Value{kind: KindBool, num: 1}
	False     = Value{kind: KindBool}
	NaN       = Value{kind: KindNumber, num: math.NaN()}
	hole      = Value{kind: kindHole}
)

// Number makes a number value.
func Number(f float64) Value { return Value{kind: KindNumber, num: f} }

// Int makes a number value from an integer.
func Int(i int) Value { return Value{kind: KindNumber, num: float64(i)} }

// Bool makes a boolean value.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// ObjectValue wraps an object; a nil object is null.
func ObjectValue(o *Object) Value {
	if o == nil {
		return Null
	}
	return Value{kind: KindObject, ref: unsafe.Pointer(o)}
}

// SymbolValue wraps a symbol.
func SymbolValue(s *Symbol) Value { return Value{kind: KindSymbol, ref: unsafe.Pointer(s)} }

func (v Value) Kind() Kind           { return v.kind }
func (v Value) IsUndefined() bool    { return v.kind == KindUndefined }
func (v Value) IsNull() bool         { return v.kind == KindNull }
func (v Value) IsNullish() bool      { return v.kind <= KindNull }
func (v Value) IsNumber() bool       { return v.kind == KindNumber }
func (v Value) IsString() bool       { return v.kind == KindString }
func (v Value) IsObject() bool       { return v.kind == KindObject }
func (v Value) IsSymbol() bool       { return v.kind == KindSymbol }
func (v Value) IsBool() bool         { return v.kind == KindBool }
func (v Value) isHole() bool         { return v.kind == kindHole }
func (v Value) NumberValue() float64 { return v.num }
func (v Value) BoolValue() bool      { return v.num != 0 }

// Object returns the object v holds, or nil if v is not an object.
func (v Value) Object() *Object {
	if v.kind != KindObject {
		return nil
	}
	return (*Object)(v.ref)
}

// Symbol returns the symbol v holds, or nil if v is not a symbol.
func (v Value) Symbol() *Symbol {
	if v.kind != KindSymbol {
		return nil
	}
	return (*Symbol)(v.ref)
}

// Symbol is a JavaScript symbol. Identity is the pointer.
type Symbol struct {
	Description    string // WTF-8
	HasDescription bool
	registryKey    bool // made by Symbol.for
}

// NewSymbol makes a fresh symbol with a description.
func NewSymbol(description string) *Symbol {
	return &Symbol{Description: description, HasDescription: true}
}

// TypeOf is the typeof operator.
func TypeOf(v Value) Value {
	switch v.kind {
	case KindUndefined:
		return strUndefined
	case KindNull:
		return strObject
	case KindBool:
		return strBoolean
	case KindNumber:
		return strNumber
	case KindString:
		return strString
	case KindSymbol:
		return strSymbol
	case KindBigInt:
		return strBigint
	}
	if v.Object().IsCallable() {
		return strFunction
	}
	return strObject
}

var (
	strUndefined = Str("undefined")
	strObject    = Str("object")
	strBoolean   = Str("boolean")
	strNumber    = Str("number")
	strString    = Str("string")
	strSymbol    = Str("symbol")
	strBigint    = Str("bigint")
	strFunction  = Str("function")
)

// Uninitialized is the value of a let, const or class binding in its
// temporal dead zone; reading it throws (CheckInit).
var Uninitialized = Value{kind: kindHole}

// CheckInit returns v, or throws node's ReferenceError when v is the
// binding name's Uninitialized.
func (v Value) CheckInit(name string) Value {
	if v.kind == kindHole {
		ThrowReferenceError("Cannot access '" + name + "' before initialization")
	}
	return v
}
