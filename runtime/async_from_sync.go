package runtime

// Async iteration: the iterator record of a for await loop, and the
// %AsyncFromSyncIteratorPrototype% wrapper that lets for await and an async
// generator's yield* walk a sync iterable (whose values may be promises).
// Node v20 follows the spec of its time: a rejected value does not close the
// sync iterator, and throw() on a sync iterator without throw rejects with
// the value it was given.

// AsyncFromSyncIteratorPrototype is %AsyncFromSyncIteratorPrototype%.
var AsyncFromSyncIteratorPrototype = NewObject(AsyncIteratorPrototype)

// asyncFromSync is the Internal of an async-from-sync iterator.
type asyncFromSync struct{ sync *Iterator }

// AsyncIterator is the iterator record of a for await loop. The loop awaits
// what CallNext returns and hands the settled result to Step; leaving the
// loop early calls StartClose (or StartCloseOnThrow) and awaits Returned.
type AsyncIterator struct {
	iter, next Value
	done       bool
	returned   Value // the result of return(), to await
}

// GetAsyncIteratorNamed is GetIterator(v, async) for `for await (… of text)`.
func GetAsyncIteratorNamed(text string, v Value) *AsyncIterator {
	iter, next := getAsyncIterator(v, text)
	return &AsyncIterator{iter: iter, next: next}
}

// getAsyncIterator is GetIterator(v, async): v's @@asyncIterator, or its
// @@iterator wrapped in an async-from-sync iterator.
func getAsyncIterator(v Value, text string) (iter, next Value) {
	var method Value
	if !v.IsNullish() {
		method = GetProp(v, SymbolKey(SymAsyncIterator))
	}
	if method.IsNullish() {
		var syncMethod Value
		if !v.IsNullish() {
			syncMethod = GetProp(v, SymbolKey(SymIterator))
		}
		if syncMethod.IsNullish() {
			if text == "" {
				// yield* in an async generator: V8 calls the missing method.
				ThrowTypeError("undefined is not a function")
			}
			ThrowTypeError(text + " is not async iterable")
		}
		it := iteratorFrom(v, syncMethod, text)
		it.step = nil // the wrapper calls next; no fast path
		w := NewClassObject(AsyncFromSyncIteratorPrototype, ClassObject, &asyncFromSync{sync: it})
		return ObjectValue(w), GetProp(ObjectValue(w), Key("next"))
	}
	m := method.Object()
	if m == nil || !m.IsCallable() {
		ThrowTypeError(typedDescription(method) + " is not a function")
	}
	iter = m.CallWith(v, nil)
	if !iter.IsObject() {
		ThrowTypeError("Result of the Symbol.asyncIterator method is not an object")
	}
	return iter, GetProp(iter, Key("next"))
}

// CallNext calls next(); the loop awaits the result. The record stays done
// until Step takes a value, so that a throw or a rejection of next does not
// call return().
func (it *AsyncIterator) CallNext() Value {
	it.done = true
	return Call(it.next, it.iter)
}

// Step takes the awaited result of next: its value, or ok false when done.
func (it *AsyncIterator) Step(r Value) (v Value, ok bool) {
	o := r.Object()
	if o == nil {
		ThrowTypeError("Iterator result " + inspectShort(r) + " is not an object")
	}
	if ToBoolean(o.Get(Key("done"), r)) {
		return Undefined, false
	}
	v = o.Get(Key("value"), r)
	it.done = false
	return v, true
}

// StartClose begins AsyncIteratorClose for a normal early exit: it calls
// return() and reports whether there is a result to await (Returned), which
// CheckReturned then checks. It does nothing once the loop ran to its end.
func (it *AsyncIterator) StartClose() bool {
	if it.done {
		return false
	}
	it.done = true
	ret := GetProp(it.iter, Key("return"))
	if ret.IsNullish() {
		return false
	}
	f := ret.Object()
	if f == nil || !f.IsCallable() {
		ThrowTypeError(typedDescription(ret) + " is not a function")
	}
	it.returned = f.CallWith(it.iter, nil)
	return true
}

// StartCloseOnThrow is StartClose for an exception leaving the loop: what
// return() throws is ignored (and so is what its result settles with).
func (it *AsyncIterator) StartCloseOnThrow() bool {
	started := false
	TryCatch(func() { started = it.StartClose() })
	return started
}

// Returned is the result of return(), for the loop to await.
func (it *AsyncIterator) Returned() Value {
	r := it.returned
	it.returned = Undefined
	return r
}

// CheckReturned checks the awaited result of return().
func (it *AsyncIterator) CheckReturned(r Value) {
	if !r.IsObject() {
		ThrowTypeError("Iterator result " + inspectShort(r) + " is not an object")
	}
}

// fromSyncStep settles the promise of a wrapper's call once the sync
// result's value settles: with {value, done}, or rejected.
type fromSyncStep struct {
	promise *Object
	done    bool
}

func (s *fromSyncStep) Resume(v Value, threw bool) {
	if threw {
		RejectPromise(s.promise, v)
		return
	}
	ResolvePromise(s.promise, iterResult(v, s.done))
}

// fromSyncCall runs one method of an async-from-sync iterator: call gives
// the sync iterator's result (or settles p itself and returns undefined);
// any throw rejects the promise.
func fromSyncCall(this Value, call func(sync *Iterator, p *Object) Value) Value {
	p := NewPromise()
	var w *asyncFromSync
	if o := this.Object(); o != nil {
		w, _ = o.Internal.(*asyncFromSync)
	}
	if w == nil {
		RejectPromise(p, ObjectValue(NewError(TypeErrorPrototype, "not an async-from-sync iterator")))
		return ObjectValue(p)
	}
	if exc := TryCatch(func() {
		r := call(w.sync, p)
		if r.IsUndefined() {
			return
		}
		o := r.Object()
		if o == nil {
			ThrowTypeError("Iterator result " + inspectShort(r) + " is not an object")
		}
		done := ToBoolean(o.Get(Key("done"), r))
		AwaitValue(o.Get(Key("value"), r), &fromSyncStep{promise: p, done: done})
	}); exc != nil {
		RejectPromise(p, exc.Value)
	}
	return ObjectValue(p)
}

func init() {
	DefineMethod(AsyncFromSyncIteratorPrototype, "next", 1, func(this Value, args []Value) Value {
		return fromSyncCall(this, func(sync *Iterator, _ *Object) Value {
			return Call(sync.next, sync.iter, args...)
		})
	})
	DefineMethod(AsyncFromSyncIteratorPrototype, "return", 1, func(this Value, args []Value) Value {
		return fromSyncCall(this, func(sync *Iterator, p *Object) Value {
			ret := GetProp(sync.iter, Key("return"))
			if ret.IsNullish() {
				ResolvePromise(p, iterResult(Arg(args, 0), true))
				return Undefined
			}
			return Call(ret, sync.iter, args...)
		})
	})
	DefineMethod(AsyncFromSyncIteratorPrototype, "throw", 1, func(this Value, args []Value) Value {
		return fromSyncCall(this, func(sync *Iterator, p *Object) Value {
			throw := GetProp(sync.iter, Key("throw"))
			if throw.IsNullish() {
				RejectPromise(p, Arg(args, 0))
				return Undefined
			}
			return Call(throw, sync.iter, args...)
		})
	})
}
