package runtime

// Host work is Go code that runs off the loop (file and network I/O, work
// handed in by a Go program) and whose result JavaScript must see. Each
// piece keeps the loop alive, as a libuv request does, until its completion
// has run on the loop.

// HostWork is one outstanding piece of host work.
type HostWork struct {
	done func()
}

// hostCompletions carries finished host work to the loop; the buffer lets
// most goroutines post without waiting for the loop to look.
var hostCompletions = make(chan *HostWork, 256)

// hostOutstanding counts host work started and not yet completed on the loop.
var hostOutstanding int

// StartHostWork registers host work about to start; call it on the loop,
// before handing the work to a goroutine.
func StartHostWork() *HostWork {
	hostOutstanding++
	return &HostWork{}
}

// Complete is called once, from any goroutine, when the work is done: done
// then runs on the loop, in the poll phase, followed by the job queues like
// any other callback. It may settle promises, call JavaScript, throw.
func (w *HostWork) Complete(done func()) {
	w.done = done
	hostCompletions <- w
}

// HostPromise starts host work whose result settles a new promise: work
// runs on its own goroutine and returns a result or an error. On the loop,
// toValue makes the result the promise's value (undefined when toValue is
// nil), or toReason makes the error its rejection reason (an Error with
// the error's text when toReason is nil).
func HostPromise(work func() (any, error), toValue func(any) Value, toReason func(error) Value) *Object {
	p := NewPromise()
	w := StartHostWork()
	go func() {
		result, err := work()
		w.Complete(func() {
			switch {
			case err == nil && toValue == nil:
				ResolvePromise(p, Undefined)
			case err == nil:
				ResolvePromise(p, toValue(result))
			case toReason != nil:
				RejectPromise(p, toReason(err))
			default:
				RejectPromise(p, ObjectValue(NewError(ErrorPrototype, err.Error())))
			}
		})
	}()
	return p
}

// AbortController and AbortSignal, the host objects with which programs
// cancel timers and host work. AbortSignal carries the part of EventTarget
// that signals use (addEventListener with once, removeEventListener,
// dispatchEvent, onabort). There is no DOMException: the default reasons
// are errors named AbortError (code 20) and TimeoutError (code 23), with
// node's messages.

// abortSignal is the Internal of an AbortSignal.
type abortSignal struct {
	obj       *Object
	aborted   bool
	reason    Value
	listeners []*abortListener
	onabort   *abortListener // the onabort attribute's place among the listeners
}

// abortController is the Internal of an AbortController.
type abortController struct {
	signal *abortSignal
}

// abortListener is one registered 'abort' listener: a function or an
// object with handleEvent.
type abortListener struct {
	callback Value
	once     bool
	removed  bool
}

var (
	// AbortSignalPrototype and AbortControllerPrototype are the prototypes
	// of the two host classes.
	AbortSignalPrototype     = NewObject(ObjectPrototype)
	AbortControllerPrototype = NewObject(ObjectPrototype)
	eventPrototype           = NewObject(ObjectPrototype)
)

func newAbortSignal() *abortSignal {
	s := &abortSignal{}
	s.obj = NewClassObject(AbortSignalPrototype, ClassObject, s)
	return s
}

// abortError is node's DOMException for a cancelled operation.
func abortError(name, message string, code int) Value {
	e := NewError(ErrorPrototype, message)
	e.DefineData(Key("name"), Str(name), Hidden)
	e.DefineData(Key("code"), Int(code), Hidden)
	return ObjectValue(e)
}

// abort signals abort with reason (AbortError when undefined) and calls
// the 'abort' listeners in the order they were added.
func (s *abortSignal) abort(reason Value) {
	if s.aborted {
		return
	}
	if reason.IsUndefined() {
		reason = abortError("AbortError", "This operation was aborted", 20)
	}
	s.aborted, s.reason = true, reason
	event := NewObject(eventPrototype)
	event.DefineData(Key("type"), Str("abort"), Hidden)
	event.DefineData(Key("target"), ObjectValue(s.obj), Hidden)
	event.DefineData(Key("currentTarget"), ObjectValue(s.obj), Hidden)
	for _, l := range append([]*abortListener(nil), s.listeners...) {
		if l.removed {
			continue
		}
		if l.once {
			s.remove(l)
		}
		fn, this := l.callback.Object(), ObjectValue(s.obj)
		if fn != nil && !fn.IsCallable() {
			this = l.callback
			fn = callableOrNil(fn.Get(Key("handleEvent"), l.callback))
		}
		if fn == nil {
			continue
		}
		// A listener's exception does not stop the others: node throws it
		// again on the next tick, as an uncaught exception.
		if _, exc := callCatching(fn, this, []Value{ObjectValue(event)}); exc != nil {
			rethrow := exc.Value
			NextTick(NewFunction("", 0, func(Value, []Value) Value {
				Throw(rethrow)
				return Undefined
			}))
		}
	}
}

func (s *abortSignal) remove(l *abortListener) {
	l.removed = true
	for i, m := range s.listeners {
		if m == l {
			s.listeners = append(s.listeners[:i:i], s.listeners[i+1:]...)
			return
		}
	}
}

func thisAbortSignal(this Value) *abortSignal {
	if o := this.Object(); o != nil {
		if s, ok := o.Internal.(*abortSignal); ok {
			return s
		}
	}
	throwInvalidThis("AbortSignal")
	return nil
}

func throwInvalidThis(class string) {
	e := NewError(TypeErrorPrototype, "Value of \"this\" must be of type "+class)
	e.DefineData(Key("code"), Str("ERR_INVALID_THIS"), Hidden|Enumerable)
	Throw(ObjectValue(e))
}

func init() {
	controller := NewConstructor("AbortController", 0, nil, func(_ []Value, newTarget *Object) Value {
		o := OrdinaryCreateFromConstructor(newTarget, AbortControllerPrototype)
		o.Internal = &abortController{signal: newAbortSignal()}
		return ObjectValue(o)
	})
	DefineConstructor(controller, AbortControllerPrototype)
	thisController := func(this Value) *abortSignal {
		if o := this.Object(); o != nil {
			if c, ok := o.Internal.(*abortController); ok {
				return c.signal
			}
		}
		throwInvalidThis("AbortController")
		return nil
	}
	DefineGetter(AbortControllerPrototype, "signal", func(this Value, _ []Value) Value {
		return ObjectValue(thisController(this).obj)
	})
	DefineMethod(AbortControllerPrototype, "abort", 0, func(this Value, args []Value) Value {
		thisController(this).abort(Arg(args, 0))
		return Undefined
	})
	AbortControllerPrototype.DefineData(SymbolKey(SymToStringTag), Str("AbortController"), Configurable)

	signal := NewConstructor("AbortSignal", 0, nil, func([]Value, *Object) Value {
		e := NewError(TypeErrorPrototype, "Illegal constructor")
		e.DefineData(Key("code"), Str("ERR_ILLEGAL_CONSTRUCTOR"), Hidden|Enumerable)
		Throw(ObjectValue(e))
		return Undefined
	})
	DefineConstructor(signal, AbortSignalPrototype)
	DefineGetter(AbortSignalPrototype, "aborted", func(this Value, _ []Value) Value {
		return Bool(thisAbortSignal(this).aborted)
	})
	DefineGetter(AbortSignalPrototype, "reason", func(this Value, _ []Value) Value {
		return thisAbortSignal(this).reason
	})
	DefineMethod(AbortSignalPrototype, "throwIfAborted", 0, func(this Value, _ []Value) Value {
		if s := thisAbortSignal(this); s.aborted {
			Throw(s.reason)
		}
		return Undefined
	})
	onabortGet := NewFunction("get onabort", 0, func(this Value, _ []Value) Value {
		if s := thisAbortSignal(this); s.onabort != nil {
			return s.onabort.callback
		}
		return Null
	})
	onabortSet := NewFunction("set onabort", 1, func(this Value, args []Value) Value {
		s := thisAbortSignal(this)
		fn := callableOrNil(Arg(args, 0))
		switch {
		case fn == nil && s.onabort != nil:
			s.remove(s.onabort)
			s.onabort = nil
		case fn != nil && s.onabort != nil:
			s.onabort.callback = ObjectValue(fn)
		case fn != nil:
			s.onabort = &abortListener{callback: ObjectValue(fn)}
			s.listeners = append(s.listeners, s.onabort)
		}
		return Undefined
	})
	AbortSignalPrototype.DefineAccessor(Key("onabort"), onabortGet, onabortSet, Enumerable|Configurable)
	DefineMethod(AbortSignalPrototype, "addEventListener", 2, func(this Value, args []Value) Value {
		s := thisAbortSignal(this)
		callback := Arg(args, 1)
		if ToGoString(Arg(args, 0)) != "abort" || !callback.IsObject() {
			return Undefined
		}
		for _, l := range s.listeners {
			if l != s.onabort && StrictEquals(l.callback, callback) {
				return Undefined
			}
		}
		once := false
		if o := Arg(args, 2).Object(); o != nil {
			once = ToBoolean(o.Get(Key("once"), Arg(args, 2)))
		}
		s.listeners = append(s.listeners, &abortListener{callback: callback, once: once})
		return Undefined
	})
	DefineMethod(AbortSignalPrototype, "removeEventListener", 2, func(this Value, args []Value) Value {
		s := thisAbortSignal(this)
		if ToGoString(Arg(args, 0)) != "abort" {
			return Undefined
		}
		for _, l := range s.listeners {
			if l != s.onabort && StrictEquals(l.callback, Arg(args, 1)) {
				s.remove(l)
				break
			}
		}
		return Undefined
	})
	AbortSignalPrototype.DefineData(SymbolKey(SymToStringTag), Str("AbortSignal"), Configurable)
	DefineMethod(signal, "abort", 0, func(_ Value, args []Value) Value {
		s := newAbortSignal()
		s.abort(Arg(args, 0))
		return ObjectValue(s.obj)
	})
	DefineMethod(signal, "timeout", 1, func(_ Value, args []Value) Value {
		s := newAbortSignal()
		fire := NewFunction("", 0, func(Value, []Value) Value {
			s.abort(abortError("TimeoutError", "The operation was aborted due to timeout", 23))
			return Undefined
		})
		t := newTimer([]Value{ObjectValue(fire), Arg(args, 0)}, false)
		t.Object().Internal.(*timer).refed = false
		refedTimers--
		return ObjectValue(s.obj)
	})
	DefineMethod(signal, "any", 1, func(_ Value, args []Value) Value {
		s := newAbortSignal()
		var sources []*abortSignal
		it := GetIterator(Arg(args, 0))
		for v, ok := it.Next(); ok; v, ok = it.Next() {
			sources = append(sources, thisAbortSignal(v))
		}
		for _, src := range sources {
			if src.aborted {
				s.abort(src.reason)
				return ObjectValue(s.obj)
			}
		}
		for _, src := range sources {
			src.listeners = append(src.listeners, &abortListener{callback: ObjectValue(NewFunction("", 1, func(_ Value, _ []Value) Value {
				s.abort(src.reason)
				return Undefined
			}))})
		}
		return ObjectValue(s.obj)
	})

	eventCtor := NewConstructor("Event", 1, nil, nil)
	eventCtor.DefineData(Key("prototype"), ObjectValue(eventPrototype), 0)
	eventPrototype.DefineData(Key("constructor"), ObjectValue(eventCtor), Hidden)
}
