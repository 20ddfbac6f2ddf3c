package runtime

import (
	"math"
	"slices"
	"strconv"
)

// The Array builtins follow the spec's generic algorithms (they work on any
// array-like this), with a fast path wherever the receiver is a dense array:
// reads go straight to its elements and only holes fall back to the
// prototype chain.

// ArrayConstructor is the global Array.
var ArrayConstructor *Object

// maxSafeLength is 2⁵³-1, the largest length ToLength allows.
const maxSafeLength = 1<<53 - 1

// indexKey is the property key of an integer index.
func indexKey(i int64) PropertyKey {
	if i >= 0 && i < int64(len(smallIndexKeys)) {
		return smallIndexKeys[i]
	}
	return Key(strconv.FormatInt(i, 10))
}

// smallIndexKeys spares the generic paths a strconv call for small indices.
var smallIndexKeys = func() []PropertyKey {
	keys := make([]PropertyKey, 256)
	for i := range keys {
		keys[i] = Key(strconv.Itoa(i))
	}
	return keys
}()

// getV is GetV: a property of any value, primitives through their prototype.
func getV(v Value, k PropertyKey) Value {
	if o := v.Object(); o != nil {
		return o.Get(k, v)
	}
	if v.kind == KindString {
		if k.Symbol == nil && k.Name == "length" {
			return Int(v.StrLen())
		}
		if i, ok := k.ArrayIndex(); ok && int(i) < v.StrLen() {
			return v.Substring(int(i), int(i)+1)
		}
		return StringPrototype.Get(k, v)
	}
	return ToObject(v).Get(k, v)
}

// isCallable reports whether v is a function.
func isCallable(v Value) bool {
	o := v.Object()
	return o != nil && o.IsCallable()
}

// isConstructorValue reports whether v is a constructor.
func isConstructorValue(v Value) bool {
	o := v.Object()
	return o != nil && o.IsConstructor()
}

// toIntegerOrInfinity is the spec's ToIntegerOrInfinity.
func toIntegerOrInfinity(v Value) float64 {
	f := ToNumber(v)
	if math.IsNaN(f) {
		return 0
	}
	return math.Trunc(f) + 0 // + 0 turns -0 into +0
}

// toLength is the spec's ToLength.
func toLength(v Value) int64 {
	f := toIntegerOrInfinity(v)
	if f <= 0 {
		return 0
	}
	return int64(math.Min(f, maxSafeLength))
}

// thisArrayLike is ToObject(this) with the message V8's iteration methods
// give when this is undefined or null (the others say "Cannot convert
// undefined or null to object").
func thisArrayLike(this Value, name string) *Object {
	if this.IsNullish() {
		ThrowTypeError("Array.prototype." + name + " called on null or undefined")
	}
	return ToObject(this)
}

// arrayLikeLength is LengthOfArrayLike.
func arrayLikeLength(o *Object) int64 {
	if o.class == ClassArray {
		return int64(len(o.elems))
	}
	return toLength(o.Get(Key("length"), ObjectValue(o)))
}

// relativeIndex resolves a relative start or end argument against length as
// slice, splice, fill and friends do; undefined gives dflt.
func relativeIndex(v Value, length, dflt int64) int64 {
	if v.IsUndefined() {
		return dflt
	}
	f := toIntegerOrInfinity(v)
	if f < 0 {
		return int64(math.Max(float64(length)+f, 0))
	}
	return int64(math.Min(f, float64(length)))
}

// getIndex is Get(o, ToString(i)).
func getIndex(o *Object, i int64) Value {
	if o.class == ClassArray && i < int64(len(o.elems)) && !o.elems[i].isHole() {
		return o.elems[i]
	}
	if c, ok := stringObjectChar(o, i); ok {
		return c
	}
	return o.Get(indexKey(i), ObjectValue(o))
}

// stringObjectChar is the index property of a String wrapper object, read
// without making its key string.
func stringObjectChar(o *Object, i int64) (Value, bool) {
	if o.class != ClassString {
		return Undefined, false
	}
	s, ok := o.Internal.(Value)
	if !ok || i >= int64(s.StrLen()) {
		return Undefined, false
	}
	return s.Substring(int(i), int(i)+1), true
}

// hasGetIndex is HasProperty then Get, the pair every hole-skipping method does.
func hasGetIndex(o *Object, i int64) (Value, bool) {
	if o.class == ClassArray && i < int64(len(o.elems)) && !o.elems[i].isHole() {
		return o.elems[i], true
	}
	if c, ok := stringObjectChar(o, i); ok {
		return c, true
	}
	k := indexKey(i)
	if !o.HasProperty(k) {
		return Undefined, false
	}
	return o.Get(k, ObjectValue(o)), true
}

// setIndex is Set(o, ToString(i), v, true).
func setIndex(o *Object, i int64, v Value) {
	if o.class == ClassArray && i < int64(len(o.elems)) && !o.elems[i].isHole() && o.elemFlags&Writable == 0 {
		o.elems[i] = v
		return
	}
	setOrThrow(o, indexKey(i), v)
}

// setOrThrow is Set(o, k, v, true), failing with the message a strict
// assignment gives.
func setOrThrow(o *Object, k PropertyKey, v Value) {
	if !o.Set(k, v, ObjectValue(o)) {
		throwSetFailure(o, k)
	}
}

// deleteOrThrow is DeletePropertyOrThrow.
func deleteOrThrow(o *Object, k PropertyKey) {
	if !o.Delete(k) {
		ThrowTypeError("Cannot delete property '" + keyText(k.Value()) + "' of " + objectDescription(o))
	}
}

// createDataOrThrow is CreateDataPropertyOrThrow.
func createDataOrThrow(o *Object, k PropertyKey, v Value) {
	if !o.CreateDataProperty(k, v) {
		ThrowTypeError("Cannot add property " + keyText(k.Value()) + ", object is not extensible")
	}
}

// setLengthOrThrow is Set(o, "length", n, true).
func setLengthOrThrow(o *Object, n int64) {
	// A frozen array's length is read-only, and a sealed one's cannot shrink
	// past its elements: those go through Set to fail as they should.
	if o.class == ClassArray && isGrowable(o) && o.elemFlags == 0 && n <= maxDenseLength {
		o.SetLength(int(n))
		return
	}
	setOrThrow(o, Key("length"), Number(float64(n)))
}

// newArrayOfLength is ArrayCreate(n): an array of n holes.
func newArrayOfLength(n int64) *Object {
	if n > 1<<32-1 {
		ThrowRangeError("Invalid array length")
	}
	a := NewArray(nil)
	a.SetLength(int(n))
	return a
}

// protoFromConstructor is GetPrototypeFromConstructor.
func protoFromConstructor(newTarget, fallback *Object) *Object {
	if newTarget == nil {
		return fallback
	}
	if p := newTarget.Get(Key("prototype"), ObjectValue(newTarget)).Object(); p != nil {
		return p
	}
	return fallback
}

// arraySpeciesCreate is ArraySpeciesCreate.
func arraySpeciesCreate(original *Object, n int64) *Object {
	if !isArray(ObjectValue(original)) {
		return newArrayOfLength(n)
	}
	c := original.Get(Key("constructor"), ObjectValue(original))
	if c.Object() == ArrayConstructor {
		return newArrayOfLength(n)
	}
	if co := c.Object(); co != nil {
		c = co.Get(SymbolKey(SymSpecies), c)
		if c.IsNull() {
			c = Undefined
		}
	}
	if c.IsUndefined() || c.Object() == ArrayConstructor {
		return newArrayOfLength(n)
	}
	if !isConstructorValue(c) {
		ThrowTypeError("object.constructor[Symbol.species] is not a constructor")
	}
	return ToObject(Construct(c, nil, Number(float64(n))))
}

// isArray is IsArray: a proxy answers for its target, and a revoked one throws.
func isArray(v Value) bool {
	o := v.Object()
	return o != nil && o.IsArray()
}

// callbackArg checks a callback argument as the iteration methods do.
func callbackArg(args []Value, i int) *Object {
	fn := Arg(args, i)
	if !isCallable(fn) {
		ThrowTypeError(NoSideEffectsToString(fn) + " is not a function")
	}
	return fn.Object()
}

// iterResult is CreateIterResultObject.
func iterResult(v Value, done bool) Value {
	o := NewPlainObject()
	o.props = append(o.props, property{key: Key("value"), value: v, flags: Default}, property{key: Key("done"), value: Bool(done), flags: Default})
	return ObjectValue(o)
}

// iterateValues runs the iteration protocol over an iterable, calling each
// for every value until it returns false, which closes the iterator. An
// exception thrown by each closes it too, and propagates.
func iterateValues(iterable Value, each func(Value) bool) {
	it := GetIterator(iterable)
	for {
		v, ok := it.Next()
		if !ok {
			return
		}
		more := true
		if exc := TryCatch(func() { more = each(v) }); exc != nil {
			it.CloseOnThrow()
			panic(exc)
		}
		if !more {
			it.Close()
			return
		}
	}
}

// ArrayIterator is the state of an %ArrayIteratorPrototype% object.
type ArrayIterator struct {
	Target *Object // nil once exhausted
	Index  int64
	Kind   IterKind
}

// IterKind says what an array, map or set iterator yields.
type IterKind uint8

const (
	IterValues IterKind = iota
	IterKeys
	IterEntries
)

// NewArrayIterator makes an array iterator over o.
func NewArrayIterator(o *Object, kind IterKind) *Object {
	return NewClassObject(ArrayIteratorPrototype, ClassObject, &ArrayIterator{Target: o, Kind: kind})
}

// arrayIteratorLength is the length an array iterator reads for its target
// on each step: a typed array's own (not its length getter, which JavaScript
// can replace), a String object's, or LengthOfArrayLike.
func arrayIteratorLength(t *Object) int64 {
	switch t.class {
	case ClassString:
		if s, ok := t.Internal.(Value); ok {
			return int64(s.StrLen())
		}
	case ClassTypedArray:
		if ta, ok := t.Internal.(*typedArray); ok {
			if ta.outOfBounds() {
				ThrowTypeError("Cannot perform Array Iterator.prototype.next on a detached ArrayBuffer")
			}
			return int64(ta.len())
		}
	}
	return arrayLikeLength(t)
}

func arrayIteratorNext(this Value, _ []Value) Value {
	o := this.Object()
	var it *ArrayIterator
	if o != nil {
		it, _ = o.Internal.(*ArrayIterator)
	}
	if it == nil {
		ThrowTypeError("Method Array Iterator.prototype.next called on incompatible receiver " + NoSideEffectsToString(this))
	}
	v, ok := it.Step()
	return iterResult(v, !ok)
}

// Step is %ArrayIteratorPrototype%.next without its result object: the next
// value, or ok false once the iterator is done. Iterator.Next uses it while
// next is still the builtin.
func (it *ArrayIterator) Step() (Value, bool) {
	t := it.Target
	if t == nil {
		return Undefined, false
	}
	i := it.Index
	if i >= arrayIteratorLength(t) {
		it.Target = nil
		return Undefined, false
	}
	it.Index++
	switch it.Kind {
	case IterKeys:
		return Number(float64(i)), true
	case IterValues:
		if t.class == ClassArray && i < int64(len(t.elems)) && !t.elems[i].isHole() {
			return t.elems[i], true
		}
		return getIndex(t, i), true
	}
	return ObjectValue(NewArray([]Value{Number(float64(i)), getIndex(t, i)})), true
}

func init() {
	ArrayConstructor = NewConstructor("Array", 1, func(_ Value, args []Value) Value {
		return constructArray(args, nil)
	}, constructArray)
	DefineConstructor(ArrayConstructor, ArrayPrototype)
	speciesGetter := NewFunction("get [Symbol.species]", 0, func(this Value, _ []Value) Value { return this })
	ArrayConstructor.DefineAccessor(SymbolKey(SymSpecies), speciesGetter, nil, Configurable)

	DefineMethod(ArrayConstructor, "isArray", 1, func(_ Value, args []Value) Value { return Bool(isArray(Arg(args, 0))) })
	DefineMethod(ArrayConstructor, "of", 0, arrayOf)
	DefineMethod(ArrayConstructor, "from", 1, arrayFrom)

	p := ArrayPrototype
	DefineMethod(p, "at", 1, arrayAt)
	DefineMethod(p, "concat", 1, arrayConcat)
	DefineMethod(p, "copyWithin", 2, arrayCopyWithin)
	DefineMethod(p, "fill", 1, arrayFill)
	DefineMethod(p, "find", 1, func(this Value, args []Value) Value { v, _ := arrayFind(this, args, false, "find"); return v })
	DefineMethod(p, "findIndex", 1, func(this Value, args []Value) Value { _, i := arrayFind(this, args, false, "findIndex"); return i })
	DefineMethod(p, "findLast", 1, func(this Value, args []Value) Value { v, _ := arrayFind(this, args, true, "findLast"); return v })
	DefineMethod(p, "findLastIndex", 1, func(this Value, args []Value) Value { _, i := arrayFind(this, args, true, "findLastIndex"); return i })
	DefineMethod(p, "lastIndexOf", 1, arrayLastIndexOf)
	DefineMethod(p, "pop", 0, arrayPop)
	DefineMethod(p, "push", 1, arrayPush)
	DefineMethod(p, "reverse", 0, arrayReverse)
	DefineMethod(p, "shift", 0, arrayShift)
	DefineMethod(p, "unshift", 1, arrayUnshift)
	DefineMethod(p, "slice", 2, arraySlice)
	DefineMethod(p, "sort", 1, arraySort)
	DefineMethod(p, "splice", 2, arraySplice)
	DefineMethod(p, "includes", 1, arrayIncludes)
	DefineMethod(p, "indexOf", 1, arrayIndexOf)
	DefineMethod(p, "join", 1, arrayJoin)
	DefineMethod(p, "keys", 0, func(this Value, _ []Value) Value {
		return ObjectValue(NewArrayIterator(ToObject(this), IterKeys))
	})
	DefineMethod(p, "entries", 0, func(this Value, _ []Value) Value {
		return ObjectValue(NewArrayIterator(ToObject(this), IterEntries))
	})
	values := DefineMethod(p, "values", 0, func(this Value, _ []Value) Value {
		return ObjectValue(NewArrayIterator(ToObject(this), IterValues))
	})
	p.DefineData(SymbolKey(SymIterator), ObjectValue(values), Hidden)
	DefineMethod(p, "forEach", 1, arrayForEach)
	DefineMethod(p, "filter", 1, arrayFilter)
	DefineMethod(p, "flat", 0, arrayFlat)
	DefineMethod(p, "flatMap", 1, arrayFlatMap)
	DefineMethod(p, "map", 1, arrayMap)
	DefineMethod(p, "every", 1, func(this Value, args []Value) Value { return Bool(arraySomeEvery(this, args, false)) })
	DefineMethod(p, "some", 1, func(this Value, args []Value) Value { return Bool(arraySomeEvery(this, args, true)) })
	DefineMethod(p, "reduce", 1, func(this Value, args []Value) Value { return arrayReduce(this, args, false) })
	DefineMethod(p, "reduceRight", 1, func(this Value, args []Value) Value { return arrayReduce(this, args, true) })
	DefineMethod(p, "toLocaleString", 0, arrayToLocaleString)
	DefineMethod(p, "toReversed", 0, arrayToReversed)
	DefineMethod(p, "toSorted", 1, arrayToSorted)
	DefineMethod(p, "toSpliced", 2, arrayToSpliced)
	DefineMethod(p, "with", 2, arrayWith)
	DefineMethod(p, "toString", 0, arrayToString)

	unscopables := NewObject(nil)
	for _, name := range []string{"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat", "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values"} {
		unscopables.CreateDataProperty(Key(name), True)
	}
	p.DefineData(SymbolKey(SymUnscopables), ObjectValue(unscopables), Configurable)

	DefineMethod(ArrayIteratorPrototype, "next", 0, arrayIteratorNext)
	ArrayIteratorPrototype.DefineData(SymbolKey(SymToStringTag), strASCII("Array Iterator"), Configurable)
	// %IteratorPrototype%[@@iterator] makes every builtin iterator (and
	// generator) iterable; array iterators are the first to need it.
	DefineSymbolMethod(IteratorPrototype, SymIterator, 0, func(this Value, _ []Value) Value { return this })
}

func constructArray(args []Value, newTarget *Object) Value {
	var a *Object
	if len(args) == 1 && args[0].IsNumber() {
		n, ok := toArrayLength(args[0])
		if !ok {
			ThrowRangeError("Invalid array length")
		}
		a = newArrayOfLength(int64(n))
	} else {
		a = NewArray(slices.Clone(args))
	}
	if newTarget != nil && newTarget != ArrayConstructor {
		a.proto = protoFromConstructor(newTarget, ArrayPrototype)
	}
	return ObjectValue(a)
}

// constructThisOr constructs c with args when it is a constructor other than
// Array (Array.of/from on subclasses), or returns nil for a plain array.
func constructThisOr(c Value, args ...Value) *Object {
	if co := c.Object(); co != nil && co.IsConstructor() && co != ArrayConstructor {
		return ToObject(Construct(c, nil, args...))
	}
	return nil
}

func arrayOf(this Value, args []Value) Value {
	a := constructThisOr(this, Int(len(args)))
	if a == nil {
		return ObjectValue(NewArray(slices.Clone(args)))
	}
	for i, v := range args {
		createDataOrThrow(a, indexKey(int64(i)), v)
	}
	setLengthOrThrow(a, int64(len(args)))
	return ObjectValue(a)
}

func arrayFrom(this Value, args []Value) Value {
	items, mapFn, thisArg := Arg(args, 0), Arg(args, 1), Arg(args, 2)
	mapping := !mapFn.IsUndefined()
	if mapping && !isCallable(mapFn) {
		ThrowTypeError(NoSideEffectsToString(mapFn) + " is not a function")
	}
	if items.IsNullish() {
		// V8 names null "object null" here, as typeof would.
		what := "undefined"
		if items.IsNull() {
			what = "object null"
		}
		ThrowTypeError(what + " is not iterable (cannot read property Symbol(Symbol.iterator))")
	}
	if !getV(items, SymbolKey(SymIterator)).IsNullish() {
		a := constructThisOr(this)
		if a == nil {
			a = NewArray(nil)
		}
		var k int64
		iterateValues(items, func(v Value) bool {
			if mapping {
				v = Call(mapFn, thisArg, v, Number(float64(k)))
			}
			if a.class == ClassArray && int64(len(a.elems)) == k && isGrowable(a) {
				a.elems = append(a.elems, v)
			} else {
				createDataOrThrow(a, indexKey(k), v)
			}
			k++
			return true
		})
		setLengthOrThrow(a, k)
		return ObjectValue(a)
	}
	src := ToObject(items)
	n := arrayLikeLength(src)
	a := constructThisOr(this, Number(float64(n)))
	if a == nil {
		a = newArrayOfLength(n)
	}
	for k := int64(0); k < n; k++ {
		v := getIndex(src, k)
		if mapping {
			v = Call(mapFn, thisArg, v, Number(float64(k)))
		}
		createDataOrThrow(a, indexKey(k), v)
	}
	setLengthOrThrow(a, n)
	return ObjectValue(a)
}

func arrayAt(this Value, args []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	rel := toIntegerOrInfinity(Arg(args, 0))
	if rel < 0 {
		rel += float64(n)
	}
	if rel < 0 || rel >= float64(n) {
		return Undefined
	}
	return getIndex(o, int64(rel))
}

func isConcatSpreadable(v Value) bool {
	o := v.Object()
	if o == nil {
		return false
	}
	if s := o.Get(SymbolKey(SymIsConcatSpreadable), v); !s.IsUndefined() {
		return ToBoolean(s)
	}
	return o.IsArray()
}

func arrayConcat(this Value, args []Value) Value {
	o := thisArrayLike(this, "concat")
	a := arraySpeciesCreate(o, 0)
	var n int64
	for i := -1; i < len(args); i++ {
		e := ObjectValue(o)
		if i >= 0 {
			e = args[i]
		}
		if !isConcatSpreadable(e) {
			if n >= maxSafeLength {
				ThrowTypeError("Invalid array length")
			}
			createDataOrThrow(a, indexKey(n), e)
			n++
			continue
		}
		eo := e.Object()
		length := arrayLikeLength(eo)
		if n+length > maxSafeLength {
			ThrowTypeError("Invalid array length")
		}
		if a.class == ClassArray && eo.class == ClassArray && int64(len(a.elems)) == n && isGrowable(a) {
			// Holes stay holes, as HasProperty would leave them, unless the
			// prototype chain has indexed properties to fill them from.
			a.elems = append(a.elems, eo.elems...)
			for k := n; k < n+length; k++ {
				if a.elems[k].isHole() {
					if v, ok := hasGetIndex(eo, k-n); ok {
						a.elems[k] = v
					}
				}
			}
			n += length
			continue
		}
		for k := int64(0); k < length; k++ {
			if v, ok := hasGetIndex(eo, k); ok {
				createDataOrThrow(a, indexKey(n), v)
			}
			n++
		}
	}
	setLengthOrThrow(a, n)
	return ObjectValue(a)
}

func arrayCopyWithin(this Value, args []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	to := relativeIndex(Arg(args, 0), n, 0)
	from := relativeIndex(Arg(args, 1), n, 0)
	final := relativeIndex(Arg(args, 2), n, n)
	count := min(final-from, n-to)
	// copyWithin goes from the top down only when the ranges overlap.
	copyElements(o, from, to, count, from < to && to < from+count)
	return ObjectValue(o)
}

func arrayFill(this Value, args []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	v := Arg(args, 0)
	for k, end := relativeIndex(Arg(args, 1), n, 0), relativeIndex(Arg(args, 2), n, n); k < end; k++ {
		setIndex(o, k, v)
	}
	return ObjectValue(o)
}

func arrayFind(this Value, args []Value, fromEnd bool, name string) (Value, Value) {
	o := thisArrayLike(this, name)
	n := arrayLikeLength(o)
	fn := callbackArg(args, 0)
	thisArg := Arg(args, 1)
	for j := int64(0); j < n; j++ {
		k := j
		if fromEnd {
			k = n - 1 - j
		}
		v := getIndex(o, k)
		if ToBoolean(fn.CallWith(thisArg, []Value{v, Number(float64(k)), ObjectValue(o)})) {
			return v, Number(float64(k))
		}
	}
	return Undefined, Int(-1)
}

func arrayIndexOf(this Value, args []Value) Value {
	o := thisArrayLike(this, "indexOf")
	n := arrayLikeLength(o)
	if n == 0 {
		return Int(-1)
	}
	target := Arg(args, 0)
	for k := relativeIndex(Arg(args, 1), n, 0); k < n; k++ {
		if v, ok := hasGetIndex(o, k); ok && StrictEquals(v, target) {
			return Number(float64(k))
		}
	}
	return Int(-1)
}

func arrayLastIndexOf(this Value, args []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	if n == 0 {
		return Int(-1)
	}
	k := n - 1
	if len(args) > 1 {
		f := toIntegerOrInfinity(args[1])
		if f >= 0 {
			k = int64(math.Min(f, float64(n-1)))
		} else {
			k = int64(float64(n) + f)
		}
	}
	target := Arg(args, 0)
	for ; k >= 0; k-- {
		if v, ok := hasGetIndex(o, k); ok && StrictEquals(v, target) {
			return Number(float64(k))
		}
	}
	return Int(-1)
}

func arrayIncludes(this Value, args []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	target := Arg(args, 0)
	for k := relativeIndex(Arg(args, 1), n, 0); k < n; k++ {
		if SameValueZero(getIndex(o, k), target) {
			return True
		}
	}
	return False
}

func arrayPop(this Value, _ []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	if n == 0 {
		setLengthOrThrow(o, 0)
		return Undefined
	}
	v := getIndex(o, n-1)
	if o.class != ClassArray || o.elemFlags != 0 || o.lengthReadOnly {
		deleteOrThrow(o, indexKey(n-1))
	}
	setLengthOrThrow(o, n-1)
	return v
}

func arrayPush(this Value, args []Value) Value {
	o := ToObject(this)
	if o.class == ClassArray && isGrowable(o) {
		o.elems = append(o.elems, args...)
		return Int(len(o.elems))
	}
	if o.class == ClassArray && o.lengthReadOnly && o.extensible && len(args) > 0 {
		// V8 names the length rather than the first index it cannot add.
		throwSetFailure(o, Key("length"))
	}
	n := arrayLikeLength(o)
	if n+int64(len(args)) > maxSafeLength {
		ThrowTypeError("Pushing " + strconv.Itoa(len(args)) + " elements on an array-like of length " + strconv.FormatInt(n, 10) + " is disallowed, as the total surpasses 2**53-1")
	}
	for _, v := range args {
		setIndex(o, n, v)
		n++
	}
	setLengthOrThrow(o, n)
	return Number(float64(n))
}

func arrayReverse(this Value, _ []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	for lower := int64(0); lower < n/2; lower++ {
		upper := n - 1 - lower
		lv, lok := hasGetIndex(o, lower)
		uv, uok := hasGetIndex(o, upper)
		switch {
		case lok && uok:
			setIndex(o, lower, uv)
			setIndex(o, upper, lv)
		case uok:
			setIndex(o, lower, uv)
			deleteOrThrow(o, indexKey(upper))
		case lok:
			deleteOrThrow(o, indexKey(lower))
			setIndex(o, upper, lv)
		}
	}
	return ObjectValue(o)
}

// moveElements moves count elements from index from to index to, as shift,
// unshift and splice do, holes included.
func moveElements(o *Object, from, to, count int64) {
	copyElements(o, from, to, count, from < to)
}

// copyElements copies count elements from index from to index to, holes
// included, from the top down when backward (the order is observable
// through accessors and proxies).
func copyElements(o *Object, from, to, count int64, backward bool) {
	step := int64(1)
	if backward {
		step, from, to = -1, from+count-1, to+count-1
	}
	for ; count > 0; count-- {
		if v, ok := hasGetIndex(o, from); ok {
			setIndex(o, to, v)
		} else {
			deleteOrThrow(o, indexKey(to))
		}
		from += step
		to += step
	}
}

// isGrowable reports whether elements may be appended to the array o's
// storage directly: it is extensible, its length writable, and no element
// lives among its ordinary properties.
func isGrowable(o *Object) bool {
	return o.extensible && !o.lengthReadOnly && len(o.props) == 0
}

// isPlainDense reports whether o is an array whose elements may be moved
// directly: no holes (which would have to be looked up the prototype chain).
func isPlainDense(o *Object) bool {
	if o.class != ClassArray || !isGrowable(o) {
		return false
	}
	for _, v := range o.elems {
		if v.isHole() {
			return false
		}
	}
	return true
}

func arrayShift(this Value, _ []Value) Value {
	o := ToObject(this)
	if isPlainDense(o) {
		if len(o.elems) == 0 {
			return Undefined
		}
		v := o.elems[0]
		copy(o.elems, o.elems[1:])
		o.SetLength(len(o.elems) - 1)
		return v
	}
	n := arrayLikeLength(o)
	if n == 0 {
		setLengthOrThrow(o, 0)
		return Undefined
	}
	first := getIndex(o, 0)
	moveElements(o, 1, 0, n-1)
	deleteOrThrow(o, indexKey(n-1))
	setLengthOrThrow(o, n-1)
	return first
}

func arrayUnshift(this Value, args []Value) Value {
	o := ToObject(this)
	if isPlainDense(o) {
		o.elems = slices.Insert(o.elems, 0, args...)
		return Int(len(o.elems))
	}
	n := arrayLikeLength(o)
	if len(args) > 0 {
		if n+int64(len(args)) > maxSafeLength {
			ThrowTypeError("Invalid array length")
		}
		moveElements(o, 0, int64(len(args)), n)
		for i, v := range args {
			setIndex(o, int64(i), v)
		}
	}
	setLengthOrThrow(o, n+int64(len(args)))
	return Number(float64(n + int64(len(args))))
}

func arraySlice(this Value, args []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	k := relativeIndex(Arg(args, 0), n, 0)
	final := relativeIndex(Arg(args, 1), n, n)
	count := max(final-k, 0)
	a := arraySpeciesCreate(o, count)
	if a.class == ClassArray && o.class == ClassArray && isPlainDense(o) && len(a.elems) == int(count) {
		copy(a.elems, o.elems[k:k+count])
		return ObjectValue(a)
	}
	for i := int64(0); k < final; k, i = k+1, i+1 {
		if v, ok := hasGetIndex(o, k); ok {
			createDataOrThrow(a, indexKey(i), v)
		}
	}
	setLengthOrThrow(a, count)
	return ObjectValue(a)
}

// spliceArgs reads splice's and toSpliced's arguments for an array-like
// of length n: where to start, how many elements to drop, what to insert.
func spliceArgs(args []Value, n int64) (start, deleteCount int64, items []Value) {
	start = relativeIndex(Arg(args, 0), n, 0)
	switch len(args) {
	case 0:
	case 1:
		deleteCount = n - start
	default:
		deleteCount = int64(math.Min(math.Max(toIntegerOrInfinity(args[1]), 0), float64(n-start)))
	}
	if len(args) > 2 {
		items = args[2:]
	}
	return start, deleteCount, items
}

func arraySplice(this Value, args []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	start, deleteCount, items := spliceArgs(args, n)
	itemCount := int64(len(items))
	if n+itemCount-deleteCount > maxSafeLength {
		ThrowTypeError("Invalid array length")
	}
	removed := arraySpeciesCreate(o, deleteCount)
	for k := int64(0); k < deleteCount; k++ {
		if v, ok := hasGetIndex(o, start+k); ok {
			createDataOrThrow(removed, indexKey(k), v)
		}
	}
	setLengthOrThrow(removed, deleteCount)
	if isPlainDense(o) && int64(len(o.elems)) == n {
		o.elems = slices.Replace(o.elems, int(start), int(start+deleteCount), items...)
		return ObjectValue(removed)
	}
	switch {
	case itemCount < deleteCount:
		moveElements(o, start+deleteCount, start+itemCount, n-start-deleteCount)
		for k := n; k > n-deleteCount+itemCount; k-- {
			deleteOrThrow(o, indexKey(k-1))
		}
	case itemCount > deleteCount:
		moveElements(o, start+deleteCount, start+itemCount, n-start-deleteCount)
	}
	for i, v := range items {
		setIndex(o, start+int64(i), v)
	}
	setLengthOrThrow(o, n-deleteCount+itemCount)
	return ObjectValue(removed)
}

// joinStack holds the arrays being joined, so that a cycle joins as "" as
// in V8 instead of recursing forever.
var joinStack []*Object

// arrayJoinWith joins the first n elements of o, converting each with
// element.
func arrayJoinWith(o *Object, n int64, sep string, element func(Value) Value) Value {
	if slices.Contains(joinStack, o) {
		return strASCII("")
	}
	joinStack = append(joinStack, o)
	defer func() { joinStack = joinStack[:len(joinStack)-1] }()
	var b strBuilder
	separator := Str(sep)
	for k := int64(0); k < n; k++ {
		if k > 0 {
			b.add(separator)
		}
		if v := getIndex(o, k); !v.IsNullish() {
			b.add(element(v))
		}
	}
	return b.value()
}

func arrayJoin(this Value, args []Value) Value {
	o := ToObject(this)
	// The length is read before the separator is converted.
	n := arrayLikeLength(o)
	sep := ","
	if s := Arg(args, 0); !s.IsUndefined() {
		sep = ToGoString(s)
	}
	return arrayJoinWith(o, n, sep, ToString)
}

func arrayToString(this Value, _ []Value) Value {
	o := ToObject(this)
	if join := o.Get(Key("join"), ObjectValue(o)); isCallable(join) {
		return Call(join, ObjectValue(o))
	}
	return Call(ObjectPrototype.Get(Key("toString"), ObjectValue(ObjectPrototype)), ObjectValue(o))
}

func arrayToLocaleString(this Value, _ []Value) Value {
	o := ToObject(this)
	return arrayJoinWith(o, arrayLikeLength(o), ",", func(v Value) Value {
		return ToString(Call(getV(v, Key("toLocaleString")), v))
	})
}

func arrayForEach(this Value, args []Value) Value {
	o := thisArrayLike(this, "forEach")
	n := arrayLikeLength(o)
	fn := callbackArg(args, 0)
	thisArg := Arg(args, 1)
	for k := int64(0); k < n; k++ {
		if v, ok := hasGetIndex(o, k); ok {
			fn.CallWith(thisArg, []Value{v, Number(float64(k)), ObjectValue(o)})
		}
	}
	return Undefined
}

func arrayMap(this Value, args []Value) Value {
	o := thisArrayLike(this, "map")
	n := arrayLikeLength(o)
	fn := callbackArg(args, 0)
	thisArg := Arg(args, 1)
	a := arraySpeciesCreate(o, n)
	for k := int64(0); k < n; k++ {
		if v, ok := hasGetIndex(o, k); ok {
			createDataOrThrow(a, indexKey(k), fn.CallWith(thisArg, []Value{v, Number(float64(k)), ObjectValue(o)}))
		}
	}
	return ObjectValue(a)
}

func arrayFilter(this Value, args []Value) Value {
	o := thisArrayLike(this, "filter")
	n := arrayLikeLength(o)
	fn := callbackArg(args, 0)
	thisArg := Arg(args, 1)
	a := arraySpeciesCreate(o, 0)
	var to int64
	for k := int64(0); k < n; k++ {
		if v, ok := hasGetIndex(o, k); ok && ToBoolean(fn.CallWith(thisArg, []Value{v, Number(float64(k)), ObjectValue(o)})) {
			createDataOrThrow(a, indexKey(to), v)
			to++
		}
	}
	return ObjectValue(a)
}

func arraySomeEvery(this Value, args []Value, some bool) bool {
	name := "every"
	if some {
		name = "some"
	}
	o := thisArrayLike(this, name)
	n := arrayLikeLength(o)
	fn := callbackArg(args, 0)
	thisArg := Arg(args, 1)
	for k := int64(0); k < n; k++ {
		if v, ok := hasGetIndex(o, k); ok {
			if ToBoolean(fn.CallWith(thisArg, []Value{v, Number(float64(k)), ObjectValue(o)})) == some {
				return some
			}
		}
	}
	return !some
}

func arrayReduce(this Value, args []Value, fromEnd bool) Value {
	name := "reduce"
	if fromEnd {
		name = "reduceRight"
	}
	o := thisArrayLike(this, name)
	n := arrayLikeLength(o)
	fn := callbackArg(args, 0)
	index := func(j int64) int64 {
		if fromEnd {
			return n - 1 - j
		}
		return j
	}
	j := int64(0)
	var acc Value
	if len(args) > 1 {
		acc = args[1]
	} else {
		found := false
		for ; j < n && !found; j++ {
			acc, found = hasGetIndex(o, index(j))
		}
		if !found {
			ThrowTypeError("Reduce of empty array with no initial value")
		}
	}
	for ; j < n; j++ {
		k := index(j)
		if v, ok := hasGetIndex(o, k); ok {
			acc = fn.CallWith(Undefined, []Value{acc, v, Number(float64(k)), ObjectValue(o)})
		}
	}
	return acc
}

// flattenInto is FlattenIntoArray; it returns the next target index.
func flattenInto(target, source *Object, sourceLen, start int64, depth float64, mapFn *Object, thisArg Value) int64 {
	enterRecursion()
	defer leaveRecursion()
	to := start
	for k := int64(0); k < sourceLen; k++ {
		v, ok := hasGetIndex(source, k)
		if !ok {
			continue
		}
		if mapFn != nil {
			v = mapFn.CallWith(thisArg, []Value{v, Number(float64(k)), ObjectValue(source)})
		}
		if depth > 0 && isArray(v) {
			to = flattenInto(target, v.Object(), arrayLikeLength(v.Object()), to, depth-1, nil, Undefined)
			continue
		}
		if to >= maxSafeLength {
			ThrowTypeError("Invalid array length")
		}
		createDataOrThrow(target, indexKey(to), v)
		to++
	}
	return to
}

func arrayFlat(this Value, args []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	depth := 1.0
	if d := Arg(args, 0); !d.IsUndefined() {
		depth = math.Max(toIntegerOrInfinity(d), 0)
	}
	a := arraySpeciesCreate(o, 0)
	flattenInto(a, o, n, 0, depth, nil, Undefined)
	return ObjectValue(a)
}

func arrayFlatMap(this Value, args []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	if !isCallable(Arg(args, 0)) {
		ThrowTypeError("flatMap mapper function is not callable")
	}
	a := arraySpeciesCreate(o, 0)
	flattenInto(a, o, n, 0, 1, Arg(args, 0).Object(), Arg(args, 1))
	return ObjectValue(a)
}

// sortCompare returns the SortCompare of two values that are not undefined.
func sortCompare(comparator Value) func(a, b Value) int {
	if comparator.IsUndefined() {
		return func(a, b Value) int { return compareUTF16(ToString(a), ToString(b)) }
	}
	return func(a, b Value) int {
		f := ToNumber(Call(comparator, Undefined, a, b))
		switch {
		case f < 0:
			return -1
		case f > 0:
			return 1
		}
		return 0
	}
}

// sortLikeV8 sorts vals stably with cmp. Below 64 elements V8's TimSort is
// one run (CountAndMakeRun, then binary insertion), and this makes the same
// comparisons in the same order, so that a comparator that logs, or is
// inconsistent (returning a > b), sees and gives what it does in node.
// Longer arrays are merged by TimSort; their result is the same for any
// consistent comparator, though the calls differ.
func sortLikeV8(vals []Value, cmp func(a, b Value) int) {
	n := len(vals)
	if n < 2 {
		return
	}
	if n >= 64 {
		slices.SortStableFunc(vals, cmp)
		return
	}
	// The run at the start: ascending, or strictly descending and reversed.
	run := 2
	descending := cmp(vals[1], vals[0]) < 0
	for prev := vals[1]; run < n; run++ {
		order := cmp(vals[run], prev)
		if descending && order >= 0 || !descending && order < 0 {
			break
		}
		prev = vals[run]
	}
	if descending {
		slices.Reverse(vals[:run])
	}
	for start := run; start < n; start++ {
		pivot := vals[start]
		left, right := 0, start
		for left < right {
			mid := left + (right-left)>>1
			if cmp(pivot, vals[mid]) < 0 {
				right = mid
			} else {
				left = mid + 1
			}
		}
		copy(vals[left+1:start+1], vals[left:start])
		vals[left] = pivot
	}
}

// sortedValues is SortIndexedProperties with holes skipped: the present
// values, sorted stably with undefined last, and the count of holes.
func sortedValues(o *Object, n int64, comparator Value) ([]Value, int64) {
	if !comparator.IsUndefined() && !isCallable(comparator) {
		ThrowTypeError("The comparison function must be either a function or undefined")
	}
	vals := make([]Value, 0, n)
	var undefs, holes int64
	for k := int64(0); k < n; k++ {
		v, ok := hasGetIndex(o, k)
		switch {
		case !ok:
			holes++
		case v.IsUndefined():
			undefs++
		default:
			vals = append(vals, v)
		}
	}
	if comparator.IsUndefined() {
		// Convert each value once rather than once per comparison.
		strs := make([]Value, len(vals))
		order := make([]int, len(vals))
		for i, v := range vals {
			strs[i] = ToString(v)
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return compareUTF16(strs[a], strs[b]) })
		sorted := make([]Value, len(vals), len(vals)+int(undefs))
		for i, j := range order {
			sorted[i] = vals[j]
		}
		vals = sorted
	} else {
		sortLikeV8(vals, sortCompare(comparator))
	}
	for ; undefs > 0; undefs-- {
		vals = append(vals, Undefined)
	}
	return vals, holes
}

func arraySort(this Value, args []Value) Value {
	comparator := Arg(args, 0)
	if !comparator.IsUndefined() && !isCallable(comparator) {
		ThrowTypeError("The comparison function must be either a function or undefined")
	}
	o := ToObject(this)
	n := arrayLikeLength(o)
	vals, _ := sortedValues(o, n, comparator)
	k := int64(0)
	for ; k < int64(len(vals)); k++ {
		setIndex(o, k, vals[k])
	}
	for ; k < n; k++ {
		deleteOrThrow(o, indexKey(k))
	}
	return ObjectValue(o)
}

func arrayToSorted(this Value, args []Value) Value {
	comparator := Arg(args, 0)
	if !comparator.IsUndefined() && !isCallable(comparator) {
		ThrowTypeError("The comparison function must be either a function or undefined")
	}
	o := ToObject(this)
	n := arrayLikeLength(o)
	if n > 1<<32-1 {
		ThrowRangeError("Invalid array length")
	}
	// toSorted reads holes as undefined rather than skipping them.
	vals := make([]Value, n)
	for k := range vals {
		vals[k] = getIndex(o, int64(k))
	}
	sorted, _ := sortedValues(NewArray(vals), n, comparator)
	return ObjectValue(NewArray(sorted))
}

func arrayToReversed(this Value, _ []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	if n > 1<<32-1 {
		ThrowRangeError("Invalid array length")
	}
	vals := make([]Value, n)
	for k := range vals {
		vals[k] = getIndex(o, n-1-int64(k))
	}
	return ObjectValue(NewArray(vals))
}

func arrayToSpliced(this Value, args []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	start, skip, items := spliceArgs(args, n)
	newLen := n + int64(len(items)) - skip
	if newLen > maxSafeLength {
		ThrowTypeError("Invalid array length")
	}
	if newLen > 1<<32-1 {
		ThrowRangeError("Invalid array length")
	}
	vals := make([]Value, 0, newLen)
	for k := int64(0); k < start; k++ {
		vals = append(vals, getIndex(o, k))
	}
	vals = append(vals, items...)
	for k := start + skip; k < n; k++ {
		vals = append(vals, getIndex(o, k))
	}
	return ObjectValue(NewArray(vals))
}

func arrayWith(this Value, args []Value) Value {
	o := ToObject(this)
	n := arrayLikeLength(o)
	rel := toIntegerOrInfinity(Arg(args, 0))
	if rel < 0 {
		rel += float64(n)
	}
	if rel < 0 || rel >= float64(n) {
		ThrowRangeError("Invalid index : " + NumberToString(toIntegerOrInfinity(Arg(args, 0))))
	}
	if n > 1<<32-1 {
		ThrowRangeError("Invalid array length")
	}
	vals := make([]Value, n)
	for k := range vals {
		if int64(k) == int64(rel) {
			vals[k] = Arg(args, 1)
		} else {
			vals[k] = getIndex(o, int64(k))
		}
	}
	return ObjectValue(NewArray(vals))
}
