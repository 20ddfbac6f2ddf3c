package runtime

// The intrinsic objects exist, linked to their prototypes, before any init
// function runs, so that each file that fills in builtins (its own init) may
// refer to any of them whatever order the files initialise in.
var (
	ObjectPrototype   = &Object{extensible: true}
	FunctionPrototype = &Object{proto: ObjectPrototype, class: ClassFunction, extensible: true, call: func(Value, []Value) Value { return Undefined }}
	ArrayPrototype    = &Object{proto: ObjectPrototype, class: ClassArray, extensible: true}

	ErrorPrototype          = NewObject(ObjectPrototype)
	TypeErrorPrototype      = NewObject(ErrorPrototype)
	RangeErrorPrototype     = NewObject(ErrorPrototype)
	ReferenceErrorPrototype = NewObject(ErrorPrototype)
	SyntaxErrorPrototype    = NewObject(ErrorPrototype)
	EvalErrorPrototype      = NewObject(ErrorPrototype)
	URIErrorPrototype       = NewObject(ErrorPrototype)
	AggregateErrorPrototype = NewObject(ErrorPrototype)

	BooleanPrototype = NewClassObject(ObjectPrototype, ClassBoolean, False)
	NumberPrototype  = NewClassObject(ObjectPrototype, ClassNumber, Int(0))
	StringPrototype  = NewClassObject(ObjectPrototype, ClassString, Str(""))
	SymbolPrototype  = NewObject(ObjectPrototype)
	BigIntPrototype  = NewObject(ObjectPrototype)

	IteratorPrototype               = NewObject(ObjectPrototype)
	AsyncIteratorPrototype          = NewObject(ObjectPrototype)
	ArrayIteratorPrototype          = NewObject(IteratorPrototype)
	GeneratorPrototype              = NewObject(IteratorPrototype)
	AsyncGeneratorPrototype         = NewObject(AsyncIteratorPrototype)
	GeneratorFunctionPrototype      = NewObject(FunctionPrototype)
	AsyncFunctionPrototype          = NewObject(FunctionPrototype)
	AsyncGeneratorFunctionPrototype = NewObject(FunctionPrototype)

	PromisePrototype = NewObject(ObjectPrototype)
	MapPrototype     = NewObject(ObjectPrototype)
	SetPrototype     = NewObject(ObjectPrototype)
	WeakMapPrototype = NewObject(ObjectPrototype)
	WeakSetPrototype = NewObject(ObjectPrototype)
	DatePrototype    = NewObject(ObjectPrototype)
	RegExpPrototype  = NewObject(ObjectPrototype)

	// Global is globalThis. Top-level declarations of a CommonJS program
	// are not its properties (node wraps the file in a function).
	Global = NewObject(ObjectPrototype)
)

// Well-known symbols.
var (
	SymIterator           = NewSymbol("Symbol.iterator")
	SymAsyncIterator      = NewSymbol("Symbol.asyncIterator")
	SymHasInstance        = NewSymbol("Symbol.hasInstance")
	SymToPrimitive        = NewSymbol("Symbol.toPrimitive")
	SymToStringTag        = NewSymbol("Symbol.toStringTag")
	SymSpecies            = NewSymbol("Symbol.species")
	SymUnscopables        = NewSymbol("Symbol.unscopables")
	SymIsConcatSpreadable = NewSymbol("Symbol.isConcatSpreadable")
	SymMatch              = NewSymbol("Symbol.match")
	SymMatchAll           = NewSymbol("Symbol.matchAll")
	SymReplace            = NewSymbol("Symbol.replace")
	SymSearch             = NewSymbol("Symbol.search")
	SymSplit              = NewSymbol("Symbol.split")
)

// DefineMethod puts a builtin method on o: writable, configurable, not enumerable.
func DefineMethod(o *Object, name string, length int, fn NativeFunc) *Object {
	f := NewFunction(name, length, fn)
	o.DefineData(Key(name), ObjectValue(f), Hidden)
	return f
}

// DefineSymbolMethod puts a builtin method keyed by a symbol on o; its name
// is "[description]".
func DefineSymbolMethod(o *Object, sym *Symbol, length int, fn NativeFunc) *Object {
	f := NewFunction("["+sym.Description+"]", length, fn)
	o.DefineData(SymbolKey(sym), ObjectValue(f), Hidden)
	return f
}

// DefineGetter puts a builtin getter on o.
func DefineGetter(o *Object, name string, fn NativeFunc) *Object {
	f := NewFunction("get "+name, 0, fn)
	o.DefineAccessor(Key(name), f, nil, Configurable)
	return f
}

// DefineGlobal defines a global binding the way builtins are: writable,
// configurable, not enumerable.
func DefineGlobal(name string, v Value) {
	Global.DefineData(Key(name), v, Hidden)
}

// DefineConstructor links a constructor and its prototype object and makes
// the constructor a global.
func DefineConstructor(ctor, proto *Object) {
	ctor.DefineData(Key("prototype"), ObjectValue(proto), 0)
	proto.DefineData(Key("constructor"), ObjectValue(ctor), Hidden)
	name := ctor.Get(Key("name"), ObjectValue(ctor)).Text()
	DefineGlobal(name, ObjectValue(ctor))
}
