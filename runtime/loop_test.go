package runtime

import (
	"strings"
	"testing"
)

// The loop tests build JavaScript programs by hand from runtime calls (the
// JavaScript each one stands for is in its comment) and compare the order
// of what they log with the order node v20 printed for that JavaScript.

// jsLog collects what a hand-built program logs.
type jsLog struct{ lines []string }

func (l *jsLog) print(parts ...any) {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch p := p.(type) {
		case string:
			b.WriteString(p)
		case Value:
			b.WriteString(ToGoString(p))
		}
	}
	l.lines = append(l.lines, b.String())
}

// logFn is `() => log(msg)`.
func (l *jsLog) logFn(msg string) Value {
	return jsFn(func(Value, []Value) Value {
		l.print(msg)
		return Undefined
	})
}

func jsFn(f NativeFunc) Value { return ObjectValue(NewFunction("", 0, f)) }

func jsGlobal(name string) Value { return Global.Get(Key(name), ObjectValue(Global)) }

func jsCall(name string, args ...Value) Value { return Call(jsGlobal(name), Undefined, args...) }

func jsThen(p Value, handlers ...Value) Value { return invoke(p, Key("then"), handlers...) }

func jsNextTick(fn Value, args ...Value) {
	invoke(ObjectValue(Process), Key("nextTick"), append([]Value{fn}, args...)...)
}

func jsPromiseResolve(v Value) Value {
	return invoke(ObjectValue(PromiseConstructor), Key("resolve"), v)
}

// asyncFrame is a hand-written async function state machine: step runs the
// code after each await.
type asyncFrame struct {
	promise *Object
	state   int
	step    func(f *asyncFrame, v Value, threw bool)
}

func (f *asyncFrame) Resume(v Value, threw bool) {
	f.state++
	f.step(f, v, threw)
}

// startAsync runs the body of an async function up to its first await.
func startAsync(step func(f *asyncFrame, v Value, threw bool)) *asyncFrame {
	f := &asyncFrame{promise: NewPromise(), step: step}
	step(f, Undefined, false)
	return f
}

func runLogged(t *testing.T, build func(l *jsLog)) (*jsLog, int) {
	t.Helper()
	l := &jsLog{}
	status := RunProgram(&Program{Name: "/test.js", Run: func() { build(l) }})
	return l, status
}

func checkOrder(t *testing.T, got *jsLog, want string) {
	t.Helper()
	if g := strings.Join(got.lines, "\n"); g != want {
		t.Errorf("order:\n%s\nwant (node):\n%s", g, want)
	}
}

// TestDesignPuzzle is the ordering puzzle of DESIGN.md.
func TestDesignPuzzle(t *testing.T) {
	l, status := runLogged(t, func(l *jsLog) {
		// async function a2() { console.log('a2'); }
		a2 := func() Value {
			f := startAsync(func(f *asyncFrame, _ Value, _ bool) {
				l.print("a2")
				ResolvePromise(f.promise, Undefined)
			})
			return ObjectValue(f.promise)
		}
		// async function a1() { console.log('a1 start'); await a2(); console.log('a1 end'); }
		a1 := func() {
			startAsync(func(f *asyncFrame, _ Value, _ bool) {
				switch f.state {
				case 0:
					l.print("a1 start")
					AwaitValue(a2(), f)
				case 1:
					l.print("a1 end")
					ResolvePromise(f.promise, Undefined)
				}
			})
		}
		// async function r() { return Promise.resolve('r'); }
		r := func() Value {
			f := startAsync(func(f *asyncFrame, _ Value, _ bool) {
				ResolvePromise(f.promise, jsPromiseResolve(Str("r")))
			})
			return ObjectValue(f.promise)
		}
		l.print("script start")
		jsCall("setTimeout", l.logFn("timeout"), Int(0))
		jsNextTick(l.logFn("nextTick"))
		a1()
		jsThen(r(), jsFn(func(_ Value, args []Value) Value {
			l.print("returned", Arg(args, 0))
			return Undefined
		}))
		p := Construct(ObjectValue(PromiseConstructor), nil, jsFn(func(_ Value, args []Value) Value {
			l.print("p1")
			Call(args[0], Undefined)
			return Undefined
		}))
		for _, msg := range []string{"then1", "then2", "then3", "then4"} {
			p = jsThen(p, l.logFn(msg))
		}
		jsCall("queueMicrotask", l.logFn("qm"))
		// (async () => { console.log('awaited', await { then(res) { … res('T'); } }); })();
		startAsync(func(f *asyncFrame, v Value, _ bool) {
			switch f.state {
			case 0:
				thenable := NewPlainObject()
				thenable.CreateDataProperty(Key("then"), jsFn(func(_ Value, args []Value) Value {
					l.print("thenable.then")
					Call(args[0], Undefined, Str("T"))
					return Undefined
				}))
				AwaitValue(ObjectValue(thenable), f)
			case 1:
				l.print("awaited", v)
				ResolvePromise(f.promise, Undefined)
			}
		})
		l.print("script end")
	})
	if status != 0 {
		t.Errorf("status %d", status)
	}
	checkOrder(t, l, `script start
a1 start
a2
p1
script end
nextTick
a1 end
then1
qm
thenable.then
then2
awaited T
returned r
then3
then4
timeout`)
}

// TestTicksAndMicrotasks: ticks queued by microtasks wait for the whole
// microtask queue; ticks queued by ticks run in the same tick pass.
//
//	Promise.resolve().then(()=>{ log('p1'); process.nextTick(()=>log('tick from p1')) }).then(()=>log('p2'));
//	Promise.resolve().then(()=>log('p3'));
//	process.nextTick(()=>{log('t1'); Promise.resolve().then(()=>log('p from t1')); process.nextTick(()=>log('t3'))});
//	process.nextTick((a,b)=>log('t2', a, b), 1, 2);
func TestTicksAndMicrotasks(t *testing.T) {
	l, _ := runLogged(t, func(l *jsLog) {
		jsThen(jsThen(jsPromiseResolve(Undefined), jsFn(func(Value, []Value) Value {
			l.print("p1")
			jsNextTick(l.logFn("tick from p1"))
			return Undefined
		})), l.logFn("p2"))
		jsThen(jsPromiseResolve(Undefined), l.logFn("p3"))
		jsNextTick(jsFn(func(Value, []Value) Value {
			l.print("t1")
			jsThen(jsPromiseResolve(Undefined), l.logFn("p from t1"))
			jsNextTick(l.logFn("t3"))
			return Undefined
		}))
		jsNextTick(jsFn(func(_ Value, args []Value) Value {
			l.print("t2", Arg(args, 0), Arg(args, 1))
			return Undefined
		}), Int(1), Int(2))
	})
	checkOrder(t, l, "t1\nt2 1 2\nt3\np1\np3\np from t1\np2\ntick from p1")
}
