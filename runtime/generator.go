package runtime

import "strings"

// Generators run on the machine of an async function (async.go): yield is
// one more suspension point, and the generator object drives the frame
// synchronously. next(v) resumes it with v, throw(e) resumes it as a throw
// (routed through the try table), return(v) resumes it as a return
// completion, which runs the finally blocks around the yield. yield* keeps
// the inner iterator in the generator, which forwards next/throw/return to
// it without entering the frame until it is done.

// coroutine is what a frame that is a generator's body reports to.
type coroutine interface {
	yielded(v Value)
	delegate(iterable Value)
	bodyReturned(v Value)
	bodyThrew(v Value)
}

// genState is [[GeneratorState]].
type genState uint8

const (
	genSuspendedStart genState = iota
	genSuspendedYield
	genExecuting
	genCompleted
)

// resumeMode says how a generator is resumed.
type resumeMode uint8

const (
	resumeNext resumeMode = iota
	resumeThrow
	resumeReturn
)

// genOutcome is how the frame's last step ended.
type genOutcome uint8

const (
	outYield genOutcome = iota
	outDelegate
	outReturn
	outThrow
)

// Generator is the state of a generator object (its Internal).
type Generator struct {
	obj     Object
	frame   Reaction
	async   *Async
	state   genState
	outcome genOutcome
	out     Value
	// inner is the iterator of the running yield*, innerNext its next.
	inner, innerNext Value
}

// Yield suspends the generator with v (the frame returns after it).
func (a *Async) Yield(v Value) { a.co.yielded(v) }

// YieldStar starts a yield* over iterable (the frame returns after it).
func (a *Async) YieldStar(iterable Value) { a.co.delegate(iterable) }

// StartGenerator makes the generator object of a call of a generator
// function, whose frame is r; its body runs at the first next().
func (a *Async) StartGenerator(r Reaction) Value {
	g := &Generator{frame: r, async: a}
	g.obj = Object{proto: GeneratorPrototype, class: ClassGenerator, extensible: true, Internal: g}
	a.setSelf(r)
	a.co = g
	return ObjectValue(&g.obj)
}

// StartGeneratorBound is StartGenerator for a body that starts by binding
// parameters that can throw: it runs them (up to the body's first,
// initial, suspension), and a throw is the call's.
func (a *Async) StartGeneratorBound(r Reaction) Value {
	g := a.StartGenerator(r)
	a.co.(*Generator).bindParams()
	return g
}

func (g *Generator) bindParams() {
	g.outcome = outYield
	g.frame.Resume(Undefined, false)
	if g.outcome == outThrow {
		g.state = genCompleted
		Throw(g.out)
	}
}

func (g *Generator) yielded(v Value)      { g.outcome, g.out = outYield, v }
func (g *Generator) delegate(it Value)    { g.outcome, g.out = outDelegate, it }
func (g *Generator) bodyReturned(v Value) { g.outcome, g.out = outReturn, v }
func (g *Generator) bodyThrew(v Value)    { g.outcome, g.out = outThrow, v }
func (g *Generator) resumeFrame(v Value, m resumeMode) {
	g.async.returning = m == resumeReturn
	g.frame.Resume(v, m != resumeNext)
}

// resume is GeneratorResume and GeneratorResumeAbrupt: the iterator result
// of next, throw or return.
func (g *Generator) resume(v Value, mode resumeMode) Value {
	switch g.state {
	case genExecuting:
		ThrowTypeError("Generator is already running")
	case genSuspendedStart:
		if mode != resumeNext {
			g.state = genCompleted
		}
	}
	if g.state == genCompleted {
		switch mode {
		case resumeThrow:
			Throw(v)
		case resumeReturn:
			return iterResult(v, true)
		}
		return iterResult(Undefined, true)
	}
	g.state = genExecuting
	for {
		if g.inner.IsUndefined() {
			g.resumeFrame(v, mode)
			switch g.outcome {
			case outYield:
				g.state = genSuspendedYield
				return iterResult(g.out, false)
			case outReturn:
				g.state = genCompleted
				return iterResult(g.out, true)
			case outThrow:
				g.state = genCompleted
				out := g.out
				g.out = Undefined
				Throw(out)
			}
			// yield*: get the iterator and take its first value.
			v, mode = Undefined, resumeNext
			if exc := TryCatch(func() {
				it := GetIterator(g.out)
				g.inner, g.innerNext = it.iter, it.next
			}); exc != nil {
				v, mode = exc.Value, resumeThrow
				continue
			}
		}
		var result Value
		if exc := TryCatch(func() { result, v, mode = g.delegateStep(v, mode) }); exc != nil {
			g.inner, g.innerNext = Undefined, Undefined
			v, mode = exc.Value, resumeThrow
			continue
		}
		if !result.IsUndefined() {
			g.state = genSuspendedYield
			return result
		}
		g.inner, g.innerNext = Undefined, Undefined
	}
}

// delegateStep forwards a resumption to the iterator of a yield*: it
// returns the inner result to hand out as it is, or (result undefined) the
// value and mode that resume the frame when the inner iterator is done.
func (g *Generator) delegateStep(v Value, mode resumeMode) (result, value Value, m resumeMode) {
	var r Value
	switch mode {
	case resumeNext:
		r = Call(g.innerNext, g.inner, v)
	case resumeThrow:
		throw := GetProp(g.inner, Key("throw"))
		if throw.IsNullish() {
			// The protocol is broken: close the inner iterator, then throw.
			it := &Iterator{iter: g.inner}
			g.inner, g.innerNext = Undefined, Undefined
			it.Close()
			ThrowTypeError("The iterator does not provide a 'throw' method.")
		}
		r = Call(throw, g.inner, v)
	case resumeReturn:
		ret := GetProp(g.inner, Key("return"))
		if ret.IsNullish() {
			return Undefined, v, resumeReturn
		}
		r = Call(ret, g.inner, v)
	}
	o := r.Object()
	if o == nil {
		ThrowTypeError("Iterator result " + inspectShort(r) + " is not an object")
	}
	if !ToBoolean(o.Get(Key("done"), r)) {
		return r, Undefined, mode
	}
	value = o.Get(Key("value"), r)
	if mode == resumeReturn {
		return Undefined, value, resumeReturn
	}
	return Undefined, value, resumeNext
}

// thisGenerator is the generator a %GeneratorPrototype% method is called on.
func thisGenerator(this Value, method string) *Generator {
	if o := this.Object(); o != nil {
		if g, ok := o.Internal.(*Generator); ok && o.class == ClassGenerator {
			return g
		}
	}
	ThrowTypeError(method + " called on incompatible receiver " + receiverText(this))
	return nil
}

// receiverText is how V8 names a bad receiver in messages: the primitive
// itself, a function's source, [object Array], #<C> when the nearest
// constructor property is a function named C, else [object Tag] from the
// nearest @@toStringTag (a generator is [object Generator]).
func receiverText(v Value) string {
	o := v.Object()
	if o == nil {
		return inspectShort(v)
	}
	if d := objectDescription(o); !strings.HasPrefix(d, "#<") && d != "[object Object]" {
		return d
	}
	if c := dataValue(o, Key("constructor")).Object(); c != nil && c.IsCallable() {
		if n, ok := c.GetOwnProperty(Key("name")); ok && n.Value.IsString() && n.Value.StrLen() > 0 {
			return "#<" + n.Value.Text() + ">"
		}
	}
	if tag := dataValue(o, SymbolKey(SymToStringTag)); tag.IsString() {
		return "[object " + tag.Text() + "]"
	}
	return "[object Object]"
}

// NewGeneratorFunction makes the function object of a generator function
// or method: not a constructor, with its own prototype object (inheriting
// %GeneratorPrototype%) from which each call's generator object inherits.
func NewGeneratorFunction(info *FuncInfo, call NativeFunc) Value {
	if !generatorFunctionMade {
		makeGeneratorFunction()
	}
	return newGeneratorFunction(info, call, GeneratorFunctionPrototype, GeneratorPrototype)
}

func newGeneratorFunction(info *FuncInfo, call NativeFunc, fnProto, objProto *Object) Value {
	f := NewFunction(info.Name, info.Length, nil)
	f.call = func(this Value, args []Value) Value {
		g := call(this, args)
		if p := f.Get(Key("prototype"), ObjectValue(f)).Object(); p != nil {
			g.Object().proto = p
		}
		return g
	}
	f.Internal = &userFunction{info: info}
	f.proto = fnProto
	f.DefineData(Key("prototype"), ObjectValue(NewObject(objProto)), Writable)
	return ObjectValue(f)
}

func init() {
	GeneratorFunctionPrototype.DefineData(Key("prototype"), ObjectValue(GeneratorPrototype), Configurable)
	GeneratorFunctionPrototype.DefineData(SymbolKey(SymToStringTag), strASCII("GeneratorFunction"), Configurable)
	GeneratorPrototype.DefineData(Key("constructor"), ObjectValue(GeneratorFunctionPrototype), Configurable)
	DefineMethod(GeneratorPrototype, "next", 1, func(this Value, args []Value) Value {
		return thisGenerator(this, "Method [Generator].prototype.next").resume(Arg(args, 0), resumeNext)
	})
	DefineMethod(GeneratorPrototype, "return", 1, func(this Value, args []Value) Value {
		return thisGenerator(this, "Method [Generator].prototype.return").resume(Arg(args, 0), resumeReturn)
	})
	DefineMethod(GeneratorPrototype, "throw", 1, func(this Value, args []Value) Value {
		return thisGenerator(this, "Method [Generator].prototype.throw").resume(Arg(args, 0), resumeThrow)
	})
	GeneratorPrototype.DefineData(SymbolKey(SymToStringTag), strASCII("Generator"), Configurable)
}

// generatorFunctionMade: %GeneratorFunction% exists. Like %AsyncFunction%
// it is made with the first generator function, after every init has run.
var generatorFunctionMade bool

func makeGeneratorFunction() {
	generatorFunctionMade = true
	makeFunctionConstructor("GeneratorFunction", GeneratorFunctionPrototype)
}

// makeFunctionConstructor makes a constructor like Function (GeneratorFunction,
// AsyncGeneratorFunction) whose instances inherit proto: compiling code
// from strings is disallowed.
func makeFunctionConstructor(name string, proto *Object) {
	disallowed := func() Value {
		ThrowError(EvalErrorPrototype, "Code generation from strings disallowed for this context")
		return Undefined
	}
	ctor := NewConstructor(name, 1, func(Value, []Value) Value { return disallowed() },
		func([]Value, *Object) Value { return disallowed() })
	ctor.proto = FunctionConstructor
	ctor.DefineData(Key("prototype"), ObjectValue(proto), 0)
	proto.DefineData(Key("constructor"), ObjectValue(ctor), Configurable)
}
