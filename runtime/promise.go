package runtime

// Promise as ECMAScript 2024 specifies it, with the job counts V8 has (they
// decide the order of every asynchronous print), plus the Go API the
// compiler's async state machines use: an await is one reaction record on
// the awaited promise, with the frame itself as the Reaction to resume.

// Promise states, as PromiseStateOf reports them.
const (
	PromisePending = iota
	PromiseFulfilled
	PromiseRejected
)

// promiseData is the Internal of a ClassPromise object.
type promiseData struct {
	state   uint8
	handled bool // [[PromiseIsHandled]]
	// tracked is node's maybeUnhandledPromises membership: rejected with no
	// handler, and not handled since; warned once it has been reported.
	tracked bool
	warned  bool
	uid     int32 // node's rejection id, for PromiseRejectionHandledWarning
	result  Value
	// reactions are the pending reactions, the newest first (as V8 keeps
	// them): no pointer to the last one, so that a promise and the
	// reaction of a then fit in 256 bytes.
	reactions *promiseReaction
}

// Reaction is how Go code (an async function's frame) waits for a promise:
// Resume receives the value, or the reason with threw set, in a job of its
// own, exactly when a JavaScript handler would run.
type Reaction interface {
	Resume(v Value, threw bool)
}

// promiseReaction is a pair of PromiseReaction records (fulfill and reject)
// and, once the promise settles, the PromiseReactionJob that runs the one
// that applies: a promise settles once, so the record is queued at most once.
// What runs is resume: an async function's frame, or a record that embeds
// this one (a then's handlers, a combinator's element) and resumes itself.
// Keeping the handlers out of the base record keeps every frame small.
type promiseReaction struct {
	next     *promiseReaction
	resume   Reaction
	rejected bool
	argv     [1]Value // the handler's argument list, kept here so a call allocates nothing
}

// Run is NewPromiseReactionJob's job.
func (r *promiseReaction) Run() { r.resume.Resume(r.argv[0], r.rejected) }

// thenReaction is the reaction of a then: its handlers and its derived
// promise, made by %Promise% (capabilityReaction has any other).
type thenReaction struct {
	promiseReaction
	onFulfilled *Object // nil: pass the value on
	onRejected  *Object // nil: pass the reason on
	derived     *Object // nil: no derived promise
}

// Resume runs the handler that applies to the outcome and settles the
// derived promise (if any) with what it returned or threw.
func (t *thenReaction) Resume(arg Value, rejected bool) {
	v, threw := t.outcome(arg, rejected)
	switch {
	case t.derived == nil:
	case threw:
		RejectPromise(t.derived, v)
	default:
		ResolvePromise(t.derived, v)
	}
}

// outcome runs the handler for the promise's outcome and returns what it
// returned or threw (threw set); with no handler, the outcome passes on.
func (t *thenReaction) outcome(arg Value, rejected bool) (v Value, threw bool) {
	handler := t.onFulfilled
	if rejected {
		handler = t.onRejected
	}
	if handler == nil {
		return arg, rejected
	}
	result, exc := callCatching(handler, Undefined, t.argv[:])
	if exc != nil {
		return exc.Value, true
	}
	return result, false
}

// capabilityReaction is the reaction of a then whose derived promise has
// the capability of another constructor, whose functions settle it.
type capabilityReaction struct {
	thenReaction
	capability promiseCapability
}

// newThenReaction makes the reaction record of a then whose derived
// promise has the capability derived (its promise nil: none).
func newThenReaction(onFulfilled, onRejected *Object, derived promiseCapability) *promiseReaction {
	if derived.resolve == nil {
		t := &thenReaction{onFulfilled: onFulfilled, onRejected: onRejected, derived: derived.promise}
		t.resume = t
		return &t.promiseReaction
	}
	c := &capabilityReaction{thenReaction: thenReaction{onFulfilled: onFulfilled, onRejected: onRejected, derived: derived.promise}, capability: derived}
	c.resume = c
	return &c.promiseReaction
}

func (c *capabilityReaction) Resume(arg Value, rejected bool) {
	if v, threw := c.outcome(arg, rejected); threw {
		c.capability.doReject(v)
	} else {
		c.capability.doResolve(v)
	}
}

// promiseCapability is a PromiseCapability record. For a native promise made
// by %Promise% itself resolve and reject are nil: settling it directly is
// what the built-in resolving functions would do, and no JavaScript can
// reach them. A nil promise is a reaction without a derived promise.
type promiseCapability struct {
	promise *Object
	resolve *Object
	reject  *Object
}

func (c *promiseCapability) doResolve(v Value) {
	if c.resolve == nil {
		ResolvePromise(c.promise, v)
		return
	}
	c.resolve.CallWith(Undefined, []Value{v})
}

func (c *promiseCapability) doReject(v Value) {
	if c.reject == nil {
		RejectPromise(c.promise, v)
		return
	}
	c.reject.CallWith(Undefined, []Value{v})
}

// callCatching calls fn and returns what it returned or what it threw.
func callCatching(fn *Object, this Value, args []Value) (result Value, exc *Exception) {
	depth := callDepth
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Exception)
			if !ok {
				panic(r)
			}
			callDepth = depth
			exc = e
		}
	}()
	return fn.CallWith(this, args), nil
}

// getCatching reads o[k] and returns what the read threw, if anything.
func getCatching(o *Object, k PropertyKey) (v Value, exc *Exception) {
	depth := callDepth
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Exception)
			if !ok {
				panic(r)
			}
			callDepth = depth
			exc = e
		}
	}()
	return o.Get(k, ObjectValue(o)), nil
}

// promiseOf returns the promise data of v, or nil when v is not a promise.
func promiseOf(v Value) *promiseData {
	if o := v.Object(); o != nil && o.class == ClassPromise {
		pd, _ := o.Internal.(*promiseData)
		return pd
	}
	return nil
}

// IsPromise reports whether v is a promise (has [[PromiseState]]).
func IsPromise(v Value) bool { return promiseOf(v) != nil }

// PromiseStateOf returns a promise's state (PromisePending, PromiseFulfilled
// or PromiseRejected) and its value or reason; console.log uses it.
func PromiseStateOf(o *Object) (state int, value Value) {
	pd := promiseOf(ObjectValue(o))
	if pd == nil {
		return PromisePending, Undefined
	}
	return int(pd.state), pd.result
}

// promiseObject is a promise and its data in one allocation.
type promiseObject struct {
	obj  Object
	data promiseData
}

// NewPromise makes a pending promise of %Promise.prototype%, as an async
// function makes its result.
func NewPromise() *Object {
	po := &promiseObject{}
	return po.init(PromisePrototype)
}

func (po *promiseObject) init(proto *Object) *Object {
	po.obj = Object{proto: proto, class: ClassPromise, extensible: true, Internal: &po.data}
	return &po.obj
}

// newPromiseWithReaction makes a pending promise and a reaction record in
// one allocation: the promise an await of a thenable waits on.
func newPromiseWithReaction() (*Object, *promiseReaction) {
	rec := &struct {
		promiseObject
		reaction promiseReaction
	}{}
	return rec.init(PromisePrototype), &rec.reaction
}

// newPromiseWithThen makes a then's derived promise and its reaction record
// in one allocation.
func newPromiseWithThen(onFulfilled, onRejected *Object) (*Object, *promiseReaction) {
	rec := &struct {
		promiseObject
		reaction thenReaction
	}{}
	p := rec.init(PromisePrototype)
	rec.reaction = thenReaction{onFulfilled: onFulfilled, onRejected: onRejected, derived: p}
	rec.reaction.resume = &rec.reaction
	return p, &rec.reaction.promiseReaction
}

// ResolvePromise does what p's resolve function does with v: fulfil it,
// adopt v's state through a thenable job when v has a callable then, or
// reject it when v is p itself. It ignores a p that is not pending.
func ResolvePromise(p *Object, v Value) {
	pd := p.Internal.(*promiseData)
	if pd.state != PromisePending {
		return
	}
	o := v.Object()
	if o == nil {
		fulfillPromise(p, pd, v)
		return
	}
	if o == p {
		RejectPromise(p, ObjectValue(NewError(TypeErrorPrototype, "Chaining cycle detected for promise #<Promise>")))
		return
	}
	then, exc := getCatching(o, Key("then"))
	if exc != nil {
		RejectPromise(p, exc.Value)
		return
	}
	thenFn := then.Object()
	if thenFn == nil || !thenFn.IsCallable() {
		fulfillPromise(p, pd, v)
		return
	}
	EnqueueJob(&thenableJob{promise: p, thenable: o, then: thenFn})
}

// RejectPromise rejects p with reason; it ignores a p that is not pending.
func RejectPromise(p *Object, reason Value) {
	pd := p.Internal.(*promiseData)
	if pd.state != PromisePending {
		return
	}
	pd.state, pd.result = PromiseRejected, reason
	if !pd.handled {
		trackRejection(p, pd)
	}
	triggerReactions(pd, true)
}

func fulfillPromise(p *Object, pd *promiseData, v Value) {
	pd.state, pd.result = PromiseFulfilled, v
	triggerReactions(pd, false)
}

func triggerReactions(pd *promiseData, rejected bool) {
	// Reverse the list, to queue the reactions in the order they were added.
	var r *promiseReaction
	for cur := pd.reactions; cur != nil; {
		next := cur.next
		cur.next, r = r, cur
		cur = next
	}
	pd.reactions = nil
	for r != nil {
		next := r.next
		r.next = nil
		r.argv[0], r.rejected = pd.result, rejected
		EnqueueJob(r)
		r = next
	}
}

// performThen is PerformPromiseThen with the reaction already built.
func performThen(p *Object, r *promiseReaction) {
	pd := p.Internal.(*promiseData)
	switch pd.state {
	case PromisePending:
		r.next, pd.reactions = pd.reactions, r
	case PromiseFulfilled:
		r.argv[0] = pd.result
		EnqueueJob(r)
	case PromiseRejected:
		if !pd.handled {
			untrackRejection(p, pd)
		}
		r.argv[0], r.rejected = pd.result, true
		EnqueueJob(r)
	}
	pd.handled = true
}

// thenableJob is NewPromiseResolveThenableJob: it calls then on the
// thenable with resolving functions for promise.
type thenableJob struct {
	promise  *Object
	thenable *Object
	then     *Object
}

func (j *thenableJob) Run() {
	if j.then == promiseThenFunction && j.thenable.class == ClassPromise {
		// %Promise.prototype.then% on a native promise: the derived
		// promise and the resolving functions it would get can never be
		// seen, so link the promise to the thenable with one reaction.
		// SpeciesConstructor runs first, as then would run it.
		var c *Object
		if exc := TryCatch(func() { c = speciesConstructor(j.thenable, PromiseConstructor) }); exc != nil {
			RejectPromise(j.promise, exc.Value)
			return
		}
		if c == PromiseConstructor {
			performThen(j.thenable, newThenReaction(nil, nil, promiseCapability{promise: j.promise}))
			return
		}
	}
	resolve, reject := createResolvingFunctions(j.promise)
	if _, exc := callCatching(j.then, ObjectValue(j.thenable), []Value{ObjectValue(resolve), ObjectValue(reject)}); exc != nil {
		reject.CallWith(Undefined, []Value{exc.Value})
	}
}

// createResolvingFunctions makes the resolve and reject functions of p,
// which share one [[AlreadyResolved]].
func createResolvingFunctions(p *Object) (resolve, reject *Object) {
	alreadyResolved := false
	resolve = NewFunction("", 1, func(_ Value, args []Value) Value {
		if !alreadyResolved {
			alreadyResolved = true
			ResolvePromise(p, Arg(args, 0))
		}
		return Undefined
	})
	reject = NewFunction("", 1, func(_ Value, args []Value) Value {
		if !alreadyResolved {
			alreadyResolved = true
			RejectPromise(p, Arg(args, 0))
		}
		return Undefined
	})
	return resolve, reject
}

// PromiseResolve is PromiseResolve(%Promise%, v): v itself when it is a
// promise whose constructor is %Promise%, else a new promise resolved with v.
func PromiseResolve(v Value) *Object {
	if IsPromise(v) {
		if c := v.Object().Get(Key("constructor"), v); c.Object() == PromiseConstructor {
			return v.Object()
		}
	}
	p := NewPromise()
	ResolvePromise(p, v)
	return p
}

// AwaitValue is Await(v) for a frame: PerformPromiseThen(PromiseResolve(v))
// with r as both reactions. r.Resume runs in a later job; nothing else is
// allocated than the reaction record. An exception of PromiseResolve (a
// throwing constructor getter) is thrown here, at the await.
func AwaitValue(v Value, r Reaction) {
	if !IsPromise(v) {
		p, reaction := newPromiseWithReaction()
		ResolvePromise(p, v)
		reaction.resume = r
		performThen(p, reaction)
		return
	}
	performThen(PromiseResolve(v), &promiseReaction{resume: r})
}

// PromiseThen is p.then(onFulfilled, onRejected) for a native promise p
// whose species is %Promise%, without looking either up; it returns the
// derived promise. Non-callable handlers pass the result on.
func PromiseThen(p *Object, onFulfilled, onRejected Value) *Object {
	derived, r := newPromiseWithThen(callableOrNil(onFulfilled), callableOrNil(onRejected))
	performThen(p, r)
	return derived
}

// thenWithSpecies is the rest of Promise.prototype.then on the native
// promise p once its species constructor c is known.
func thenWithSpecies(p, c *Object, onFulfilled, onRejected Value) Value {
	if c == PromiseConstructor {
		return ObjectValue(PromiseThen(p, onFulfilled, onRejected))
	}
	capability := newPromiseCapability(ObjectValue(c), false)
	performThen(p, newThenReaction(callableOrNil(onFulfilled), callableOrNil(onRejected), capability))
	return ObjectValue(capability.promise)
}

func callableOrNil(v Value) *Object {
	if o := v.Object(); o != nil && o.IsCallable() {
		return o
	}
	return nil
}

// speciesConstructor is SpeciesConstructor(o, fallback).
func speciesConstructor(o *Object, fallback *Object) *Object {
	c := o.Get(Key("constructor"), ObjectValue(o))
	if c.IsUndefined() {
		return fallback
	}
	co := c.Object()
	if co == nil {
		ThrowTypeError("The .constructor property is not an object")
	}
	if co == PromiseConstructor && promiseSpeciesIntact() {
		return co // what the getter returns, and calling it shows nothing
	}
	s := co.Get(SymbolKey(SymSpecies), c)
	if s.IsNullish() {
		return fallback
	}
	if so := s.Object(); so != nil && so.IsConstructor() {
		return so
	}
	ThrowTypeError("object.constructor[Symbol.species] is not a constructor")
	return nil
}

// promiseSpeciesIntact reports whether %Promise%[@@species] is still its
// own accessor with the original getter, which returns %Promise%.
func promiseSpeciesIntact() bool {
	i := PromiseConstructor.find(SymbolKey(SymSpecies))
	if i < 0 {
		return false
	}
	prop := &PromiseConstructor.props[i]
	return prop.flags&accessor != 0 && prop.getter == promiseSpeciesGetter
}

// newPromiseCapability is NewPromiseCapability(c). For %Promise% itself it
// makes no resolving functions unless full is set (a combinator passes
// them to JavaScript).
func newPromiseCapability(c Value, full bool) promiseCapability {
	co := c.Object()
	if co == PromiseConstructor && co != nil {
		p := NewPromise()
		if !full {
			return promiseCapability{promise: p}
		}
		resolve, reject := createResolvingFunctions(p)
		return promiseCapability{promise: p, resolve: resolve, reject: reject}
	}
	if co == nil || !co.IsConstructor() {
		ThrowTypeError(inspectShort(c) + " is not a constructor")
	}
	var resolve, reject Value
	executor := NewFunction("", 2, func(_ Value, args []Value) Value {
		if !resolve.IsUndefined() || !reject.IsUndefined() {
			ThrowTypeError("Promise executor has already been invoked with non-undefined arguments")
		}
		resolve, reject = Arg(args, 0), Arg(args, 1)
		return Undefined
	})
	p := Construct(c, nil, ObjectValue(executor))
	rf, jf := callableOrNil(resolve), callableOrNil(reject)
	if rf == nil || jf == nil {
		ThrowTypeError("Promise resolve or reject function is not callable")
	}
	return promiseCapability{promise: p.Object(), resolve: rf, reject: jf}
}

// promiseResolveWith is PromiseResolve(c, x).
func promiseResolveWith(c *Object, x Value) Value {
	if IsPromise(x) {
		if xc := x.Object().Get(Key("constructor"), x); xc.Object() == c {
			return x
		}
	}
	capability := newPromiseCapability(ObjectValue(c), false)
	capability.doResolve(x)
	return ObjectValue(capability.promise)
}

// invoke is Invoke(v, key, args): GetV then Call.
func invoke(v Value, key PropertyKey, args ...Value) Value {
	return Call(GetProp(v, key), v, args...)
}

var (
	// PromiseConstructor is %Promise%.
	PromiseConstructor *Object
	// promiseThenFunction is %Promise.prototype.then%.
	promiseThenFunction *Object
	// promiseResolveFunction is %Promise.resolve%.
	promiseResolveFunction *Object
	// promiseSpeciesGetter is the getter of %Promise%[@@species].
	promiseSpeciesGetter *Object
)

func init() {
	PromiseConstructor = NewConstructor("Promise", 1, func(Value, []Value) Value {
		ThrowTypeError("Promise constructor cannot be invoked without 'new'")
		return Undefined
	}, constructPromise)
	DefineConstructor(PromiseConstructor, PromisePrototype)
	PromisePrototype.DefineData(SymbolKey(SymToStringTag), Str("Promise"), Configurable)

	promiseThenFunction = DefineMethod(PromisePrototype, "then", 2, func(this Value, args []Value) Value {
		p := this.Object()
		if promiseOf(this) == nil {
			ThrowTypeError("Method Promise.prototype.then called on incompatible receiver " + inspectShort(this))
		}
		return thenWithSpecies(p, speciesConstructor(p, PromiseConstructor), Arg(args, 0), Arg(args, 1))
	})
	DefineMethod(PromisePrototype, "catch", 1, func(this Value, args []Value) Value {
		return invoke(this, Key("then"), Undefined, Arg(args, 0))
	})
	DefineMethod(PromisePrototype, "finally", 1, promiseFinally)

	DefineMethod(PromiseConstructor, "all", 1, func(this Value, args []Value) Value {
		return promiseCombinator(this, Arg(args, 0), "Promise.all", combineAll)
	})
	DefineMethod(PromiseConstructor, "allSettled", 1, func(this Value, args []Value) Value {
		return promiseCombinator(this, Arg(args, 0), "Promise.allSettled", combineAllSettled)
	})
	DefineMethod(PromiseConstructor, "any", 1, func(this Value, args []Value) Value {
		return promiseCombinator(this, Arg(args, 0), "Promise.any", combineAny)
	})
	DefineMethod(PromiseConstructor, "race", 1, func(this Value, args []Value) Value {
		return promiseCombinator(this, Arg(args, 0), "Promise.race", combineRace)
	})
	promiseResolveFunction = DefineMethod(PromiseConstructor, "resolve", 1, func(this Value, args []Value) Value {
		c := this.Object()
		if c == nil {
			ThrowTypeError("PromiseResolve called on non-object")
		}
		return promiseResolveWith(c, Arg(args, 0))
	})
	DefineMethod(PromiseConstructor, "reject", 1, func(this Value, args []Value) Value {
		if !this.IsObject() {
			ThrowTypeError("PromiseReject called on non-object")
		}
		capability := newPromiseCapability(this, false)
		capability.doReject(Arg(args, 0))
		return ObjectValue(capability.promise)
	})
	DefineMethod(PromiseConstructor, "withResolvers", 0, func(this Value, args []Value) Value {
		capability := newPromiseCapability(this, true)
		o := NewPlainObject()
		o.CreateDataProperty(Key("promise"), ObjectValue(capability.promise))
		o.CreateDataProperty(Key("resolve"), ObjectValue(capability.resolve))
		o.CreateDataProperty(Key("reject"), ObjectValue(capability.reject))
		return ObjectValue(o)
	})
	promiseSpeciesGetter = NewFunction("get [Symbol.species]", 0, func(this Value, _ []Value) Value { return this })
	PromiseConstructor.DefineAccessor(SymbolKey(SymSpecies), promiseSpeciesGetter, nil, Configurable)
}

// constructPromise is new Promise(executor).
func constructPromise(args []Value, newTarget *Object) Value {
	executor := Arg(args, 0)
	fn := callableOrNil(executor)
	if fn == nil {
		ThrowTypeError("Promise resolver " + inspectShort(executor) + " is not a function")
	}
	proto := PromisePrototype
	if p := newTarget.Get(Key("prototype"), ObjectValue(newTarget)).Object(); p != nil {
		proto = p
	}
	p := new(promiseObject).init(proto)
	resolve, reject := createResolvingFunctions(p)
	if _, exc := callCatching(fn, Undefined, []Value{ObjectValue(resolve), ObjectValue(reject)}); exc != nil {
		reject.CallWith(Undefined, []Value{exc.Value})
	}
	return ObjectValue(p)
}

// promiseFinally is Promise.prototype.finally: the handlers wrap onFinally
// so that the result passes through once the promise onFinally returned
// (if any) settles.
func promiseFinally(this Value, args []Value) Value {
	p := this.Object()
	if p == nil {
		ThrowTypeError("Promise.prototype.finally called on non-object")
	}
	c := speciesConstructor(p, PromiseConstructor)
	onFinally := Arg(args, 0)
	f := callableOrNil(onFinally)
	if f == nil {
		return invoke(this, Key("then"), onFinally, onFinally)
	}
	thenFinally := NewFunction("", 1, func(_ Value, args []Value) Value {
		value := Arg(args, 0)
		result := f.CallWith(Undefined, nil)
		promise := promiseResolveWith(c, result)
		valueThunk := NewFunction("", 0, func(Value, []Value) Value { return value })
		return invoke(promise, Key("then"), ObjectValue(valueThunk))
	})
	catchFinally := NewFunction("", 1, func(_ Value, args []Value) Value {
		reason := Arg(args, 0)
		result := f.CallWith(Undefined, nil)
		promise := promiseResolveWith(c, result)
		thrower := NewFunction("", 0, func(Value, []Value) Value {
			Throw(reason)
			return Undefined
		})
		return invoke(promise, Key("then"), ObjectValue(thrower))
	})
	return invoke(this, Key("then"), ObjectValue(thenFinally), ObjectValue(catchFinally))
}

// combinator says which of Promise.all, allSettled, any and race runs.
type combinator uint8

const (
	combineAll combinator = iota
	combineAllSettled
	combineAny
	combineRace
)

// combineState is what the element functions of one combinator call share.
type combineState struct {
	kind       combinator
	values     []Value // values (all, allSettled) or errors (any)
	remaining  int     // remainingElementsCount
	capability promiseCapability
}

// promiseCombinator is Promise.all, allSettled, any and race: capability,
// resolve lookup, iteration, and rejecting the capability with whatever an
// abrupt step threw (closing the iterator unless the iterator itself threw).
func promiseCombinator(this Value, iterable Value, name string, kind combinator) Value {
	c := this.Object()
	if c == nil {
		ThrowTypeError(name + " called on non-object")
	}
	capability := newPromiseCapability(this, true)
	s := &combineState{kind: kind, remaining: 1, capability: capability}
	if a := iterable.Object(); a != nil && a.class == ClassArray && kind != combineRace {
		// Room for as many values as the array has now (usually all).
		s.values = make([]Value, 0, len(a.elems))
	}
	var it *Iterator
	exc := TryCatch(func() {
		resolve := c.Get(Key("resolve"), this)
		if callableOrNil(resolve) == nil {
			ThrowTypeError("resolve is not a function")
		}
		it = GetIterator(iterable)
		for index := 0; ; index++ {
			v, ok := it.Next()
			if !ok {
				break
			}
			var next Value
			if resolve.Object() == promiseResolveFunction {
				next = promiseResolveWith(c, v) // what the call would do, without its argument list
			} else {
				next = Call(resolve, this, v)
			}
			s.element(index, next)
		}
		s.remaining--
		if s.remaining == 0 {
			s.finish()
		}
	})
	if exc != nil {
		if it != nil {
			it.CloseOnThrow()
		}
		capability.reject.CallWith(Undefined, []Value{exc.Value})
	}
	return ObjectValue(capability.promise)
}

// element subscribes to next, the result of C.resolve(element) for the
// element at index, with the element functions the combinator needs.
// When next is a native promise whose then is %Promise.prototype.then% and
// whose species is %Promise%, those functions and then's derived promise
// could never be seen (the functions never throw, so the derived promise
// only ever fulfils with undefined, unwatched): one reaction record stands
// for them, after the same property reads then makes.
func (s *combineState) element(index int, next Value) {
	if s.kind != combineRace {
		s.values = append(s.values, Undefined)
		s.remaining++
	}
	then := GetProp(next, Key("then"))
	if p := next.Object(); then.Object() == promiseThenFunction && promiseOf(next) != nil {
		c := speciesConstructor(p, PromiseConstructor)
		if c == PromiseConstructor {
			e := &combineElement{s: s, index: index}
			e.reaction.resume = e
			performThen(p, &e.reaction)
			return
		}
		onFulfilled, onRejected := s.elementFunctions(index)
		thenWithSpecies(p, c, onFulfilled, onRejected)
		return
	}
	onFulfilled, onRejected := s.elementFunctions(index)
	Call(then, next, onFulfilled, onRejected)
}

// combineElement is the element functions of one element, as a reaction
// on a native promise: Resume does what the function for the outcome does.
type combineElement struct {
	reaction promiseReaction
	s        *combineState
	index    int
}

func (e *combineElement) Resume(v Value, rejected bool) {
	s := e.s
	switch s.kind {
	case combineAll:
		if rejected {
			s.capability.reject.CallWith(Undefined, []Value{v})
		} else {
			s.settle(e.index, v)
		}
	case combineAllSettled:
		if rejected {
			s.settle(e.index, settledRecord("rejected", "reason", v))
		} else {
			s.settle(e.index, settledRecord("fulfilled", "value", v))
		}
	case combineAny:
		if rejected {
			s.settle(e.index, v)
		} else {
			s.capability.resolve.CallWith(Undefined, []Value{v})
		}
	case combineRace:
		if rejected {
			s.capability.reject.CallWith(Undefined, []Value{v})
		} else {
			s.capability.resolve.CallWith(Undefined, []Value{v})
		}
	}
}

// settle records v as the outcome of the element at index, and finishes
// once it was the last one.
func (s *combineState) settle(index int, v Value) {
	s.values[index] = v
	s.remaining--
	if s.remaining == 0 {
		s.finish()
	}
}

// elementFunctions makes the functions a combinator passes to the then of
// the element at index: the resolve element function of all, the
// fulfilment and rejection ones of allSettled (sharing [[AlreadyCalled]]),
// the reject element function of any, or the capability's own functions.
func (s *combineState) elementFunctions(index int) (onFulfilled, onRejected Value) {
	if s.kind == combineRace {
		return ObjectValue(s.capability.resolve), ObjectValue(s.capability.reject)
	}
	called := false // [[AlreadyCalled]]
	settleOnce := func(v Value) {
		if !called {
			called = true
			s.settle(index, v)
		}
	}
	switch s.kind {
	case combineAll:
		onFulfilled = ObjectValue(NewFunction("", 1, func(_ Value, args []Value) Value {
			settleOnce(Arg(args, 0))
			return Undefined
		}))
		onRejected = ObjectValue(s.capability.reject)
	case combineAllSettled:
		onFulfilled = ObjectValue(NewFunction("", 1, func(_ Value, args []Value) Value {
			if !called {
				settleOnce(settledRecord("fulfilled", "value", Arg(args, 0)))
			}
			return Undefined
		}))
		onRejected = ObjectValue(NewFunction("", 1, func(_ Value, args []Value) Value {
			if !called {
				settleOnce(settledRecord("rejected", "reason", Arg(args, 0)))
			}
			return Undefined
		}))
	case combineAny:
		onFulfilled = ObjectValue(s.capability.resolve)
		onRejected = ObjectValue(NewFunction("", 1, func(_ Value, args []Value) Value {
			settleOnce(Arg(args, 0))
			return Undefined
		}))
	}
	return onFulfilled, onRejected
}

// settledRecord is an element of Promise.allSettled's result.
func settledRecord(status, key string, v Value) Value {
	o := NewPlainObject()
	o.CreateDataProperty(Key("status"), Str(status))
	o.CreateDataProperty(Key(key), v)
	return ObjectValue(o)
}

// finish settles the combined promise once every element has: all and
// allSettled fulfil with the values, any rejects with an AggregateError.
func (s *combineState) finish() {
	switch s.kind {
	case combineAll, combineAllSettled:
		s.capability.resolve.CallWith(Undefined, []Value{ObjectValue(NewArray(s.values))})
	case combineAny:
		s.capability.reject.CallWith(Undefined, []Value{ObjectValue(newAggregateError(s.values))})
	}
}

// newAggregateError is the rejection of Promise.any when every element
// rejected.
func newAggregateError(errors []Value) *Object {
	e := NewError(AggregateErrorPrototype, "All promises were rejected")
	// V8 makes it inside the builtin, with no JavaScript frame in its stack.
	e.Internal.(*errorData).pcs = nil
	e.DefineData(Key("errors"), ObjectValue(NewArray(errors)), Hidden)
	return e
}
