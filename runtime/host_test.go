package runtime

import "testing"

// TestAbortController checks listener order, once, handleEvent objects,
// removal and the default reason against node:
//
//	const c = new AbortController(); const s = c.signal;
//	s.onabort = e => log('onabort', e.type);
//	s.addEventListener('abort', function (e) { log('listener', this === s) }, { once: true });
//	s.addEventListener('abort', { handleEvent(e) { log('handleEvent') } });
//	const rm = () => log('removed'); s.addEventListener('abort', rm); s.removeEventListener('abort', rm);
//	c.abort(); c.abort();
//	log(s.aborted, s.reason.name, s.reason.message);
func TestAbortController(t *testing.T) {
	l, _ := runLogged(t, func(l *jsLog) {
		c := Construct(jsGlobal("AbortController"), nil)
		s := jsGet(c, "signal")
		SetProp(s, Key("onabort"), jsFn(func(_ Value, args []Value) Value {
			l.print("onabort", jsGet(args[0], "type"))
			return Undefined
		}), true)
		once := NewPlainObject()
		once.CreateDataProperty(Key("once"), True)
		invoke(s, Key("addEventListener"), Str("abort"), jsFn(func(this Value, _ []Value) Value {
			l.print("listener", Bool(StrictEquals(this, s)))
			return Undefined
		}), ObjectValue(once))
		handler := NewPlainObject()
		handler.CreateDataProperty(Key("handleEvent"), l.logFn("handleEvent"))
		invoke(s, Key("addEventListener"), Str("abort"), ObjectValue(handler))
		rm := l.logFn("removed")
		invoke(s, Key("addEventListener"), Str("abort"), rm)
		invoke(s, Key("removeEventListener"), Str("abort"), rm)
		invoke(c, Key("abort"))
		invoke(c, Key("abort"))
		l.print(jsGet(s, "aborted"), jsGet(jsGet(s, "reason"), "name"), jsGet(jsGet(s, "reason"), "message"))
	})
	checkOrder(t, l, "onabort abort\nlistener true\nhandleEvent\ntrue AbortError This operation was aborted")
}
