package runtime

import (
	"strings"
	"testing"
)

// newEmitter is `new EventEmitter()`.
func newEmitter() Value {
	return Construct(ObjectValue(eventsModule()), nil)
}

// TestEmitterListenerOrder checks the order listeners run in after on,
// prependListener, once, prependOnceListener and removeListener (which
// removes the last-added match, once-wrappers found by their listener),
// against node:
//
//	e.on('ev', a); e.on('ev', b); e.on('ev', a); e.prependListener('ev', p);
//	e.once('ev', o); e.prependOnceListener('ev', q);
//	e.emit('ev'); e.emit('ev'); e.removeListener('ev', a); e.emit('ev');
//	e.once('s', c); e.off('s', c); log(e.emit('s'), e.listenerCount('ev'))
func TestEmitterListenerOrder(t *testing.T) {
	l, _ := runLogged(t, func(l *jsLog) {
		e := newEmitter()
		a, b, p, o, q, c := l.logFn("a"), l.logFn("b"), l.logFn("p"), l.logFn("o"), l.logFn("q"), l.logFn("c")
		invoke(e, Key("on"), Str("ev"), a)
		invoke(e, Key("on"), Str("ev"), b)
		invoke(e, Key("on"), Str("ev"), a)
		invoke(e, Key("prependListener"), Str("ev"), p)
		invoke(e, Key("once"), Str("ev"), o)
		invoke(e, Key("prependOnceListener"), Str("ev"), q)
		for i := 0; i < 2; i++ {
			invoke(e, Key("emit"), Str("ev"))
			l.print("--")
		}
		invoke(e, Key("removeListener"), Str("ev"), a)
		invoke(e, Key("emit"), Str("ev"))
		invoke(e, Key("once"), Str("s"), c)
		invoke(e, Key("off"), Str("s"), c)
		l.print(invoke(e, Key("emit"), Str("s")), invoke(e, Key("listenerCount"), Str("ev")))
	})
	checkOrder(t, l, "q\np\na\nb\na\no\n--\np\na\nb\na\n--\np\na\nb\nfalse 3")
}

// TestEmitUnhandledError checks what emit('error', v) throws with no
// listener: an Error itself, anything else wrapped in node's
// ERR_UNHANDLED_ERROR with v inspected in the message and kept as context.
func TestEmitUnhandledError(t *testing.T) {
	boom := ObjectValue(NewError(TypeErrorPrototype, "boom"))
	obj := NewPlainObject()
	obj.CreateDataProperty(Key("message"), Str("m"))
	for _, tc := range []struct {
		arg      []Value
		message  string
		wrapped  bool
		contextV Value
	}{
		{[]Value{boom}, "boom", false, Undefined},
		{[]Value{Int(42)}, "Unhandled error. (42)", true, Int(42)},
		{[]Value{Str("str")}, "Unhandled error. ('str')", true, Str("str")},
		{nil, "Unhandled error. (undefined)", true, Undefined},
		{[]Value{Null}, "Unhandled error. (null)", true, Null},
		{[]Value{ObjectValue(obj)}, "Unhandled error. ({ message: 'm' })", true, ObjectValue(obj)},
	} {
		exc := TryCatch(func() { invoke(newEmitter(), Key("emit"), append([]Value{Str("error")}, tc.arg...)...) })
		if exc == nil {
			t.Errorf("emit('error', %v) did not throw", tc.arg)
			continue
		}
		if got := ToGoString(jsGet(exc.Value, "message")); got != tc.message {
			t.Errorf("emit('error', %v) threw %q, want %q", tc.arg, got, tc.message)
		}
		if !tc.wrapped {
			if !StrictEquals(exc.Value, boom) {
				t.Errorf("an Error was not thrown as itself")
			}
			continue
		}
		if code := ToGoString(jsGet(exc.Value, "code")); code != "ERR_UNHANDLED_ERROR" {
			t.Errorf("code %q", code)
		}
		if !StrictEquals(jsGet(exc.Value, "context"), tc.contextV) {
			t.Errorf("context of %v is %s", tc.arg, Inspect(jsGet(exc.Value, "context")))
		}
	}
}

// TestEmitterInspect checks console.log of an emitter, byte for byte with
// node's output for `const e = new EventEmitter(); e.on('a', f); e.once('b', () => {})`.
func TestEmitterInspect(t *testing.T) {
	e := newEmitter()
	invoke(e, Key("on"), Str("a"), ObjectValue(NewFunction("f", 0, func(Value, []Value) Value { return Undefined })))
	invoke(e, Key("once"), Str("b"), jsFn(func(Value, []Value) Value { return Undefined }))
	want := `EventEmitter {
  _events: [Object: null prototype] {
    a: [Function: f],
    b: [Function: bound onceWrapper] { listener: [Function (anonymous)] }
  },
  _eventsCount: 2,
  _maxListeners: undefined,
  [Symbol(shapeMode)]: false,
  [Symbol(kCapture)]: false
}`
	if got := Inspect(e); got != want {
		t.Errorf("inspect:\n%s\nwant (node):\n%s", got, want)
	}
}

// TestEventsOnceAndOn checks events.once's promise (resolved with the
// arguments, rejected by 'error') and events.on's queue, against node:
//
//	once(e, 'x').then(v => log('once', v.join())); once(e, 'y').catch(err => log('rejected', err));
//	const it = on(e, 'z'); e.emit('z', 1); e.emit('x', 'a', 'b'); e.emit('error', 'bad');
//	it.next().then(r => log('next', r.value.join(), r.done)); it.next().then(r => log('next', r.done))
//
// The 'error' that rejects once(e, 'y') also ends the iterator: its queued
// event is still delivered, then the error rejects, then it is done. once is
// an async function in node, so its promise settles two jobs later than
// the iterator's.
func TestEventsOnceAndOn(t *testing.T) {
	l, _ := runLogged(t, func(l *jsLog) {
		m := ObjectValue(eventsModule())
		e := newEmitter()
		jsThen(invoke(m, Key("once"), e, Str("x")), jsFn(func(_ Value, a []Value) Value {
			l.print("once", invoke(a[0], Key("join")))
			return Undefined
		}))
		jsThen(invoke(m, Key("once"), e, Str("y")), Undefined, l.logArg("rejected"))
		it := invoke(m, Key("on"), e, Str("z"))
		invoke(e, Key("emit"), Str("z"), Int(1))
		invoke(e, Key("emit"), Str("x"), Str("a"), Str("b"))
		invoke(e, Key("emit"), Str("error"), Str("bad"))
		jsThen(invoke(it, Key("next")), jsFn(func(_ Value, a []Value) Value {
			l.print("next", invoke(jsGet(a[0], "value"), Key("join")), jsGet(a[0], "done"))
			return Undefined
		}))
		jsThen(invoke(it, Key("next")), Undefined, l.logArg("next rejected"))
		jsThen(invoke(it, Key("next")), jsFn(func(_ Value, a []Value) Value {
			l.print("next", jsGet(a[0], "done"))
			return Undefined
		}))
		l.print("listeners", invoke(e, Key("eventNames")))
	})
	checkOrder(t, l, "listeners \nnext 1 false\nnext rejected bad\nnext true\nonce a,b\nrejected bad")
}

// TestWithCode checks node's coded errors: the code in the stack's first
// line and in String(err), and as an enumerable property, the name itself
// unchanged (node: `try { e.setMaxListeners(-1) } catch (err) { … }`).
func TestWithCode(t *testing.T) {
	e := ObjectValue(withCode(NewError(RangeErrorPrototype, "bad n"), "ERR_OUT_OF_RANGE"))
	for _, tc := range []struct{ what, got, want string }{
		{"stack", firstLine(ToGoString(jsGet(e, "stack"))), "RangeError [ERR_OUT_OF_RANGE]: bad n"},
		{"String", ToGoString(e), "RangeError [ERR_OUT_OF_RANGE]: bad n"},
		{"name", ToGoString(jsGet(e, "name")), "RangeError"},
		{"keys", ToGoString(Call(GetProp(ObjectValue(ObjectConstructor), Key("keys")), Undefined, e)), "code"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %q, want %q", tc.what, tc.got, tc.want)
		}
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
