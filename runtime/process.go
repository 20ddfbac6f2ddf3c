package runtime

import (
	"math/big"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"time"
)

// The process global: what node programs read of their environment, exit
// and the process events. process.nextTick is the event loop's (jobs.go).

// Process is the process global object.
var Process = NewObject(ObjectPrototype)

// NodeVersion is the version of node whose behaviour the runtime mimics.
const NodeVersion = "v20.20.2"

var (
	processPID   = os.Getpid()
	processStart = time.Now()
	scriptName   string
	processArgv  *Object
)

// SetScript records the running program's absolute file name, which is
// process.argv[1]; RunProgram calls it before the script runs.
func SetScript(name, source string) {
	scriptName = name
	processArgv = nil
}

// argv is process.argv: the executable, the script's absolute path and
// the command line's arguments.
func argv() *Object {
	if processArgv == nil {
		args := []Value{Str(executablePath()), Str(scriptName)}
		for _, a := range os.Args[1:] {
			args = append(args, Str(a))
		}
		processArgv = NewArray(args)
	}
	return processArgv
}

func executablePath() string {
	if p, err := os.Executable(); err == nil {
		return p
	}
	return os.Args[0]
}

// processListener is one listener of a process event.
type processListener struct {
	fn   *Object
	once bool
}

var (
	processListeners map[string][]processListener
	// processExiting is node's process._exiting: the 'exit' event has
	// been emitted, so process.exit ends at once and process.nextTick
	// does nothing.
	processExiting bool
)

// resetProcessListeners leaves the listeners a process starts with: node's
// own 'warning' listener, which prints warnings.
func resetProcessListeners() {
	processListeners = map[string][]processListener{"warning": {{fn: onWarningFunction}}}
	processExiting = false
}

// ProcessListeners returns the listeners of a process event, in the order
// they were added.
func ProcessListeners(event string) []Value {
	ls := processListeners[event]
	out := make([]Value, len(ls))
	for i, l := range ls {
		out[i] = ObjectValue(l.fn)
	}
	return out
}

// emitProcessEvent calls the event's listeners with args, dropping once
// listeners first, and reports whether there were any.
func emitProcessEvent(event string, args []Value) bool {
	ls := processListeners[event]
	if len(ls) == 0 {
		return false
	}
	kept := ls[:0:0]
	for _, l := range ls {
		if !l.once {
			kept = append(kept, l)
		}
	}
	processListeners[event] = kept
	for _, l := range ls {
		l.fn.CallWith(ObjectValue(Process), args)
	}
	return true
}

// ProcessExit is process.exit(code): the 'exit' event, then the flushed
// output, then the end of the process.
func ProcessExit(code int) {
	Process.Set(Key("exitCode"), Int(code), ObjectValue(Process))
	// process.exit inside an 'exit' listener ends at once, as in node; an
	// exception an 'exit' listener throws comes out of process.exit.
	if !processExiting {
		processExiting = true
		processEmit("exit", Int(processExitStatus()))
	}
	FlushOutput()
	os.Exit(processExitStatus())
}

// processExitStatus is process.exitCode as an exit status.
func processExitStatus() int {
	v := Process.Get(Key("exitCode"), ObjectValue(Process))
	if v.IsNullish() {
		return 0
	}
	return int(int32(uint32(int64(ToNumber(v)))))
}

func init() {
	onWarningFunction = NewFunction("onWarning", 1, onWarning)
	resetProcessListeners()
	p := Process
	this := ObjectValue(p)
	p.DefineData(SymbolKey(SymToStringTag), Str("process"), Configurable)
	p.DefineData(Key("title"), Str("node"), Default)
	p.DefineData(Key("version"), Str(NodeVersion), Default)
	versions := NewPlainObject()
	for _, kv := range [][2]string{
		{"node", NodeVersion[1:]}, {"acorn", "8.16.0"}, {"ada", "2.9.2"}, {"ares", "1.34.6"},
		{"brotli", "1.1.0"}, {"cjs_module_lexer", "2.2.0"}, {"cldr", "48.0"}, {"icu", "78.2"},
		{"llhttp", "9.3.1"}, {"modules", "115"}, {"napi", "9"}, {"nghttp2", "1.61.0"},
		{"openssl", "3.0.19"}, {"simdutf", "6.4.2"}, {"tz", "2025c"}, {"undici", "6.24.1"},
		{"unicode", "17.0"}, {"uv", "1.46.0"}, {"uvwasi", "0.0.23"}, {"v8", "11.3.244.8-node.38"},
		{"zlib", "1.3.1-e00f703"},
	} {
		versions.CreateDataProperty(Key(kv[0]), Str(kv[1]))
	}
	p.DefineData(Key("versions"), ObjectValue(versions), Default)
	arch := goruntime.GOARCH
	switch arch {
	case "amd64":
		arch = "x64"
	case "386":
		arch = "ia32"
	}
	p.DefineData(Key("arch"), Str(arch), Default)
	platform := goruntime.GOOS
	if platform == "windows" {
		platform = "win32"
	}
	p.DefineData(Key("platform"), Str(platform), Default)
	release := NewPlainObject()
	release.CreateDataProperty(Key("name"), Str("node"))
	release.CreateDataProperty(Key("lts"), Str("Iron"))
	p.DefineData(Key("release"), ObjectValue(release), Default)
	// argv is known only once a program runs: a getter stands in for the
	// data property until the program assigns one.
	p.DefineAccessor(Key("argv"),
		NewFunction("get argv", 0, func(Value, []Value) Value { return ObjectValue(argv()) }),
		NewFunction("set argv", 1, func(_ Value, args []Value) Value {
			Process.DefineData(Key("argv"), Arg(args, 0), Default)
			return Undefined
		}), Enumerable|Configurable)
	p.DefineData(Key("argv0"), Str("node"), Default)
	p.DefineData(Key("execArgv"), ObjectValue(NewArray(nil)), Default)
	p.DefineData(Key("execPath"), Str(executablePath()), Default)
	p.DefineData(Key("pid"), Int(processPID), Default)
	p.DefineData(Key("ppid"), Int(os.Getppid()), Default)
	p.DefineData(Key("exitCode"), Undefined, Default)
	env := NewPlainObject()
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env.CreateDataProperty(Key(k), Str(v))
		}
	}
	p.DefineData(Key("env"), ObjectValue(env), Default)

	DefineMethod(p, "exit", 1, func(_ Value, args []Value) Value {
		code := Arg(args, 0)
		if code.IsUndefined() {
			ProcessExit(processExitStatus())
		}
		ProcessExit(int(ToNumber(code)))
		return Undefined
	})
	DefineMethod(p, "cwd", 0, func(Value, []Value) Value {
		dir, err := os.Getwd()
		if err != nil {
			return Str(filepath.Dir(scriptName))
		}
		return Str(dir)
	})
	DefineMethod(p, "uptime", 0, func(Value, []Value) Value {
		return Number(time.Since(processStart).Seconds())
	})
	hrtime := DefineMethod(p, "hrtime", 1, func(_ Value, args []Value) Value {
		ns := hrtimeNanos()
		sec, nsec := ns/1e9, ns%1e9
		if prev := Arg(args, 0).Object(); prev != nil {
			ps := int64(ToNumber(prev.Get(Key("0"), Arg(args, 0))))
			pn := int64(ToNumber(prev.Get(Key("1"), Arg(args, 0))))
			sec, nsec = sec-ps, nsec-pn
			if nsec < 0 {
				sec, nsec = sec-1, nsec+1e9
			}
		}
		return ObjectValue(NewArray([]Value{Number(float64(sec)), Number(float64(nsec))}))
	})
	DefineMethod(hrtime, "bigint", 0, func(Value, []Value) Value {
		return BigInt(big.NewInt(hrtimeNanos()))
	})
	memoryUsage := DefineMethod(p, "memoryUsage", 0, func(Value, []Value) Value {
		var m goruntime.MemStats
		goruntime.ReadMemStats(&m)
		o := NewPlainObject()
		o.CreateDataProperty(Key("rss"), Number(float64(m.Sys)))
		o.CreateDataProperty(Key("heapTotal"), Number(float64(m.HeapSys)))
		o.CreateDataProperty(Key("heapUsed"), Number(float64(m.HeapAlloc)))
		o.CreateDataProperty(Key("external"), Int(0))
		o.CreateDataProperty(Key("arrayBuffers"), Int(0))
		return ObjectValue(o)
	})
	DefineMethod(memoryUsage, "rss", 0, func(Value, []Value) Value {
		var m goruntime.MemStats
		goruntime.ReadMemStats(&m)
		return Number(float64(m.Sys))
	})
	DefineMethod(p, "emitWarning", 1, processEmitWarning)

	addListener := func(once, prepend bool) NativeFunc {
		return func(_ Value, args []Value) Value {
			event := ToPropertyKey(Arg(args, 0))
			fn := Arg(args, 1).Object()
			if fn == nil || !fn.IsCallable() {
				throwInvalidArgType("listener", "function", Arg(args, 1))
			}
			name := eventName(event)
			l := processListener{fn: fn, once: once}
			if prepend {
				processListeners[name] = append([]processListener{l}, processListeners[name]...)
			} else {
				processListeners[name] = append(processListeners[name], l)
			}
			return this
		}
	}
	removeListener := func(_ Value, args []Value) Value {
		name := eventName(ToPropertyKey(Arg(args, 0)))
		fn := Arg(args, 1).Object()
		ls := processListeners[name]
		// The most recently added matching listener goes, as in node.
		for i := len(ls) - 1; i >= 0; i-- {
			if ls[i].fn == fn {
				processListeners[name] = append(ls[:i:i], ls[i+1:]...)
				break
			}
		}
		return this
	}
	DefineMethod(p, "on", 2, addListener(false, false))
	DefineMethod(p, "addListener", 2, addListener(false, false))
	DefineMethod(p, "prependListener", 2, addListener(false, true))
	DefineMethod(p, "once", 2, addListener(true, false))
	DefineMethod(p, "prependOnceListener", 2, addListener(true, true))
	DefineMethod(p, "off", 2, removeListener)
	DefineMethod(p, "removeListener", 2, removeListener)
	DefineMethod(p, "removeAllListeners", 1, func(_ Value, args []Value) Value {
		if len(args) == 0 || args[0].IsUndefined() {
			processListeners = map[string][]processListener{}
		} else {
			delete(processListeners, eventName(ToPropertyKey(args[0])))
		}
		return this
	})
	DefineMethod(p, "emit", 1, func(_ Value, args []Value) Value {
		name := eventName(ToPropertyKey(Arg(args, 0)))
		return Bool(emitProcessEvent(name, args[min(1, len(args)):]))
	})
	DefineMethod(p, "listeners", 1, func(_ Value, args []Value) Value {
		return ObjectValue(NewArray(ProcessListeners(eventName(ToPropertyKey(Arg(args, 0))))))
	})
	DefineMethod(p, "listenerCount", 1, func(_ Value, args []Value) Value {
		return Int(len(processListeners[eventName(ToPropertyKey(Arg(args, 0)))]))
	})

	p.DefineData(Key("stdout"), ObjectValue(newProcessStream(1, WriteStdout, WriteStdoutBytes, stdoutIsTTY)), Default)
	p.DefineData(Key("stderr"), ObjectValue(newProcessStream(2, WriteStderr, WriteStderrBytes, isTerminal(os.Stderr))), Default)
	DefineGlobal("process", this)
}

// eventName is the map key of an event: its name, or for a symbol a key
// no string event can have.
func eventName(k PropertyKey) string {
	if k.Symbol == nil {
		return k.Name
	}
	id, ok := symbolEventIDs[k.Symbol]
	if !ok {
		id = "\x00" + NumberToString(float64(len(symbolEventIDs)))
		symbolEventIDs[k.Symbol] = id
	}
	return id
}

var symbolEventIDs = map[*Symbol]string{}

func hrtimeNanos() int64 {
	// Node's hrtime counts from an arbitrary origin; ours is the start of
	// the process, shifted so that the seconds are not tiny.
	return time.Since(processStart).Nanoseconds() + 1e12
}

// newProcessStream makes process.stdout or process.stderr: write(chunk)
// writes a string, or the bytes of a typed array or DataView, and returns
// true; a callback argument is called on the next tick.
func newProcessStream(fd int, write func(string), writeBytes func([]byte), tty bool) *Object {
	s := NewPlainObject()
	DefineMethod(s, "write", 1, func(_ Value, args []Value) Value {
		chunk := Arg(args, 0)
		if chunk.IsString() {
			write(chunk.Text())
		} else if bytes, ok := viewBytes(chunk.Object()); ok {
			writeBytes(bytes)
		} else {
			throwInvalidArgType("chunk", "string or an instance of Buffer, TypedArray, or DataView", chunk)
		}
		for _, a := range args[min(1, len(args)):] {
			if f := a.Object(); f != nil && f.IsCallable() {
				NextTick(f)
				break
			}
		}
		return True
	})
	s.DefineData(Key("fd"), Int(fd), Default)
	if tty {
		s.DefineData(Key("isTTY"), True, Default)
		s.DefineData(Key("columns"), Int(80), Default)
	}
	s.DefineData(Key("writable"), True, Default)
	return s
}

// viewBytes is the bytes a typed array or DataView looks at.
func viewBytes(o *Object) ([]byte, bool) {
	if o == nil || o.class != ClassTypedArray && o.class != ClassDataView {
		return nil, false
	}
	buffer := o.Get(Key("buffer"), ObjectValue(o)).Object()
	if buffer == nil {
		return nil, false
	}
	all, ok := ArrayBufferBytes(buffer)
	if !ok {
		return nil, false
	}
	offset := int(ToNumber(o.Get(Key("byteOffset"), ObjectValue(o))))
	length := int(ToNumber(o.Get(Key("byteLength"), ObjectValue(o))))
	if offset < 0 || length < 0 || offset+length > len(all) {
		return nil, false
	}
	return all[offset : offset+length], true
}

// Process warnings, as node's lib/internal/process/warning.js makes them: an
// Error named after the warning's type, emitted as the process's 'warning'
// event on the next tick. Node's own first 'warning' listener, onWarning,
// prints it to stderr.

// emitWarning is process.emitWarning(message, name) for the runtime's own
// warnings.
func emitWarning(message, name string) {
	queueWarning(newWarning(message, name, Undefined, Undefined, nil))
}

// processEmitWarning is process.emitWarning(warning[, type[, code]][, ctor])
// and process.emitWarning(warning[, options]).
func processEmitWarning(_ Value, args []Value) Value {
	warning, typ, code := Arg(args, 0), Arg(args, 1), Arg(args, 2)
	ctor := Arg(args, 3).Object()
	detail := Undefined
	if o := typ.Object(); o != nil && !o.IsCallable() && o.class != ClassArray {
		ctor = o.Get(Key("ctor"), typ).Object()
		code = o.Get(Key("code"), typ)
		if d := o.Get(Key("detail"), typ); d.IsString() {
			detail = d
		}
		typ = o.Get(Key("type"), typ)
		if !ToBoolean(typ) {
			typ = Str("Warning")
		}
	} else if o != nil && o.IsCallable() {
		ctor, code, typ = o, Undefined, Str("Warning")
	}
	if !typ.IsUndefined() && !typ.IsString() {
		throwInvalidArgType("type", "string", typ)
	}
	if f := code.Object(); f != nil && f.IsCallable() {
		ctor, code = f, Undefined
	} else if !code.IsUndefined() && !code.IsString() {
		throwInvalidArgType("code", "string", code)
	}
	var w *Object
	switch {
	case warning.IsString():
		name := "Warning"
		if ToBoolean(typ) {
			name = typ.Text()
		}
		w = newWarning(warning.Text(), name, code, detail, ctor)
	case InstanceOf(warning, ObjectValue(ErrorConstructor)):
		w = warning.Object()
	default:
		throwInvalidArgType("warning", "string or an instance of Error", warning)
	}
	if ToGoString(w.Get(Key("name"), ObjectValue(w))) == "DeprecationWarning" {
		if processFlag("noDeprecation") {
			return Undefined
		}
		if processFlag("throwDeprecation") {
			// Thrown on a tick of its own, after the warnings before it.
			NextTick(NewFunction("", 0, func(Value, []Value) Value {
				Throw(ObjectValue(w))
				return Undefined
			}))
			return Undefined
		}
	}
	queueWarning(w)
	return Undefined
}

// newWarning is the Error node makes of a warning's message: named after
// its type, with its code and detail when given, and its stack from where
// the warning was emitted (or from the caller of ctor).
func newWarning(message, name string, code, detail Value, ctor *Object) *Object {
	w := NewError(ErrorPrototype, message)
	w.Set(Key("name"), Str(name), ObjectValue(w))
	if !code.IsUndefined() {
		w.Set(Key("code"), code, ObjectValue(w))
	}
	if !detail.IsUndefined() {
		w.Set(Key("detail"), detail, ObjectValue(w))
	}
	if ctor != nil {
		w.DefineData(Key("stack"), Str(captureStack(w, ctor)), Hidden)
	}
	return w
}

// queueWarning emits the 'warning' event for w on the next tick.
func queueWarning(w *Object) {
	NextTick(NewFunction("doEmitWarning", 0, func(Value, []Value) Value {
		processEmit("warning", ObjectValue(w))
		return Undefined
	}))
}

// processFlag is a boolean property of process such as noDeprecation.
func processFlag(name string) bool {
	return ToBoolean(Process.Get(Key(name), ObjectValue(Process)))
}

var (
	onWarningFunction *Object
	// traceWarningHelperShown: the hint naming --trace-warnings comes with
	// the process's first printed warning only.
	traceWarningHelperShown bool
)

// onWarning is node's default 'warning' listener: it prints
// "(node:PID) [code] Name: message", the detail, and the first time the
// hint, with console.error.
func onWarning(_ Value, args []Value) Value {
	v := Arg(args, 0)
	w := v.Object()
	if w == nil || !InstanceOf(v, ObjectValue(ErrorConstructor)) {
		return Undefined
	}
	isDeprecation := ToGoString(w.Get(Key("name"), v)) == "DeprecationWarning"
	if isDeprecation && processFlag("noDeprecation") {
		return Undefined
	}
	trace := processFlag("traceProcessWarnings") || isDeprecation && processFlag("traceDeprecation")
	msg := "(node:" + strconv.Itoa(processPID) + ") "
	if code := w.Get(Key("code"), v); ToBoolean(code) {
		msg += "[" + ToGoString(code) + "] "
	}
	if stack := w.Get(Key("stack"), v); trace && ToBoolean(stack) {
		msg += ToGoString(stack)
	} else if toString := w.Get(Key("toString"), v).Object(); toString != nil && toString.IsCallable() {
		msg += ToGoString(toString.CallWith(v, nil))
	} else {
		msg += errorProtoToString(w)
	}
	if detail := w.Get(Key("detail"), v); detail.IsString() {
		msg += "\n" + detail.Text()
	}
	if !trace && !traceWarningHelperShown {
		flag := "--trace-warnings"
		if isDeprecation {
			flag = "--trace-deprecation"
		}
		msg += "\n(Use `node " + flag + " ...` to show where the warning was created)"
		traceWarningHelperShown = true
	}
	console := Global.Get(Key("console"), ObjectValue(Global))
	if c := console.Object(); c != nil {
		if errorFn := c.Get(Key("error"), console).Object(); errorFn != nil && errorFn.IsCallable() {
			errorFn.CallWith(console, []Value{Str(msg)})
			return Undefined
		}
	}
	WriteStderr(msg + "\n")
	return Undefined
}
