package runtime

// The support an async function's frame needs. The compiler turns an async
// function into a frame type that embeds Async (which embeds the promise the
// call returns, so that a call allocates one object) and a resume method that
// runs the states between awaits. Try blocks that span an await are a table
// of protected state ranges (TryEntry) with one completion record each
// (Completion), as regenerator keeps them: a throw is routed through the
// table to a catch or a finally, and a return, break or continue that leaves
// a finally-protected range runs the finally first and then carries on.

// Async is the part of every async function's frame the runtime knows.
type Async struct {
	promise promiseObject
	// State is the state the machine runs next (or runs now).
	State int
	// depth is the call depth of the running step, restored after a throw.
	depth int32
	// co, for a generator's frame, takes its yields, return and uncaught
	// throw (generator.go); returning makes the next Catch a return
	// completion, which is how a generator's return() resumes the frame.
	returning bool
	co        coroutine
	// reaction is the record of the frame's pending await (a frame awaits
	// one thing at a time, so one record serves every await of the call);
	// its resume is the frame itself (self).
	reaction promiseReaction
}

// self is the frame, which a settled await resumes.
func (a *Async) self() Reaction { return a.reaction.resume }

// setSelf records r as the frame that embeds a (or, for an async generator,
// what resumes it).
func (a *Async) setSelf(r Reaction) { a.reaction.resume = r }

// TryEntry is one try statement of a machine, in states: the body is
// [Start, Catch) (or [Start, Finally) without catch), the catch [Catch,
// Finally), the finally [Finally, End); Catch or Finally is -1 when absent.
// Entries are listed outer first, so the last one containing a state is the
// innermost.
type TryEntry struct {
	Start, Catch, Finally, End int
}

// CompletionKind says how a try's finally was entered.
type CompletionKind uint8

const (
	CompleteNormal CompletionKind = iota
	CompleteThrow
	CompleteReturn
	CompleteJump // break or continue: Target is the state to go on at
)

// Completion is the completion record a finally carries on when it ends.
type Completion struct {
	Kind   CompletionKind
	Value  Value
	Target int
}

// Start runs the frame's first step (the body up to its first await) and
// returns the promise of the call. r is the frame itself.
func (a *Async) Start(r Reaction) Value {
	a.promise.init(PromisePrototype)
	a.setSelf(r)
	r.Resume(Undefined, false)
	return ObjectValue(&a.promise.obj)
}

// Await is the await of v: the frame resumes in a later job with what v
// settles with, exactly when AwaitValue would resume it, but with the
// frame's own reaction record. A primitive needs no promise: the one
// PromiseResolve would make is already fulfilled, so its reaction job is
// queued at once. Objects other than native promises (thenables) take the
// general path.
func (a *Async) Await(v Value) {
	if v.Object() == nil {
		a.reaction.rejected = false
		a.reaction.argv[0] = v
		EnqueueJob(&a.reaction)
		return
	}
	if !IsPromise(v) {
		AwaitValue(v, a.self())
		return
	}
	p := PromiseResolve(v)
	a.reaction.rejected = false
	performThen(p, &a.reaction)
}

// Enter marks the start of a step: a throw it catches restores the call
// depth of this moment.
func (a *Async) Enter() { a.depth = int32(callDepth) }

// Recover, deferred by a step, turns a JavaScript throw out of the step into
// its results: the thrown value, and threw set.
func (a *Async) Recover(value *Value, threw *bool) {
	if r := recover(); r != nil {
		e, ok := r.(*Exception)
		if !ok {
			panic(r)
		}
		callDepth = int(a.depth)
		*value, *threw = e.Value, true
	}
}

// Return resolves the call's promise with v: a promise or thenable v is
// adopted through a thenable job, as node does (two ticks more).
func (a *Async) Return(v Value) {
	if a.co != nil {
		a.co.bodyReturned(v)
		return
	}
	ResolvePromise(&a.promise.obj, v)
}

// Catch routes a throw of v at the current state: to the innermost catch
// around it (the step then starts there with v as its value), or to the
// innermost finally with a throw completion. With no try around it the
// call's promise is rejected and Catch returns false: the machine is done.
func (a *Async) Catch(tries []TryEntry, comps []Completion, v Value) bool {
	if a.returning {
		a.returning = false
		return !a.Complete(tries, comps, CompleteReturn, v, -1)
	}
	s := a.State
	for i := len(tries) - 1; i >= 0; i-- {
		t := tries[i]
		if s < t.Start {
			continue
		}
		if t.Catch >= 0 && s < t.Catch {
			a.State = t.Catch
			return true
		}
		if t.Finally >= 0 && s < t.Finally {
			comps[i] = Completion{Kind: CompleteThrow, Value: v}
			a.State = t.Finally
			return true
		}
	}
	if a.co != nil {
		a.co.bodyThrew(v)
		return false
	}
	RejectPromise(&a.promise.obj, v)
	return false
}

// Complete performs a return (kind CompleteReturn, with value) or a jump to
// state target (CompleteJump) from the current state: through the innermost
// finally it leaves first, if any. It reports whether the machine is done
// (the return resolved the promise).
func (a *Async) Complete(tries []TryEntry, comps []Completion, kind CompletionKind, value Value, target int) bool {
	s := a.State
	for i := len(tries) - 1; i >= 0; i-- {
		t := tries[i]
		if t.Finally < 0 || s < t.Start || s >= t.Finally {
			continue
		}
		if kind == CompleteJump && target >= t.Start && target < t.Finally {
			continue // a jump within the protected range
		}
		comps[i] = Completion{Kind: kind, Value: value, Target: target}
		a.State = t.Finally
		return false
	}
	if kind == CompleteReturn {
		a.Return(value)
		return true
	}
	a.State = target
	return false
}

// EndFinally carries on the completion record of try entry i when its
// finally ends normally. It reports whether the machine is done.
func (a *Async) EndFinally(tries []TryEntry, comps []Completion, i int) bool {
	c := comps[i]
	comps[i] = Completion{}
	switch c.Kind {
	case CompleteThrow:
		Throw(c.Value)
	case CompleteReturn, CompleteJump:
		return a.Complete(tries, comps, c.Kind, c.Value, c.Target)
	}
	a.State = tries[i].End
	return false
}

// Cell is a fresh variable holding v: a binding a closure captured, in a
// frame, where every loop iteration needs its own.
func Cell(v Value) *Value { return &v }

// NewAsyncFunction makes the function object of an async function, arrow
// or method: an instance of %AsyncFunction.prototype%, never a constructor.
// Unlike a sloppy function it has no own arguments and caller. Its Go
// function only makes the frame: stack traces name the frame's step.
func NewAsyncFunction(info *FuncInfo, call NativeFunc) Value {
	if !asyncFunctionMade {
		makeAsyncFunction()
	}
	f := NewFunction(info.Name, info.Length, call)
	f.Internal = &userFunction{info: info}
	f.proto = AsyncFunctionPrototype
	return ObjectValue(f)
}

// asyncFunctionMade: %AsyncFunction% exists. It is made with the first async
// function (only an async function leads to it), after every init has run:
// its prototype is Function, which an init makes.
var asyncFunctionMade bool

func makeAsyncFunction() {
	asyncFunctionMade = true
	// %AsyncFunction%: compiling code from strings is disallowed, as for
	// Function.
	ctor := NewConstructor("AsyncFunction", 1, func(Value, []Value) Value {
		ThrowError(EvalErrorPrototype, "Code generation from strings disallowed for this context")
		return Undefined
	}, func([]Value, *Object) Value {
		ThrowError(EvalErrorPrototype, "Code generation from strings disallowed for this context")
		return Undefined
	})
	ctor.proto = FunctionConstructor
	ctor.DefineData(Key("prototype"), ObjectValue(AsyncFunctionPrototype), 0)
	AsyncFunctionPrototype.DefineData(Key("constructor"), ObjectValue(ctor), Configurable)
	AsyncFunctionPrototype.DefineData(SymbolKey(SymToStringTag), Str("AsyncFunction"), Configurable)
}
