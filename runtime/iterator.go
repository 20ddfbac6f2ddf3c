package runtime

import "reflect"

// Iterator is an iterator record for for-of, spread and array
// destructuring. When the iterator is an array, Map, Set or string iterator
// whose next is still the intrinsic one, Next steps the iterator's state
// directly instead of calling next and allocating a result object per
// element: every effect the spec's steps have (reading the length and each
// element through [[Get]]) still happens, so nothing observable changes.
// Replacing the [Symbol.iterator] method or the prototype's next leaves the
// fast path, because the method is always called and next is checked.
type Iterator struct {
	iter Value   // the iterator object
	next Value   // its next method, read once as the spec does
	step stepper // non-nil on the fast path
	done bool
}

// stepper is the state of a builtin iterator: its next without the result
// object.
type stepper interface {
	Step() (Value, bool)
}

// The intrinsic next methods, identified by their Go code, which no
// JavaScript can imitate.
var (
	arrayIteratorNextCode  = reflect.ValueOf(NativeFunc(arrayIteratorNext)).Pointer()
	mapIteratorNextCode    = reflect.ValueOf(NativeFunc(mapIteratorNext)).Pointer()
	setIteratorNextCode    = reflect.ValueOf(NativeFunc(setIteratorNext)).Pointer()
	stringIteratorNextCode = reflect.ValueOf(NativeFunc(stringIteratorNext)).Pointer()
)

// GetIterator is GetIterator(v, sync) with the message builtins use when v
// is not iterable ("number 1 is not iterable (cannot read property
// Symbol(Symbol.iterator))").
func GetIterator(v Value) *Iterator {
	return getIterator(v, "")
}

// GetIteratorNamed is GetIterator for a for-of loop, spread or destructuring
// whose operand's source text is text: V8 says "text is not iterable".
func GetIteratorNamed(text string, v Value) *Iterator {
	return getIterator(v, text)
}

func getIterator(v Value, text string) *Iterator {
	var method Value
	if !v.IsNullish() {
		method = GetProp(v, SymbolKey(SymIterator))
	}
	return iteratorFrom(v, method, text)
}

// iteratorFrom is GetIteratorFromMethod: the iterator record of what
// method, v's @@iterator read already, returns.
func iteratorFrom(v, method Value, text string) *Iterator {
	m := method.Object()
	if m == nil || !m.IsCallable() {
		if text != "" {
			ThrowTypeError(text + " is not iterable")
		}
		ThrowTypeError(typedDescription(v) + " is not iterable (cannot read property Symbol(Symbol.iterator))")
	}
	iter := m.CallWith(v, nil)
	if !iter.IsObject() {
		ThrowTypeError("Result of the Symbol.iterator method is not an object")
	}
	it := &Iterator{iter: iter, next: GetProp(iter, Key("next"))}
	if s, ok := iter.Object().Internal.(stepper); ok {
		if n := it.next.Object(); n != nil && n.call != nil {
			var code uintptr
			switch s := s.(type) {
			case *ArrayIterator:
				code = arrayIteratorNextCode
			case *CollectionIterator:
				code = mapIteratorNextCode
				if s.IsSet {
					code = setIteratorNextCode
				}
			case *StringIterator:
				code = stringIteratorNextCode
			}
			if code != 0 && reflect.ValueOf(n.call).Pointer() == code {
				it.step = s
			}
		}
	}
	return it
}

// Next is IteratorStep and IteratorValue: the next value, or ok false once
// the iterator is done. An exception from next leaves the record done, so
// that no return() is called for it.
func (it *Iterator) Next() (v Value, ok bool) {
	if it.done {
		return Undefined, false
	}
	it.done = true
	if s := it.step; s != nil {
		v, ok = s.Step()
		it.done = !ok
		return v, ok
	}
	n := it.next.Object()
	if n == nil || !n.IsCallable() {
		ThrowTypeError(typedDescription(it.next) + " is not a function")
	}
	r := n.CallWith(it.iter, nil)
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

// Close is IteratorClose for a normal early exit (break, return, a
// destructuring pattern that needs no more values): it calls return() and
// checks that it produced an object.
func (it *Iterator) Close() {
	if it.done {
		return
	}
	it.done = true
	ret := GetProp(it.iter, Key("return"))
	if ret.IsNullish() {
		return
	}
	f := ret.Object()
	if f == nil || !f.IsCallable() {
		ThrowTypeError(typedDescription(ret) + " is not a function")
	}
	r := f.CallWith(it.iter, nil)
	if !r.IsObject() {
		ThrowTypeError("Iterator result " + inspectShort(r) + " is not an object")
	}
}

// CloseOnThrow is IteratorClose for an exception leaving the loop: return()
// is called, but whatever it throws or returns is ignored so that the
// original exception, which the caller rethrows, wins.
func (it *Iterator) CloseOnThrow() {
	if it.done {
		return
	}
	it.done = true
	TryCatch(func() {
		if ret := GetProp(it.iter, Key("return")); !ret.IsNullish() {
			Call(ret, it.iter)
		}
	})
}

// Done reports whether the iterator is exhausted or closed.
func (it *Iterator) Done() bool { return it.done }

// ForInIterator enumerates the keys a for-in loop visits.
type ForInIterator struct {
	obj  *Object
	keys []PropertyKey
	i    int
}

// ForIn starts a for-in loop over v: its own enumerable string keys in
// property order, then those of each prototype, each key once (a nearer
// property shadows a farther one, enumerable or not). A key deleted before
// the loop reaches it is skipped. undefined and null enumerate nothing.
//
// Proxies go as V8 takes them: their ownKeys trap runs while the keys are
// gathered, before their getPrototypeOf trap, and every key they list is
// kept, to be asked for its descriptor only when the loop reaches it.
func ForIn(v Value) *ForInIterator {
	if v.IsNullish() {
		return &ForInIterator{}
	}
	o := ToObject(v)
	type level struct {
		obj  *Object
		keys []PropertyKey // gathered already: a proxy's
	}
	var chain []level
	last := -1
	for p := o; p != nil; p = p.Proto() {
		l := level{obj: p}
		if p.class == ClassProxy {
			l.keys = p.OwnKeys()
		}
		chain = append(chain, l)
		if l.keys != nil || hasEnumerableStringKey(p) {
			last = len(chain) - 1
		}
	}
	it := &ForInIterator{obj: o}
	var seen map[PropertyKey]bool
	if last > 0 {
		seen = map[PropertyKey]bool{}
	}
	for _, l := range chain[:last+1] {
		p, keys := l.obj, l.keys
		if keys == nil && p.class != ClassProxy {
			keys = p.OwnKeys()
		}
		for _, k := range keys {
			if k.Symbol != nil {
				continue
			}
			if seen != nil {
				if seen[k] {
					continue
				}
				seen[k] = true
			}
			if p.class == ClassProxy {
				it.keys = append(it.keys, k)
			} else if d, ok := p.GetOwnProperty(k); ok && d.Flags&Enumerable != 0 {
				it.keys = append(it.keys, k)
			}
		}
	}
	return it
}

// hasEnumerableStringKey reports whether o may have an enumerable string
// key; for an exotic object it cannot know without asking.
func hasEnumerableStringKey(o *Object) bool {
	if o.class >= classFirstExotic {
		return true
	}
	if o.class == ClassString {
		if s, ok := o.Internal.(Value); ok && s.num > 0 {
			return true
		}
	}
	for _, e := range o.elems {
		if !e.isHole() {
			return true
		}
	}
	for i := range o.props {
		if o.props[i].key.Symbol == nil && o.props[i].flags&Enumerable != 0 {
			return true
		}
	}
	return false
}

// Next returns the next key, or ok false at the end.
func (it *ForInIterator) Next() (key Value, ok bool) {
	for it.i < len(it.keys) {
		k := it.keys[it.i]
		it.i++
		if it.visits(k) {
			return Str(k.Name), true
		}
	}
	return Undefined, false
}

// visits is V8's HasEnumerableProperty, asked as the loop reaches k: some
// object on the chain still has k, where a proxy is asked for its
// descriptor (not has) and hides a key it says is not enumerable.
func (it *ForInIterator) visits(k PropertyKey) bool {
	for p := it.obj; p != nil; p = p.Proto() {
		d, ok := p.GetOwnProperty(k)
		if ok {
			return p.class != ClassProxy || d.Flags&Enumerable != 0
		}
	}
	return false
}
