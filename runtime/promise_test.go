package runtime

import (
	"fmt"
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

// TestPromiseErrors: the TypeErrors V8 throws, with node's messages.
func TestPromiseErrors(t *testing.T) {
	promise := ObjectValue(PromiseConstructor)
	obj := ObjectValue(NewPlainObject())
	withConstructor := func(c Value) Value {
		p := jsPromise("resolve")
		p.Object().CreateDataProperty(Key("constructor"), c)
		return p
	}
	speciesObj := NewPlainObject()
	speciesObj.CreateDataProperty(SymbolKey(SymSpecies), Int(1))
	tests := []struct {
		js   string
		run  func()
		want string
	}{
		{"Promise()", func() { Call(promise, Undefined) }, "Promise constructor cannot be invoked without 'new'"},
		{"new Promise(1)", func() { Construct(promise, nil, Int(1)) }, "Promise resolver 1 is not a function"},
		{"new Promise({})", func() { Construct(promise, nil, obj) }, "Promise resolver #<Object> is not a function"},
		{"new Promise()", func() { Construct(promise, nil) }, "Promise resolver undefined is not a function"},
		{"Promise.prototype.then.call({})", func() { Call(jsGet(ObjectValue(PromisePrototype), "then"), obj) }, "Method Promise.prototype.then called on incompatible receiver #<Object>"},
		{"Promise.prototype.then.call(1)", func() { Call(jsGet(ObjectValue(PromisePrototype), "then"), Int(1)) }, "Method Promise.prototype.then called on incompatible receiver 1"},
		{"Promise.resolve.call(1)", func() { Call(jsGet(promise, "resolve"), Int(1)) }, "PromiseResolve called on non-object"},
		{"Promise.reject.call(1)", func() { Call(jsGet(promise, "reject"), Int(1)) }, "PromiseReject called on non-object"},
		{"Promise.all.call(1, [])", func() { Call(jsGet(promise, "all"), Int(1), jsArray()) }, "Promise.all called on non-object"},
		{"Promise.prototype.finally.call(1)", func() { Call(jsGet(ObjectValue(PromisePrototype), "finally"), Int(1)) }, "Promise.prototype.finally called on non-object"},
		{"Promise.prototype.catch.call(undefined)", func() { Call(jsGet(ObjectValue(PromisePrototype), "catch"), Undefined) }, "Cannot read properties of undefined (reading 'then')"},
		{"p.constructor = 1; p.then()", func() { jsThen(withConstructor(Int(1))) }, "The .constructor property is not an object"},
		{"p.constructor = {[Symbol.species]: 1}; p.then()", func() { jsThen(withConstructor(ObjectValue(speciesObj))) }, "object.constructor[Symbol.species] is not a constructor"},
		{"Promise.resolve.call({})", func() { Call(jsGet(promise, "resolve"), obj) }, "#<Object> is not a constructor"},
		{"Promise.resolve.call(function(ex){ ex(1,2); ex(1,2) })", func() {
			Call(jsGet(promise, "resolve"), ObjectValue(NewConstructor("", 1, nil, func(args []Value, _ *Object) Value {
				Call(args[0], Undefined, Int(1), Int(2))
				Call(args[0], Undefined, Int(1), Int(2))
				return obj
			})))
		}, "Promise executor has already been invoked with non-undefined arguments"},
		{"Promise.resolve.call(function(ex){ ex() })", func() {
			Call(jsGet(promise, "resolve"), ObjectValue(NewConstructor("", 1, nil, func(args []Value, _ *Object) Value {
				Call(args[0], Undefined)
				return obj
			})))
		}, "Promise resolve or reject function is not callable"},
		{"process.nextTick()", func() { jsNextTick(Undefined) }, `The "callback" argument must be of type function. Received undefined`},
		{"setTimeout(5)", func() { jsCall("setTimeout", Int(5)) }, `The "callback" argument must be of type function. Received type number (5)`},
		{"setTimeout('abc')", func() { jsCall("setTimeout", Str("abc")) }, `The "callback" argument must be of type function. Received type string ('abc')`},
		{"setTimeout({})", func() { jsCall("setTimeout", obj) }, `The "callback" argument must be of type function. Received an instance of Object`},
		{"setImmediate(null)", func() { jsCall("setImmediate", Null) }, `The "callback" argument must be of type function. Received null`},
		{"queueMicrotask(1)", func() { jsCall("queueMicrotask", Int(1)) }, `The "callback" argument must be of type function. Received type number (1)`},
	}
	for _, tt := range tests {
		exc := TryCatch(tt.run)
		if exc == nil {
			t.Errorf("%s: no exception", tt.js)
			continue
		}
		e := exc.Value.Object()
		if e == nil || e.Proto() != TypeErrorPrototype {
			t.Errorf("%s: threw %s, want a TypeError", tt.js, Inspect(exc.Value))
			continue
		}
		if msg := jsGet(exc.Value, "message").Text(); msg != tt.want {
			t.Errorf("%s: message %q, want %q", tt.js, msg, tt.want)
		}
	}
	tickQueue, microtaskQueue, pendingRejections = jobQueue{}, jobQueue{}, nil
}

// TestPromiseSubclass is `class MyP extends Promise {}` built by hand:
// statics and then construct MyP through species and new.target.
//
//	const mp = MyP.resolve(5);
//	log(mp instanceof MyP, mp.then(() => {}) instanceof MyP, Promise.resolve(mp) === mp, MyP.resolve(mp) === mp);
//	mp.then(v => log('value', v));
//
// node prints "true true false true", then "value 5"; MyP is constructed 4
// times (node counts 3 before the last then).
func TestPromiseSubclass(t *testing.T) {
	constructed := 0
	myProto := NewObject(PromisePrototype)
	var myP *Object
	myP = NewConstructor("MyP", 1, nil, func(args []Value, newTarget *Object) Value {
		constructed++
		return Construct(ObjectValue(PromiseConstructor), newTarget, args...)
	})
	myP.SetProtoRaw(PromiseConstructor)
	myP.DefineData(Key("prototype"), ObjectValue(myProto), 0)
	myProto.DefineData(Key("constructor"), ObjectValue(myP), Hidden)
	isMyP := func(v Value) string {
		if v.Object() != nil && v.Object().Proto() == myProto && IsPromise(v) {
			return "true"
		}
		return "false"
	}
	l, _ := runLogged(t, func(l *jsLog) {
		mp := invoke(ObjectValue(myP), Key("resolve"), Int(5))
		l.print(isMyP(mp), isMyP(jsThen(mp, jsFn(func(Value, []Value) Value { return Undefined }))),
			fmt.Sprint(StrictEquals(jsPromise("resolve", mp), mp)), fmt.Sprint(StrictEquals(invoke(ObjectValue(myP), Key("resolve"), mp), mp)))
		jsThen(mp, l.logArg("value"))
	})
	checkOrder(t, l, "true true false true\nvalue 5")
	if constructed != 4 {
		t.Errorf("MyP constructed %d times, want 4", constructed)
	}
}

// doubleFrame is the frame of `async function f(i) { const v = await i;
// return v * 2; }` as the compiler writes it.
type doubleFrame struct {
	Async
	i Value
}

func (f *doubleFrame) Resume(v Value, _ bool) {
	if f.State == 0 {
		f.State = 1
		f.Await(f.i)
		return
	}
	f.Return(Number(v.NumberValue() * 2))
}

// BenchmarkPromiseAllAsync is the fan_out workload: b.N calls of an async
// function awaiting a number, under one Promise.all, then the jobs drained.
func BenchmarkPromiseAllAsync(b *testing.B) {
	b.ReportAllocs()
	calls := make([]Value, b.N)
	for i := range calls {
		f := &doubleFrame{i: Int(i)}
		calls[i] = f.Start(f)
	}
	all := jsPromise("all", jsArray(calls...))
	RunJobs()
	if state, v := PromiseStateOf(all.Object()); state != PromiseFulfilled || int(ToNumber(GetProp(v, Key("length")))) != b.N {
		b.Fatalf("Promise.all is %d with %s", state, ToGoString(v))
	}
}

// TestPromiseSpeciesGetterSkipped: then does not call %Promise%'s own
// @@species getter (it returns %Promise%, unseen), but does call one a
// program put in its place.
//
//	Object.defineProperty(Promise, Symbol.species, { get() { calls++; return Promise }, configurable: true });
//	Promise.resolve().then();
func TestPromiseSpeciesGetterSkipped(t *testing.T) {
	if !promiseSpeciesIntact() {
		t.Fatal("the original @@species getter is not recognised")
	}
	calls := 0
	getter := NewFunction("get", 0, func(this Value, _ []Value) Value {
		calls++
		return this
	})
	key := SymbolKey(SymSpecies)
	PromiseConstructor.DefineAccessor(key, getter, nil, Configurable)
	defer PromiseConstructor.DefineAccessor(key, promiseSpeciesGetter, nil, Configurable)
	if promiseSpeciesIntact() {
		t.Fatal("a replaced @@species getter counts as intact")
	}
	jsThen(jsPromise("resolve"))
	if calls != 1 {
		t.Errorf("the replaced getter ran %d times, want 1", calls)
	}
}
