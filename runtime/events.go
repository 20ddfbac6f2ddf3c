package runtime

import (
	"math"
	"strconv"
)

// node:events, ported from node v20's lib/events.js. An emitter keeps its
// state where node keeps it, in the JavaScript-visible properties _events
// (a null-prototype object of one listener or an array of them per event),
// _eventsCount and _maxListeners, and every method reads them and calls the
// other methods through the object, as node's do: subclasses that override
// emit or removeListener, util.inherits with EventEmitter.call(this), and
// console.log of an emitter all behave as in node.
//
// The structure follows node's lib/events.js (MIT License, Copyright
// Node.js contributors), rewritten in Go over the runtime's object model.

var (
	// EventEmitterConstructor is the EventEmitter function, also the module's
	// exports object.
	EventEmitterConstructor *Object
	eventEmitterPrototype   *Object
	kCapture                = NewSymbol("kCapture")
	kShapeMode              = NewSymbol("shapeMode")
	kErrorMonitor           = NewSymbol("events.errorMonitor")
	defaultMaxListeners     = Int(10)
)

// eventsModule is the exports object of node:events: the EventEmitter
// function, with once, on and the other helpers as its properties.
func eventsModule() *Object {
	if EventEmitterConstructor != nil {
		return EventEmitterConstructor
	}
	proto := NewPlainObject()
	ee := NewConstructor("EventEmitter", 1, func(this Value, args []Value) Value {
		emitterInit(this, Arg(args, 0))
		return Undefined
	}, func(args []Value, newTarget *Object) Value {
		o := ObjectValue(OrdinaryCreateFromConstructor(newTarget, proto))
		emitterInit(o, Arg(args, 0))
		return o
	})
	EventEmitterConstructor, eventEmitterPrototype = ee, proto
	ee.DefineData(Key("prototype"), ObjectValue(proto), Writable)
	proto.DefineData(Key("constructor"), ObjectValue(ee), Hidden)

	// Node assigns these, so they are enumerable.
	method := func(name string, length int, fn NativeFunc) *Object {
		f := NewFunction(name, length, fn)
		proto.DefineData(Key(name), ObjectValue(f), Default)
		return f
	}
	proto.DefineData(Key("_events"), Undefined, Default)
	proto.DefineData(Key("_eventsCount"), Int(0), Default)
	proto.DefineData(Key("_maxListeners"), Undefined, Default)
	method("setMaxListeners", 1, func(this Value, args []Value) Value {
		n := validateNonNegative(Arg(args, 0), "setMaxListeners")
		setProp(this, "_maxListeners", n)
		return this
	})
	method("getMaxListeners", 0, func(this Value, _ []Value) Value { return maxListeners(this) })
	method("emit", 1, func(this Value, args []Value) Value {
		rest := []Value{}
		if len(args) > 1 {
			rest = args[1:]
		}
		return Bool(emitterEmit(this, Arg(args, 0), rest))
	})
	addListener := method("addListener", 2, func(this Value, args []Value) Value {
		return addEventListener(this, Arg(args, 0), Arg(args, 1), false)
	})
	proto.DefineData(Key("on"), ObjectValue(addListener), Default)
	method("prependListener", 2, func(this Value, args []Value) Value {
		return addEventListener(this, Arg(args, 0), Arg(args, 1), true)
	})
	method("once", 2, func(this Value, args []Value) Value {
		typ, listener := Arg(args, 0), Arg(args, 1)
		checkListener(listener)
		callMethod(this, "on", typ, onceWrap(this, typ, listener))
		return this
	})
	method("prependOnceListener", 2, func(this Value, args []Value) Value {
		typ, listener := Arg(args, 0), Arg(args, 1)
		checkListener(listener)
		callMethod(this, "prependListener", typ, onceWrap(this, typ, listener))
		return this
	})
	removeListener := method("removeListener", 2, func(this Value, args []Value) Value {
		return emitterRemoveListener(this, Arg(args, 0), Arg(args, 1))
	})
	proto.DefineData(Key("off"), ObjectValue(removeListener), Default)
	method("removeAllListeners", 1, func(this Value, args []Value) Value {
		return emitterRemoveAll(this, Arg(args, 0), len(args) > 0)
	})
	method("listeners", 1, func(this Value, args []Value) Value { return emitterListeners(this, Arg(args, 0), true) })
	method("rawListeners", 1, func(this Value, args []Value) Value { return emitterListeners(this, Arg(args, 0), false) })
	listenerCount := method("listenerCount", 2, func(this Value, args []Value) Value {
		return Int(emitterListenerCount(this, Arg(args, 0), Arg(args, 1)))
	})
	method("eventNames", 0, func(this Value, _ []Value) Value {
		if ToNumber(getProp(this, "_eventsCount")) > 0 {
			return reflectOwnKeys(getProp(this, "_events"))
		}
		return ObjectValue(NewArray(nil))
	})
	proto.DefineData(SymbolKey(kCapture), False, Writable)

	static := func(name, fname string, length int, fn NativeFunc) {
		ee.DefineData(Key(name), ObjectValue(NewFunction(fname, length, fn)), Default)
	}
	static("addAbortListener", "addAbortListener", 2, addAbortListener)
	static("once", "once", 2, eventsOnce)
	// Node's once is an async function.
	if !asyncFunctionMade {
		makeAsyncFunction()
	}
	ee.Get(Key("once"), ObjectValue(ee)).Object().proto = AsyncFunctionPrototype
	static("on", "on", 2, eventsOn)
	static("getEventListeners", "getEventListeners", 2, getEventListeners)
	static("getMaxListeners", "getMaxListeners", 1, func(_ Value, args []Value) Value {
		e := Arg(args, 0)
		if !e.IsNullish() && isCallable(GetProp(e, Key("getMaxListeners"))) {
			return maxListeners(e)
		}
		if s := signalOf(e); s != nil {
			if n, ok := signalMaxListeners[s]; ok {
				return n
			}
			return defaultMaxListeners
		}
		throwInvalidArg("emitter", "an instance of EventEmitter or EventTarget", e)
		return Undefined
	})
	ee.DefineData(Key("EventEmitter"), ObjectValue(ee), Default)
	ee.DefineData(Key("usingDomains"), False, Default)
	ee.DefineData(Key("captureRejectionSymbol"), SymbolValue(symbolFor("nodejs.rejection")), Default)
	ee.DefineAccessor(Key("captureRejections"),
		NewFunction("get", 0, func(Value, []Value) Value { return proto.Get(SymbolKey(kCapture), ObjectValue(proto)) }),
		NewFunction("set", 1, func(_ Value, args []Value) Value {
			v := Arg(args, 0)
			if !v.IsBool() {
				throwInvalidArg("EventEmitter.captureRejections", "of type boolean", v)
			}
			proto.Set(SymbolKey(kCapture), v, ObjectValue(proto))
			return Undefined
		}), Enumerable)
	ee.DefineData(Key("errorMonitor"), SymbolValue(kErrorMonitor), Default)
	ee.DefineAccessor(Key("defaultMaxListeners"),
		NewFunction("get", 0, func(Value, []Value) Value { return defaultMaxListeners }),
		NewFunction("set", 1, func(_ Value, args []Value) Value {
			defaultMaxListeners = validateNonNegative(Arg(args, 0), "defaultMaxListeners")
			return Undefined
		}), Enumerable)
	// Node's limits for EventTargets, which the runtime has only as
	// AbortSignal.
	ee.DefineData(Key("kMaxEventTargetListeners"), SymbolValue(NewSymbol("events.maxEventTargetListeners")), 0)
	ee.DefineData(Key("kMaxEventTargetListenersWarned"), SymbolValue(NewSymbol("events.maxEventTargetListenersWarned")), 0)
	static("setMaxListeners", "", 0, func(_ Value, args []Value) Value {
		n := defaultMaxListeners
		if len(args) > 0 && !args[0].IsUndefined() {
			n = args[0]
		}
		n = validateNonNegative(n, "setMaxListeners")
		if len(args) <= 1 {
			defaultMaxListeners = n
		}
		for _, target := range argsFrom(args, 1) {
			if s := signalOf(target); s != nil {
				signalMaxListeners[s] = n
			} else if isCallable(GetProp(target, Key("setMaxListeners"))) {
				callMethod(target, "setMaxListeners", n)
			} else {
				throwInvalidArg("eventTargets", "an instance of EventEmitter or EventTarget", target)
			}
		}
		return Undefined
	})
	static("init", "", 1, func(this Value, args []Value) Value {
		emitterInit(this, Arg(args, 0))
		return Undefined
	})
	static("listenerCount", "", 2, func(_ Value, args []Value) Value {
		e, typ := Arg(args, 0), Arg(args, 1)
		if isCallable(GetProp(e, Key("listenerCount"))) {
			return callMethod(e, "listenerCount", typ)
		}
		return listenerCount.CallWith(e, []Value{typ})
	})
	return ee
}

// signalMaxListeners are the limits events.setMaxListeners gave AbortSignals
// (node keeps them in a symbol-keyed property of the EventTarget).
var signalMaxListeners = map[*abortSignal]Value{}

// signalOf is v's AbortSignal, or nil when v is not one.
func signalOf(v Value) *abortSignal {
	if o := v.Object(); o != nil {
		s, _ := o.Internal.(*abortSignal)
		return s
	}
	return nil
}

// getEventListeners is events.getEventListeners(emitterOrTarget, type): an
// emitter's listeners, or an AbortSignal's (its onabort handler wrapped as
// node's eventHandler).
func getEventListeners(_ Value, args []Value) Value {
	e, typ := Arg(args, 0), Arg(args, 1)
	if isCallable(GetProp(e, Key("listeners"))) {
		return callMethod(e, "listeners", typ)
	}
	s := signalOf(e)
	if s == nil {
		throwInvalidArg("emitter", "an instance of EventEmitter or EventTarget", e)
	}
	var ls []Value
	if typ.IsString() && typ.Text() == "abort" {
		for _, l := range s.listeners {
			switch {
			case l.removed:
			case l == s.onabort:
				h := NewFunction("eventHandler", 1, func(this Value, a []Value) Value { return Call(l.callback, this, a...) })
				h.DefineData(Key("handler"), l.callback, Default)
				ls = append(ls, ObjectValue(h))
			default:
				ls = append(ls, l.callback)
			}
		}
	}
	return ObjectValue(NewArray(ls))
}

// argsFrom is args from index i on (none when there are fewer).
func argsFrom(args []Value, i int) []Value {
	if i < len(args) {
		return args[i:]
	}
	return nil
}

// symbolFor is Symbol.for(key).
func symbolFor(key string) *Symbol {
	s, ok := symbolRegistry[key]
	if !ok {
		s = &Symbol{Description: key, HasDescription: true, registryKey: true}
		symbolRegistry[key] = s
	}
	return s
}

func getProp(o Value, name string) Value    { return GetProp(o, Key(name)) }
func setProp(o Value, name string, v Value) { SetProp(o, Key(name), v, true) }

// callMethod is o[name](args...).
func callMethod(o Value, name string, args ...Value) Value {
	return Call(GetProp(o, Key(name)), o, args...)
}

// newEventsObject is node's { __proto__: null } for _events.
func newEventsObject() Value { return ObjectValue(NewObject(nil)) }

// emitterInit is EventEmitter.init: fresh _events unless a subclass's
// prototype or the object itself already has its own (shape mode).
func emitterInit(this Value, opts Value) {
	events := getProp(this, "_events")
	var protoEvents Value
	if o := this.Object(); o != nil {
		if p := o.Proto(); p != nil {
			protoEvents = p.Get(Key("_events"), this)
		}
	}
	if events.IsUndefined() || StrictEquals(events, protoEvents) {
		setProp(this, "_events", newEventsObject())
		setProp(this, "_eventsCount", Int(0))
		SetProp(this, SymbolKey(kShapeMode), False, true)
	} else {
		SetProp(this, SymbolKey(kShapeMode), True, true)
	}
	m := getProp(this, "_maxListeners")
	if !ToBoolean(m) {
		m = Undefined
	}
	setProp(this, "_maxListeners", m)
	capture := Undefined
	if !opts.IsNullish() {
		capture = GetProp(opts, Key("captureRejections"))
	}
	if ToBoolean(capture) {
		if !capture.IsBool() {
			throwInvalidArg("options.captureRejections", "of type boolean", capture)
		}
		SetProp(this, SymbolKey(kCapture), capture, true)
	} else {
		SetProp(this, SymbolKey(kCapture), eventEmitterPrototype.Get(SymbolKey(kCapture), ObjectValue(eventEmitterPrototype)), true)
	}
}

// withCode gives e node's error code: the code property, and the code in
// the first line of its stack ("TypeError [ERR_X]: message"), as node's
// errors have it in their name while their stack is taken.
func withCode(e *Object, code string) *Object {
	e.DefineData(Key("toString"), ObjectValue(NewFunction("toString", 0, func(this Value, _ []Value) Value {
		return Str(ToGoString(GetProp(this, Key("name"))) + " [" + code + "]: " + ToGoString(GetProp(this, Key("message"))))
	})), Hidden)
	name := ToGoString(e.Get(Key("name"), ObjectValue(e)))
	e.DefineData(Key("name"), Str(name+" ["+code+"]"), Hidden)
	e.Get(Key("stack"), ObjectValue(e))
	e.Delete(Key("name"))
	e.DefineData(Key("code"), Str(code), Default)
	return e
}

// validateNonNegative is node's validateNumber(n, name, 0).
func validateNonNegative(n Value, name string) Value {
	if !n.IsNumber() {
		throwInvalidArg(name, "of type number", n)
	}
	if f := n.NumberValue(); f < 0 || math.IsNaN(f) {
		Throw(ObjectValue(withCode(NewError(RangeErrorPrototype, `The value of "`+name+`" is out of range. It must be >= 0. Received `+inspectShort(n)), "ERR_OUT_OF_RANGE")))
	}
	return n
}

func checkListener(listener Value) {
	if !isCallable(listener) {
		throwInvalidArgType("listener", "function", listener)
	}
}

// maxListeners is _getMaxListeners: the emitter's own limit, else the default.
func maxListeners(this Value) Value {
	if m := getProp(this, "_maxListeners"); !m.IsUndefined() {
		return m
	}
	return GetProp(ObjectValue(EventEmitterConstructor), Key("defaultMaxListeners"))
}

// emitterEmit is emitter.emit(type, ...args): whether there were listeners.
func emitterEmit(this, typ Value, args []Value) bool {
	doError := typ.IsString() && typ.Text() == "error"
	events := getProp(this, "_events")
	if !events.IsUndefined() {
		if doError && !GetProp(events, SymbolKey(kErrorMonitor)).IsUndefined() {
			callMethod(this, "emit", append([]Value{SymbolValue(kErrorMonitor)}, args...)...)
		}
		doError = doError && GetProp(events, Key("error")).IsUndefined()
	} else if !doError {
		return false
	}
	if doError {
		er := Arg(args, 0)
		if InstanceOf(er, ObjectValue(ErrorConstructor)) {
			Throw(er)
		}
		stringified := Inspect(er)
		err := withCode(NewError(ErrorPrototype, "Unhandled error. ("+stringified+")"), "ERR_UNHANDLED_ERROR")
		err.DefineData(Key("context"), er, Default)
		Throw(ObjectValue(err))
	}
	handler := GetProp(events, ToPropertyKey(typ))
	if handler.IsUndefined() {
		return false
	}
	if isCallable(handler) {
		addCatch(this, handler.Object().CallWith(this, args), typ, args)
		return true
	}
	for _, l := range arrayValues(handler) {
		addCatch(this, Call(l, this, args...), typ, args)
	}
	return true
}

// arrayValues copies the elements of an array-like.
func arrayValues(arr Value) []Value {
	n := int(ToNumber(getProp(arr, "length")))
	vs := make([]Value, n)
	for i := range vs {
		vs[i] = GetProp(arr, Key(strconv.Itoa(i)))
	}
	return vs
}

// addCatch is captureRejections: a listener's rejected promise becomes the
// emitter's 'error' event (or its Symbol.for('nodejs.rejection') method).
func addCatch(this, result, typ Value, args []Value) {
	if result.IsNullish() || !ToBoolean(GetProp(this, SymbolKey(kCapture))) {
		return
	}
	if exc := TryCatch(func() {
		then := GetProp(result, Key("then"))
		if !isCallable(then) {
			return
		}
		Call(then, result, Undefined, ObjectValue(NewFunction("", 1, func(_ Value, a []Value) Value {
			err := Arg(a, 0)
			NextTick(NewFunction("emitUnhandledRejectionOrErr", 0, func(Value, []Value) Value {
				if f := GetProp(this, SymbolKey(symbolFor("nodejs.rejection"))); isCallable(f) {
					Call(f, this, append([]Value{err, typ}, args...)...)
					return Undefined
				}
				prev := GetProp(this, SymbolKey(kCapture))
				SetProp(this, SymbolKey(kCapture), False, true)
				defer SetProp(this, SymbolKey(kCapture), prev, true)
				callMethod(this, "emit", Str("error"), err)
				return Undefined
			}))
			return Undefined
		})))
	}); exc != nil {
		callMethod(this, "emit", Str("error"), exc.Value)
	}
}

// addEventListener is _addListener.
func addEventListener(target, typ, listener Value, prepend bool) Value {
	checkListener(listener)
	events := getProp(target, "_events")
	existing := Undefined
	if events.IsUndefined() {
		events = newEventsObject()
		setProp(target, "_events", events)
		setProp(target, "_eventsCount", Int(0))
	} else {
		if !getProp(events, "newListener").IsUndefined() {
			announced := getProp(listener, "listener")
			if announced.IsNullish() {
				announced = listener
			}
			callMethod(target, "emit", Str("newListener"), typ, announced)
			events = getProp(target, "_events")
		}
		existing = GetProp(events, ToPropertyKey(typ))
	}
	key := ToPropertyKey(typ)
	if existing.IsUndefined() {
		SetProp(events, key, listener, true)
		setProp(target, "_eventsCount", Number(ToNumber(getProp(target, "_eventsCount"))+1))
		return target
	}
	switch {
	case isCallable(existing):
		pair := []Value{existing, listener}
		if prepend {
			pair = []Value{listener, existing}
		}
		existing = ObjectValue(NewArray(pair))
		SetProp(events, key, existing, true)
	case prepend:
		callMethod(existing, "unshift", listener)
	default:
		callMethod(existing, "push", listener)
	}
	m := ToNumber(maxListeners(target))
	count := ToNumber(getProp(existing, "length"))
	if m > 0 && count > m && !ToBoolean(getProp(existing, "warned")) {
		setProp(existing, "warned", True)
		var name string
		if s := typ.Symbol(); s != nil {
			name = "Symbol(" + s.Description + ")"
		} else {
			name = ToGoString(typ)
		}
		opts := DefaultInspectOptions
		opts.Depth = -1
		w := newWarning("Possible EventEmitter memory leak detected. "+ToGoString(Number(count))+" "+name+
			" listeners added to "+InspectWith(target, opts)+". MaxListeners is "+ToGoString(Number(m))+
			". Use emitter.setMaxListeners() to increase limit", "MaxListenersExceededWarning", Undefined, Undefined, nil)
		w.Set(Key("emitter"), target, ObjectValue(w))
		w.Set(Key("type"), typ, ObjectValue(w))
		w.Set(Key("count"), Number(count), ObjectValue(w))
		queueWarning(w)
	}
	return target
}

// onceWrap is _onceWrap: node's onceWrapper bound to its state, which
// removes itself before it calls the listener, and which removeListener
// finds through its listener property.
func onceWrap(target, typ, listener Value) Value {
	fired := false
	var wrapped *Object
	wrapped = NewFunction("bound onceWrapper", 0, func(_ Value, args []Value) Value {
		if fired {
			return Undefined
		}
		callMethod(target, "removeListener", typ, ObjectValue(wrapped))
		fired = true
		return Call(listener, target, args...)
	})
	wrapped.DefineData(Key("listener"), listener, Default)
	return ObjectValue(wrapped)
}

// wraps reports whether l is listener or a once-wrapper of it.
func wraps(l, listener Value) bool {
	return StrictEquals(l, listener) || !l.IsNullish() && StrictEquals(getProp(l, "listener"), listener)
}

// emitterRemoveListener is removeListener: it removes the last-added match.
func emitterRemoveListener(this, typ, listener Value) Value {
	checkListener(listener)
	events := getProp(this, "_events")
	if events.IsUndefined() {
		return this
	}
	key := ToPropertyKey(typ)
	list := GetProp(events, key)
	if list.IsUndefined() {
		return this
	}
	if wraps(list, listener) {
		count := ToNumber(getProp(this, "_eventsCount")) - 1
		setProp(this, "_eventsCount", Number(count))
		switch {
		case ToBoolean(GetProp(this, SymbolKey(kShapeMode))):
			SetProp(events, key, Undefined, true)
		case count == 0:
			setProp(this, "_events", newEventsObject())
		default:
			events.Object().Delete(key)
			if ToBoolean(getProp(events, "removeListener")) {
				removed := getProp(list, "listener")
				if !ToBoolean(removed) {
					removed = listener
				}
				callMethod(this, "emit", Str("removeListener"), typ, removed)
			}
		}
		return this
	}
	if isCallable(list) {
		return this
	}
	ls := arrayValues(list)
	position := -1
	for i := len(ls) - 1; i >= 0; i-- {
		if wraps(ls[i], listener) {
			position = i
			break
		}
	}
	if position < 0 {
		return this
	}
	if position == 0 {
		callMethod(list, "shift")
	} else {
		// Node's spliceOne: move the rest down, drop the last.
		for i := position; i+1 < len(ls); i++ {
			SetProp(list, Key(strconv.Itoa(i)), ls[i+1], true)
		}
		callMethod(list, "pop")
	}
	if ToNumber(getProp(list, "length")) == 1 {
		SetProp(events, key, GetProp(list, Key("0")), true)
	}
	if !getProp(events, "removeListener").IsUndefined() {
		callMethod(this, "emit", Str("removeListener"), typ, listener)
	}
	return this
}

// emitterRemoveAll is removeAllListeners([type]); hasType tells a missing
// argument from undefined.
func emitterRemoveAll(this, typ Value, hasType bool) Value {
	events := getProp(this, "_events")
	if events.IsUndefined() {
		return this
	}
	if getProp(events, "removeListener").IsUndefined() {
		if !hasType {
			setProp(this, "_events", newEventsObject())
			setProp(this, "_eventsCount", Int(0))
		} else if key := ToPropertyKey(typ); !GetProp(events, key).IsUndefined() {
			count := ToNumber(getProp(this, "_eventsCount")) - 1
			setProp(this, "_eventsCount", Number(count))
			if count == 0 {
				setProp(this, "_events", newEventsObject())
			} else {
				events.Object().Delete(key)
			}
		}
		SetProp(this, SymbolKey(kShapeMode), False, true)
		return this
	}
	// Emit removeListener for every listener of every event, the
	// removeListener listeners last.
	if !hasType {
		for _, k := range events.Object().OwnKeys() {
			if k.Symbol == nil && k.Name == "removeListener" {
				continue
			}
			callMethod(this, "removeAllListeners", k.Value())
		}
		callMethod(this, "removeAllListeners", Str("removeListener"))
		setProp(this, "_events", newEventsObject())
		setProp(this, "_eventsCount", Int(0))
		SetProp(this, SymbolKey(kShapeMode), False, true)
		return this
	}
	listeners := GetProp(events, ToPropertyKey(typ))
	if isCallable(listeners) {
		callMethod(this, "removeListener", typ, listeners)
	} else if !listeners.IsUndefined() {
		ls := arrayValues(listeners)
		for i := len(ls) - 1; i >= 0; i-- {
			callMethod(this, "removeListener", typ, ls[i])
		}
	}
	return this
}

// emitterListeners is listeners(type) (unwrap: once-wrappers replaced by
// their listeners) and rawListeners(type).
func emitterListeners(this, typ Value, unwrap bool) Value {
	events := getProp(this, "_events")
	if events.IsUndefined() {
		return ObjectValue(NewArray(nil))
	}
	l := GetProp(events, ToPropertyKey(typ))
	if l.IsUndefined() {
		return ObjectValue(NewArray(nil))
	}
	var ls []Value
	if isCallable(l) {
		ls = []Value{l}
	} else {
		ls = arrayValues(l)
	}
	if unwrap {
		for i, f := range ls {
			if orig := getProp(f, "listener"); isCallable(orig) {
				ls[i] = orig
			}
		}
	}
	return ObjectValue(NewArray(ls))
}

// emitterListenerCount is listenerCount(type[, listener]).
func emitterListenerCount(this, typ, listener Value) int {
	events := getProp(this, "_events")
	if events.IsUndefined() {
		return 0
	}
	l := GetProp(events, ToPropertyKey(typ))
	if isCallable(l) {
		if !listener.IsNullish() && !wraps(l, listener) {
			return 0
		}
		return 1
	}
	if l.IsUndefined() {
		return 0
	}
	ls := arrayValues(l)
	if listener.IsNullish() {
		return len(ls)
	}
	n := 0
	for _, f := range ls {
		if wraps(f, listener) {
			n++
		}
	}
	return n
}

// reflectOwnKeys is Reflect.ownKeys(o).
func reflectOwnKeys(o Value) Value {
	keys := ToObject(o).OwnKeys()
	vs := make([]Value, len(keys))
	for i, k := range keys {
		vs[i] = k.Value()
	}
	return ObjectValue(NewArray(vs))
}

// rejectedPromise is Promise.reject(v).
func rejectedPromise(v Value) Value {
	p := NewPromise()
	RejectPromise(p, v)
	return ObjectValue(p)
}

// eventsOnce is events.once(emitter, name[, options]): a promise of the
// arguments of the next name event, rejected by an earlier 'error' event.
func eventsOnce(_ Value, args []Value) Value {
	emitter, name, options := Arg(args, 0), Arg(args, 1), Arg(args, 2)
	// once is an async function returning the promise p: its own promise
	// follows p, two jobs behind it.
	result, p := NewPromise(), NewPromise()
	if exc := TryCatch(func() {
		signal := Undefined
		if !options.IsNullish() {
			signal = GetProp(options, Key("signal"))
		}
		var sig *abortSignal
		if !signal.IsUndefined() {
			if o := signal.Object(); o != nil {
				sig, _ = o.Internal.(*abortSignal)
			}
			if sig == nil {
				throwInvalidInstance("options.signal", "AbortSignal", signal)
			}
			if sig.aborted {
				Throw(eventsAbortError(sig.reason))
			}
		}
		var errorListener, resolver, abortListener *Object
		removeAbort := func() {
			if sig != nil {
				callMethod(signal, "removeEventListener", Str("abort"), ObjectValue(abortListener))
			}
		}
		errorListener = NewFunction("errorListener", 1, func(_ Value, a []Value) Value {
			callMethod(emitter, "removeListener", name, ObjectValue(resolver))
			removeAbort()
			RejectPromise(p, Arg(a, 0))
			return Undefined
		})
		resolver = NewFunction("resolver", 0, func(_ Value, a []Value) Value {
			if isCallable(getProp(emitter, "removeListener")) {
				callMethod(emitter, "removeListener", Str("error"), ObjectValue(errorListener))
			}
			removeAbort()
			ResolvePromise(p, ObjectValue(NewArray(append([]Value(nil), a...))))
			return Undefined
		})
		abortListener = NewFunction("abortListener", 0, func(Value, []Value) Value {
			agnosticRemoveListener(emitter, name, ObjectValue(resolver))
			agnosticRemoveListener(emitter, Str("error"), ObjectValue(errorListener))
			RejectPromise(p, eventsAbortError(sig.reason))
			return Undefined
		})
		agnosticAddListener(emitter, name, ObjectValue(resolver), true)
		if !(name.IsString() && name.Text() == "error") && isCallable(getProp(emitter, "once")) {
			callMethod(emitter, "once", Str("error"), ObjectValue(errorListener))
		}
		if sig != nil {
			opts := NewPlainObject()
			opts.CreateDataProperty(Key("once"), True)
			callMethod(signal, "addEventListener", Str("abort"), ObjectValue(abortListener), ObjectValue(opts))
		}
	}); exc != nil {
		RejectPromise(result, exc.Value)
		return ObjectValue(result)
	}
	ResolvePromise(result, ObjectValue(p))
	return ObjectValue(result)
}

// addAbortListener is events.addAbortListener(signal, listener): listener
// once on the signal's abort (in a microtask when it has aborted already),
// and a disposable that removes it.
func addAbortListener(_ Value, args []Value) Value {
	signal, listener := Arg(args, 0), Arg(args, 1)
	var sig *abortSignal
	if o := signal.Object(); o != nil {
		sig, _ = o.Internal.(*abortSignal)
	}
	if sig == nil {
		throwInvalidInstance("signal", "AbortSignal", signal)
	}
	checkListener(listener)
	remove := func() {}
	if sig.aborted {
		QueueMicrotask(NewFunction("", 0, func(Value, []Value) Value { return Call(listener, Undefined) }))
	} else {
		opts := NewPlainObject()
		opts.CreateDataProperty(Key("once"), True)
		callMethod(signal, "addEventListener", Str("abort"), listener, ObjectValue(opts))
		remove = func() { callMethod(signal, "removeEventListener", Str("abort"), listener) }
	}
	d := NewObject(nil)
	d.DefineData(SymbolKey(symbolFor("nodejs.dispose")), ObjectValue(NewFunction("[nodejs.dispose]", 0, func(Value, []Value) Value {
		remove()
		return Undefined
	})), Default)
	return ObjectValue(d)
}

// agnosticAddListener is node's eventTargetAgnosticAddListener: on or
// once for an emitter, addEventListener for an EventTarget.
func agnosticAddListener(emitter, name, listener Value, once bool) {
	switch {
	case isCallable(GetProp(emitter, Key("on"))):
		if once {
			callMethod(emitter, "once", name, listener)
		} else {
			callMethod(emitter, "on", name, listener)
		}
	case isCallable(GetProp(emitter, Key("addEventListener"))):
		opts := NewPlainObject()
		opts.CreateDataProperty(Key("once"), Bool(once))
		callMethod(emitter, "addEventListener", name, listener, ObjectValue(opts))
	default:
		throwInvalidInstance("emitter", "EventEmitter", emitter)
	}
}

// agnosticRemoveListener is eventTargetAgnosticRemoveListener.
func agnosticRemoveListener(emitter, name, listener Value) {
	switch {
	case isCallable(GetProp(emitter, Key("removeListener"))):
		callMethod(emitter, "removeListener", name, listener)
	case isCallable(GetProp(emitter, Key("removeEventListener"))):
		callMethod(emitter, "removeEventListener", name, listener)
	default:
		throwInvalidInstance("emitter", "EventEmitter", emitter)
	}
}

// eventsAbortError is lib/internal/errors' AbortError: "The operation was
// aborted", code ABORT_ERR, the signal's reason as its cause.
func eventsAbortError(reason Value) Value {
	e := NewError(ErrorPrototype, "The operation was aborted")
	e.DefineData(Key("code"), Str("ABORT_ERR"), Default)
	e.DefineData(Key("name"), Str("AbortError"), Default)
	e.DefineData(Key("cause"), reason, Hidden)
	return ObjectValue(e)
}

// eventsOn is events.on(emitter, event[, options]): an async iterator of
// the events' argument arrays. Events that come before next() asks are
// queued; an 'error' event rejects the next pending (or the next) call
// and ends the iteration; return() ends it and resolves every pending
// call done.
func eventsOn(_ Value, args []Value) Value {
	emitter, event, options := Arg(args, 0), Arg(args, 1), Arg(args, 2)
	if options.IsUndefined() {
		options = ObjectValue(NewPlainObject())
	}
	signal := GetProp(options, Key("signal"))
	var sig *abortSignal
	if !signal.IsUndefined() {
		if o := signal.Object(); o != nil {
			sig, _ = o.Internal.(*abortSignal)
		}
		if sig == nil {
			throwInvalidInstance("options.signal", "AbortSignal", signal)
		}
		if sig.aborted {
			Throw(eventsAbortError(sig.reason))
		}
	}
	// Past highWaterMark queued events the emitter is paused, and resumed
	// when next() takes the queue below lowWaterMark.
	high := watermark(options, "highWaterMark", "highWatermark", Number(maxSafeInteger))
	low := watermark(options, "lowWaterMark", "lowWatermark", Int(1))
	var (
		unconsumedEvents   []Value
		unconsumedPromises []*Object
		errorValue         = Undefined // rejects the next next(), once
		finished, paused   bool
		added              [][2]Value
		abortListener      *Object
	)
	addListener := func(name Value, handler *Object) {
		agnosticAddListener(emitter, name, ObjectValue(handler), false)
		added = append(added, [2]Value{name, ObjectValue(handler)})
	}
	closeHandler := func() Value {
		if abortListener != nil {
			callMethod(signal, "removeEventListener", Str("abort"), ObjectValue(abortListener))
			abortListener = nil
		}
		for len(added) > 0 {
			l := added[len(added)-1]
			added = added[:len(added)-1]
			agnosticRemoveListener(emitter, l[0], l[1])
		}
		finished = true
		done := iterResult(Undefined, true)
		for len(unconsumedPromises) > 0 {
			p := unconsumedPromises[0]
			unconsumedPromises = unconsumedPromises[1:]
			ResolvePromise(p, done)
		}
		return ObjectValue(PromiseResolve(done))
	}
	errorHandler := func(err Value) {
		if len(unconsumedPromises) == 0 {
			errorValue = err
		} else {
			p := unconsumedPromises[0]
			unconsumedPromises = unconsumedPromises[1:]
			RejectPromise(p, err)
		}
		closeHandler()
	}
	iterator := NewObject(AsyncIteratorPrototype)
	DefineMethodProp(iterator, Key("next"), ObjectValue(NewFunction("next", 0, func(Value, []Value) Value {
		if len(unconsumedEvents) > 0 {
			v := unconsumedEvents[0]
			unconsumedEvents = unconsumedEvents[1:]
			if paused && float64(len(unconsumedEvents)) < low {
				callMethod(emitter, "resume")
				paused = false
			}
			return ObjectValue(PromiseResolve(iterResult(v, false)))
		}
		if ToBoolean(errorValue) {
			p := rejectedPromise(errorValue)
			errorValue = Undefined
			return p
		}
		if finished {
			return closeHandler()
		}
		p := NewPromise()
		unconsumedPromises = append(unconsumedPromises, p)
		return ObjectValue(p)
	})), true)
	DefineMethodProp(iterator, Key("return"), ObjectValue(NewFunction("return", 0, func(Value, []Value) Value {
		return closeHandler()
	})), true)
	DefineMethodProp(iterator, Key("throw"), ObjectValue(NewFunction("throw", 1, func(_ Value, a []Value) Value {
		err := Arg(a, 0)
		if !ToBoolean(err) || !InstanceOf(err, ObjectValue(ErrorConstructor)) {
			throwInvalidArg("EventEmitter.AsyncIterator", "an instance of Error", err)
		}
		errorHandler(err)
		return Undefined
	})), true)
	DefineMethodProp(iterator, SymbolKey(SymAsyncIterator), ObjectValue(NewFunction("[Symbol.asyncIterator]", 0, func(this Value, _ []Value) Value {
		return this
	})), true)

	watermarks := NewPlainObject()
	for _, w := range []struct {
		name string
		get  func() Value
	}{
		{"size", func() Value { return Int(len(unconsumedEvents)) }},
		{"low", func() Value { return Number(low) }},
		{"high", func() Value { return Number(high) }},
		{"isPaused", func() Value { return Bool(paused) }},
	} {
		get := w.get
		watermarks.DefineAccessor(Key(w.name), NewFunction("get "+w.name, 0, func(Value, []Value) Value { return get() }), nil, Enumerable|Configurable)
	}
	iterator.DefineData(SymbolKey(symbolFor("nodejs.watermarkData")), ObjectValue(watermarks), Default)

	addListener(event, NewFunction("", 0, func(_ Value, a []Value) Value {
		value := ObjectValue(NewArray(append([]Value(nil), a...)))
		if len(unconsumedPromises) == 0 {
			unconsumedEvents = append(unconsumedEvents, value)
			if !paused && float64(len(unconsumedEvents)) > high {
				paused = true
				callMethod(emitter, "pause")
			}
		} else {
			p := unconsumedPromises[0]
			unconsumedPromises = unconsumedPromises[1:]
			ResolvePromise(p, iterResult(value, false))
		}
		return Undefined
	}))
	if !(event.IsString() && event.Text() == "error") && isCallable(getProp(emitter, "on")) {
		addListener(Str("error"), NewFunction("errorHandler", 1, func(_ Value, a []Value) Value {
			errorHandler(Arg(a, 0))
			return Undefined
		}))
	}
	if closeEvents := GetProp(options, Key("close")); !closeEvents.IsNullish() && ToNumber(getProp(closeEvents, "length")) > 0 {
		for _, name := range arrayValues(closeEvents) {
			addListener(name, NewFunction("closeHandler", 0, func(Value, []Value) Value { return closeHandler() }))
		}
	}
	if sig != nil {
		abortListener = NewFunction("abortListener", 0, func(Value, []Value) Value {
			errorHandler(eventsAbortError(sig.reason))
			return Undefined
		})
		opts := NewPlainObject()
		opts.CreateDataProperty(Key("once"), True)
		callMethod(signal, "addEventListener", Str("abort"), ObjectValue(abortListener), ObjectValue(opts))
	}
	return ObjectValue(iterator)
}

// maxSafeInteger is Number.MAX_SAFE_INTEGER.
const maxSafeInteger = 1<<53 - 1

// watermark is events.on's option name (or its older spelling alt), else
// def, validated as node's validateInteger(v, 'options.'+name, 1).
func watermark(options Value, name, alt string, def Value) float64 {
	v := getProp(options, name)
	if v.IsNullish() {
		v = getProp(options, alt)
	}
	if v.IsNullish() {
		v = def
	}
	if !v.IsNumber() {
		throwInvalidArg("options."+name, "of type number", v)
	}
	f := v.NumberValue()
	must := ""
	switch {
	case f != math.Trunc(f) || math.IsInf(f, 0):
		must = "an integer"
	case f < 1 || f > maxSafeInteger:
		must = ">= 1 && <= 9007199254740991"
	default:
		return f
	}
	Throw(ObjectValue(withCode(NewError(RangeErrorPrototype, `The value of "options.`+name+`" is out of range. It must be `+must+". Received "+inspectShort(v)), "ERR_OUT_OF_RANGE")))
	return 0
}
