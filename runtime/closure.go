package runtime

// Function objects of compiled JavaScript functions. The compiler emits one
// package-level FuncInfo per source function and a Go function literal per
// closure; NewUserFunction joins them into a function object.

// FuncKind says how a compiled function behaves as an object.
type FuncKind uint8

const (
	FuncNormal       FuncKind = iota // `function`: callable and constructible, has a prototype
	FuncArrow                        // arrow function: not a constructor, no prototype
	FuncMethod                       // method, getter or setter: not a constructor, no prototype
	FuncClass                        // base class constructor: only with new
	FuncDerivedClass                 // class constructor with extends
)

// FuncInfo is the static description of a source function, shared by all
// the closures made from it.
type FuncInfo struct {
	Name   string
	Length int
	Kind   FuncKind
	Strict bool
	Source string // the source text, for Function.prototype.toString
	Frame  string // the name stack traces show when not Name ("K.m")
	// Columns pairs lines with the column of this function's frames on
	// them (line, column, ...), over the file's table of RegisterColumns.
	Columns []int32

	named bool // its Go code is registered for stack traces
}

// nameFrames registers the Go code of a function's body under its
// JavaScript name for stack traces, once per source function.
func (info *FuncInfo) nameFrames(body any, prefix string) {
	if info.named {
		return
	}
	info.named = true
	name := info.Name
	if info.Frame != "" {
		name = info.Frame
	}
	if name != "" {
		name = prefix + name
	}
	RegisterFuncNameOf(body, name)
	if len(info.Columns) > 0 {
		jsFuncColumns[goFuncName(body)] = info.Columns
	}
}

// userFunction is the Internal of a compiled function object.
type userFunction struct {
	info *FuncInfo
	// fields initialises a new instance: the class's private methods and
	// instance fields (nil when it has none).
	fields func(this Value)
	body   func(this Value, args []Value, newTarget Value) Value
}

func init() {
	FunctionSource = func(f *Object) (string, bool) {
		if u, ok := f.Internal.(*userFunction); ok {
			return u.info.Source, true
		}
		return "", false
	}
}

// newUserFunctionObject makes the object with length and name, in V8's
// property order.
func newUserFunctionObject(info *FuncInfo, call NativeFunc) *Object {
	f := NewFunction(info.Name, info.Length, call)
	f.Internal = &userFunction{info: info}
	if info.Kind == FuncNormal && !info.Strict {
		// V8 gives sloppy functions these legacy properties, null.
		f.DefineData(Key("arguments"), Null, 0)
		f.DefineData(Key("caller"), Null, 0)
	}
	return f
}

// NewUserFunction makes the function object of a compiled function whose
// body does not use new.target.
func NewUserFunction(info *FuncInfo, call NativeFunc) Value {
	info.nameFrames(call, "")
	f := newUserFunctionObject(info, call)
	if info.Kind == FuncNormal {
		f.construct = func(args []Value, newTarget *Object) Value {
			this := ObjectValue(OrdinaryCreateFromConstructor(newTarget, ObjectPrototype))
			if r := call(this, args); r.IsObject() {
				return r
			}
			return this
		}
		definePrototypeProperty(f)
	}
	return ObjectValue(f)
}

// NewUserFunctionNT makes the function object of a compiled `function`
// whose body reads new.target (undefined when called without new).
func NewUserFunctionNT(info *FuncInfo, body func(this Value, args []Value, newTarget Value) Value) Value {
	info.nameFrames(body, "")
	f := newUserFunctionObject(info, func(this Value, args []Value) Value {
		return body(this, args, Undefined)
	})
	f.construct = func(args []Value, newTarget *Object) Value {
		this := ObjectValue(OrdinaryCreateFromConstructor(newTarget, ObjectPrototype))
		if r := body(this, args, ObjectValue(newTarget)); r.IsObject() {
			return r
		}
		return this
	}
	definePrototypeProperty(f)
	return ObjectValue(f)
}

// definePrototypeProperty gives a constructor function its own prototype
// object, whose constructor points back.
func definePrototypeProperty(f *Object) {
	proto := NewObject(ObjectPrototype)
	proto.DefineData(Key("constructor"), ObjectValue(f), Hidden)
	f.DefineData(Key("prototype"), ObjectValue(proto), Writable)
}

// SloppyThis is the this of a sloppy-mode function: undefined and null
// become the global object, primitives their wrapper objects.
func SloppyThis(this Value) Value {
	if this.IsNullish() {
		return ObjectValue(Global)
	}
	if !this.IsObject() {
		return ObjectValue(ToObject(this))
	}
	return this
}

// SetFunctionName names an anonymous function or class defined under a
// computed key (`{[k]: () => 1}`): the key's text, a symbol as
// "[description]", with an optional "get "/"set " prefix.
func SetFunctionName(fn Value, key PropertyKey, prefix string) {
	f := fn.Object()
	if f == nil {
		return
	}
	if d, ok := f.GetOwnProperty(Key("name")); ok && !d.IsAccessor() && d.Value.IsString() && d.Value.StrLen() > 0 {
		return
	}
	name := key.Name
	if key.Symbol != nil {
		name = ""
		if key.Symbol.HasDescription {
			name = "[" + key.Symbol.Description + "]"
		}
	}
	if prefix != "" {
		name = prefix + " " + name
	}
	f.DefineOwnProperty(Key("name"), Descriptor{Value: Str(name), Flags: Configurable, HasValue: true})
}
