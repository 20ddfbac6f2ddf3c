package runtime

import (
	"sort"
	"strconv"
	"unsafe"
)

// Class says which kind of object an Object is, and so what Internal holds.
type Class uint8

const (
	ClassObject Class = iota
	ClassArray
	ClassFunction
	ClassError
	ClassBoolean // Internal: Value
	ClassNumber  // Internal: Value
	ClassString  // Internal: Value
	ClassSymbol  // Internal: Value
	ClassBigInt  // Internal: Value
	ClassDate
	ClassRegExp
	ClassMap
	ClassSet
	ClassWeakMap
	ClassWeakSet
	ClassWeakRef
	ClassPromise
	ClassArguments
	ClassGenerator
	ClassAsyncGenerator
	ClassArrayBuffer
	ClassDataView
	// The exotic objects come last: one comparison with classFirstExotic
	// keeps them off the ordinary objects' paths.
	ClassProxy
	ClassTypedArray
)

const classFirstExotic = ClassProxy

// exoticObject is the internal methods of a proxy or a typed array, held in
// its Internal. Each reports done false to leave a key to the ordinary
// method (a typed array's non-numeric keys).
type exoticObject interface {
	getPrototypeOf(o *Object) (proto *Object, done bool)
	isExtensible(o *Object) (ok, done bool)
	preventExtensions(o *Object) (ok, done bool)
	getOwnProperty(o *Object, k PropertyKey) (d Descriptor, ok, done bool)
	defineOwnProperty(o *Object, k PropertyKey, d Descriptor) (ok, done bool)
	hasProperty(o *Object, k PropertyKey) (ok, done bool)
	get(o *Object, k PropertyKey, this Value) (v Value, done bool)
	set(o *Object, k PropertyKey, v Value, this Value) (ok, done bool)
	delete(o *Object, k PropertyKey) (ok, done bool)
	ownKeys(o *Object) (keys []PropertyKey, done bool)
}

// exotic returns o's exotic internal methods, nil for an ordinary object.
func (o *Object) exotic() exoticObject {
	if o.class < classFirstExotic {
		return nil
	}
	e, _ := o.Internal.(exoticObject)
	return e
}

// PropertyKey is a string or a symbol: the name of a property.
type PropertyKey struct {
	Name   string  // WTF-8; meaningful when Symbol is nil
	Symbol *Symbol // non-nil for a symbol key
}

// Key makes a string property key.
func Key(name string) PropertyKey { return PropertyKey{Name: name} }

// SymbolKey makes a symbol property key.
func SymbolKey(s *Symbol) PropertyKey { return PropertyKey{Symbol: s} }

// Value is the key as a JavaScript value.
func (k PropertyKey) Value() Value {
	if k.Symbol != nil {
		return SymbolValue(k.Symbol)
	}
	return Str(k.Name)
}

// ArrayIndex reports whether the key is a canonical array index (0 to 2³²-2).
func (k PropertyKey) ArrayIndex() (uint32, bool) {
	return arrayIndex(k.Name, k.Symbol)
}

func arrayIndex(s string, sym *Symbol) (uint32, bool) {
	if sym != nil || len(s) == 0 || len(s) > 10 || (s[0] == '0' && len(s) > 1) {
		return 0, false
	}
	// A digit loop rather than strconv.ParseUint, whose error for every
	// non-numeric key ("length", "x") is an allocation.
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	if n >= 1<<32-1 {
		return 0, false
	}
	return uint32(n), true
}

// Property attribute flags.
type PropFlags uint8

const (
	Writable PropFlags = 1 << iota
	Enumerable
	Configurable
	accessor // Getter/Setter instead of Value

	// Default is the attributes of a property made by assignment.
	Default = Writable | Enumerable | Configurable
	// Hidden is the attributes of a builtin method: not enumerable.
	Hidden = Writable | Configurable
)

type property struct {
	key    PropertyKey
	value  Value
	getter *Object
	setter *Object
	flags  PropFlags
}

// propIndexThreshold is the size past which an object keeps a map from key
// to slot; below it a linear scan of the slots is faster than hashing.
const propIndexThreshold = 8

// Object is a JavaScript object. Properties keep insertion order in props;
// an array's elements live in elems, dense, with holes marked.
type Object struct {
	proto      *Object
	class      Class
	extensible bool
	// lengthReadOnly is set once an array's length is made non-writable
	// by defineProperty (freezing sets Writable in elemFlags instead).
	lengthReadOnly bool
	props          []property
	index          map[PropertyKey]int32
	elems          []Value // ClassArray: elements 0..len-1
	// elemFlags are the attributes every element of elems has: Default,
	// less Configurable once the array is sealed, less Writable once frozen.
	// Their length is writable only while Writable is set.
	elemFlags PropFlags
	call      NativeFunc
	construct ConstructFunc
	// private holds the object's private class fields and brands (class.go).
	private []privateElement
	// Internal is the data of a non-ordinary object, as Class says.
	Internal any
}

// NewObject makes an ordinary extensible object with the given prototype.
func NewObject(proto *Object) *Object {
	return &Object{proto: proto, extensible: true}
}

// NewPlainObject makes `{}`.
func NewPlainObject() *Object { return NewObject(ObjectPrototype) }

// NewClassObject makes an object of a given class.
func NewClassObject(proto *Object, class Class, internal any) *Object {
	return &Object{proto: proto, class: class, extensible: true, Internal: internal}
}

func (o *Object) Class() Class          { return o.class }
func (o *Object) SetProtoRaw(p *Object) { o.proto = p }
func (o *Object) IsCallable() bool      { return o.call != nil }
func (o *Object) IsConstructor() bool   { return o.construct != nil }

// IsArray is the spec's IsArray: a proxy answers for its target.
func (o *Object) IsArray() bool {
	if o.class == ClassProxy {
		return proxyIsArray(o)
	}
	return o.class == ClassArray
}

// Proto is [[GetPrototypeOf]].
func (o *Object) Proto() *Object {
	if e := o.exotic(); e != nil {
		if p, done := e.getPrototypeOf(o); done {
			return p
		}
	}
	return o.proto
}

// Extensible is [[IsExtensible]].
func (o *Object) Extensible() bool {
	if e := o.exotic(); e != nil {
		if ok, done := e.isExtensible(o); done {
			return ok
		}
	}
	return o.extensible
}

// PreventExtensions is [[PreventExtensions]]; false when a proxy refuses.
func (o *Object) PreventExtensions() bool {
	if e := o.exotic(); e != nil {
		if ok, done := e.preventExtensions(o); done {
			return ok
		}
	}
	o.extensible = false
	return true
}

func (o *Object) find(k PropertyKey) int {
	if o.index != nil {
		if i, ok := o.index[k]; ok {
			return int(i)
		}
		return -1
	}
	for i := range o.props {
		if o.props[i].key == k {
			return i
		}
	}
	return -1
}

func (o *Object) addSlot(p property) {
	o.props = append(o.props, p)
	if o.index != nil {
		o.index[p.key] = int32(len(o.props) - 1)
	} else if len(o.props) > propIndexThreshold {
		o.index = make(map[PropertyKey]int32, len(o.props)*2)
		for i := range o.props {
			o.index[o.props[i].key] = int32(i)
		}
	}
}

func (o *Object) removeSlot(i int) {
	copy(o.props[i:], o.props[i+1:])
	o.props[len(o.props)-1] = property{}
	o.props = o.props[:len(o.props)-1]
	if o.index != nil {
		// Every later slot moved down by one: rebuild rather than patch.
		o.index = make(map[PropertyKey]int32, len(o.props)*2)
		for j := range o.props {
			o.index[o.props[j].key] = int32(j)
		}
	}
}

// Descriptor is a full or partial property descriptor.
type Descriptor struct {
	Value              Value
	Getter, Setter     *Object
	Flags              PropFlags
	HasValue, HasWrite bool
	HasGet, HasSet     bool
	HasEnum, HasConfig bool
}

// IsAccessor reports whether the descriptor describes an accessor property.
func (d *Descriptor) IsAccessor() bool { return d.HasGet || d.HasSet || d.Flags&accessor != 0 }

// GetOwnProperty is [[GetOwnProperty]].
func (o *Object) GetOwnProperty(k PropertyKey) (Descriptor, bool) {
	if e := o.exotic(); e != nil {
		if d, ok, done := e.getOwnProperty(o, k); done {
			return d, ok
		}
	}
	if o.class == ClassArray {
		if i, ok := k.ArrayIndex(); ok {
			if int(i) < len(o.elems) && !o.elems[i].isHole() {
				return Descriptor{Value: o.elems[i], Flags: Default &^ o.elemFlags, HasValue: true, HasWrite: true, HasEnum: true, HasConfig: true}, true
			}
		} else if k.Symbol == nil && k.Name == "length" {
			return Descriptor{Value: Int(len(o.elems)), Flags: o.lengthFlags(), HasValue: true, HasWrite: true, HasEnum: true, HasConfig: true}, true
		}
	} else if o.class == ClassString {
		if c, ok := o.stringIndex(k); ok {
			return Descriptor{Value: c, Flags: Enumerable, HasValue: true, HasWrite: true, HasEnum: true, HasConfig: true}, true
		}
	}
	i := o.find(k)
	if i < 0 {
		return Descriptor{}, false
	}
	p := &o.props[i]
	if p.flags&accessor != 0 {
		return Descriptor{Getter: p.getter, Setter: p.setter, Flags: p.flags, HasGet: true, HasSet: true, HasEnum: true, HasConfig: true}, true
	}
	return Descriptor{Value: p.value, Flags: p.flags, HasValue: true, HasWrite: true, HasEnum: true, HasConfig: true}, true
}

// DefineOwnProperty is ValidateAndApplyPropertyDescriptor for an ordinary
// object; it reports false where the spec returns false.
func (o *Object) DefineOwnProperty(k PropertyKey, d Descriptor) bool {
	if e := o.exotic(); e != nil {
		if ok, done := e.defineOwnProperty(o, k, d); done {
			return ok
		}
	}
	if o.class == ClassArray {
		if done, ok := o.defineArrayProperty(k, d); done {
			return ok
		}
	} else if o.class == ClassString {
		if c, ok := o.stringIndex(k); ok {
			// A read-only, non-configurable property: only a description
			// it already matches succeeds.
			return !(d.IsAccessor() || d.HasConfig && d.Flags&Configurable != 0 || d.HasEnum && d.Flags&Enumerable == 0 ||
				d.HasWrite && d.Flags&Writable != 0 || d.HasValue && !SameValue(d.Value, c))
		}
	}
	i := o.find(k)
	if i < 0 {
		if !o.extensible {
			return false
		}
		p := property{key: k}
		if d.IsAccessor() {
			p.getter, p.setter, p.flags = d.Getter, d.Setter, accessor
		} else {
			p.value = d.Value
			if d.Flags&Writable != 0 {
				p.flags |= Writable
			}
		}
		p.flags |= d.Flags & (Enumerable | Configurable)
		o.addSlot(p)
		return true
	}
	p := &o.props[i]
	if p.flags&Configurable == 0 {
		if d.HasConfig && d.Flags&Configurable != 0 || d.HasEnum && d.Flags&Enumerable != p.flags&Enumerable {
			return false
		}
		if d.IsAccessor() != (p.flags&accessor != 0) && (d.IsAccessor() || d.HasValue || d.HasWrite) {
			return false
		}
		if p.flags&accessor != 0 {
			if d.HasGet && d.Getter != p.getter || d.HasSet && d.Setter != p.setter {
				return false
			}
		} else if p.flags&Writable == 0 {
			if d.HasWrite && d.Flags&Writable != 0 || d.HasValue && !SameValue(d.Value, p.value) {
				return false
			}
		}
	}
	switch {
	case d.IsAccessor():
		if p.flags&accessor == 0 {
			p.value, p.flags = Undefined, p.flags&(Enumerable|Configurable)|accessor
		}
		if d.HasGet {
			p.getter = d.Getter
		}
		if d.HasSet {
			p.setter = d.Setter
		}
	case d.HasValue || d.HasWrite:
		if p.flags&accessor != 0 {
			p.getter, p.setter, p.flags = nil, nil, p.flags&(Enumerable|Configurable)
		}
		if d.HasValue {
			p.value = d.Value
		}
		if d.HasWrite {
			p.flags = p.flags&^Writable | d.Flags&Writable
		}
	}
	if d.HasEnum {
		p.flags = p.flags&^Enumerable | d.Flags&Enumerable
	}
	if d.HasConfig {
		p.flags = p.flags&^Configurable | d.Flags&Configurable
	}
	return true
}

// lengthFlags are the attributes of an array's length: writable until
// frozen or made read-only, never enumerable or configurable.
func (o *Object) lengthFlags() PropFlags {
	if o.lengthReadOnly {
		return 0
	}
	return Writable &^ o.elemFlags
}

// defineArrayProperty handles element and length definitions on arrays;
// done is false when the key is an ordinary property. Elements live in
// elems while they have the default attributes; one with others (an
// accessor, read-only, non-configurable) is an ordinary property with a
// hole in elems at its index.
func (o *Object) defineArrayProperty(k PropertyKey, d Descriptor) (done, ok bool) {
	if k.Symbol == nil && k.Name == "length" {
		return true, o.defineArrayLength(d)
	}
	i, isIndex := k.ArrayIndex()
	if !isIndex {
		return false, false
	}
	present := int(i) < len(o.elems) && !o.elems[i].isHole()
	if !present && int(i) < len(o.elems) && o.find(k) >= 0 {
		return false, false
	}
	if present && o.elemFlags != 0 {
		// A sealed or frozen element: only what its attributes allow.
		frozen := o.elemFlags&Writable != 0
		if d.IsAccessor() || d.HasConfig && d.Flags&Configurable != 0 || d.HasEnum && d.Flags&Enumerable == 0 ||
			d.HasWrite && (d.Flags&Writable != 0) == frozen || frozen && d.HasValue && !SameValue(d.Value, o.elems[i]) {
			return true, false
		}
		if d.HasValue {
			o.elems[i] = d.Value
		}
		return true, true
	}
	if !present && (!o.extensible || int(i) >= len(o.elems) && o.lengthFlags()&Writable == 0) {
		return true, false
	}
	unusual := d.IsAccessor() || d.HasWrite && d.Flags&Writable == 0 ||
		d.HasEnum && d.Flags&Enumerable == 0 || d.HasConfig && d.Flags&Configurable == 0
	if !present {
		// A new property's attributes left out of the descriptor are false.
		unusual = unusual || !d.HasWrite || !d.HasEnum || !d.HasConfig
	}
	if unusual {
		// Unusual attributes: the element becomes an ordinary property,
		// validated against what it was.
		if present {
			o.addSlot(property{key: k, value: o.elems[i], flags: Default})
			o.elems[i] = hole
		} else if int(i) >= len(o.elems) {
			o.SetLength(int(i) + 1)
		}
		return false, false
	}
	if int(i) >= len(o.elems) {
		o.SetLength(int(i) + 1)
	}
	if d.HasValue {
		o.elems[i] = d.Value
	} else if o.elems[i].isHole() {
		o.elems[i] = Undefined
	}
	return true, true
}

// defineArrayLength is ArraySetLength: a new length deletes the elements
// past it from the top down, stopping above a non-configurable one.
func (o *Object) defineArrayLength(d Descriptor) bool {
	n := len(o.elems)
	if d.HasValue {
		// The spec converts the value twice (ToUint32, then ToNumber):
		// an object's valueOf runs twice.
		if d.Value.IsObject() {
			ToNumber(d.Value)
		}
		var valid bool
		if n, valid = toArrayLength(d.Value); !valid {
			ThrowRangeError("Invalid array length")
		}
	}
	if d.IsAccessor() || d.HasConfig && d.Flags&Configurable != 0 || d.HasEnum && d.Flags&Enumerable != 0 {
		return false
	}
	writable := o.lengthFlags()&Writable != 0
	if !writable && (d.HasWrite && d.Flags&Writable != 0 || n != len(o.elems)) {
		return false
	}
	// A sealed array's elements cannot be deleted by shortening it.
	if o.elemFlags&Configurable != 0 && n < len(o.elems) {
		return false
	}
	o.SetLength(n)
	if d.HasWrite && d.Flags&Writable == 0 {
		o.lengthReadOnly = true
	}
	return len(o.elems) == n
}

// stringIndex is a String object's own index property k, the code unit at
// k (StringGetOwnProperty): the object model stores no slot for it.
func (o *Object) stringIndex(k PropertyKey) (Value, bool) {
	s, _ := o.Internal.(Value)
	if s.num == 0 {
		return Value{}, false
	}
	i, ok := k.ArrayIndex()
	if !ok || int(i) >= s.StrLen() {
		return Value{}, false
	}
	return s.Substring(int(i), int(i)+1), true
}

// SetLength sets an array's length, filling with holes or truncating. The
// elements that are ordinary properties go too, from the top down, but a
// non-configurable one stays and the length ends just past it.
func (o *Object) SetLength(n int) {
	if n < len(o.elems) && len(o.props) > 0 {
		n = o.deleteIndexProperties(n)
	}
	if n <= len(o.elems) {
		clear(o.elems[n:])
		o.elems = o.elems[:n]
		return
	}
	if n <= cap(o.elems) {
		old := len(o.elems)
		o.elems = o.elems[:n]
		for i := old; i < n; i++ {
			o.elems[i] = hole
		}
		return
	}
	if n > maxDenseLength {
		ThrowRangeError("Invalid array length")
	}
	for len(o.elems) < n {
		o.elems = append(o.elems, hole)
	}
}

// deleteIndexProperties deletes the index properties at n and above, the
// highest first, and returns the length left: n, or one past the first
// that could not be deleted.
func (o *Object) deleteIndexProperties(n int) int {
	var indices []int
	for _, p := range o.props {
		if i, ok := p.key.ArrayIndex(); ok && int(i) >= n {
			indices = append(indices, int(i))
		}
	}
	sort.Ints(indices)
	for j := len(indices) - 1; j >= 0; j-- {
		k := indexKey(int64(indices[j]))
		slot := o.find(k)
		if o.props[slot].flags&Configurable == 0 {
			return indices[j] + 1
		}
		o.removeSlot(slot)
	}
	return n
}

// maxDenseLength bounds the arrays we keep dense; beyond it node would
// switch to a dictionary, which this object model does not have yet.
const maxDenseLength = 1 << 28

func toArrayLength(v Value) (int, bool) {
	f := ToNumber(v)
	n := uint32(f)
	if float64(n) != f {
		return 0, false
	}
	return int(n), true
}

// Delete is [[Delete]]: false when the property is not configurable.
func (o *Object) Delete(k PropertyKey) bool {
	if e := o.exotic(); e != nil {
		if ok, done := e.delete(o, k); done {
			return ok
		}
	}
	if o.class == ClassArray {
		if i, ok := k.ArrayIndex(); ok && int(i) < len(o.elems) && !o.elems[i].isHole() {
			if o.elemFlags&Configurable != 0 {
				return false
			}
			o.elems[i] = hole
			return true
		}
		// An element defined with unusual attributes lives among the
		// ordinary properties, below.
		if k.Symbol == nil && k.Name == "length" {
			return false
		}
	} else if o.class == ClassString {
		if _, ok := o.stringIndex(k); ok {
			return false
		}
	}
	i := o.find(k)
	if i < 0 {
		return true
	}
	if o.props[i].flags&Configurable == 0 {
		return false
	}
	o.removeSlot(i)
	return true
}

// OwnKeys is [[OwnPropertyKeys]]: integer keys ascending, then strings in
// insertion order, then symbols in insertion order.
func (o *Object) OwnKeys() []PropertyKey {
	if e := o.exotic(); e != nil {
		if keys, done := e.ownKeys(o); done {
			return keys
		}
	}
	keys := make([]PropertyKey, 0, len(o.elems)+len(o.props)+1)
	if s, ok := o.Internal.(Value); ok && o.class == ClassString {
		for i := range s.StrLen() {
			keys = append(keys, Key(strconv.Itoa(i)))
		}
	}
	for i, e := range o.elems {
		if !e.isHole() {
			keys = append(keys, Key(strconv.Itoa(i)))
		}
	}
	var indexed []PropertyKey
	for i := range o.props {
		if _, ok := o.props[i].key.ArrayIndex(); ok {
			indexed = append(indexed, o.props[i].key)
		}
	}
	if len(indexed) > 0 {
		// Index keys ascend, whether an element lives in elems or (with
		// unusual attributes) among the ordinary properties.
		keys = append(keys, indexed...)
		sort.Slice(keys, func(a, b int) bool {
			x, _ := keys[a].ArrayIndex()
			y, _ := keys[b].ArrayIndex()
			return x < y
		})
	}
	if o.class == ClassArray {
		keys = append(keys, Key("length"))
	}
	for i := range o.props {
		k := o.props[i].key
		if _, ok := k.ArrayIndex(); !ok && k.Symbol == nil {
			keys = append(keys, k)
		}
	}
	for i := range o.props {
		if o.props[i].key.Symbol != nil {
			keys = append(keys, o.props[i].key)
		}
	}
	return keys
}

// Elements exposes an array's dense element storage (holes included) to the
// builtins; callers must not keep it across calls into JavaScript.
func (o *Object) Elements() []Value { return o.elems }

// HasProperty is [[HasProperty]] along the prototype chain.
func (o *Object) HasProperty(k PropertyKey) bool {
	for p := o; p != nil; p = p.proto {
		if e := p.exotic(); e != nil {
			if ok, done := e.hasProperty(p, k); done {
				return ok
			}
		}
		if _, ok := p.GetOwnProperty(k); ok {
			return true
		}
	}
	return false
}

// Get is [[Get]] with the receiver this.
func (o *Object) Get(k PropertyKey, this Value) Value {
	for p := o; p != nil; p = p.proto {
		if e := p.exotic(); e != nil {
			if v, done := e.get(p, k, this); done {
				return v
			}
		}
		if p.class == ClassArray {
			if i, ok := k.ArrayIndex(); ok && int(i) < len(p.elems) && !p.elems[i].isHole() {
				return p.elems[i]
			}
			if k.Symbol == nil && k.Name == "length" {
				return Int(len(p.elems))
			}
		} else if p.class == ClassString {
			if c, ok := p.stringIndex(k); ok {
				return c
			}
		}
		if i := p.find(k); i >= 0 {
			prop := &p.props[i]
			if prop.flags&accessor != 0 {
				if prop.getter == nil {
					return Undefined
				}
				return Call(ObjectValue(prop.getter), this)
			}
			return prop.value
		}
	}
	return Undefined
}

// Set is [[Set]] with the receiver this; it reports false where a strict
// assignment must throw.
func (o *Object) Set(k PropertyKey, v Value, this Value) bool {
	// The fast path: an own writable data property of the receiver itself.
	if this.kind == KindObject && this.ref == unsafe.Pointer(o) {
		if o.class == ClassArray {
			if i, ok := k.ArrayIndex(); ok && int(i) < len(o.elems) && !o.elems[i].isHole() && o.elemFlags&Writable == 0 {
				o.elems[i] = v
				return true
			}
		}
		if i := o.find(k); i >= 0 && o.props[i].flags&(Writable|accessor) == Writable {
			o.props[i].value = v
			return true
		}
	}
	for p := o; p != nil; p = p.proto {
		if e := p.exotic(); e != nil {
			if ok, done := e.set(p, k, v, this); done {
				return ok
			}
		}
		d, ok := p.GetOwnProperty(k)
		if !ok {
			continue
		}
		if d.IsAccessor() {
			if d.Setter == nil {
				return false
			}
			Call(ObjectValue(d.Setter), this, v)
			return true
		}
		if d.Flags&Writable == 0 {
			return false
		}
		break
	}
	recv := this.Object()
	if recv == nil {
		return false
	}
	if d, ok := recv.GetOwnProperty(k); ok {
		if d.IsAccessor() || d.Flags&Writable == 0 {
			return false
		}
		return recv.DefineOwnProperty(k, Descriptor{Value: v, HasValue: true})
	}
	return recv.DefineOwnProperty(k, Descriptor{Value: v, Flags: Default, HasValue: true, HasWrite: true, HasEnum: true, HasConfig: true})
}

// DefineData defines (or redefines) a data property with the given attributes.
func (o *Object) DefineData(k PropertyKey, v Value, flags PropFlags) {
	o.DefineOwnProperty(k, Descriptor{Value: v, Flags: flags, HasValue: true, HasWrite: true, HasEnum: true, HasConfig: true})
}

// DefineAccessor defines an accessor property; a nil getter or setter is absent.
func (o *Object) DefineAccessor(k PropertyKey, getter, setter *Object, flags PropFlags) {
	o.DefineOwnProperty(k, Descriptor{Getter: getter, Setter: setter, Flags: flags, HasGet: true, HasSet: true, HasEnum: true, HasConfig: true})
}

// CreateDataProperty is the spec operation used by literals and builtins.
func (o *Object) CreateDataProperty(k PropertyKey, v Value) bool {
	if o.class == ClassArray {
		if i, ok := k.ArrayIndex(); ok && int(i) < len(o.elems) && o.elemFlags == 0 && o.extensible && !o.elems[i].isHole() {
			o.elems[i] = v
			return true
		}
	}
	if o.index == nil && o.extensible && o.class != ClassArray && o.class < classFirstExotic {
		if i := o.find(k); i < 0 {
			o.addSlot(property{key: k, value: v, flags: Default})
			return true
		}
	}
	return o.DefineOwnProperty(k, Descriptor{Value: v, Flags: Default, HasValue: true, HasWrite: true, HasEnum: true, HasConfig: true})
}

// NewArray makes an array holding the given elements (not copied).
func NewArray(elems []Value) *Object {
	return &Object{proto: ArrayPrototype, class: ClassArray, extensible: true, elems: elems}
}

// Push appends to an array's dense storage.
func (o *Object) Push(v Value) { o.elems = append(o.elems, v) }
