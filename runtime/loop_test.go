package runtime

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
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

// runLogged runs a hand-built program; what it writes to stderr is
// dropped, and the process listeners it added are removed.
func runLogged(t *testing.T, build func(l *jsLog)) (*jsLog, int) {
	t.Helper()
	l := &jsLog{}
	var stdout, stderr bytes.Buffer
	setStdio(&stdout, &stderr)
	defer setStdio(os.Stdout, os.Stderr)
	defer invoke(ObjectValue(Process), Key("removeAllListeners"))
	status := RunProgram(&Program{Name: "/test.js", Run: func() { build(l) }})
	return l, status
}

// jsOn is process.on(event, fn).
func jsOn(event string, fn NativeFunc) {
	invoke(ObjectValue(Process), Key("on"), Str(event), jsFn(fn))
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

// TestUnhandledRejections: node v20 reports a rejection still unhandled
// once the job queues are empty; listeners of 'unhandledRejection' or
// 'uncaughtException' take it instead.
func TestUnhandledRejections(t *testing.T) {
	exitLogger := func(l *jsLog) {
		jsOn("exit", func(_ Value, args []Value) Value {
			l.print("exit", Arg(args, 0))
			return Undefined
		})
	}
	tests := []struct {
		name   string
		build  func(l *jsLog)
		want   string
		status int
	}{
		{
			// process.on('exit', …); Promise.reject(new Error('x')); setTimeout(() => log('never'), 0);
			name: "fatal before any timer",
			build: func(l *jsLog) {
				exitLogger(l)
				invoke(ObjectValue(PromiseConstructor), Key("reject"), ObjectValue(NewError(ErrorPrototype, "x")))
				jsCall("setTimeout", l.logFn("never"), Int(0))
			},
			want:   "exit 1",
			status: 1,
		},
		{
			// const p = Promise.reject(1); process.nextTick(() => p.catch(v => log('caught', v)));
			// Promise.resolve().then(() => log('micro'));
			name: "handler added by a tick",
			build: func(l *jsLog) {
				exitLogger(l)
				p := invoke(ObjectValue(PromiseConstructor), Key("reject"), Int(1))
				jsNextTick(jsFn(func(Value, []Value) Value {
					return invoke(p, Key("catch"), jsFn(func(_ Value, args []Value) Value {
						l.print("caught", Arg(args, 0))
						return Undefined
					}))
				}))
				jsThen(jsPromiseResolve(Undefined), l.logFn("micro"))
			},
			want: "micro\ncaught 1\nexit 0",
		},
		{
			// process.on('unhandledRejection', (r, p) => { log('UR', r); setTimeout(() => p.catch(() => log('late catch')), 0) });
			// process.on('rejectionHandled', p => log('RH'));
			// Promise.reject(2).then(() => log('never')); setTimeout(() => log('t'), 0);
			name: "listeners",
			build: func(l *jsLog) {
				jsOn("unhandledRejection", func(_ Value, args []Value) Value {
					l.print("UR", Arg(args, 0))
					p := Arg(args, 1)
					jsCall("setTimeout", jsFn(func(Value, []Value) Value {
						return invoke(p, Key("catch"), l.logFn("late catch"))
					}), Int(0))
					return Undefined
				})
				jsOn("rejectionHandled", func(Value, []Value) Value {
					l.print("RH")
					return Undefined
				})
				exitLogger(l)
				jsThen(invoke(ObjectValue(PromiseConstructor), Key("reject"), Int(2)), l.logFn("never"))
				jsCall("setTimeout", l.logFn("t"), Int(0))
			},
			want: "UR 2\nt\nlate catch\nRH\nexit 0",
		},
		{
			// process.on('uncaughtException', (e, o) => log('UE', e.message, o));
			// Promise.reject(new Error('boom'));
			// setTimeout(() => { log('t1'); throw new Error('from timer') }, 0); setTimeout(() => log('t2'), 0);
			name: "uncaughtException listener",
			build: func(l *jsLog) {
				jsOn("uncaughtException", func(_ Value, args []Value) Value {
					l.print("UE", Arg(args, 0).Object().Get(Key("message"), Arg(args, 0)), Arg(args, 1))
					return Undefined
				})
				exitLogger(l)
				invoke(ObjectValue(PromiseConstructor), Key("reject"), ObjectValue(NewError(ErrorPrototype, "boom")))
				jsCall("setTimeout", jsFn(func(Value, []Value) Value {
					l.print("t1")
					ThrowError(ErrorPrototype, "from timer")
					return Undefined
				}), Int(0))
				jsCall("setTimeout", l.logFn("t2"), Int(0))
			},
			want: "UE boom unhandledRejection\nt1\nUE from timer uncaughtException\nt2\nexit 0",
		},
		{
			// process.on('exit', () => { log('in exit'); throw new Error('e') }); log('main');
			name: "exit listener throws",
			build: func(l *jsLog) {
				jsOn("exit", func(Value, []Value) Value {
					l.print("in exit")
					ThrowError(ErrorPrototype, "e")
					return Undefined
				})
				l.print("main")
			},
			want:   "main\nin exit",
			status: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, status := runLogged(t, tt.build)
			checkOrder(t, l, tt.want)
			if status != tt.status {
				t.Errorf("status %d, want %d", status, tt.status)
			}
		})
	}
}

// TestTimers: timers by list expiry then insertion, the job queues after
// each callback, immediates in the check phase (those set there wait a
// turn), intervals, clear*, and unref'd timers not keeping the loop alive.
// The script busy-waits 4 ms so that every short timer is due at the first
// timers phase, as it is when node runs the program.
//
//	setTimeout(()=>log('a 2'), 2);
//	setTimeout(()=>log('b 1'), 1);
//	setTimeout(()=>log('c 0'), 0);
//	setTimeout((x, y)=>{ log('d 1', x, y); Promise.resolve().then(()=>log('d micro'));
//	  process.nextTick(()=>log('d tick')); setImmediate(()=>log('imm from d')) }, 1, 'x', 'y');
//	setTimeout(()=>log('e 1'), 1);
//	const cancelled = setTimeout(()=>log('never'), 3); clearTimeout(cancelled);
//	const u = setTimeout(()=>log('unref fired'), 600); u.unref();
//	const t0 = Date.now(); while (Date.now() - t0 < 4) {}
//	setTimeout(()=>{
//	  let n = 0; const iv = setInterval(function(){ log('iv', ++n, this === iv); if (n === 3) clearInterval(iv) }, 5);
//	}, 10);
//	setTimeout(()=>{ log('late'); setImmediate(()=>{ log('imm1'); setImmediate(()=>log('imm nested'));
//	  process.nextTick(()=>log('imm1 tick')) }); setImmediate(()=>log('imm2'));
//	  const c = setImmediate(()=>log('never imm')); clearImmediate(c) }, 300);
func TestTimers(t *testing.T) {
	start := time.Now()
	l, status := runLogged(t, func(l *jsLog) {
		jsCall("setTimeout", l.logFn("a 2"), Int(2))
		jsCall("setTimeout", l.logFn("b 1"), Int(1))
		jsCall("setTimeout", l.logFn("c 0"), Int(0))
		jsCall("setTimeout", jsFn(func(_ Value, args []Value) Value {
			l.print("d 1", Arg(args, 0), Arg(args, 1))
			jsThen(jsPromiseResolve(Undefined), l.logFn("d micro"))
			jsNextTick(l.logFn("d tick"))
			jsCall("setImmediate", l.logFn("imm from d"))
			return Undefined
		}), Int(1), Str("x"), Str("y"))
		jsCall("setTimeout", l.logFn("e 1"), Int(1))
		jsCall("clearTimeout", jsCall("setTimeout", l.logFn("never"), Int(3)))
		invoke(jsCall("setTimeout", l.logFn("unref fired"), Int(600)), Key("unref"))
		for t0 := time.Now(); time.Since(t0) < 4*time.Millisecond; {
		}
		jsCall("setTimeout", jsFn(func(Value, []Value) Value {
			n := 0
			var iv Value
			iv = jsCall("setInterval", jsFn(func(this Value, _ []Value) Value {
				n++
				l.print("iv", Int(n), Bool(StrictEquals(this, iv)))
				if n == 3 {
					jsCall("clearInterval", iv)
				}
				return Undefined
			}), Int(5))
			return Undefined
		}), Int(10))
		jsCall("setTimeout", jsFn(func(Value, []Value) Value {
			l.print("late")
			jsCall("setImmediate", jsFn(func(Value, []Value) Value {
				l.print("imm1")
				jsCall("setImmediate", l.logFn("imm nested"))
				jsNextTick(l.logFn("imm1 tick"))
				return Undefined
			}))
			jsCall("setImmediate", l.logFn("imm2"))
			jsCall("clearImmediate", jsCall("setImmediate", l.logFn("never imm")))
			return Undefined
		}), Int(300))
	})
	if status != 0 {
		t.Errorf("status %d", status)
	}
	checkOrder(t, l, `b 1
c 0
d 1 x y
d tick
d micro
e 1
a 2
imm from d
iv 1 true
iv 2 true
iv 3 true
late
imm1
imm1 tick
imm2
imm nested`)
	// The order shows that the unref'd timer never fired; had the loop
	// waited for it, it would have.
	if d := time.Since(start); d < 300*time.Millisecond {
		t.Errorf("the program took %v; its last timer is due at 300 ms", d)
	}
}

// TestHostWork: completions posted by real goroutines run on the loop,
// which stays alive until the last one; inside a completion (node's I/O
// phase) setImmediate beats setTimeout(0).
func TestHostWork(t *testing.T) {
	const n = 20
	l, status := runLogged(t, func(l *jsLog) {
		sum := 0
		done := 0
		for i := 1; i <= n; i++ {
			p := HostPromise(func() (any, error) {
				time.Sleep(time.Duration(i%5) * time.Millisecond)
				return i, nil
			}, func(r any) Value { return Int(r.(int)) }, nil)
			jsThen(ObjectValue(p), jsFn(func(_ Value, args []Value) Value {
				sum += int(Arg(args, 0).NumberValue())
				if done++; done == n {
					l.print("sum", Int(sum))
				}
				return Undefined
			}))
		}
		failed := HostPromise(func() (any, error) { return nil, errors.New("disk on fire") }, nil, nil)
		invoke(ObjectValue(failed), Key("catch"), jsFn(func(_ Value, args []Value) Value {
			l.print("rejected", Arg(args, 0).Object().Get(Key("message"), Arg(args, 0)))
			return Undefined
		}))
		w := StartHostWork()
		go func() {
			time.Sleep(15 * time.Millisecond)
			w.Complete(func() {
				l.print("io")
				jsCall("setTimeout", l.logFn("timeout 0"), Int(0))
				jsCall("setImmediate", l.logFn("immediate"))
				jsNextTick(l.logFn("tick"))
			})
		}()
	})
	if status != 0 {
		t.Errorf("status %d", status)
	}
	checkOrder(t, l, "rejected disk on fire\nsum 210\nio\ntick\nimmediate\ntimeout 0")
}

// BenchmarkTimeouts is b.N setTimeout(cb, 0) run by the loop.
func BenchmarkTimeouts(b *testing.B) {
	fired := 0
	cb := jsFn(func(Value, []Value) Value {
		fired++
		return Undefined
	})
	b.ReportAllocs()
	RunProgram(&Program{Name: "/bench.js", Run: func() {
		for i := 0; i < b.N; i++ {
			jsCall("setTimeout", cb, Int(0))
		}
	}})
	if fired != b.N {
		b.Fatalf("%d of %d timers fired", fired, b.N)
	}
}

// TestTimeoutBeforeImmediateAfterOutput: a script that printed has its
// setTimeout(f, 0) run before its setImmediate(g), as node (whose first
// write makes process.stdout, slowly) nearly always does.
//
//	console.log('start'); setTimeout(() => log('timeout'), 0); setImmediate(() => log('immediate'));
func TestTimeoutBeforeImmediateAfterOutput(t *testing.T) {
	for i := 0; i < 5; i++ {
		l, _ := runLogged(t, func(l *jsLog) {
			WriteStdout("start\n")
			jsCall("setTimeout", l.logFn("timeout"), Int(0))
			jsCall("setImmediate", l.logFn("immediate"))
		})
		checkOrder(t, l, "timeout\nimmediate")
	}
}

// TestUncaughtInJobs: with an 'uncaughtException' listener, a throwing tick
// leaves the other ticks to run, and a throwing queueMicrotask callback is
// handled before the next microtask.
//
//	process.on('uncaughtException', e => log('UE', e.message));
//	queueMicrotask(() => { process.nextTick(() => log('tick')); throw new Error('qm') });
//	queueMicrotask(() => log('qm2'));
//	process.nextTick(() => { Promise.resolve().then(() => log('p1')); process.nextTick(() => log('tick2')); throw new Error('t1') });
//	process.nextTick(() => log('tick3'));
func TestUncaughtInJobs(t *testing.T) {
	l, status := runLogged(t, func(l *jsLog) {
		jsOn("uncaughtException", func(_ Value, args []Value) Value {
			l.print("UE", jsGet(args[0], "message"))
			return Undefined
		})
		jsCall("queueMicrotask", jsFn(func(Value, []Value) Value {
			jsNextTick(l.logFn("tick"))
			ThrowError(ErrorPrototype, "qm")
			return Undefined
		}))
		jsCall("queueMicrotask", l.logFn("qm2"))
		jsNextTick(jsFn(func(Value, []Value) Value {
			jsThen(jsPromiseResolve(Undefined), l.logFn("p1"))
			jsNextTick(l.logFn("tick2"))
			ThrowError(ErrorPrototype, "t1")
			return Undefined
		}))
		jsNextTick(l.logFn("tick3"))
	})
	if status != 0 {
		t.Errorf("status %d", status)
	}
	checkOrder(t, l, "UE t1\ntick3\ntick2\nUE qm\nqm2\np1\ntick")
}

// TestThrowingCallbacks: after a timer or immediate callback throws and a
// listener handles it, node goes on with the due timers (or the rest of the
// immediates) before draining the job queues.
//
//	process.on('uncaughtException', e => log('UE', e.message));
//	setTimeout(() => { log('a'); process.nextTick(() => log('tick a')); throw new Error('x') }, 0);
//	setTimeout(() => { log('b'); Promise.resolve().then(() => log('micro b')) }, 0);
//	setTimeout(() => log('c'), 0);
//	setTimeout(() => { setImmediate(() => { log('imm1'); Promise.resolve().then(() => log('micro1')); throw new Error('y') });
//	  setImmediate(() => log('imm2')) }, 5);
func TestThrowingCallbacks(t *testing.T) {
	l, status := runLogged(t, func(l *jsLog) {
		jsOn("uncaughtException", func(_ Value, args []Value) Value {
			l.print("UE", jsGet(args[0], "message"))
			return Undefined
		})
		jsCall("setTimeout", jsFn(func(Value, []Value) Value {
			l.print("a")
			jsNextTick(l.logFn("tick a"))
			ThrowError(ErrorPrototype, "x")
			return Undefined
		}), Int(0))
		jsCall("setTimeout", jsFn(func(Value, []Value) Value {
			l.print("b")
			jsThen(jsPromiseResolve(Undefined), l.logFn("micro b"))
			return Undefined
		}), Int(0))
		jsCall("setTimeout", l.logFn("c"), Int(0))
		jsCall("setTimeout", jsFn(func(Value, []Value) Value {
			jsCall("setImmediate", jsFn(func(Value, []Value) Value {
				l.print("imm1")
				jsThen(jsPromiseResolve(Undefined), l.logFn("micro1"))
				ThrowError(ErrorPrototype, "y")
				return Undefined
			}))
			jsCall("setImmediate", l.logFn("imm2"))
			return Undefined
		}), Int(5))
	})
	if status != 0 {
		t.Errorf("status %d", status)
	}
	checkOrder(t, l, "a\nUE x\nb\ntick a\nmicro b\nc\nimm1\nUE y\nimm2\nmicro1")
}

// TestFirstOutputCost: a timer set before the program's first output is
// older, by the time node's first console.log took, than one set after it.
//
//	setTimeout(() => log('5 ms, set first'), 5); console.log('start'); setTimeout(() => log('0 ms'), 0);
func TestFirstOutputCost(t *testing.T) {
	l, _ := runLogged(t, func(l *jsLog) {
		jsCall("setTimeout", l.logFn("5 ms, set first"), Int(5))
		WriteStdout("start\n")
		jsCall("setTimeout", l.logFn("0 ms"), Int(0))
	})
	checkOrder(t, l, "5 ms, set first\n0 ms")
}

// TestUnrefImmediate: the loop decides whether it is alive after each
// timers phase, so an unref'd immediate runs only when the loop turns
// again anyway. One queued by the timers run on entry to the loop runs
// (that turn was decided before them); one queued by the last ref'd timer
// of a later turn does not.
func TestUnrefImmediate(t *testing.T) {
	// The timer is due by the time the loop starts:
	//
	//	setTimeout(() => { log('t'); setImmediate(() => log('imm')).unref() }, 1);
	//	for (const s = Date.now(); Date.now() - s < 5;);
	unrefFrom := func(l *jsLog, msg string) Value {
		return jsFn(func(Value, []Value) Value {
			l.print(msg)
			invoke(jsCall("setImmediate", l.logFn("imm from "+msg)), Key("unref"))
			return Undefined
		})
	}
	l, _ := runLogged(t, func(l *jsLog) {
		jsCall("setTimeout", unrefFrom(l, "t"), Int(1))
		for t0 := time.Now(); time.Since(t0) < 5*time.Millisecond; {
		}
	})
	checkOrder(t, l, "t\nimm from t")
	// The timer fires in a later turn:
	//
	//	setTimeout(() => { log('t'); setImmediate(() => log('imm')).unref() }, 5);
	l, _ = runLogged(t, func(l *jsLog) {
		jsCall("setTimeout", unrefFrom(l, "t"), Int(5))
	})
	checkOrder(t, l, "t")
}

// TestExitListeners: what node v20 does with what an 'exit' listener throws
// or leaves behind at the natural end of a program.
func TestExitListeners(t *testing.T) {
	// queueJobs queues a tick (dropped: the process is exiting) and a
	// microtask (run once the listeners are done, unless one threw).
	queueJobs := func(l *jsLog, name string) {
		jsNextTick(l.logFn("tick " + name))
		jsThen(jsPromiseResolve(Undefined), l.logFn("micro "+name))
	}
	setExitCode := func(code int) { Process.Set(Key("exitCode"), Int(code), ObjectValue(Process)) }
	tests := []struct {
		name   string
		build  func(l *jsLog)
		want   string
		status int
	}{
		{
			// process.on('exit', c => { log('exit1', c); queueJobs(); throw new Error('boom') });
			// process.on('exit', () => log('exit2'));
			// process.on('uncaughtException', e => { log('UE', e.message); process.exitCode = 4 });
			name: "a throw goes to the handler and ends the event",
			build: func(l *jsLog) {
				jsOn("exit", func(_ Value, args []Value) Value {
					l.print("exit1", Arg(args, 0))
					queueJobs(l, "exit1")
					ThrowError(ErrorPrototype, "boom")
					return Undefined
				})
				jsOn("exit", func(Value, []Value) Value { l.print("exit2"); return Undefined })
				jsOn("uncaughtException", func(_ Value, args []Value) Value {
					l.print("UE", jsGet(args[0], "message"))
					setExitCode(4)
					return Undefined
				})
			},
			want: "exit1 0\nUE boom", status: 4,
		},
		{
			// process.exitCode = 5;
			// process.on('exit', c => { log('exit1', c); throw new Error('boom') });
			name: "an unhandled throw keeps the exit code",
			build: func(l *jsLog) {
				setExitCode(5)
				jsOn("exit", func(_ Value, args []Value) Value {
					l.print("exit1", Arg(args, 0))
					ThrowError(ErrorPrototype, "boom")
					return Undefined
				})
			},
			want: "exit1 5", status: 5,
		},
		{
			// process.on('exit', c => { log('exit1', c); throw new Error('boom') });
			// process.on('uncaughtException', e => { log('UE', e.message); throw new Error('again') });
			name: "a handler that throws ends with status 7",
			build: func(l *jsLog) {
				jsOn("exit", func(_ Value, args []Value) Value {
					l.print("exit1", Arg(args, 0))
					ThrowError(ErrorPrototype, "boom")
					return Undefined
				})
				jsOn("uncaughtException", func(_ Value, args []Value) Value {
					l.print("UE", jsGet(args[0], "message"))
					ThrowError(ErrorPrototype, "again")
					return Undefined
				})
			},
			want: "exit1 0\nUE boom", status: 7,
		},
		{
			// process.on('exit', c => { log('exit1', c); Promise.reject(new Error('rej')); queueJobs() });
			// process.on('exit', () => log('exit2'));
			name: "a rejection is reported after the listeners and their microtasks",
			build: func(l *jsLog) {
				jsOn("exit", func(_ Value, args []Value) Value {
					l.print("exit1", Arg(args, 0))
					invoke(ObjectValue(PromiseConstructor), Key("reject"), ObjectValue(NewError(ErrorPrototype, "rej")))
					queueJobs(l, "exit1")
					return Undefined
				})
				jsOn("exit", func(Value, []Value) Value { l.print("exit2"); return Undefined })
			},
			want: "exit1 0\nexit2\nmicro exit1", status: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, status := runLogged(t, tt.build)
			checkOrder(t, l, tt.want)
			if status != tt.status {
				t.Errorf("status %d, node's %d", status, tt.status)
			}
		})
	}
}

// TestThrowingUncaughtExceptionListener: an 'uncaughtException' listener
// that throws ends the program with status 7 and no 'exit' event.
//
//	process.on('uncaughtException', e => { log('UE', e.message); throw new Error('again') });
//	process.on('exit', () => log('exit'));
//	setTimeout(() => { throw new Error('timer') }, 1);
func TestThrowingUncaughtExceptionListener(t *testing.T) {
	l, status := runLogged(t, func(l *jsLog) {
		jsOn("uncaughtException", func(_ Value, args []Value) Value {
			l.print("UE", jsGet(args[0], "message"))
			ThrowError(ErrorPrototype, "again")
			return Undefined
		})
		jsOn("exit", func(Value, []Value) Value { l.print("exit"); return Undefined })
		jsCall("setTimeout", jsFn(func(Value, []Value) Value {
			ThrowError(ErrorPrototype, "timer")
			return Undefined
		}), Int(1))
	})
	checkOrder(t, l, "UE timer")
	if status != 7 {
		t.Errorf("status %d, node's 7", status)
	}
}
