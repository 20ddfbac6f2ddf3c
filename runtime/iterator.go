package runtime

import "reflect"

// Iterator is an iterator record for for-of, spread and array
// destructuring. When the iterator is an array iterator whose next is still
// the intrinsic one, Next steps the iterator's state directly instead of
// calling next and allocating a result object per element: every effect the
// spec's steps have (reading the length and each element through [[Get]])
// still happens, so nothing observable changes. Replacing
// Array.prototype[Symbol.iterator] or %ArrayIteratorPrototype%.next leaves
// the fast path, because the method is always called and next is checked.
type Iterator struct {
	iter  Value          // the iterator object
	next  Value          // its next method, read once as the spec does
	array *ArrayIterator // non-nil on the fast path
	done  bool
}

// arrayIteratorNextCode identifies the intrinsic %ArrayIteratorPrototype%.next
// by its Go code, which no JavaScript can imitate.
var arrayIteratorNextCode = reflect.ValueOf(NativeFunc(arrayIteratorNext)).Pointer()

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
	if a, ok := iter.Object().Internal.(*ArrayIterator); ok {
		if n := it.next.Object(); n != nil && n.call != nil && reflect.ValueOf(n.call).Pointer() == arrayIteratorNextCode {
			it.array = a
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
	if a := it.array; a != nil {
		return it.nextArray(a)
	}
	it.done = true
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

// nextArray does what arrayIteratorNext does, without the result object.
func (it *Iterator) nextArray(a *ArrayIterator) (Value, bool) {
	t := a.Target
	if t == nil {
		it.done = true
		return Undefined, false
	}
	i := a.Index
	var n int64
	if s, ok := t.Internal.(Value); ok && t.class == ClassString {
		n = int64(s.StrLen())
	} else {
		n = arrayLikeLength(t)
	}
	if i >= n {
		a.Target = nil
		it.done = true
		return Undefined, false
	}
	a.Index++
	switch a.Kind {
	case IterKeys:
		return Number(float64(i)), true
	case IterValues:
		if t.class == ClassArray && i < int64(len(t.elems)) && !t.elems[i].isHole() {
			return t.elems[i], true
		}
		return getIndex(t, i), true
	}
	return ObjectValue(NewArray([]Value{Number(float64(i)), getIndex(t, i)})), true
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
func ForIn(v Value) *ForInIterator {
	if v.IsNullish() {
		return &ForInIterator{}
	}
	o := ToObject(v)
	var chain []*Object
	last := -1
	for p := o; p != nil; p = p.proto {
		chain = append(chain, p)
		if hasEnumerableStringKey(p) {
			last = len(chain) - 1
		}
	}
	it := &ForInIterator{obj: o}
	var seen map[PropertyKey]bool
	if last > 0 {
		seen = map[PropertyKey]bool{}
	}
	for ci := 0; ci <= last; ci++ {
		p := chain[ci]
		for _, k := range p.OwnKeys() {
			if k.Symbol != nil {
				continue
			}
			if seen != nil {
				if seen[k] {
					continue
				}
				seen[k] = true
			}
			if d, ok := p.GetOwnProperty(k); ok && d.Flags&Enumerable != 0 {
				it.keys = append(it.keys, k)
			}
		}
	}
	return it
}

func hasEnumerableStringKey(o *Object) bool {
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
		if it.obj.HasProperty(k) {
			return Str(k.Name), true
		}
	}
	return Undefined, false
}
