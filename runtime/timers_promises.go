package runtime

// node:timers and node:timers/promises. The promise versions of setTimeout
// and setImmediate settle from the same timers and immediates as the global
// functions, with node's argument validation and AbortSignal support; the
// setInterval of timers/promises is node's async generator written as an
// async iterator: its interval starts with the first next(), ticks that
// fire while nobody waits are counted and handed out one per next(), and an
// abort rejects the waiting next() with an AbortError and ends it.

// timersModule is the exports object of node:timers.
func timersModule() *Object {
	m := NewPlainObject()
	for _, name := range []string{"setTimeout", "clearTimeout", "setImmediate", "clearImmediate", "setInterval", "clearInterval"} {
		m.CreateDataProperty(Key(name), Global.Get(Key(name), ObjectValue(Global)))
	}
	m.CreateDataProperty(Key("promises"), ObjectValue(builtinModule("timers/promises")))
	return m
}

// timersPromisesModule is the exports object of node:timers/promises.
func timersPromisesModule() *Object {
	m := NewPlainObject()
	setTimeout := NewFunction("setTimeout", 2, func(_ Value, args []Value) Value {
		return promiseTimeout(Arg(args, 0), Arg(args, 1), args, 2)
	})
	setImmediate := NewFunction("setImmediate", 1, func(_ Value, args []Value) Value {
		return promiseImmediate(Arg(args, 0), args, 1)
	})
	m.CreateDataProperty(Key("setTimeout"), ObjectValue(setTimeout))
	m.CreateDataProperty(Key("setImmediate"), ObjectValue(setImmediate))
	setInterval := NewFunction("setInterval", 2, func(_ Value, args []Value) Value {
		return newIntervalIterator(Arg(args, 0), Arg(args, 1), args, 2)
	})
	// Node's setInterval is an async generator function.
	if !asyncGeneratorFunctionMade {
		asyncGeneratorFunctionMade = true
		makeFunctionConstructor("AsyncGeneratorFunction", AsyncGeneratorFunctionPrototype)
	}
	setInterval.proto = AsyncGeneratorFunctionPrototype
	m.CreateDataProperty(Key("setInterval"), ObjectValue(setInterval))
	m.CreateDataProperty(Key("scheduler"), ObjectValue(newScheduler()))
	return m
}

// newScheduler is timers/promises' scheduler, the one instance of node's
// class Scheduler, marked by its own kScheduler symbol.
func newScheduler() *Object {
	kScheduler := NewSymbol("kScheduler")
	check := func(this Value) {
		if o := this.Object(); o == nil || !o.Get(SymbolKey(kScheduler), this).Truthy() {
			throwInvalidThis("Scheduler")
		}
	}
	proto := NewPlainObject()
	ctor := NewConstructor("Scheduler", 0, nil, func([]Value, *Object) Value {
		e := NewError(TypeErrorPrototype, "Illegal constructor")
		e.DefineData(Key("code"), Str("ERR_ILLEGAL_CONSTRUCTOR"), Hidden|Enumerable)
		Throw(ObjectValue(e))
		return Undefined
	})
	ctor.DefineData(Key("prototype"), ObjectValue(proto), 0)
	proto.DefineData(Key("constructor"), ObjectValue(ctor), Hidden)
	DefineMethod(proto, "yield", 0, func(this Value, _ []Value) Value {
		check(this)
		return promiseImmediate(Undefined, nil, 0)
	})
	DefineMethod(proto, "wait", 2, func(this Value, args []Value) Value {
		check(this)
		return promiseTimeout(Arg(args, 0), Undefined, args, 1)
	})
	s := NewObject(proto)
	s.DefineData(SymbolKey(kScheduler), True, Default)
	return s
}

// timerOptions validates the options argument (args[i], {} when absent) of
// a timers/promises function: its signal, and ref (false: the timer does
// not keep the loop alive).
func timerOptions(args []Value, i int) (signal *abortSignal, ref bool) {
	options := Undefined
	if i < len(args) {
		options = args[i]
	}
	ref = true
	if options.IsUndefined() {
		return nil, true
	}
	o := options.Object()
	if o == nil || o.IsCallable() {
		throwInvalidArgType("options", "object", options)
	}
	if s := o.Get(Key("signal"), options); !s.IsUndefined() {
		so := s.Object()
		as, ok := (*abortSignal)(nil), false
		if so != nil {
			as, ok = so.Internal.(*abortSignal)
		}
		if !ok {
			e := NewError(TypeErrorPrototype, "The \"options.signal\" property must be an instance of AbortSignal. Received "+describeReceived(s))
			e.DefineData(Key("code"), Str("ERR_INVALID_ARG_TYPE"), Hidden|Enumerable)
			Throw(ObjectValue(e))
		}
		signal = as
	}
	if r := o.Get(Key("ref"), options); !r.IsUndefined() {
		if !r.IsBool() {
			e := NewError(TypeErrorPrototype, "The \"options.ref\" property must be of type boolean. Received "+describeReceived(r))
			e.DefineData(Key("code"), Str("ERR_INVALID_ARG_TYPE"), Hidden|Enumerable)
			Throw(ObjectValue(e))
		}
		ref = r.Truthy()
	}
	return signal, ref
}

// timersAbortError is node's internal AbortError, with the signal's
// reason as its cause.
func timersAbortError(signal *abortSignal) Value {
	e := NewError(ErrorPrototype, "The operation was aborted")
	e.DefineData(Key("code"), Str("ABORT_ERR"), Default)
	e.DefineData(Key("name"), Str("AbortError"), Default)
	e.DefineData(Key("cause"), signal.reason, Hidden)
	return ObjectValue(e)
}

// rejected is a promise rejected with reason.
func rejected(reason Value) Value {
	p := NewPromise()
	RejectPromise(p, reason)
	return ObjectValue(p)
}

// promiseTimeout is timers/promises' setTimeout(delay, value, options).
func promiseTimeout(delay, value Value, args []Value, optionsAt int) Value {
	var signal *abortSignal
	var ref bool
	if exc := TryCatch(func() {
		if !delay.IsUndefined() && !delay.IsNumber() {
			throwInvalidArgType("delay", "number", delay)
		}
		signal, ref = timerOptions(args, optionsAt)
	}); exc != nil {
		return rejected(exc.Value)
	}
	if signal != nil && signal.aborted {
		return rejected(timersAbortError(signal))
	}
	p := NewPromise()
	resolve := NewFunction("", 1, func(_ Value, args []Value) Value {
		ResolvePromise(p, Arg(args, 0))
		return Undefined
	})
	t := newTimer([]Value{ObjectValue(resolve), delay, value}, false)
	if !ref {
		CallMethod("unref", t, Key("unref"))
	}
	return settleOnAbort(p, signal, func() { clearTimer(t) })
}

// promiseImmediate is timers/promises' setImmediate(value, options).
func promiseImmediate(value Value, args []Value, optionsAt int) Value {
	var signal *abortSignal
	var ref bool
	if exc := TryCatch(func() { signal, ref = timerOptions(args, optionsAt) }); exc != nil {
		return rejected(exc.Value)
	}
	if signal != nil && signal.aborted {
		return rejected(timersAbortError(signal))
	}
	p := NewPromise()
	im := newImmediate(NewFunction("", 1, func(_ Value, args []Value) Value {
		ResolvePromise(p, Arg(args, 0))
		return Undefined
	}), []Value{value})
	if !ref {
		CallMethod("unref", ObjectValue(im.obj), Key("unref"))
	}
	return settleOnAbort(p, signal, func() {
		CallFunc("clearImmediate", Global.Get(Key("clearImmediate"), ObjectValue(Global)), ObjectValue(im.obj))
	})
}

// settleOnAbort makes an abort of signal cancel p's timer and reject p with
// an AbortError; as node does, the promise returned is then
// p.finally(remove the listener).
func settleOnAbort(p *Object, signal *abortSignal, cancel func()) Value {
	if signal == nil {
		return ObjectValue(p)
	}
	listener := &abortListener{callback: ObjectValue(NewFunction("", 0, func(Value, []Value) Value {
		cancel()
		RejectPromise(p, timersAbortError(signal))
		return Undefined
	}))}
	signal.listeners = append(signal.listeners, listener)
	return CallMethod("promise.finally", ObjectValue(p), Key("finally"), ObjectValue(NewFunction("", 0, func(Value, []Value) Value {
		signal.remove(listener)
		return Undefined
	})))
}

// intervalIterator is the async iterator timers/promises' setInterval
// returns.
type intervalIterator struct {
	delay, value Value
	signal       *abortSignal
	ref          bool
	started      bool
	done         bool
	timer        Value
	listener     *abortListener
	notYielded   int
	waiting      []*Object // the promises of next() calls waiting for a tick
	// abortPending: the signal aborted while no next() waited; the next
	// one without a tick to hand out rejects.
	abortPending bool
}

func newIntervalIterator(delay, value Value, args []Value, optionsAt int) Value {
	it := &intervalIterator{delay: delay, value: value}
	// The async generator validates when its first next() runs its body;
	// an invalid argument makes that next() reject.
	var invalid *Exception
	invalid = TryCatch(func() {
		if !delay.IsUndefined() && !delay.IsNumber() {
			throwInvalidArgType("delay", "number", delay)
		}
		it.signal, it.ref = timerOptions(args, optionsAt)
	})
	o := NewObject(AsyncIteratorPrototype)
	DefineMethod(o, "next", 1, func(Value, []Value) Value {
		p := NewPromise()
		switch {
		case it.done && !it.abortPending:
			ResolvePromise(p, iterResult(Undefined, true))
		case invalid != nil:
			it.done = true
			RejectPromise(p, invalid.Value)
		case !it.started && it.signal != nil && it.signal.aborted:
			it.done = true
			RejectPromise(p, timersAbortError(it.signal))
		case it.notYielded > 0:
			it.notYielded--
			ResolvePromise(p, iterResult(it.value, false))
		case it.abortPending:
			it.abortPending, it.done = false, true
			RejectPromise(p, timersAbortError(it.signal))
		default:
			it.start()
			it.waiting = append(it.waiting, p)
		}
		return ObjectValue(p)
	})
	DefineMethod(o, "return", 1, func(_ Value, args []Value) Value {
		it.finish()
		it.abortPending = false
		for _, w := range it.waiting {
			ResolvePromise(w, iterResult(Undefined, true))
		}
		it.waiting = nil
		p := NewPromise()
		ResolvePromise(p, iterResult(Arg(args, 0), true))
		return ObjectValue(p)
	})
	return ObjectValue(o)
}

// start sets the interval and the abort listener on the first next().
func (it *intervalIterator) start() {
	if it.started {
		return
	}
	it.started = true
	tick := NewFunction("", 0, func(Value, []Value) Value {
		it.notYielded++
		if len(it.waiting) > 0 {
			w := it.waiting[0]
			it.waiting = it.waiting[1:]
			it.notYielded--
			ResolvePromise(w, iterResult(it.value, false))
		}
		return Undefined
	})
	it.timer = newTimer([]Value{ObjectValue(tick), it.delay}, true)
	if !it.ref {
		CallMethod("unref", it.timer, Key("unref"))
	}
	if it.signal != nil {
		it.listener = &abortListener{once: true, callback: ObjectValue(NewFunction("", 0, func(Value, []Value) Value {
			waiting := it.waiting
			it.waiting = nil
			it.finish()
			it.abortPending = len(waiting) == 0
			for i, w := range waiting {
				if i == 0 {
					RejectPromise(w, timersAbortError(it.signal))
				} else {
					ResolvePromise(w, iterResult(Undefined, true))
				}
			}
			return Undefined
		}))}
		it.signal.listeners = append(it.signal.listeners, it.listener)
	}
}

// finish clears the interval and the abort listener: the iterator is done.
func (it *intervalIterator) finish() {
	it.done = true
	if it.started {
		clearTimer(it.timer)
	}
	if it.listener != nil {
		it.signal.remove(it.listener)
		it.listener = nil
	}
}
