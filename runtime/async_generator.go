package runtime

// Async generators run on the machine of an async function too: their frame
// awaits as an async function's does, and yields as a generator's does. The
// generator object keeps the spec's request queue: next, throw and return
// each enqueue a request and return its promise; the request at the head is
// the one the body is running for, and a yield settles it with
// {value, done: false} and goes on at once with the next request if there is
// one. The compiler makes `yield v` and `return v` await v first; a return
// request awaits its value before it resumes the body as a return
// completion (AsyncGeneratorUnwrapYieldResumption).

// agenState is an async generator's [[AsyncGeneratorState]].
type agenState uint8

const (
	agenSuspendedStart agenState = iota
	agenSuspendedYield
	agenExecuting
	agenAwaitingReturn
	agenCompleted
)

// agenRequest is an AsyncGeneratorRequest: how to resume, and the promise
// of the call that asked.
type agenRequest struct {
	mode    resumeMode
	value   Value
	promise *Object
}

// AsyncGenerator is the state of an async generator object (its Internal).
// It is the reaction of its frame's awaits, so that it sees every step end.
type AsyncGenerator struct {
	obj     Object
	frame   Reaction
	async   *Async
	state   agenState
	queue   []agenRequest
	stepped bool // the last step yielded, returned or threw (not awaited)
	outcome genOutcome
	out     Value
	// inner is the async iterator of the running yield*, innerNext its next.
	inner, innerNext Value
}

// StartAsyncGenerator makes the generator object of a call of an async
// generator function, whose frame is r.
func (a *Async) StartAsyncGenerator(r Reaction) Value {
	g := &AsyncGenerator{frame: r, async: a}
	g.obj = Object{proto: AsyncGeneratorPrototype, class: ClassAsyncGenerator, extensible: true, Internal: g}
	a.setSelf(g)
	a.co = g
	return ObjectValue(&g.obj)
}

// StartAsyncGeneratorBound is StartGeneratorBound for async generators.
func (a *Async) StartAsyncGeneratorBound(r Reaction) Value {
	v := a.StartAsyncGenerator(r)
	g := a.co.(*AsyncGenerator)
	g.stepped = false
	g.frame.Resume(Undefined, false)
	if g.stepped && g.outcome == outThrow {
		g.state = agenCompleted
		Throw(g.out)
	}
	return v
}

func (g *AsyncGenerator) yielded(v Value)      { g.stepped, g.outcome, g.out = true, outYield, v }
func (g *AsyncGenerator) delegate(it Value)    { g.stepped, g.outcome, g.out = true, outDelegate, it }
func (g *AsyncGenerator) bodyReturned(v Value) { g.stepped, g.outcome, g.out = true, outReturn, v }
func (g *AsyncGenerator) bodyThrew(v Value)    { g.stepped, g.outcome, g.out = true, outThrow, v }

// Resume runs the frame (a settled await, or a request) and then does what
// the step ended with.
func (g *AsyncGenerator) Resume(v Value, threw bool) {
	g.stepped = false
	g.frame.Resume(v, threw)
	if !g.stepped {
		return // suspended at an await
	}
	out := g.out
	g.out = Undefined
	switch g.outcome {
	case outYield:
		g.yieldValue(out)
	case outReturn:
		g.state = agenCompleted
		g.completeStep(false, out, true)
		g.drain()
	case outThrow:
		g.state = agenCompleted
		g.completeStep(true, out, true)
		g.drain()
	case outDelegate:
		if exc := TryCatch(func() { g.inner, g.innerNext = getAsyncIterator(out, "") }); exc != nil {
			g.run(exc.Value, resumeThrow)
			return
		}
		g.delegateStep(Undefined, resumeNext)
	}
}

// run resumes the frame in the given mode.
func (g *AsyncGenerator) run(v Value, mode resumeMode) {
	g.state = agenExecuting
	g.async.returning = mode == resumeReturn
	g.Resume(v, mode != resumeNext)
}

// yieldValue is AsyncGeneratorYield: the head request gets the value; the
// next request, if any, resumes the body at once.
func (g *AsyncGenerator) yieldValue(v Value) {
	g.completeStep(false, v, false)
	if len(g.queue) == 0 {
		g.state = agenSuspendedYield
		return
	}
	g.resumeWith(g.queue[0].mode, g.queue[0].value)
}

// resumeWith resumes a generator suspended at a yield with a request: a
// return request awaits its value first.
func (g *AsyncGenerator) resumeWith(mode resumeMode, v Value) {
	g.state = agenExecuting
	if mode != resumeReturn {
		g.body(v, mode)
		return
	}
	if exc := TryCatch(func() { AwaitValue(v, &agenAwait{g: g, then: agenThenReturn}) }); exc != nil {
		g.body(exc.Value, resumeThrow)
	}
}

// body resumes the body, or the yield* it is in.
func (g *AsyncGenerator) body(v Value, mode resumeMode) {
	if g.inner.IsUndefined() {
		g.run(v, mode)
		return
	}
	g.delegateStep(v, mode)
}

// completeStep is AsyncGeneratorCompleteStep: it settles the head request.
func (g *AsyncGenerator) completeStep(threw bool, v Value, done bool) {
	req := g.queue[0]
	// The usual queue holds one request: emptied, it keeps its array.
	copy(g.queue, g.queue[1:])
	g.queue[len(g.queue)-1] = agenRequest{}
	g.queue = g.queue[:len(g.queue)-1]
	if threw {
		RejectPromise(req.promise, v)
		return
	}
	ResolvePromise(req.promise, iterResult(v, done))
}

// drain is AsyncGeneratorDrainQueue: the requests that reach a completed
// generator.
func (g *AsyncGenerator) drain() {
	for len(g.queue) > 0 {
		req := g.queue[0]
		switch req.mode {
		case resumeReturn:
			g.state = agenAwaitingReturn
			g.awaitReturn()
			return
		case resumeThrow:
			g.completeStep(true, req.value, true)
		default:
			g.completeStep(false, Undefined, true)
		}
	}
}

// awaitReturn is AsyncGeneratorAwaitReturn: a return request to a
// generator that is not running awaits its value, then completes.
func (g *AsyncGenerator) awaitReturn() {
	if exc := TryCatch(func() { AwaitValue(g.queue[0].value, &agenAwait{g: g, then: agenThenAwaitedReturn}) }); exc != nil {
		g.state = agenCompleted
		g.completeStep(true, exc.Value, true)
		g.drain()
	}
}

// agenThen says what an await of the generator's runtime goes on with.
type agenThen uint8

const (
	agenThenReturn        agenThen = iota // resume the body with a return completion
	agenThenAwaitedReturn                 // complete a return request
	agenThenInner                         // take the result of the yield*'s inner call
	agenThenInnerReturn                   // the inner iterator's return() result (mode return)
	agenThenInnerThrow                    // the inner iterator's throw() result
	agenThenCloseForThrow                 // the inner iterator has no throw: it was closed
	agenThenNoReturn                      // the inner iterator has no return: return with the value
)

// agenAwait is the reaction of an await the runtime does for the generator.
type agenAwait struct {
	g    *AsyncGenerator
	then agenThen
}

func (r *agenAwait) Resume(v Value, threw bool) {
	g := r.g
	switch r.then {
	case agenThenReturn:
		if threw {
			g.body(v, resumeThrow)
			return
		}
		g.body(v, resumeReturn)
	case agenThenAwaitedReturn:
		g.state = agenCompleted
		g.completeStep(threw, v, true)
		g.drain()
	case agenThenInner, agenThenInnerReturn, agenThenInnerThrow:
		if threw {
			g.endDelegate(v, resumeThrow)
			return
		}
		g.innerResult(v, r.then == agenThenInnerReturn)
	case agenThenCloseForThrow:
		if !threw {
			if !v.IsObject() {
				v = ObjectValue(NewError(TypeErrorPrototype, "Iterator result "+inspectShort(v)+" is not an object"))
			} else {
				v = ObjectValue(NewError(TypeErrorPrototype, "The iterator does not provide a 'throw' method."))
			}
		}
		g.run(v, resumeThrow)
	case agenThenNoReturn:
		if threw {
			g.run(v, resumeThrow)
			return
		}
		g.run(v, resumeReturn)
	}
}

// endDelegate ends the yield*: the body goes on with v in the given mode.
func (g *AsyncGenerator) endDelegate(v Value, mode resumeMode) {
	g.inner, g.innerNext = Undefined, Undefined
	g.run(v, mode)
}

// delegateStep forwards a resumption to the inner iterator of a yield* and
// awaits what it gives.
func (g *AsyncGenerator) delegateStep(v Value, mode resumeMode) {
	g.state = agenExecuting
	var throwInto Value
	exc := TryCatch(func() {
		switch mode {
		case resumeNext:
			AwaitValue(Call(g.innerNext, g.inner, v), &agenAwait{g: g, then: agenThenInner})
		case resumeThrow:
			throw := GetProp(g.inner, Key("throw"))
			if !throw.IsNullish() {
				AwaitValue(Call(throw, g.inner, v), &agenAwait{g: g, then: agenThenInnerThrow})
				return
			}
			// The protocol is broken: close the inner iterator (awaiting
			// its return()), then throw a TypeError into the body.
			inner := g.inner
			g.inner, g.innerNext = Undefined, Undefined
			ret := GetProp(inner, Key("return"))
			if ret.IsNullish() {
				throwInto = ObjectValue(NewError(TypeErrorPrototype, "The iterator does not provide a 'throw' method."))
				return
			}
			AwaitValue(Call(ret, inner), &agenAwait{g: g, then: agenThenCloseForThrow})
		case resumeReturn:
			ret := GetProp(g.inner, Key("return"))
			if ret.IsNullish() {
				g.inner, g.innerNext = Undefined, Undefined
				AwaitValue(v, &agenAwait{g: g, then: agenThenNoReturn})
				return
			}
			AwaitValue(Call(ret, g.inner, v), &agenAwait{g: g, then: agenThenInnerReturn})
		}
	})
	switch {
	case exc != nil:
		g.endDelegate(exc.Value, resumeThrow)
	case !throwInto.IsUndefined():
		g.run(throwInto, resumeThrow)
	}
}

// innerResult takes the awaited result of the inner iterator's method: done
// ends the yield* (as a return when it answered a return request), else its
// value is yielded as it is.
func (g *AsyncGenerator) innerResult(r Value, returning bool) {
	var done bool
	var value Value
	if exc := TryCatch(func() {
		o := r.Object()
		if o == nil {
			ThrowTypeError("Iterator result " + inspectShort(r) + " is not an object")
		}
		done = ToBoolean(o.Get(Key("done"), r))
		value = o.Get(Key("value"), r)
	}); exc != nil {
		g.endDelegate(exc.Value, resumeThrow)
		return
	}
	if done {
		if returning {
			g.endDelegate(value, resumeReturn)
			return
		}
		g.endDelegate(value, resumeNext)
		return
	}
	g.yieldValue(value)
}

// enqueue is the common part of next, return and throw.
func asyncGeneratorRequest(this Value, args []Value, mode resumeMode, method string) Value {
	p := NewPromise()
	v := Arg(args, 0)
	var g *AsyncGenerator
	if o := this.Object(); o != nil && o.class == ClassAsyncGenerator {
		g, _ = o.Internal.(*AsyncGenerator)
	}
	if g == nil {
		RejectPromise(p, ObjectValue(NewError(TypeErrorPrototype, "Method [AsyncGenerator].prototype."+method+" called on incompatible receiver "+receiverText(this))))
		return ObjectValue(p)
	}
	state := g.state
	switch mode {
	case resumeNext:
		if state == agenCompleted {
			ResolvePromise(p, iterResult(Undefined, true))
			return ObjectValue(p)
		}
	case resumeThrow:
		if state == agenSuspendedStart {
			g.state, state = agenCompleted, agenCompleted
		}
		if state == agenCompleted {
			RejectPromise(p, v)
			return ObjectValue(p)
		}
	}
	g.queue = append(g.queue, agenRequest{mode: mode, value: v, promise: p})
	switch {
	case mode == resumeReturn && (state == agenSuspendedStart || state == agenCompleted):
		g.state = agenAwaitingReturn
		g.awaitReturn()
	case state == agenSuspendedStart:
		g.run(v, resumeNext)
	case state == agenSuspendedYield:
		g.resumeWith(mode, v)
	}
	return ObjectValue(p)
}

// NewAsyncGeneratorFunction makes the function object of an async
// generator function or method.
func NewAsyncGeneratorFunction(info *FuncInfo, call NativeFunc) Value {
	if !asyncGeneratorFunctionMade {
		asyncGeneratorFunctionMade = true
		makeFunctionConstructor("AsyncGeneratorFunction", AsyncGeneratorFunctionPrototype)
	}
	return newGeneratorFunction(info, call, AsyncGeneratorFunctionPrototype, AsyncGeneratorPrototype)
}

// asyncGeneratorFunctionMade: %AsyncGeneratorFunction% exists.
var asyncGeneratorFunctionMade bool

func init() {
	DefineSymbolMethod(AsyncIteratorPrototype, SymAsyncIterator, 0, func(this Value, _ []Value) Value { return this })
	AsyncGeneratorFunctionPrototype.DefineData(Key("prototype"), ObjectValue(AsyncGeneratorPrototype), Configurable)
	AsyncGeneratorFunctionPrototype.DefineData(SymbolKey(SymToStringTag), strASCII("AsyncGeneratorFunction"), Configurable)
	AsyncGeneratorPrototype.DefineData(Key("constructor"), ObjectValue(AsyncGeneratorFunctionPrototype), Configurable)
	DefineMethod(AsyncGeneratorPrototype, "next", 1, func(this Value, args []Value) Value {
		return asyncGeneratorRequest(this, args, resumeNext, "next")
	})
	DefineMethod(AsyncGeneratorPrototype, "return", 1, func(this Value, args []Value) Value {
		return asyncGeneratorRequest(this, args, resumeReturn, "return")
	})
	DefineMethod(AsyncGeneratorPrototype, "throw", 1, func(this Value, args []Value) Value {
		return asyncGeneratorRequest(this, args, resumeThrow, "throw")
	})
	AsyncGeneratorPrototype.DefineData(SymbolKey(SymToStringTag), strASCII("AsyncGenerator"), Configurable)
}
