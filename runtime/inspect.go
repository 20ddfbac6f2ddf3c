package runtime

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file is node v20's util.inspect (lib/internal/util/inspect.js) with
// colors off: the same decisions in the same order, so that console.log
// prints byte for byte what node prints. Widths are counted in UTF-16 code
// units where node uses .length, and in display columns where node uses
// getStringWidth.

// InspectOptions are the options of util.inspect that matter without colors.
type InspectOptions struct {
	Depth           int // levels of nesting shown; math.MaxInt for no limit
	ShowHidden      bool
	BreakLength     int
	Compact         int // node's numeric compact; 0 is compact: false, compactTrue is true
	MaxArrayLength  int
	MaxStringLength int
	CustomInspect   bool
	// Sorted sorts the entries of objects (and the keys of Maps and Sets),
	// with SortCompare when it is a function.
	Sorted      bool
	SortCompare Value
	// Getters calls getters to show their values: getAll, or getOnly /
	// getWithSetter for those without / with a setter.
	Getters          int
	NumericSeparator bool
}

// compactTrue is compact: true, node's older layout: as many entries on a
// line as fit, with no grouping of array elements.
const compactTrue = -1

// The values of InspectOptions.Getters.
const (
	getNone = iota
	getAll
	getOnly
	getWithSetter
)

// DefaultInspectOptions are node's defaults, those of console.log.
var DefaultInspectOptions = InspectOptions{
	Depth:           2,
	BreakLength:     80,
	Compact:         3,
	MaxArrayLength:  100,
	MaxStringLength: 10000,
	CustomInspect:   true,
}

// Inspect formats a value as node's util.inspect does with default options.
func Inspect(v Value) string { return InspectWith(v, DefaultInspectOptions) }

// InspectWith is util.inspect(v, opts).
func InspectWith(v Value, opts InspectOptions) string {
	c := &inspector{InspectOptions: opts}
	return c.formatValue(v, 0)
}

// The kinds of entry lists reduceToSingleString lays out.
const (
	kObjectType = iota
	kArrayType
	kArrayExtrasType
)

type inspector struct {
	InspectOptions
	indentationLvl int
	seen           []*Object
	currentDepth   int
	circular       map[*Object]int
	// typedArrayBuffer is node's typedArray argument of formatValue: the
	// value being formatted is a typed array's buffer.
	typedArrayBuffer bool
}

func (c *inspector) formatValue(v Value, recurseTimes int) string {
	o := v.Object()
	if o == nil {
		if v.IsNull() {
			return "null"
		}
		return c.formatPrimitive(v)
	}
	for {
		// A proxy shows as its target, read without running any trap; a
		// proxy of a proxy as the innermost target, which node reaches
		// through the inner proxy's traps.
		target, isProxy := ProxyTarget(o)
		if !isProxy {
			break
		}
		if target == nil {
			return "<Revoked Proxy>"
		}
		o = target
	}
	if c.CustomInspect {
		if s, ok := c.customInspect(o, recurseTimes); ok {
			return s
		}
	}
	for _, s := range c.seen {
		if s == o {
			if c.circular == nil {
				c.circular = map[*Object]int{}
			}
			index, ok := c.circular[o]
			if !ok {
				index = len(c.circular) + 1
				c.circular[o] = index
			}
			return "[Circular *" + strconv.Itoa(index) + "]"
		}
	}
	return c.formatRaw(o, recurseTimes)
}

// customInspect calls the object's [util.inspect.custom] method, as node
// does unless the options turn it off.
func (c *inspector) customInspect(o *Object, recurseTimes int) (string, bool) {
	m := o.Get(SymbolKey(customInspectSymbol()), ObjectValue(o))
	f := m.Object()
	if f == nil || !f.IsCallable() || f == UtilInspect {
		return "", false
	}
	// Prototype objects are skipped, as node does.
	if ctor := o.Get(Key("constructor"), ObjectValue(o)).Object(); ctor != nil {
		if ctor.Get(Key("prototype"), ObjectValue(ctor)).Object() == o {
			return "", false
		}
	}
	depth := Number(float64(c.Depth - recurseTimes))
	if c.Depth == math.MaxInt {
		depth = Null
	}
	compact := Int(c.Compact)
	if c.Compact == compactTrue {
		compact = True
	}
	sorted := Bool(c.Sorted)
	if c.Sorted && c.SortCompare.IsObject() {
		sorted = c.SortCompare
	}
	getters := []Value{False, True, Str("get"), Str("set")}[c.Getters]
	opts := NewPlainObject()
	for _, kv := range []struct {
		name string
		v    Value
	}{
		{"stylize", ObjectValue(stylizeNoColor)}, {"showHidden", Bool(c.ShowHidden)}, {"depth", depth}, {"colors", False},
		{"customInspect", True}, {"showProxy", False}, {"maxArrayLength", Int(c.MaxArrayLength)},
		{"maxStringLength", Int(c.MaxStringLength)}, {"breakLength", Int(c.BreakLength)},
		{"compact", compact}, {"sorted", sorted}, {"getters", getters}, {"numericSeparator", Bool(c.NumericSeparator)},
	} {
		opts.CreateDataProperty(Key(kv.name), kv.v)
	}
	ret := f.CallWith(ObjectValue(o), []Value{depth, ObjectValue(opts), ObjectValue(UtilInspect)})
	if ret.Object() == o {
		return "", false
	}
	if !ret.IsString() {
		return c.formatValue(ret, recurseTimes), true
	}
	return strings.ReplaceAll(ret.Text(), "\n", "\n"+strings.Repeat(" ", c.indentationLvl)), true
}

// customInspectSymbol is util.inspect.custom,
// Symbol.for('nodejs.util.inspect.custom').
func customInspectSymbol() *Symbol {
	if inspectCustom == nil {
		const key = "nodejs.util.inspect.custom"
		inspectCustom = symbolRegistry[key]
		if inspectCustom == nil {
			inspectCustom = &Symbol{Description: key, HasDescription: true, registryKey: true}
			symbolRegistry[key] = inspectCustom
		}
	}
	return inspectCustom
}

var inspectCustom *Symbol

// UtilInspect is util.inspect(value, options) and UtilFormat is
// util.format(format, ...args), for require('util'); custom inspection
// methods get UtilInspect as their third argument.
var UtilInspect, UtilFormat *Object

// stylizeNoColor is the stylize function of the options a custom inspect
// method gets: without colors it returns its text as it is.
var stylizeNoColor *Object

func init() {
	stylizeNoColor = NewFunction("stylizeNoColor", 1, func(_ Value, args []Value) Value {
		return Arg(args, 0)
	})
	UtilInspect = NewFunction("inspect", 2, func(_ Value, args []Value) Value {
		opts := DefaultInspectOptions
		// The legacy form is inspect(value, showHidden, depth).
		if len(args) > 2 && !args[2].IsUndefined() {
			opts = inspectOptionsFrom(obj1("depth", args[2]), opts)
		}
		if v := Arg(args, 1); v.IsBool() {
			opts.ShowHidden = v.BoolValue()
		} else if o := v.Object(); o != nil {
			opts = inspectOptionsFrom(o, opts)
		}
		return Str(InspectWith(Arg(args, 0), opts))
	})
	UtilInspect.DefineData(Key("custom"), SymbolValue(customInspectSymbol()), Hidden)
	UtilFormat = NewFunction("format", 0, func(_ Value, args []Value) Value {
		return Str(Format(args))
	})
}

// NewUtilModule makes the part of node's util module the runtime has:
// inspect (with inspect.custom), format and formatWithOptions.
func NewUtilModule() *Object {
	util := NewPlainObject()
	util.CreateDataProperty(Key("format"), ObjectValue(UtilFormat))
	util.CreateDataProperty(Key("formatWithOptions"), ObjectValue(NewFunction("formatWithOptions", 1, func(_ Value, args []Value) Value {
		opts := DefaultInspectOptions
		o := Arg(args, 0).Object()
		if o == nil {
			throwInvalidArgType("inspectOptions", "object", Arg(args, 0))
		}
		return Str(FormatWith(inspectOptionsFrom(o, opts), args[1:]))
	})))
	util.CreateDataProperty(Key("inspect"), ObjectValue(UtilInspect))
	util.CreateDataProperty(Key("promisify"), ObjectValue(NewFunction("promisify", 1, utilPromisify)))
	util.Get(Key("promisify"), ObjectValue(util)).Object().DefineData(Key("custom"), SymbolValue(promisifyCustom()), Hidden)
	util.CreateDataProperty(Key("inherits"), ObjectValue(NewFunction("inherits", 2, utilInherits)))
	util.CreateDataProperty(Key("callbackify"), ObjectValue(NewFunction("callbackify", 1, utilCallbackify)))
	util.CreateDataProperty(Key("deprecate"), ObjectValue(NewFunction("deprecate", 3, utilDeprecate)))
	util.CreateDataProperty(Key("types"), ObjectValue(utilTypes()))
	util.CreateDataProperty(Key("isDeepStrictEqual"), ObjectValue(NewFunction("isDeepStrictEqual", 2, func(_ Value, args []Value) Value {
		return Bool((&deepEqual{}).equal(Arg(args, 0), Arg(args, 1)))
	})))
	for _, name := range []string{"TextDecoder", "TextEncoder"} {
		util.CreateDataProperty(Key(name), Global.Get(Key(name), ObjectValue(Global)))
	}
	// Node's setTimeout and setImmediate promisify to those of
	// timers/promises, through an enumerable getter.
	for _, name := range []string{"setTimeout", "setImmediate"} {
		f := Global.Get(Key(name), ObjectValue(Global)).Object()
		if f == nil {
			continue
		}
		if _, ok := f.GetOwnProperty(SymbolKey(promisifyCustom())); !ok {
			get := NewFunction("get", 0, func(Value, []Value) Value {
				m := builtinModule("timers/promises")
				return m.Get(Key(name), ObjectValue(m))
			})
			f.DefineAccessor(SymbolKey(promisifyCustom()), get, nil, Enumerable)
		}
	}
	return util
}

// utilDeprecate is util.deprecate(fn, msg, code): fn wrapped to emit a
// DeprecationWarning on its first call.
func utilDeprecate(_ Value, args []Value) Value {
	fn, msg, code := Arg(args, 0), Arg(args, 1), Arg(args, 2)
	f := fn.Object()
	if f == nil || !f.IsCallable() {
		throwInvalidArgType("fn", "function", fn)
	}
	if !code.IsUndefined() && !code.IsString() {
		throwInvalidArgType("code", "string", code)
	}
	warned := false
	var deprecated *Object
	deprecated = NewFunction("deprecated", 0, func(this Value, callArgs []Value) Value {
		if !warned {
			warned = true
			warnArgs := []Value{msg, Str("DeprecationWarning")}
			if !code.IsUndefined() {
				// A code warns once, whichever function carries it.
				if deprecationCodesWarned[code.Text()] {
					return f.CallWith(this, callArgs)
				}
				deprecationCodesWarned[code.Text()] = true
				warnArgs = append(warnArgs, code)
			}
			CallMethod("process.emitWarning", ObjectValue(Process), Key("emitWarning"), append(warnArgs, ObjectValue(deprecated))...)
		}
		return f.CallWith(this, callArgs)
	})
	deprecated.SetProtoRaw(f)
	if proto := GetProp(fn, Key("prototype")); ToBoolean(proto) {
		deprecated.DefineData(Key("prototype"), proto, Writable)
	}
	return ObjectValue(deprecated)
}

var deprecationCodesWarned = map[string]bool{}

// utilTypes is util.types: the predicates that tell builtin objects apart
// by their internal slots, not by their prototypes.
func utilTypes() *Object {
	types := NewPlainObject()
	isClass := func(classes ...Class) func(*Object) bool {
		return func(o *Object) bool {
			for _, c := range classes {
				if o.class == c {
					return true
				}
			}
			return false
		}
	}
	isFunctionOf := func(proto **Object) func(*Object) bool {
		return func(o *Object) bool { return o.IsCallable() && o.proto == *proto }
	}
	isIterator := func(isSet bool) func(*Object) bool {
		return func(o *Object) bool {
			it, ok := o.Internal.(*CollectionIterator)
			return ok && it.IsSet == isSet
		}
	}
	never := func(*Object) bool { return false }
	isTypedArrayOf := func(name string) func(*Object) bool {
		return func(o *Object) bool {
			return o.class == ClassTypedArray && ToGoString(o.Get(SymbolKey(SymToStringTag), ObjectValue(o))) == name
		}
	}
	// Node's order of util.types.
	for _, t := range []struct {
		name string
		is   func(*Object) bool
	}{
		{"isExternal", never}, {"isDate", isClass(ClassDate)}, {"isArgumentsObject", isClass(ClassArguments)},
		{"isBigIntObject", isClass(ClassBigInt)}, {"isBooleanObject", isClass(ClassBoolean)},
		{"isNumberObject", isClass(ClassNumber)}, {"isStringObject", isClass(ClassString)},
		{"isSymbolObject", isClass(ClassSymbol)}, {"isNativeError", isClass(ClassError)}, {"isRegExp", isClass(ClassRegExp)},
		{"isAsyncFunction", func(o *Object) bool {
			return isFunctionOf(&AsyncFunctionPrototype)(o) || isFunctionOf(&AsyncGeneratorFunctionPrototype)(o)
		}},
		{"isGeneratorFunction", func(o *Object) bool {
			return isFunctionOf(&GeneratorFunctionPrototype)(o) || isFunctionOf(&AsyncGeneratorFunctionPrototype)(o)
		}},
		{"isGeneratorObject", isClass(ClassGenerator, ClassAsyncGenerator)}, {"isPromise", isClass(ClassPromise)},
		{"isMap", isClass(ClassMap)}, {"isSet", isClass(ClassSet)}, {"isMapIterator", isIterator(false)},
		{"isSetIterator", isIterator(true)}, {"isWeakMap", isClass(ClassWeakMap)}, {"isWeakSet", isClass(ClassWeakSet)},
		{"isArrayBuffer", isClass(ClassArrayBuffer)}, {"isDataView", isClass(ClassDataView)},
		{"isSharedArrayBuffer", never}, {"isProxy", isClass(ClassProxy)}, {"isModuleNamespaceObject", never},
		{"isAnyArrayBuffer", isClass(ClassArrayBuffer)},
		{"isBoxedPrimitive", isClass(ClassBoolean, ClassNumber, ClassString, ClassSymbol, ClassBigInt)},
		{"isArrayBufferView", isClass(ClassTypedArray, ClassDataView)}, {"isTypedArray", isClass(ClassTypedArray)},
		{"isUint8Array", isTypedArrayOf("Uint8Array")}, {"isUint8ClampedArray", isTypedArrayOf("Uint8ClampedArray")},
		{"isUint16Array", isTypedArrayOf("Uint16Array")}, {"isUint32Array", isTypedArrayOf("Uint32Array")},
		{"isInt8Array", isTypedArrayOf("Int8Array")}, {"isInt16Array", isTypedArrayOf("Int16Array")},
		{"isInt32Array", isTypedArrayOf("Int32Array")}, {"isFloat32Array", isTypedArrayOf("Float32Array")},
		{"isFloat64Array", isTypedArrayOf("Float64Array")}, {"isBigInt64Array", isTypedArrayOf("BigInt64Array")},
		{"isBigUint64Array", isTypedArrayOf("BigUint64Array")}, {"isKeyObject", never}, {"isCryptoKey", never},
	} {
		is := t.is
		types.CreateDataProperty(Key(t.name), ObjectValue(NewFunction(t.name, 1, func(_ Value, args []Value) Value {
			o := Arg(args, 0).Object()
			return Bool(o != nil && is(o))
		})))
	}
	return types
}

// deepEqual is util.isDeepStrictEqual (node's innerDeepEqual in strict
// mode): the same prototypes and [[Class]], the same own enumerable keys
// with deep-equal values, Set and Map contents matched regardless of order,
// and a pair met again while it is being compared taken as equal (cycles).
type deepEqual struct {
	comparing map[[2]*Object]bool
}

func (d *deepEqual) equal(a, b Value) bool {
	oa, ob := a.Object(), b.Object()
	if oa == nil || ob == nil {
		// Primitives compare as ===, except that NaN equals NaN and -0
		// does not equal 0.
		return oa == nil && ob == nil && SameValue(a, b)
	}
	if oa == ob {
		return true
	}
	if oa.IsCallable() || ob.IsCallable() {
		// Functions are not objects to typeof: equal only when identical.
		return false
	}
	if oa.Proto() != ob.Proto() || ToGoString(callIntrinsic(ObjectPrototype, "toString", a)) != ToGoString(callIntrinsic(ObjectPrototype, "toString", b)) ||
		oa.class != ob.class {
		return false
	}
	pair := [2]*Object{oa, ob}
	if d.comparing[pair] {
		return true
	}
	if d.comparing == nil {
		d.comparing = map[[2]*Object]bool{}
	}
	d.comparing[pair] = true
	defer delete(d.comparing, pair)
	switch oa.class {
	case ClassDate:
		if !SameValue(callIntrinsic(DatePrototype, "getTime", a), callIntrinsic(DatePrototype, "getTime", b)) {
			return false
		}
	case ClassRegExp:
		ra, _ := oa.Internal.(*RegExp)
		rb, _ := ob.Internal.(*RegExp)
		if ra == nil || rb == nil || ra.Source != rb.Source || ra.Flags != rb.Flags ||
			!SameValue(GetProp(a, Key("lastIndex")), GetProp(b, Key("lastIndex"))) {
			return false
		}
	case ClassBoolean, ClassNumber, ClassString, ClassSymbol, ClassBigInt:
		pa, _ := oa.Internal.(Value)
		pb, _ := ob.Internal.(Value)
		if !SameValue(pa, pb) {
			return false
		}
	case ClassArrayBuffer:
		ba, _ := ArrayBufferBytes(oa)
		bb, _ := ArrayBufferBytes(ob)
		if string(ba) != string(bb) {
			return false
		}
	case ClassError:
		// The stack is left out; message, name, cause and errors count
		// even when not enumerable.
		for _, name := range []string{"message", "name", "cause", "errors"} {
			k := Key(name)
			da, inA := oa.GetOwnProperty(k)
			db, inB := ob.GetOwnProperty(k)
			enumA, enumB := inA && da.Flags&Enumerable != 0, inB && db.Flags&Enumerable != 0
			if enumA != enumB || !enumA && !d.equal(GetProp(a, k), GetProp(b, k)) {
				return false
			}
		}
	case ClassSet, ClassMap:
		ma, _ := oa.Internal.(*OrderedMap)
		mb, _ := ob.Internal.(*OrderedMap)
		if ma == nil || mb == nil || ma.Len() != mb.Len() || !d.collectionsEqual(ma, mb, oa.class == ClassMap) {
			return false
		}
	case ClassTypedArray:
		if !d.equal(GetProp(a, Key("length")), GetProp(b, Key("length"))) {
			return false
		}
	}
	keys := func(o *Object) []PropertyKey {
		var ks []PropertyKey
		for _, k := range o.OwnKeys() {
			if desc, ok := o.GetOwnProperty(k); ok && desc.Flags&Enumerable != 0 {
				ks = append(ks, k)
			}
		}
		return ks
	}
	ka, kb := keys(oa), keys(ob)
	if len(ka) != len(kb) {
		return false
	}
	if oa.class == ClassArray && !d.equal(GetProp(a, Key("length")), GetProp(b, Key("length"))) {
		return false
	}
	for _, k := range ka {
		if desc, ok := ob.GetOwnProperty(k); !ok || desc.Flags&Enumerable == 0 || !d.equal(GetProp(a, k), GetProp(b, k)) {
			return false
		}
	}
	return true
}

// collectionsEqual matches each entry of a with one of b: primitives (and
// identical objects) by lookup, other objects by a deep search.
func (d *deepEqual) collectionsEqual(a, b *OrderedMap, isMap bool) bool {
	var unmatched []Value
	ok := true
	a.Range(func(k, v Value) bool {
		if b.Has(k) {
			if isMap {
				bv, _ := b.Get(k)
				ok = d.equal(v, bv)
			}
			return ok
		}
		if !k.IsObject() {
			ok = false
			return false
		}
		unmatched = append(unmatched, k)
		return true
	})
	if !ok || len(unmatched) == 0 {
		return ok
	}
	b.Range(func(k, v Value) bool {
		if !k.IsObject() || a.Has(k) {
			return true
		}
		for i, u := range unmatched {
			uv, _ := a.Get(u)
			if d.equal(u, k) && (!isMap || d.equal(uv, v)) {
				unmatched = append(unmatched[:i], unmatched[i+1:]...)
				return true
			}
		}
		ok = false
		return false
	})
	return ok && len(unmatched) == 0
}

// obj1 is a plain object with one property.
func obj1(name string, v Value) *Object {
	o := NewPlainObject()
	o.CreateDataProperty(Key(name), v)
	return o
}

// promisifyCustom is util.promisify.custom,
// Symbol.for('nodejs.util.promisify.custom').
func promisifyCustom() *Symbol {
	const key = "nodejs.util.promisify.custom"
	s := symbolRegistry[key]
	if s == nil {
		s = &Symbol{Description: key, HasDescription: true, registryKey: true}
		symbolRegistry[key] = s
	}
	return s
}

// utilPromisify is util.promisify(original): a function returning a
// promise settled by the callback original is called with, (err, value);
// a function's util.promisify.custom property is used instead when set.
func utilPromisify(_ Value, args []Value) Value {
	original := Arg(args, 0)
	f := original.Object()
	if f == nil || !f.IsCallable() {
		throwInvalidArgType("original", "function", original)
	}
	custom := SymbolKey(promisifyCustom())
	if c := f.Get(custom, original); ToBoolean(c) {
		if co := c.Object(); co == nil || !co.IsCallable() {
			throwInvalidArg("util.promisify.custom", "of type function", c)
		}
		c.Object().DefineOwnProperty(custom, Descriptor{Value: c, HasValue: true, HasWrite: true, HasEnum: true, HasConfig: true, Flags: Configurable})
		return c
	}
	fn := NewFunction("fn", 0, func(this Value, args []Value) Value {
		p := NewPromise()
		callback := NewFunction("", 0, func(_ Value, res []Value) Value {
			if err := Arg(res, 0); ToBoolean(err) {
				RejectPromise(p, err)
			} else {
				ResolvePromise(p, Arg(res, 1))
			}
			return Undefined
		})
		// A throw from original rejects, as in a promise executor.
		if exc := TryCatch(func() { f.CallWith(this, append(append([]Value(nil), args...), ObjectValue(callback))) }); exc != nil {
			RejectPromise(p, exc.Value)
		}
		return ObjectValue(p)
	})
	fn.SetProtoRaw(f.proto)
	fn.DefineOwnProperty(custom, Descriptor{Value: ObjectValue(fn), HasValue: true, HasWrite: true, HasEnum: true, HasConfig: true, Flags: Configurable})
	// The original's own properties (name and length among them) are copied.
	for _, k := range f.OwnKeys() {
		if d, ok := f.GetOwnProperty(k); ok {
			fn.DefineOwnProperty(k, d)
		}
	}
	return ObjectValue(fn)
}

// utilCallbackify is util.callbackify(original): a function taking a
// callback last, called on a later tick with (null, value) when original's
// promise fulfills or (reason) when it rejects (a falsy reason wrapped in
// ERR_FALSY_VALUE_REJECTION).
func utilCallbackify(_ Value, args []Value) Value {
	original := Arg(args, 0)
	f := original.Object()
	if f == nil || !f.IsCallable() {
		throwInvalidArgType("original", "function", original)
	}
	fn := NewFunction("callbackified", 0, func(this Value, args []Value) Value {
		cb := Undefined
		if len(args) > 0 {
			cb, args = args[len(args)-1], args[:len(args)-1]
		}
		if c := cb.Object(); c == nil || !c.IsCallable() {
			throwInvalidArg("last argument", "of type function", cb)
		}
		ret := f.CallWith(this, args)
		onFulfilled := NewFunction("", 1, func(_ Value, res []Value) Value {
			NextTick(NewFunction("", 0, func(Value, []Value) Value { return cb.Object().CallWith(this, []Value{Null, Arg(res, 0)}) }))
			return Undefined
		})
		onRejected := NewFunction("", 1, func(_ Value, res []Value) Value {
			reason := Arg(res, 0)
			if !ToBoolean(reason) {
				e := NewError(ErrorPrototype, "Promise was rejected with falsy value")
				e.DefineData(Key("code"), Str("ERR_FALSY_VALUE_REJECTION"), Hidden|Enumerable)
				e.CreateDataProperty(Key("reason"), reason)
				reason = ObjectValue(e)
			}
			NextTick(NewFunction("", 0, func(Value, []Value) Value { return cb.Object().CallWith(this, []Value{reason}) }))
			return Undefined
		})
		CallMethod("then", ret, Key("then"), ObjectValue(onFulfilled), ObjectValue(onRejected))
		return Undefined
	})
	// The original's own properties are copied, with length one more and
	// name suffixed.
	for _, k := range f.OwnKeys() {
		d, ok := f.GetOwnProperty(k)
		if !ok {
			continue
		}
		switch {
		case k == Key("length") && d.Value.IsNumber():
			d.Value = Number(d.Value.num + 1)
		case k == Key("name") && d.Value.IsString():
			d.Value = Str(d.Value.Text() + "Callbackified")
		}
		fn.DefineOwnProperty(k, d)
	}
	return ObjectValue(fn)
}

// utilInherits is util.inherits(ctor, superCtor): ctor.prototype inherits
// from superCtor.prototype and ctor.super_ is superCtor.
func utilInherits(_ Value, args []Value) Value {
	ctor, super := Arg(args, 0), Arg(args, 1)
	// Node checks only for null and undefined.
	if ctor.IsNullish() {
		throwInvalidArgType("ctor", "function", ctor)
	}
	if super.IsNullish() {
		throwInvalidArgType("superCtor", "function", super)
	}
	superProto := GetProp(super, Key("prototype"))
	if superProto.IsUndefined() {
		throwInvalidArg("superCtor.prototype", "of type object", superProto)
	}
	object := GetProp(ObjectValue(Global), Key("Object"))
	desc := obj1("value", super)
	desc.CreateDataProperty(Key("writable"), True)
	desc.CreateDataProperty(Key("configurable"), True)
	CallMethod("Object.defineProperty", object, Key("defineProperty"), ctor, Str("super_"), ObjectValue(desc))
	CallMethod("Object.setPrototypeOf", object, Key("setPrototypeOf"), GetProp(ctor, Key("prototype")), superProto)
	return Undefined
}

func (c *inspector) formatPrimitive(v Value) string {
	switch v.kind {
	case KindString:
		s := v.Text()
		trailer := ""
		n := v.StrLen()
		if n > c.MaxStringLength {
			remaining := n - c.MaxStringLength
			v = v.Substring(0, c.MaxStringLength)
			s, n = v.Text(), c.MaxStringLength
			trailer = "... " + strconv.Itoa(remaining) + " more character" + plural(remaining)
		}
		if c.Compact != compactTrue && n > 16 && n > c.BreakLength-c.indentationLvl-4 {
			// Long strings are split after each newline, one quoted
			// piece per line joined by " +".
			var parts []string
			for s != "" {
				i := strings.IndexByte(s, '\n')
				if i < 0 {
					i = len(s) - 1
				}
				parts = append(parts, strEscape(s[:i+1]))
				s = s[i+1:]
			}
			return strings.Join(parts, " +\n"+strings.Repeat(" ", c.indentationLvl+2)) + trailer
		}
		return strEscape(s) + trailer
	case KindNumber:
		if c.NumericSeparator {
			return numberWithSeparators(v.num)
		}
		return formatNumber(v.num)
	case KindBigInt:
		if c.NumericSeparator {
			return addNumericSeparator(bigIntString(v, 10)) + "n"
		}
		return bigIntString(v, 10) + "n"
	case KindBool, KindUndefined:
		return ToGoString(v)
	case KindSymbol:
		return symbolDescriptiveString(v.Symbol())
	}
	return ""
}

func formatNumber(f float64) string {
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	return NumberToString(f)
}

// numberWithSeparators is node's formatNumber with numericSeparator:
// 1_234_567.123_45; exponent forms and non-finite numbers as they are.
func numberWithSeparators(f float64) string {
	s := NumberToString(f)
	if math.Trunc(f) == f {
		if math.IsInf(f, 0) || strings.Contains(s, "e") {
			return s
		}
		return addNumericSeparator(s)
	}
	if math.IsNaN(f) {
		return s
	}
	// Without a dot (1e-7) node's slices at index -1 give "1e-" and "1e-7".
	integer, fraction := s[:len(s)-1], s
	if dot := strings.IndexByte(s, '.'); dot >= 0 {
		integer, fraction = s[:dot], s[dot+1:]
	}
	var b strings.Builder
	i := 0
	for ; i < len(fraction)-3; i += 3 {
		b.WriteString(fraction[i : i+3])
		b.WriteByte('_')
	}
	b.WriteString(fraction[i:])
	return addNumericSeparator(integer) + "." + b.String()
}

// addNumericSeparator puts an underscore between each group of three
// digits of an integer, counted from the right.
func addNumericSeparator(s string) string {
	start := 0
	if s[0] == '-' {
		start = 1
	}
	i := len(s)
	result := ""
	for ; i >= start+4; i -= 3 {
		result = "_" + s[i-3:i] + result
	}
	return s[:i] + result
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

// strEscape quotes a string as node does: single quotes unless the text
// contains one, then double quotes, then backticks; control characters,
// the quote in use, backslashes and lone surrogates escaped.
func strEscape(s string) string {
	quote := "'"
	if strings.IndexByte(s, '\'') >= 0 {
		if strings.IndexByte(s, '"') < 0 {
			quote = `"`
		} else if strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${") {
			quote = "`"
		}
	}
	return quote + escapeText(s, quote == "'") + quote
}

// escapeText escapes control characters, backslashes, lone surrogates and,
// when escapeQuote is set, single quotes.
func escapeText(s string, escapeQuote bool) string {
	var b strings.Builder
	last := 0
	escape := func(i, next int, esc string) {
		if b.Len() == 0 {
			b.Grow(len(s) + 8)
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = next
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' && escapeQuote || c == '\\' || c < 0x20 || c == 0x7f:
			escape(i, i+1, escapeMeta(rune(c)))
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			escape(i, i+2, escapeMeta(rune(s[i+1])))
			i++
		case c == 0xed && i+2 < len(s) && s[i+1] >= 0xa0:
			// The WTF-8 of a lone surrogate: node writes \ud83d.
			u, _ := decodeSurrogate(c, s[i+1], s[i+2])
			escape(i, i+3, `\u`+strconv.FormatUint(uint64(u), 16))
			i += 2
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// escapeMeta is node's meta table: the escape of a control character,
// quote or backslash.
func escapeMeta(c rune) string {
	switch c {
	case '\b':
		return `\b`
	case '\t':
		return `\t`
	case '\n':
		return `\n`
	case '\f':
		return `\f`
	case '\r':
		return `\r`
	case '\'':
		return `\'`
	case '\\':
		return `\\`
	}
	const hex = "0123456789ABCDEF"
	return `\x` + string(hex[c>>4]) + string(hex[c&15])
}

// keyStrRegExp is /^[a-zA-Z_][a-zA-Z_0-9]*$/: keys printed without quotes.
func keyStrRegExp(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// jsLen is the length of WTF-8 text in UTF-16 code units.
func jsLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b < 0x80 || b >= 0xc0 && b < 0xf0:
			n++
		case b >= 0xf0:
			n += 2
		}
	}
	return n
}

// stringWidth is the number of terminal columns the text takes (node's
// getStringWidth): control and combining characters take none, East Asian
// wide characters two.
func stringWidth(s string) int {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 32 && c != 0x7f {
				w++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case isZeroWidthCodePoint(r):
		case isFullWidthCodePoint(r):
			w += 2
		default:
			w++
		}
	}
	return w
}

func isZeroWidthCodePoint(c rune) bool {
	return c <= 0x1f || c >= 0x7f && c <= 0x9f || c >= 0x300 && c <= 0x36f ||
		c >= 0x200b && c <= 0x200f || c >= 0x20d0 && c <= 0x20ff ||
		c >= 0xfe00 && c <= 0xfe0f || c >= 0xfe20 && c <= 0xfe2f ||
		c >= 0xe0100 && c <= 0xe01ef
}

func isFullWidthCodePoint(c rune) bool {
	return c >= 0x1100 && (c <= 0x115f || c == 0x2329 || c == 0x232a ||
		c >= 0x2e80 && c <= 0x3247 && c != 0x303f || c >= 0x3250 && c <= 0x4dbf ||
		c >= 0x4e00 && c <= 0xa4c6 || c >= 0xa960 && c <= 0xa97c ||
		c >= 0xac00 && c <= 0xd7a3 || c >= 0xf900 && c <= 0xfaff ||
		c >= 0xfe10 && c <= 0xfe19 || c >= 0xfe30 && c <= 0xfe6b ||
		c >= 0xff01 && c <= 0xff60 || c >= 0xffe0 && c <= 0xffe6 ||
		c >= 0x1b000 && c <= 0x1b001 || c >= 0x1f200 && c <= 0x1f251 ||
		c >= 0x1f300 && c <= 0x1f64f || c >= 0x20000 && c <= 0x3fffd)
}

// constructorName is node's getConstructorName: the name of the first
// constructor along the prototype chain that obj is an instance of; ok is
// false when the chain ends in null without one. With protoProps (for
// showHidden) the properties of the user-defined prototypes passed on the
// way are formatted into it.
func (c *inspector) constructorName(obj *Object, recurseTimes int, protoProps *[]string) (string, bool) {
	var firstProto *Object
	first := true
	for o := obj; o != nil; {
		// Object.prototype and Function.prototype are trusted even when
		// their constructor property was tampered with.
		if o == ObjectPrototype && protoChainHas(obj, ObjectPrototype) ||
			o == FunctionPrototype && protoChainHas(obj, FunctionPrototype) {
			if protoProps != nil && firstProto != o {
				c.addPrototypeProperties(obj, firstProto, recurseTimes, protoProps)
			}
			if o == ObjectPrototype {
				return "Object", true
			}
			return "Function", true
		}
		if d, ok := o.GetOwnProperty(Key("constructor")); ok && !d.IsAccessor() {
			if f := d.Value.Object(); f != nil && f.IsCallable() {
				if name := functionName(f); name != "" && isInstanceOf(obj, f) {
					if protoProps != nil && (firstProto != o || !builtinConstructorNames[name]) {
						c.addPrototypeProperties(obj, firstProto, recurseTimes, protoProps)
					}
					return name, true
				}
			}
		}
		o = o.proto
		if first {
			firstProto, first = o, false
		}
	}
	if firstProto == nil {
		return "", false
	}
	res := v8ConstructorName(obj)
	if recurseTimes > c.Depth {
		return res + " <Complex prototype>", true
	}
	protoConstr, ok := c.constructorName(firstProto, recurseTimes+1, protoProps)
	if !ok {
		inner := &inspector{InspectOptions: c.InspectOptions}
		inner.Depth, inner.CustomInspect = -1, false
		return res + " <" + inner.formatValue(ObjectValue(firstProto), 0) + ">", true
	}
	return res + " <" + protoConstr + ">", true
}

// addPrototypeProperties is node's function of that name: with showHidden,
// the non-method properties of up to three user-defined prototypes of main
// (from start, or main's own prototype when start is nil) are listed.
func (c *inspector) addPrototypeProperties(main, start *Object, recurseTimes int, output *[]string) {
	o := start
	if o == nil {
		o = main
	}
	seen := map[PropertyKey]bool{}
	var keys []PropertyKey
	for depth := 0; depth < 3; depth++ {
		if depth != 0 || main == o {
			o = o.proto
			if o == nil {
				return
			}
			// A builtin's prototype ends the user-defined ones.
			if d, ok := o.GetOwnProperty(Key("constructor")); ok && !d.IsAccessor() {
				if f := d.Value.Object(); f != nil && f.IsCallable() && builtinConstructorNames[functionName(f)] {
					return
				}
			}
		}
		for _, k := range keys {
			seen[k] = true
		}
		keys = o.OwnKeys()
		c.seen = append(c.seen, main)
		for _, k := range keys {
			if k.Symbol == nil && k.Name == "constructor" || depth != 0 && seen[k] {
				continue
			}
			if _, own := main.GetOwnProperty(k); own {
				continue
			}
			d, _ := o.GetOwnProperty(k)
			if f := d.Value.Object(); !d.IsAccessor() && f != nil && f.IsCallable() {
				continue
			}
			*output = append(*output, c.formatPropertyOf(o, main, recurseTimes, k, kObjectType, &d))
		}
		c.seen = c.seen[:len(c.seen)-1]
	}
}

// protoChainHas reports whether p is on obj's prototype chain (obj itself
// excluded), as `obj instanceof C` with C.prototype === p does.
func protoChainHas(obj, p *Object) bool {
	for o := obj.proto; o != nil; o = o.proto {
		if o == p {
			return true
		}
	}
	return false
}

func isInstanceOf(obj, ctor *Object) bool {
	p := ctor.Get(Key("prototype"), ObjectValue(ctor)).Object()
	return p != nil && protoChainHas(obj, p)
}

func functionName(f *Object) string {
	return f.Get(Key("name"), ObjectValue(f)).Text()
}

// v8ConstructorName is V8's GetConstructorName, node's
// internalGetConstructorName, for an object node found no constructor of:
// the builtin that made it (Array for an array literal), else the first
// Symbol.toStringTag along its chain when it is a string data property,
// else its prototypes' first constructor when that is a function with a
// name other than "Object", else "Object".
func v8ConstructorName(o *Object) string {
	if name := internalConstructorName(o); name != "Object" {
		return name
	}
	lookup := func(start *Object, k PropertyKey) Value {
		for p := start; p != nil && p.class != ClassProxy; p = p.proto {
			if d, ok := p.GetOwnProperty(k); ok {
				if d.IsAccessor() {
					return Undefined
				}
				return d.Value
			}
		}
		return Undefined
	}
	if tag := lookup(o, SymbolKey(SymToStringTag)); tag.IsString() {
		return tag.Text()
	}
	if f := lookup(o.proto, Key("constructor")).Object(); f != nil && f.class == ClassFunction {
		if name := functionName(f); name != "" && name != "Object" {
			return name
		}
	}
	return "Object"
}

// internalConstructorName is V8's class name of an object.
func internalConstructorName(o *Object) string {
	switch o.class {
	case ClassArray:
		return "Array"
	case ClassFunction:
		return "Function"
	case ClassError:
		return "Error"
	case ClassBoolean:
		return "Boolean"
	case ClassNumber:
		return "Number"
	case ClassString:
		return "String"
	case ClassSymbol:
		return "Symbol"
	case ClassBigInt:
		return "BigInt"
	case ClassDate:
		return "Date"
	case ClassRegExp:
		return "RegExp"
	case ClassMap:
		return "Map"
	case ClassSet:
		return "Set"
	case ClassWeakMap:
		return "WeakMap"
	case ClassWeakSet:
		return "WeakSet"
	case ClassPromise:
		return "Promise"
	}
	return "Object"
}

func getPrefix(constructor string, hasConstructor bool, tag, fallback, size string) string {
	if !hasConstructor {
		if tag != "" && fallback != tag {
			return "[" + fallback + size + ": null prototype] [" + tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if tag != "" && constructor != tag {
		return constructor + size + " [" + tag + "] "
	}
	return constructor + size + " "
}

func getCtxStyle(o *Object, constructor string, hasConstructor bool, tag string) string {
	fallback := ""
	if !hasConstructor {
		fallback = v8ConstructorName(o)
		if fallback == tag {
			fallback = "Object"
		}
	}
	return getPrefix(constructor, hasConstructor, tag, fallback, "")
}

// getKeys is Object.keys plus the enumerable symbols, or with showHidden
// every own string key and symbol; skipIndices leaves out array indices.
func getKeys(o *Object, showHidden bool, skipIndices bool) []PropertyKey {
	isArray := o.class == ClassArray
	if !(skipIndices && isArray) {
		for i := range o.props {
			if n := o.props[i].key.Name; o.props[i].key.Symbol == nil && n != "" && n[0] >= '0' && n[0] <= '9' {
				// Integer keys come first in ascending order: OwnKeys
				// sorts them.
				return filterKeys(o, o.OwnKeys(), showHidden, skipIndices)
			}
		}
		if isArray && len(o.elems) > 0 {
			return filterKeys(o, o.OwnKeys(), showHidden, skipIndices)
		}
	}
	var keys []PropertyKey
	if isArray && showHidden {
		keys = append(keys, Key("length"))
	}
	for pass := 0; pass < 2; pass++ {
		// Strings, then symbols, each in insertion order.
		for i := range o.props {
			k := o.props[i].key
			if (k.Symbol != nil) != (pass == 1) {
				continue
			}
			if !showHidden && o.props[i].flags&Enumerable == 0 {
				continue
			}
			if _, isIndex := k.ArrayIndex(); isIndex && skipIndices {
				continue
			}
			keys = append(keys, k)
		}
	}
	return keys
}

// filterKeys keeps of o's own keys the enumerable ones (all with
// showHidden), without the array indices when skipIndices.
func filterKeys(o *Object, own []PropertyKey, showHidden, skipIndices bool) []PropertyKey {
	var keys []PropertyKey
	for _, k := range own {
		if skipIndices {
			if _, ok := k.ArrayIndex(); ok {
				continue
			}
		}
		if !showHidden {
			if d, ok := o.GetOwnProperty(k); !ok || d.Flags&Enumerable == 0 {
				continue
			}
		}
		keys = append(keys, k)
	}
	return keys
}

func (c *inspector) formatRaw(o *Object, recurseTimes int) string {
	v := ObjectValue(o)
	// A typed array's [buffer] (showHidden) is shown without its bytes.
	typedArrayBuffer := c.typedArrayBuffer
	c.typedArrayBuffer = false
	var protoProps []string
	protoOut := (*[]string)(nil)
	if c.ShowHidden && recurseTimes <= c.Depth {
		protoOut = &protoProps
	}
	constructor, hasConstructor := c.constructorName(o, recurseTimes, protoOut)
	// noKeys is node's keys.length === 0 && protoProps === undefined.
	noKeys := func(keys []PropertyKey) bool { return len(keys) == 0 && len(protoProps) == 0 }
	tag := ""
	if t := o.Get(SymbolKey(SymToStringTag), v); t.IsString() && t.Text() != "" {
		// An own enumerable tag is printed with the keys instead.
		d, own := o.GetOwnProperty(SymbolKey(SymToStringTag))
		hide := own && d.Flags&Enumerable != 0
		if c.ShowHidden {
			hide = own
		}
		if !hide {
			tag = t.Text()
		}
	}
	var (
		keys        []PropertyKey
		base        string
		braces      [2]string
		extrasType  = kObjectType
		formatter   func(recurseTimes int) []string
		noIterator  = true
		sizeOrEmpty = func(n int) string { return "(" + strconv.Itoa(n) + ")" }
	)
	if o.HasProperty(SymbolKey(SymIterator)) || !hasConstructor {
		noIterator = false
		switch o.class {
		case ClassArray:
			prefix := ""
			if constructor != "Array" || tag != "" {
				prefix = getPrefix(constructor, hasConstructor, tag, "Array", sizeOrEmpty(len(o.elems)))
			}
			keys = getKeys(o, c.ShowHidden, true)
			braces = [2]string{prefix + "[", "]"}
			if len(o.elems) == 0 && noKeys(keys) {
				return braces[0] + "]"
			}
			extrasType = kArrayExtrasType
			formatter = func(rt int) []string { return c.formatArray(o, rt) }
		case ClassSet, ClassMap:
			entries, _ := o.Internal.(*OrderedMap)
			if entries == nil {
				break
			}
			size := entries.Len()
			fallback := "Set"
			if o.class == ClassMap {
				fallback = "Map"
			}
			prefix := getPrefix(constructor, hasConstructor, tag, fallback, sizeOrEmpty(size))
			keys = getKeys(o, c.ShowHidden, false)
			isMap := o.class == ClassMap
			formatter = func(rt int) []string { return c.formatCollection(entries, isMap, rt) }
			if size == 0 && noKeys(keys) {
				return prefix + "{}"
			}
			braces = [2]string{prefix + "{", "}"}
		case ClassTypedArray:
			size := int(ToNumber(o.Get(Key("length"), v)))
			keys = getKeys(o, c.ShowHidden, true)
			fallback := ""
			if !hasConstructor {
				fallback = tag
			}
			braces = [2]string{getPrefix(constructor, hasConstructor, tag, fallback, sizeOrEmpty(size)) + "[", "]"}
			if size == 0 && len(keys) == 0 && !c.ShowHidden {
				return braces[0] + "]"
			}
			formatter = func(rt int) []string { return c.formatTypedArray(o, size, rt) }
			extrasType = kArrayExtrasType
		default:
			if it, ok := o.Internal.(*CollectionIterator); ok {
				keys = getKeys(o, c.ShowHidden, false)
				typ := "Map"
				if it.IsSet {
					typ = "Set"
				}
				braces = getIteratorBraces(typ, tag)
				formatter = func(rt int) []string { return c.formatIterator(it, &braces, rt) }
			} else {
				noIterator = true
			}
		}
	}
	if noIterator {
		keys = getKeys(o, c.ShowHidden, false)
		braces = [2]string{"{", "}"}
		isError := o.class == ClassError || protoChainHas(o, ErrorPrototype)
		switch {
		case o.IsCallable():
			base = c.functionBase(o, constructor, hasConstructor, tag)
			if noKeys(keys) {
				return base
			}
		case constructor == "Object" && hasConstructor:
			if o.class == ClassArguments {
				braces[0] = "[Arguments] {"
			} else if tag != "" {
				braces[0] = getPrefix(constructor, hasConstructor, tag, "Object", "") + "{"
			}
			if noKeys(keys) {
				return braces[0] + "}"
			}
		case o.class == ClassRegExp:
			re := v
			if !hasConstructor {
				// Without a prototype the source and flags getters are
				// unreachable: node prints a copy made by new RegExp.
				re = Construct(ObjectValue(RegExpConstructor), RegExpConstructor, v)
			}
			base = ToGoString(callIntrinsic(RegExpPrototype, "toString", re))
			if prefix := getPrefix(constructor, hasConstructor, tag, "RegExp", ""); prefix != "RegExp " {
				base = prefix + base
			}
			if noKeys(keys) || recurseTimes > c.Depth {
				return base
			}
		case o.class == ClassDate:
			t := ToNumber(callIntrinsic(DatePrototype, "getTime", v))
			if math.IsNaN(t) {
				base = ToGoString(callIntrinsic(DatePrototype, "toString", v))
			} else {
				base = ToGoString(callIntrinsic(DatePrototype, "toISOString", v))
			}
			if prefix := getPrefix(constructor, hasConstructor, tag, "Date", ""); prefix != "Date " {
				base = prefix + base
			}
			if noKeys(keys) {
				return base
			}
		case isError:
			base, keys = c.formatError(o, constructor, hasConstructor, tag, keys)
			if noKeys(keys) {
				return base
			}
		case o.class == ClassArrayBuffer:
			prefix := getPrefix(constructor, hasConstructor, tag, "ArrayBuffer", "")
			if !typedArrayBuffer {
				formatter = func(int) []string { return []string{c.arrayBufferContents(o)} }
			} else if noKeys(keys) {
				bytes, _ := ArrayBufferBytes(o)
				return prefix + "{ byteLength: " + strconv.Itoa(len(bytes)) + " }"
			}
			braces[0] = prefix + "{"
			keys = append([]PropertyKey{Key("byteLength")}, keys...)
		case o.class == ClassDataView:
			braces[0] = getPrefix(constructor, hasConstructor, tag, "DataView", "") + "{"
			keys = append([]PropertyKey{Key("byteLength"), Key("byteOffset"), Key("buffer")}, keys...)
		case o.class == ClassPromise:
			braces[0] = getPrefix(constructor, hasConstructor, tag, "Promise", "") + "{"
			formatter = func(rt int) []string { return c.formatPromise(o, rt) }
		case o.class == ClassWeakSet || o.class == ClassWeakMap:
			fallback := "WeakSet"
			if o.class == ClassWeakMap {
				fallback = "WeakMap"
			}
			braces[0] = getPrefix(constructor, hasConstructor, tag, fallback, "") + "{"
			formatter = func(int) []string { return []string{"<items unknown>"} }
		case o.class >= ClassBoolean && o.class <= ClassBigInt:
			base, keys = c.boxedBase(o, keys, constructor, hasConstructor, tag)
			if noKeys(keys) {
				return base
			}
		default:
			if noKeys(keys) {
				return getCtxStyle(o, constructor, hasConstructor, tag) + "{}"
			}
			braces[0] = getCtxStyle(o, constructor, hasConstructor, tag) + "{"
		}
	}
	if recurseTimes > c.Depth {
		name := getCtxStyle(o, constructor, hasConstructor, tag)
		name = name[:len(name)-1]
		if hasConstructor {
			name = "[" + name + "]"
		}
		return name
	}
	recurseTimes++
	c.seen = append(c.seen, o)
	c.currentDepth = recurseTimes
	var output []string
	if formatter != nil {
		output = formatter(recurseTimes)
	}
	for _, k := range keys {
		output = append(output, c.formatProperty(o, recurseTimes, k, extrasType, nil))
	}
	output = append(output, protoProps...)
	if index, ok := c.circular[o]; ok {
		reference := "<ref *" + strconv.Itoa(index) + ">"
		switch {
		case c.Compact == compactTrue:
			braces[0] = reference + " " + braces[0]
		case base == "":
			base = reference
		default:
			base = reference + " " + base
		}
	}
	c.seen = c.seen[:len(c.seen)-1]
	if c.Sorted {
		// An array's elements keep their order; only its keys are sorted.
		sorted := output
		if extrasType != kObjectType {
			sorted = output[len(output)-min(len(keys), len(output)):]
		}
		cmp := sortCompare(c.SortCompare)
		sort.SliceStable(sorted, func(i, j int) bool { return cmp(Str(sorted[i]), Str(sorted[j])) < 0 })
	}
	return c.reduceToSingleString(output, base, braces, extrasType, recurseTimes, o)
}

// callIntrinsic calls the builtin method name of proto with this, as
// node's primordials do; a missing builtin yields undefined.
func callIntrinsic(proto *Object, name string, this Value) Value {
	f := proto.Get(Key(name), ObjectValue(proto)).Object()
	if f == nil || !f.IsCallable() {
		return Undefined
	}
	return f.CallWith(this, nil)
}

func (c *inspector) formatArray(o *Object, recurseTimes int) []string {
	valLen := int(ToNumber(o.Get(Key("length"), ObjectValue(o))))
	n := min(max(0, c.MaxArrayLength), valLen)
	output := make([]string, 0, n)
	for i := 0; i < n; i++ {
		if o.class == ClassArray && i < len(o.elems) && !o.elems[i].isHole() {
			// The common case: a dense element, a plain data property.
			c.indentationLvl += 2
			output = append(output, c.formatValue(o.elems[i], recurseTimes))
			c.indentationLvl -= 2
			continue
		}
		k := Key(strconv.Itoa(i))
		d, ok := o.GetOwnProperty(k)
		if !ok {
			return c.formatSpecialArray(o, recurseTimes, n, output, i, valLen)
		}
		output = append(output, c.formatProperty(o, recurseTimes, k, kArrayType, &d))
	}
	if remaining := valLen - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatTypedArray lists a typed array's numbers (or bigints), and with
// showHidden its BYTES_PER_ELEMENT and (getter) length, byteLength,
// byteOffset and buffer.
func (c *inspector) formatTypedArray(o *Object, length, recurseTimes int) []string {
	n := min(max(0, c.MaxArrayLength), length)
	output := make([]string, 0, n+1)
	for i := 0; i < n; i++ {
		output = append(output, c.formatPrimitive(o.Get(Key(strconv.Itoa(i)), ObjectValue(o))))
	}
	if remaining := length - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	if c.ShowHidden {
		c.indentationLvl += 2
		for _, name := range []string{"BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"} {
			c.typedArrayBuffer = true
			output = append(output, "["+name+"]: "+c.formatValue(o.Get(Key(name), ObjectValue(o)), recurseTimes))
			c.typedArrayBuffer = false
		}
		c.indentationLvl -= 2
	}
	return output
}

// arrayBufferContents is an ArrayBuffer's bytes in hex, as node shows
// them: "[Uint8Contents]: <01 ff>".
func (c *inspector) arrayBufferContents(o *Object) string {
	bytes, _ := ArrayBufferBytes(o)
	n := min(max(0, c.MaxArrayLength), len(bytes))
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.WriteString("[Uint8Contents]: <")
	for i, x := range bytes[:n] {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(hex[x>>4])
		b.WriteByte(hex[x&15])
	}
	if remaining := len(bytes) - n; remaining > 0 {
		b.WriteString(" ... " + strconv.Itoa(remaining) + " more byte" + plural(remaining))
	}
	b.WriteByte('>')
	return b.String()
}

func remainingText(n int) string {
	return "... " + strconv.Itoa(n) + " more item" + plural(n)
}

// formatSpecialArray continues formatArray from the first hole: runs of
// holes become "<n empty items>".
func (c *inspector) formatSpecialArray(o *Object, recurseTimes, maxLength int, output []string, i, valLen int) []string {
	keys := getKeys(o, false, false)
	index := i
	for ; i < len(keys) && len(output) < maxLength; i++ {
		key := keys[i]
		idx, isIndex := key.ArrayIndex()
		if !isIndex {
			break
		}
		if int(idx) != index {
			emptyItems := int(idx) - index
			output = append(output, "<"+strconv.Itoa(emptyItems)+" empty item"+plural(emptyItems)+">")
			index = int(idx)
			if len(output) == maxLength {
				break
			}
		}
		output = append(output, c.formatProperty(o, recurseTimes, key, kArrayType, nil))
		index++
	}
	remaining := valLen - index
	if len(output) != maxLength {
		if remaining > 0 {
			output = append(output, "<"+strconv.Itoa(remaining)+" empty item"+plural(remaining)+">")
		}
	} else if remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatCollection lists a Map's entries or a Set's values in order.
func (c *inspector) formatCollection(entries *OrderedMap, isMap bool, recurseTimes int) []string {
	size := entries.Len()
	maxLength := min(max(0, c.MaxArrayLength), size)
	output := make([]string, 0, maxLength+1)
	c.indentationLvl += 2
	entries.Range(func(k, v Value) bool {
		if len(output) >= maxLength {
			return false
		}
		if isMap {
			output = append(output, c.formatValue(k, recurseTimes)+" => "+c.formatValue(v, recurseTimes))
		} else {
			output = append(output, c.formatValue(k, recurseTimes))
		}
		return true
	})
	if remaining := size - maxLength; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	c.indentationLvl -= 2
	return output
}

func getIteratorBraces(typ, tag string) [2]string {
	if tag != typ+" Iterator" {
		if tag != "" {
			tag += "] ["
		}
		tag += typ + " Iterator"
	}
	return [2]string{"[" + tag + "] {", "}"}
}

// formatIterator previews what a Map or Set iterator has left without
// advancing it; an entries iterator shows [key, value] pairs.
func (c *inspector) formatIterator(it *CollectionIterator, braces *[2]string, recurseTimes int) []string {
	entries := it.Remaining()
	n := min(max(0, c.MaxArrayLength), len(entries))
	output := make([]string, 0, n+1)
	c.indentationLvl += 2
	if it.Kind == IterEntries {
		braces[0] = strings.Replace(braces[0], " Iterator] {", " Entries] {", 1)
		for _, e := range entries[:n] {
			pair := e.Object().Elements()
			res := []string{c.formatValue(pair[0], recurseTimes), c.formatValue(pair[1], recurseTimes)}
			output = append(output, c.reduceToSingleString(res, "", [2]string{"[", "]"}, kArrayExtrasType, recurseTimes, nil))
		}
	} else {
		for _, v := range entries[:n] {
			output = append(output, c.formatValue(v, recurseTimes))
		}
	}
	c.indentationLvl -= 2
	if remaining := len(entries) - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// inspectIterate runs the iteration protocol over v, calling fn with each
// value until it returns false (the iterator is then closed).
func inspectIterate(v Value, fn func(Value) bool) {
	method := ToObject(v).Get(SymbolKey(SymIterator), v)
	it := Call(method, v)
	next := it.Object().Get(Key("next"), it)
	for {
		r := Call(next, it).Object()
		if r == nil {
			ThrowTypeError("Iterator result is not an object")
		}
		if ToBoolean(r.Get(Key("done"), ObjectValue(r))) {
			return
		}
		if !fn(r.Get(Key("value"), ObjectValue(r))) {
			if ret := it.Object().Get(Key("return"), it); ret.IsObject() {
				Call(ret, it)
			}
			return
		}
	}
}

func (c *inspector) formatPromise(o *Object, recurseTimes int) []string {
	state, result := PromiseStateOf(o)
	if state == PromisePending {
		return []string{"<pending>"}
	}
	c.indentationLvl += 2
	s := c.formatValue(result, recurseTimes)
	c.indentationLvl -= 2
	if state == PromiseRejected {
		s = "<rejected> " + s
	}
	return []string{s}
}

func (c *inspector) boxedBase(o *Object, keys []PropertyKey, constructor string, hasConstructor bool, tag string) (string, []PropertyKey) {
	prim, _ := o.Internal.(Value)
	typ := internalConstructorName(o)
	if o.class == ClassString {
		// The index keys of a String object repeat its text.
		n := prim.StrLen()
		kept := keys[:0:0]
		for _, k := range keys {
			if i, ok := k.ArrayIndex(); !ok || int(i) >= n {
				kept = append(kept, k)
			}
		}
		keys = kept
	}
	base := "[" + typ
	if typ != constructor {
		if !hasConstructor {
			base += " (null prototype)"
		} else {
			base += " (" + constructor + ")"
		}
	}
	plain := &inspector{InspectOptions: c.InspectOptions}
	base += ": " + plain.formatPrimitive(prim) + "]"
	if tag != "" && tag != constructor {
		base += " [" + tag + "]"
	}
	return base, keys
}

func (c *inspector) functionBase(f *Object, constructor string, hasConstructor bool, tag string) string {
	if src := functionToString(f); strings.HasPrefix(src, "class") && strings.HasSuffix(src, "}") {
		slice := src[5 : len(src)-1]
		if bracket := strings.IndexByte(slice, '{'); bracket >= 0 &&
			(!strings.Contains(slice[:bracket], "(") || isClassHeader(slice)) {
			return classBase(f, constructor, hasConstructor, tag)
		}
	}
	typ := "Function"
	switch f.proto {
	case GeneratorFunctionPrototype:
		typ = "GeneratorFunction"
	case AsyncFunctionPrototype:
		typ = "AsyncFunction"
	case AsyncGeneratorFunctionPrototype:
		typ = "AsyncGeneratorFunction"
	}
	base := "[" + typ
	if !hasConstructor {
		base += " (null prototype)"
	}
	if name := functionName(f); name == "" {
		base += " (anonymous)"
	} else {
		base += ": " + name
	}
	base += "]"
	if constructor != typ && hasConstructor {
		base += " " + constructor
	}
	if tag != "" && constructor != tag {
		base += " [" + tag + "]"
	}
	return base
}

// isClassHeader is node's slow check that "class" text is a class: after
// comments are removed, whitespace and a header without "(" before "{".
func isClassHeader(slice string) bool {
	var b strings.Builder
	for i := 0; i < len(slice); i++ {
		switch {
		case strings.HasPrefix(slice[i:], "//"):
			j := strings.IndexByte(slice[i:], '\n')
			if j < 0 {
				b.WriteString(slice[i:])
				i = len(slice)
				continue
			}
			i += j
		case strings.HasPrefix(slice[i:], "/*"):
			j := strings.Index(slice[i+2:], "*/")
			if j < 0 {
				b.WriteString(slice[i:])
				i = len(slice)
				continue
			}
			i += j + 3
		default:
			b.WriteByte(slice[i])
		}
	}
	s := b.String()
	if s == "" || !isJSSpace(rune(s[0])) {
		return false
	}
	header, _, found := strings.Cut(s, "{")
	return found && !strings.Contains(header, "(")
}

func classBase(f *Object, constructor string, hasConstructor bool, tag string) string {
	name := "(anonymous)"
	if d, ok := f.GetOwnProperty(Key("name")); ok {
		if n := f.Get(Key("name"), ObjectValue(f)); ToBoolean(n) && !d.IsAccessor() {
			name = ToGoString(n)
		}
	}
	base := "class " + name
	if constructor != "Function" && hasConstructor {
		base += " [" + constructor + "]"
	}
	if tag != "" && constructor != tag {
		base += " [" + tag + "]"
	}
	if hasConstructor {
		if p := f.proto; p != nil {
			if super := p.Get(Key("name"), ObjectValue(p)); ToBoolean(super) {
				base += " extends " + ToGoString(super)
			}
		}
	} else {
		base += " extends [null prototype]"
	}
	return "[" + base + "]"
}

// functionToString is Function.prototype.toString of f, or "" when the
// builtin is missing.
func functionToString(f *Object) string {
	d, ok := FunctionPrototype.GetOwnProperty(Key("toString"))
	if !ok || d.IsAccessor() {
		return ""
	}
	m := d.Value.Object()
	if m == nil || !m.IsCallable() {
		return ""
	}
	return m.CallWith(ObjectValue(f), nil).Text()
}

// errorToString is Error.prototype.toString without side effects beyond
// the two property reads.
func errorToString(o *Object) string {
	v := ObjectValue(o)
	name := "Error"
	if n := o.Get(Key("name"), v); !n.IsUndefined() {
		name = ToGoString(n)
	}
	msg := ""
	if m := o.Get(Key("message"), v); !m.IsUndefined() {
		msg = ToGoString(m)
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

func errorStack(o *Object) string {
	if s := o.Get(Key("stack"), ObjectValue(o)); ToBoolean(s) {
		return ToGoString(s)
	}
	return errorToString(o)
}

func (c *inspector) formatError(err *Object, constructor string, hasConstructor bool, tag string, keys []PropertyKey) (string, []PropertyKey) {
	v := ObjectValue(err)
	name := "Error"
	if n := err.Get(Key("name"), v); !n.IsNullish() {
		name = ToGoString(n)
	}
	stack := errorStack(err)
	if !c.ShowHidden && len(keys) != 0 {
		// Keys whose text the stack already shows are left out.
		for _, prop := range []string{"name", "message", "stack"} {
			for i, k := range keys {
				if k.Symbol == nil && k.Name == prop && strings.Contains(stack, ToGoString(err.Get(k, v))) {
					keys = append(keys[:i:i], keys[i+1:]...)
					break
				}
			}
		}
	}
	hasKey := func(name string) bool {
		for _, k := range keys {
			if k.Symbol == nil && k.Name == name {
				return true
			}
		}
		return false
	}
	if err.HasProperty(Key("cause")) && !hasKey("cause") {
		keys = append(keys, Key("cause"))
	}
	if errs := err.Get(Key("errors"), v).Object(); errs != nil && errs.IsArray() && !hasKey("errors") {
		keys = append(keys, Key("errors"))
	}
	stack = improveStack(stack, constructor, hasConstructor, name, tag)

	pos := -1
	if m := err.Get(Key("message"), v); ToBoolean(m) {
		msg := ToGoString(m)
		if i := strings.Index(stack, msg); i > 0 {
			pos = i + len(msg)
		}
	}
	from := max(pos, 0)
	if i := strings.Index(stack[from:], "\n    at"); i < 0 {
		stack = "[" + stack + "]"
	} else {
		stackStart := from + i
		lines := c.stackFrames(err, stack[stackStart+1:])
		stack = stack[:stackStart] + "\n" + strings.Join(lines, "\n")
	}
	if c.indentationLvl != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+strings.Repeat(" ", c.indentationLvl))
	}
	return stack, keys
}

// stackFrames splits the frames of a stack, replacing those it shares with
// its cause's stack by "... n lines matching cause stack trace ...".
func (c *inspector) stackFrames(err *Object, stack string) []string {
	frames := strings.Split(stack, "\n")
	var cause Value
	if exc := TryCatch(func() { cause = err.Get(Key("cause"), ObjectValue(err)) }); exc != nil {
		return frames
	}
	co := cause.Object()
	if co == nil || !(co.class == ClassError || protoChainHas(co, ErrorPrototype)) {
		return frames
	}
	causeStack := errorStack(co)
	start := strings.Index(causeStack, "\n    at")
	if start < 0 {
		return frames
	}
	causeFrames := strings.Split(causeStack[start+1:], "\n")
	if length, offset := identicalSequenceRange(frames, causeFrames); length > 0 {
		skipped := length - 2
		msg := "    ... " + strconv.Itoa(skipped) + " lines matching cause stack trace ..."
		rest := append([]string{msg}, frames[offset+1+skipped:]...)
		frames = append(frames[:offset+1], rest...)
	}
	return frames
}

func identicalSequenceRange(a, b []string) (length, offset int) {
	for i := 0; i < len(a)-3; i++ {
		pos := -1
		for j, s := range b {
			if s == a[i] {
				pos = j
				break
			}
		}
		if pos < 0 {
			continue
		}
		rest := len(b) - pos
		if rest > 3 {
			n := 1
			maxLen := min(len(a)-i, rest)
			for maxLen > n && a[i+n] == b[pos+n] {
				n++
			}
			if n > 3 {
				return n, i
			}
		}
	}
	return 0, 0
}

// improveStack makes the first line of the stack name the constructor
// when it differs from the error's name (`MyErr [Error]: x`).
func improveStack(stack, constructor string, hasConstructor bool, name, tag string) string {
	n := len(name)
	if hasConstructor && !(strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == n || stack[n] == ':' || stack[n] == '\n')) {
		return stack
	}
	fallback := "Error"
	if !hasConstructor {
		fallback = nullProtoErrorName(stack)
		n = len(fallback)
		if fallback == "" {
			fallback = "Error"
		}
	}
	prefix := getPrefix(constructor, hasConstructor, tag, fallback, "")
	prefix = prefix[:len(prefix)-1]
	if name == prefix {
		return stack
	}
	if strings.Contains(prefix, name) {
		if n == 0 {
			return prefix + ": " + stack
		}
		return prefix + stack[n:]
	}
	return prefix + " [" + name + "]" + stack[n:]
}

// nullProtoErrorName finds the error name at the start of a stack, as
// node's /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ and
// /^([a-z_A-Z0-9-]*Error)$/ do.
func nullProtoErrorName(stack string) string {
	if stack != "" && stack[0] >= 'A' && stack[0] <= 'Z' {
		i := 1
		for i < len(stack) && strings.IndexByte("abcdefghijklmnopqrstuvwxyz_ ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789[]()-", stack[i]) >= 0 {
			i++
		}
		// The class is greedy; back off to the last position followed by
		// ":" or "\n    at".
		for j := i; j > 1; j-- {
			if strings.HasPrefix(stack[j:], ":") || strings.HasPrefix(stack[j:], "\n    at") {
				return stack[:j]
			}
		}
	}
	if strings.HasSuffix(stack, "Error") {
		for i := 0; i < len(stack); i++ {
			c := stack[i]
			if !(c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return ""
			}
		}
		return stack
	}
	return ""
}

// formatProperty formats one entry: "key: value", or the value alone for
// an array element.
func (c *inspector) formatProperty(o *Object, recurseTimes int, key PropertyKey, typ int, desc *Descriptor) string {
	return c.formatPropertyOf(o, o, recurseTimes, key, typ, desc)
}

// formatPropertyOf formats o's property key; getters shown with the
// getters option are called on original, the object being inspected when o
// is one of its prototypes.
func (c *inspector) formatPropertyOf(o, original *Object, recurseTimes int, key PropertyKey, typ int, desc *Descriptor) string {
	if desc == nil {
		if d, ok := o.GetOwnProperty(key); ok {
			desc = &d
		} else {
			desc = &Descriptor{Value: o.Get(key, ObjectValue(o)), Flags: Enumerable, HasValue: true}
		}
	}
	var str string
	extra := " "
	switch {
	case !desc.IsAccessor():
		// compact: true indents an object's values by 3 and moves one
		// wider than a line under its key.
		diff := 2
		if c.Compact == compactTrue && typ == kObjectType {
			diff = 3
		}
		c.indentationLvl += diff
		str = c.formatValue(desc.Value, recurseTimes)
		if diff == 3 && c.BreakLength < stringWidth(str) {
			extra = "\n" + strings.Repeat(" ", c.indentationLvl)
		}
		c.indentationLvl -= diff
	case desc.Getter != nil:
		label := "Getter"
		if desc.Setter != nil {
			label = "Getter/Setter"
		}
		if c.Getters == getAll || c.Getters == getOnly && desc.Setter == nil || c.Getters == getWithSetter && desc.Setter != nil {
			str = c.getterValue(desc.Getter, original, label, recurseTimes)
		} else {
			str = "[" + label + "]"
		}
	case desc.Setter != nil:
		str = "[Setter]"
	default:
		str = "undefined"
	}
	if typ == kArrayType {
		return str
	}
	var name string
	switch {
	case key.Symbol != nil:
		name = "[" + escapeText(symbolDescriptiveString(key.Symbol), true) + "]"
	case key.Name == "__proto__":
		name = "['__proto__']"
	case desc.Flags&Enumerable == 0:
		name = "[" + escapeText(key.Name, true) + "]"
	case keyStrRegExp(key.Name):
		name = key.Name
	default:
		name = strEscape(key.Name)
	}
	return name + ":" + extra + str
}

// getterValue calls a getter for the getters option: "[Getter: 1]", or
// "[Getter] {…}" for an object, or the message of what it threw.
func (c *inspector) getterValue(getter, original *Object, label string, recurseTimes int) string {
	var v Value
	if exc := TryCatch(func() { v = getter.CallWith(ObjectValue(original), nil) }); exc != nil {
		msg := ToGoString(GetProp(exc.Value, Key("message")))
		return "[" + label + ": <Inspection threw (" + msg + ")>]"
	}
	c.indentationLvl += 2
	defer func() { c.indentationLvl -= 2 }()
	switch {
	case v.IsNull():
		return "[" + label + ": null]"
	case v.IsObject():
		return "[" + label + "] " + c.formatValue(v, recurseTimes)
	}
	return "[" + label + ": " + c.formatPrimitive(v) + "]"
}

func (c *inspector) isBelowBreakLength(output []string, start int, base string) bool {
	total := len(output) + start
	if total+len(output) > c.BreakLength {
		return false
	}
	for _, s := range output {
		total += jsLen(s)
		if total > c.BreakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

// reduceToSingleString puts the entries on one line when they fit and the
// object is among the innermost `compact` levels, else one per line.
func (c *inspector) reduceToSingleString(output []string, base string, braces [2]string, extrasType, recurseTimes int, value *Object) string {
	if c.Compact >= 1 {
		entries := len(output)
		if extrasType == kArrayExtrasType && entries > 6 {
			output = c.groupArrayElements(output, value)
		}
		if c.currentDepth-recurseTimes < c.Compact && entries == len(output) {
			start := len(output) + c.indentationLvl + jsLen(braces[0]) + jsLen(base) + 10
			if c.isBelowBreakLength(output, start, base) {
				joined := strings.Join(output, ", ")
				if !strings.Contains(joined, "\n") {
					if base != "" {
						base += " "
					}
					return base + braces[0] + " " + joined + " " + braces[1]
				}
			}
		}
	}
	if c.Compact == compactTrue {
		return c.reduceCompactTrue(output, base, braces)
	}
	indentation := "\n" + strings.Repeat(" ", c.indentationLvl)
	if base != "" {
		base += " "
	}
	return base + braces[0] + indentation + "  " + strings.Join(output, ","+indentation+"  ") + indentation + braces[1]
}

// reduceCompactTrue is reduceToSingleString's layout for compact: true:
// one line when it fits, else the entries one per line with the first on
// the brace's line ("{ a: 1,\n  b: 2 }").
func (c *inspector) reduceCompactTrue(output []string, base string, braces [2]string) string {
	if base != "" {
		base = " " + base
	}
	if c.isBelowBreakLength(output, 0, base) {
		return braces[0] + base + " " + strings.Join(output, ", ") + " " + braces[1]
	}
	indentation := strings.Repeat(" ", c.indentationLvl)
	ln := base + "\n" + indentation + "  "
	if base == "" && jsLen(braces[0]) == 1 {
		// A one-character brace keeps the first entry on its line, where
		// it lines up with the others.
		ln = " "
	}
	return braces[0] + ln + strings.Join(output, ",\n"+indentation+"  ") + " " + braces[1]
}

// groupArrayElements lays out many short array entries in aligned
// columns, numbers right-aligned.
func (c *inspector) groupArrayElements(output []string, value *Object) []string {
	totalLength, maxLength := 0, 0
	outputLength := len(output)
	if c.MaxArrayLength < len(output) {
		// The "... more items" entry is not part of the grid.
		outputLength--
	}
	const separatorSpace = 2
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		n := stringWidth(output[i])
		dataLen[i] = n
		totalLength += n + separatorSpace
		maxLength = max(maxLength, n)
	}
	actualMax := maxLength + separatorSpace
	if actualMax*3+c.indentationLvl >= c.BreakLength ||
		!(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6) {
		return output
	}
	const approxCharHeights = 2.5
	averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
	biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
	columns := min(
		int(math.Floor(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax+0.5)),
		(c.BreakLength-c.indentationLvl)/actualMax,
		c.Compact*4,
		15,
	)
	if columns <= 1 {
		return output
	}
	maxLineLength := make([]int, 0, columns)
	for i := 0; i < columns; i++ {
		lineMax := 0
		for j := i; j < len(output); j += columns {
			if j < outputLength && dataLen[j] > lineMax {
				lineMax = dataLen[j]
			}
		}
		maxLineLength = append(maxLineLength, lineMax+separatorSpace)
	}
	padStart := true
	if value != nil {
		for i := 0; i < len(output); i++ {
			k := value.Get(Key(strconv.Itoa(i)), ObjectValue(value)).kind
			if k != KindNumber && k != KindBigInt {
				padStart = false
				break
			}
		}
	}
	var tmp []string
	for i := 0; i < outputLength; i += columns {
		maxI := min(i+columns, outputLength)
		var b strings.Builder
		j := i
		for ; j < maxI-1; j++ {
			padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j]
			b.WriteString(pad(output[j]+", ", padding, padStart))
		}
		if padStart {
			padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j] - separatorSpace
			b.WriteString(pad(output[j], padding, true))
		} else {
			b.WriteString(output[j])
		}
		tmp = append(tmp, b.String())
	}
	if c.MaxArrayLength < len(output) {
		tmp = append(tmp, output[outputLength])
	}
	return tmp
}

// pad is String.prototype.padStart/padEnd with spaces to width code units.
func pad(s string, width int, start bool) string {
	n := width - jsLen(s)
	if n <= 0 {
		return s
	}
	if start {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}
