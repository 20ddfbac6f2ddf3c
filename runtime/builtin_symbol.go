package runtime

// The Symbol function, the symbol registry and Symbol.prototype.

// SymbolConstructor is the Symbol function.
var SymbolConstructor *Object

// Symbols node v20 also has (explicit resource management).
var (
	SymDispose      = NewSymbol("Symbol.dispose")
	SymAsyncDispose = NewSymbol("Symbol.asyncDispose")
)

// symbolRegistry is the GlobalSymbolRegistry of Symbol.for.
var symbolRegistry = map[string]*Symbol{}

func init() {
	SymbolConstructor = NewConstructor("Symbol", 0, func(_ Value, args []Value) Value {
		if d := Arg(args, 0); !d.IsUndefined() {
			return SymbolValue(NewSymbol(ToGoString(d)))
		}
		return SymbolValue(&Symbol{})
	}, func([]Value, *Object) Value {
		// Symbol is a constructor (class X extends Symbol is valid, and
		// Reflect.construct accepts it as new.target) whose [[Construct]]
		// always throws.
		ThrowTypeError("Symbol is not a constructor")
		return Undefined
	})
	DefineConstructor(SymbolConstructor, SymbolPrototype)
	DefineMethod(SymbolConstructor, "for", 1, func(_ Value, args []Value) Value {
		key := ToGoString(Arg(args, 0))
		s, ok := symbolRegistry[key]
		if !ok {
			s = &Symbol{Description: key, HasDescription: true, registryKey: true}
			symbolRegistry[key] = s
		}
		return SymbolValue(s)
	})
	DefineMethod(SymbolConstructor, "keyFor", 1, func(_ Value, args []Value) Value {
		s := Arg(args, 0).Symbol()
		if s == nil {
			ThrowTypeError(inspectShort(Arg(args, 0)) + " is not a symbol")
		}
		if s.registryKey {
			return Str(s.Description)
		}
		return Undefined
	})
	for _, s := range []*Symbol{SymAsyncIterator, SymHasInstance, SymIsConcatSpreadable, SymIterator, SymMatch,
		SymMatchAll, SymReplace, SymSearch, SymSpecies, SymSplit, SymToPrimitive, SymToStringTag,
		SymUnscopables, SymDispose, SymAsyncDispose} {
		SymbolConstructor.DefineData(Key(s.Description[len("Symbol."):]), SymbolValue(s), 0)
	}

	p := SymbolPrototype
	DefineMethod(p, "toString", 0, func(this Value, _ []Value) Value {
		return Str(symbolDescriptiveString(thisSymbolValue(this, "Symbol.prototype.toString")))
	})
	DefineMethod(p, "valueOf", 0, func(this Value, _ []Value) Value {
		return SymbolValue(thisSymbolValue(this, "Symbol.prototype.valueOf"))
	})
	DefineGetter(p, "description", func(this Value, _ []Value) Value {
		s := thisSymbolValue(this, "Symbol.prototype.description")
		if !s.HasDescription {
			return Undefined
		}
		return Str(s.Description)
	})
	toPrimitive := NewFunction("[Symbol.toPrimitive]", 1, func(this Value, _ []Value) Value {
		return SymbolValue(thisSymbolValue(this, "Symbol.prototype [ @@toPrimitive ]"))
	})
	p.DefineData(SymbolKey(SymToStringTag), strASCII("Symbol"), Configurable)
	p.DefineData(SymbolKey(SymToPrimitive), ObjectValue(toPrimitive), Configurable)
}

// thisSymbolValue is the symbol a Symbol.prototype method works on.
func thisSymbolValue(this Value, method string) *Symbol {
	if s := this.Symbol(); s != nil {
		return s
	}
	if o := this.Object(); o != nil && o.class == ClassSymbol {
		if v, ok := o.Internal.(Value); ok && v.IsSymbol() {
			return v.Symbol()
		}
	}
	ThrowTypeError(method + " requires that 'this' be a Symbol")
	return nil
}
