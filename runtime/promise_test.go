package runtime

import (
	"testing"
)

// logArg is `v => log(prefix, v)`.
func (l *jsLog) logArg(prefix string) Value {
	return jsFn(func(_ Value, args []Value) Value {
		l.print(prefix, Arg(args, 0))
		return Undefined
	})
}

func jsPromise(method string, args ...Value) Value {
	return invoke(ObjectValue(PromiseConstructor), Key(method), args...)
}

func jsArray(vs ...Value) Value { return ObjectValue(NewArray(vs)) }

func jsGet(v Value, key string) Value { return GetProp(v, Key(key)) }

// thenableOf is `{ then(r) { r(v) } }`.
func thenableOf(v Value) Value {
	o := NewPlainObject()
	o.CreateDataProperty(Key("then"), jsFn(func(_ Value, args []Value) Value {
		return Call(Arg(args, 0), Undefined, v)
	}))
	return ObjectValue(o)
}

// TestPromiseOrder: the job counts of finally, adoption of promises and
// thenables, the combinators and pass-through handlers, against node's order
// for this program:
//
//	Promise.resolve(1).finally(() => log('f1')).then(v => log('after finally', v));
//	Promise.resolve(2).then(() => log('x1')).then(() => log('x2')).then(() => log('x3')).then(() => log('x4')).then(() => log('x5'));
//	Promise.reject(3).finally(() => log('f2')).catch(e => log('after finally reject', e));
//	new Promise(r => r(Promise.resolve('adopted'))).then(v => log(v));
//	Promise.resolve().then(() => Promise.resolve('returned promise')).then(v => log(v));
//	Promise.all([1, Promise.resolve(2), { then(r) { r(3) } }]).then(v => log('all', v.join()));
//	Promise.allSettled([Promise.reject(1), 2]).then(v => log('allSettled', v[0].status, v[0].reason, v[1].status, v[1].value));
//	Promise.any([Promise.reject(1), Promise.resolve(2)]).then(v => log('any', v));
//	Promise.any([Promise.reject(1)]).catch(e => log('any rejected', e.message, e.errors.join()));
//	Promise.race([new Promise(r => setTimeout(r, 5, 'slow')), Promise.resolve('fast')]).then(v => log('race', v));
//	Promise.all([]).then(v => log('all empty', v.length));
//	const self = new Promise(r => setTimeout(() => r(self)));
//	self.catch(e => log(e.message));
//	new Promise(() => { throw new Error('exec') }).catch(e => log('exec caught', e.message));
//	Promise.resolve(7).then(null, 5).then(v => log('passthrough', v));
//	Promise.reject(8).then(5).catch(e => log('passthrough reject', e));
func TestPromiseOrder(t *testing.T) {
	l, status := runLogged(t, func(l *jsLog) {
		jsThen(invoke(jsPromise("resolve", Int(1)), Key("finally"), l.logFn("f1")), l.logArg("after finally"))
		p := jsPromise("resolve", Int(2))
		for _, m := range []string{"x1", "x2", "x3", "x4", "x5"} {
			p = jsThen(p, l.logFn(m))
		}
		invoke(invoke(jsPromise("reject", Int(3)), Key("finally"), l.logFn("f2")), Key("catch"), l.logArg("after finally reject"))
		jsThen(Construct(ObjectValue(PromiseConstructor), nil, jsFn(func(_ Value, args []Value) Value {
			return Call(Arg(args, 0), Undefined, jsPromise("resolve", Str("adopted")))
		})), l.logArg(""))
		jsThen(jsThen(jsPromise("resolve"), jsFn(func(Value, []Value) Value {
			return jsPromise("resolve", Str("returned promise"))
		})), l.logArg(""))
		jsThen(jsPromise("all", jsArray(Int(1), jsPromise("resolve", Int(2)), thenableOf(Int(3)))), jsFn(func(_ Value, args []Value) Value {
			l.print("all", invoke(args[0], Key("join")))
			return Undefined
		}))
		jsThen(jsPromise("allSettled", jsArray(jsPromise("reject", Int(1)), Int(2))), jsFn(func(_ Value, args []Value) Value {
			v0, v1 := GetIndex(args[0], Int(0)), GetIndex(args[0], Int(1))
			l.print("allSettled", jsGet(v0, "status"), jsGet(v0, "reason"), jsGet(v1, "status"), jsGet(v1, "value"))
			return Undefined
		}))
		jsThen(jsPromise("any", jsArray(jsPromise("reject", Int(1)), jsPromise("resolve", Int(2)))), l.logArg("any"))
		invoke(jsPromise("any", jsArray(jsPromise("reject", Int(1)))), Key("catch"), jsFn(func(_ Value, args []Value) Value {
			l.print("any rejected", jsGet(args[0], "message"), invoke(jsGet(args[0], "errors"), Key("join")))
			return Undefined
		}))
		slow := Construct(ObjectValue(PromiseConstructor), nil, jsFn(func(_ Value, args []Value) Value {
			return jsCall("setTimeout", args[0], Int(5), Str("slow"))
		}))
		jsThen(jsPromise("race", jsArray(slow, jsPromise("resolve", Str("fast")))), l.logArg("race"))
		jsThen(jsPromise("all", jsArray()), jsFn(func(_ Value, args []Value) Value {
			l.print("all empty", jsGet(args[0], "length"))
			return Undefined
		}))
		var self Value
		self = Construct(ObjectValue(PromiseConstructor), nil, jsFn(func(_ Value, args []Value) Value {
			return jsCall("setTimeout", jsFn(func(Value, []Value) Value { return Call(args[0], Undefined, self) }))
		}))
		invoke(self, Key("catch"), jsFn(func(_ Value, args []Value) Value {
			l.print(jsGet(args[0], "message"))
			return Undefined
		}))
		invoke(Construct(ObjectValue(PromiseConstructor), nil, jsFn(func(Value, []Value) Value {
			ThrowError(ErrorPrototype, "exec")
			return Undefined
		})), Key("catch"), jsFn(func(_ Value, args []Value) Value {
			l.print("exec caught", jsGet(args[0], "message"))
			return Undefined
		}))
		jsThen(jsThen(jsPromise("resolve", Int(7)), Null, Int(5)), l.logArg("passthrough"))
		invoke(jsThen(jsPromise("reject", Int(8)), Int(5)), Key("catch"), l.logArg("passthrough reject"))
	})
	if status != 0 {
		t.Errorf("status %d", status)
	}
	checkOrder(t, l, `f1
x1
f2
all empty 0
exec caught exec
x2
allSettled rejected 1 fulfilled 2
any 2
any rejected All promises were rejected 1
race fast
passthrough 7
passthrough reject 8
x3
 adopted
all 1,2,3
after finally 1
x4
after finally reject 3
 returned promise
x5
Chaining cycle detected for promise #<Promise>`)
}

// BenchmarkPromiseChain is `p = p.then(x => x + 1)` b.N times from
// Promise.resolve(0), then the job queue drained.
func BenchmarkPromiseChain(b *testing.B) {
	inc := jsFn(func(_ Value, args []Value) Value { return Number(args[0].NumberValue() + 1) })
	p := jsPromise("resolve", Int(0))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		p = jsThen(p, inc)
	}
	RunJobs()
	if _, v := PromiseStateOf(p.Object()); v.NumberValue() != float64(b.N) {
		b.Fatalf("chain ended with %v", ToGoString(v))
	}
}

// benchFrame awaits its counter n times, as `for (…) await i` does.
type benchFrame struct {
	i, n    int
	promise *Object
}

func (f *benchFrame) Resume(v Value, _ bool) {
	if f.i++; f.i < f.n {
		AwaitValue(Int(f.i), f)
		return
	}
	ResolvePromise(f.promise, v)
}

// BenchmarkAwait is one await of a plain value per iteration.
func BenchmarkAwait(b *testing.B) {
	f := &benchFrame{n: b.N, promise: NewPromise()}
	b.ReportAllocs()
	AwaitValue(Int(0), f)
	RunJobs()
}
