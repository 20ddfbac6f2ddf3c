package runtime

import (
	"reflect"
	goruntime "runtime"
	"strconv"
	"strings"
)

// Error objects and their JavaScript stack traces.
//
// Creating an error records only the program counters of the Go stack
// (runtime.Callers); the `stack` text is built the first time it is read,
// as V8 does, so that its header shows the error's name and message as they
// are then (a subclass constructor that sets this.name is seen).
//
// Generated code carries //line file.js:L:C directives, so a Go frame of
// generated code reports the JavaScript file and line. Every frame whose
// file is not a .js, .mjs or .cjs file (this package, the Go runtime,
// hand-written Go) is left out, and the walk stops at RunProgram, since
// generated code may put its own main function under a //line directive.
// A frame's function is named from RegisterFuncName's table ("" there
// prints the location alone, as for an anonymous function); a Go function
// not in it is named by its Go identifier after the package, except that an
// unregistered Go closure (pkg.f.func1) is left out: every JavaScript
// function is registered, so it is a try or loop body of generated code.
// Columns come from RegisterColumns' per-line table, and are 1 where it has
// none.

// errorData is the Internal of an error object.
type errorData struct {
	pcs       []uintptr
	stack     Value
	formatted bool
	// skipTo is the frame name of the constructor a subclass's error was
	// made by ("new MyError"): V8 leaves out that frame and those above it.
	skipTo string
}

// stackDepth is how many Go frames an error records: enough for
// Error.stackTraceLimit JavaScript frames beneath the runtime's own.
const stackDepth = 64

// NewError makes an error object with the given prototype and message, as
// `new TypeError(message)` does, with a stack trace of the calling code.
func NewError(proto *Object, message string) *Object {
	e := newErrorObject(proto)
	e.DefineData(Key("message"), Str(message), Hidden)
	return e
}

// newErrorObject makes an error with proto and its lazy `stack` as its first
// own property, and no message.
func newErrorObject(proto *Object) *Object {
	d := &errorData{}
	if stackTraceLimit() > 0 {
		var buf [stackDepth]uintptr
		// Skip runtime.Callers and this function.
		n := goruntime.Callers(2, buf[:])
		d.pcs = append([]uintptr(nil), buf[:n]...)
	}
	e := NewClassObject(proto, ClassError, d)
	if errorStackGetter == nil {
		makeErrorStackAccessors()
	}
	e.DefineAccessor(Key("stack"), errorStackGetter, errorStackSetter, Configurable)
	return e
}

// The getter and setter of every error's own `stack` are shared, so that
// an error costs no function objects. V8 shows stack as a data property;
// here it is an accessor until assigned, which only
// Object.getOwnPropertyDescriptor can tell apart. They are made on first
// use: a package variable initialised with them would be an
// initialisation cycle (NewFunction can throw, which makes an error).
var errorStackGetter, errorStackSetter *Object

func makeErrorStackAccessors() {
	errorStackGetter = NewFunction("stack", 0, func(this Value, _ []Value) Value {
		o := this.Object()
		if o == nil {
			return Undefined
		}
		d, ok := o.Internal.(*errorData)
		if !ok {
			return Undefined
		}
		if !d.formatted {
			d.formatted = true
			d.stack = Str(errorHeader(this) + formatFrames(d.pcs, framesAbove(d.pcs, d.skipTo)))
			d.pcs = nil
		}
		return d.stack
	})
	errorStackSetter = NewFunction("stack", 1, func(this Value, args []Value) Value {
		if o := this.Object(); o != nil {
			o.DefineData(Key("stack"), Arg(args, 0), Hidden)
		}
		return Undefined
	})
}

// framesAbove is formatFrames' below for leaving out the frames down to
// the last one named jsName, or nil when no frame is (or jsName is "").
func framesAbove(pcs []uintptr, jsName string) func(goName string) bool {
	if jsName == "" {
		return nil
	}
	last := -1
	frames := goruntime.CallersFrames(pcs)
	for i := 0; ; i++ {
		f, more := frames.Next()
		if name, ok := jsFuncNames[f.Function]; ok && name == jsName && isJSFrame(f.File) {
			last = i
		}
		if !more || f.Function == programEntry {
			break
		}
	}
	if last < 0 {
		return nil
	}
	seen := -1
	return func(string) bool {
		seen++
		return seen == last
	}
}

// errorHeader is the first line of a stack: Error.prototype.toString's
// result for e, computed without calling a user toString.
func errorHeader(e Value) string {
	text := ""
	TryCatch(func() { text = errorProtoToString(e.Object()) })
	return text
}

// errorProtoToString is Error.prototype.toString's algorithm.
func errorProtoToString(o *Object) string {
	this := ObjectValue(o)
	name := "Error"
	if v := o.Get(Key("name"), this); !v.IsUndefined() {
		name = ToGoString(v)
	}
	msg := ""
	if v := o.Get(Key("message"), this); !v.IsUndefined() {
		msg = ToGoString(v)
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

// stackTraceLimit is Error.stackTraceLimit, 10 unless a program changed it.
func stackTraceLimit() int {
	if ErrorConstructor == nil {
		return 10
	}
	if i := ErrorConstructor.find(Key("stackTraceLimit")); i >= 0 {
		p := &ErrorConstructor.props[i]
		if p.flags&accessor == 0 && p.value.kind == KindNumber {
			switch f := p.value.num; {
			case f != f || f <= 0:
				return 0
			case f > stackDepth:
				return stackDepth
			default:
				return int(f)
			}
		}
		return 0
	}
	return 0
}

// formatFrames renders the JavaScript frames among pcs as V8's
// "\n    at name (file:line:col)" lines; with below, only those under the
// first frame for which it is true. A builtin that calls back into
// JavaScript (Array.map) or throws (JSON.parse) has a frame of its own, and
// the frames of node's own JavaScript that ran the script's code (the module
// loader, a timer list, the tick queue) follow the script's, as node prints.
func formatFrames(pcs []uintptr, below func(goName string) bool) string {
	if len(pcs) == 0 {
		return ""
	}
	limit := stackTraceLimit()
	var goFrames []goruntime.Frame
	frames := goruntime.CallersFrames(pcs)
	for {
		f, more := frames.Next()
		if f.Function == programEntry {
			// What called the program (main.main, a dispatcher) may sit
			// under the generated file's //line directives too.
			break
		}
		goFrames = append(goFrames, f)
		if !more {
			break
		}
	}
	var lines []string
	lastJS := -1 // the index in goFrames of the last JavaScript frame printed
	// A try or loop body is a Go closure of its own, called by the JS
	// function around it: its position is that function's position.
	var inner *goruntime.Frame
	for i := range goFrames {
		f := &goFrames[i]
		if below != nil {
			// Still above the frame that ends the frames left out.
			if below(f.Function) {
				below = nil
			}
			continue
		}
		switch {
		case isJSFrame(f.File) && isBodyClosure(f.Function):
			if inner == nil {
				inner = f
			}
		case isJSFrame(f.File):
			file, line := f.File, f.Line
			if inner != nil {
				file, line, inner = inner.File, inner.Line, nil
			}
			if text, ok := describeFrame(f.Function, file, line); ok {
				lines = append(lines, text)
				lastJS = i
			}
		default:
			if name, ok := builtinFrameName(f.Function); ok {
				lines = append(lines, name+" (<anonymous>)")
			}
		}
	}
	if lastJS >= 0 {
		lines = appendNodeFrames(lines, goFrames, lastJS)
	}
	var b strings.Builder
	for i, text := range lines {
		if i == limit {
			break
		}
		b.WriteString("\n    at ")
		b.WriteString(text)
	}
	return b.String()
}

// The frames of node v20's own JavaScript beneath the script's code, by
// what called that code.
var (
	nodeMainFrames = []string{
		"Module._compile (node:internal/modules/cjs/loader:1521:14)",
		"Module._extensions..js (node:internal/modules/cjs/loader:1623:10)",
		"Module.load (node:internal/modules/cjs/loader:1266:32)",
		"Module._load (node:internal/modules/cjs/loader:1091:12)",
		"Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)",
		"node:internal/main/run_main_module:28:49",
	}
	// nodeModuleFrames are under an ES module's code until its first await.
	nodeModuleFrames = []string{
		"ModuleJob.run (node:internal/modules/esm/module_job:325:25)",
		"async ModuleLoader.import (node:internal/modules/esm/loader:606:24)",
		"async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)",
	}
	nodeTimerFrames     = []string{"listOnTimeout (node:internal/timers:581:17)", "process.processTimers (node:internal/timers:519:7)"}
	nodeImmediateFrames = []string{"process.processImmediate (node:internal/timers:483:21)"}
	nodeTickFrames      = []string{"process.processTicksAndRejections (node:internal/process/task_queues:77:11)"}
	nodeMicrotaskFrames = []string{
		"node:internal/process/task_queues:140:7",
		"AsyncResource.runInAsyncScope (node:async_hooks:206:9)",
		"AsyncResource.runMicrotask (node:internal/process/task_queues:137:8)",
	}
)

// appendNodeFrames adds node's frames under the last JavaScript frame
// (goFrames[lastJS]), found from the loop's Go function that called it: the
// script's top level (the module loader's frames), a timer or an immediate
// (whose callback V8 names as a method of the Timeout or Immediate, as node
// calls it), a nextTick callback or a queueMicrotask callback. A promise
// job shows none: node usually runs those from V8's microtask checkpoint.
func appendNodeFrames(lines []string, goFrames []goruntime.Frame, lastJS int) []string {
	for _, f := range goFrames[lastJS+1:] {
		switch strings.TrimPrefix(f.Function, runtimePackage) {
		case ".runMacrotask":
			if CurrentProgram != nil && goFrames[lastJS].Function == goFuncName(CurrentProgram.Run) {
				return append(lines, nodeMainFrames...)
			}
			return lines
		case ".(*moduleJob).Run":
			return append(lines, nodeModuleFrames...)
		case ".(*timer).fire":
			return append(renameCallback(lines, "Timeout", "_onTimeout"), nodeTimerFrames...)
		case ".(*immediate).fire":
			return append(renameCallback(lines, "Immediate", "_onImmediate"), nodeImmediateFrames...)
		case ".(*callbackJob).Run":
			return append(lines, nodeTickFrames...)
		case ".(*microtaskJob).Run":
			return append(lines, nodeMicrotaskFrames...)
		case ".RunJobs", ".RunProgram":
			return lines
		}
	}
	return lines
}

// renameCallback names the last frame (a timer's or an immediate's callback)
// as V8 does for a function called as the property prop of a recv object:
// "Timeout._onTimeout" when anonymous, else "Timeout.f [as _onTimeout]".
func renameCallback(lines []string, recv, prop string) []string {
	last := lines[len(lines)-1]
	name, loc, ok := strings.Cut(last, " (")
	if !ok {
		lines[len(lines)-1] = recv + "." + prop + " (" + last + ")"
		return lines
	}
	if strings.ContainsAny(name, " []") {
		return lines
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	lines[len(lines)-1] = recv + "." + name + " [as " + prop + "] (" + loc
	return lines
}

// runtimePackage is this package's path as Go function names spell it.
var runtimePackage = strings.TrimSuffix(goFuncName(stackTraceLimit), ".stackTraceLimit")

// builtinFrames maps the Go function of each builtin that V8 shows in a
// stack trace to its frame name: "Array.map" for a method of a prototype,
// "Function.keys" for a static method (its receiver is a constructor),
// "JSON.parse" for a namespace's, "new Promise" for the executor's caller.
// It is made on first use, from the intrinsics reachable from globalThis.
var builtinFrames map[string]string

func builtinFrameName(goName string) (string, bool) {
	if builtinFrames == nil {
		builtinFrames = map[string]string{}
		for _, k := range Global.OwnKeys() {
			d, ok := Global.GetOwnProperty(k)
			o := d.Value.Object()
			if !ok || k.Symbol != nil || o == nil {
				continue
			}
			switch {
			case o.IsConstructor():
				addBuiltinFrames(o, "Function", k.Name)
				if p, ok := o.GetOwnProperty(Key("prototype")); ok && p.Value.Object() != nil {
					addBuiltinFrames(p.Value.Object(), k.Name, k.Name+".prototype")
				}
			case !o.IsCallable() && (k.Name == "JSON" || k.Name == "Math" || k.Name == "Reflect"):
				addBuiltinFrames(o, k.Name, k.Name)
			}
		}
		if d, ok := Global.GetOwnProperty(Key("Promise")); ok {
			if p := d.Value.Object(); p != nil && p.construct != nil {
				builtinFrames[goFuncName(p.construct)] = "new Promise"
			}
		}
	}
	name, ok := builtinFrames[goName]
	return name, ok
}

// builtinsWithoutFrames are the builtins V8 leaves out of stack traces.
var builtinsWithoutFrames = map[string]bool{
	"Function.prototype.call": true, "Function.prototype.apply": true, "Function.prototype.bind": true,
	"Reflect.apply": true, "Reflect.construct": true, "Error.captureStackTrace": true,
}

// addBuiltinFrames names the native methods of o "recv.key"; path names o
// for builtinsWithoutFrames.
func addBuiltinFrames(o *Object, recv, path string) {
	for _, k := range o.OwnKeys() {
		d, ok := o.GetOwnProperty(k)
		f := d.Value.Object()
		if !ok || k.Symbol != nil || f == nil || f.call == nil || builtinsWithoutFrames[path+"."+k.Name] {
			continue
		}
		if name := goFuncName(f.call); name != "" && strings.HasPrefix(name, runtimePackage+".") {
			if _, taken := builtinFrames[name]; !taken {
				builtinFrames[name] = recv + "." + k.Name
			}
		}
	}
}

// programEntry is RunProgram's Go name: no frame above it is JavaScript.
// It is set by init, since RunProgram can reach this file's functions.
var programEntry string

func init() { programEntry = goFuncName(RunProgram) }

func goFuncName(fn any) string {
	if f := goruntime.FuncForPC(reflect.ValueOf(fn).Pointer()); f != nil {
		return f.Name()
	}
	return ""
}

// isJSFrame reports whether a frame's file is JavaScript, which only //line
// directives of generated code produce.
func isJSFrame(file string) bool {
	return strings.HasSuffix(file, ".js") || strings.HasSuffix(file, ".mjs") || strings.HasSuffix(file, ".cjs")
}

// describeFrame is one frame's text after "at ", or ok false for a frame
// that is not JavaScript: outside a .js file, or an unregistered Go closure
// (the generated code's try and loop bodies; every JavaScript function is
// registered).
func describeFrame(goName, file string, line int) (text string, ok bool) {
	if !isJSFrame(file) {
		return "", false
	}
	where := file
	if moduleFiles[file] {
		where = FileURL(file)
	}
	loc := where + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(columnOf(goName, file, line))
	name, registered := jsFuncNames[goName]
	if !registered {
		if name = jsNameFromGo(goName); name == "" {
			return "", false
		}
	}
	if name == "" {
		return loc, true
	}
	return name + " (" + loc + ")", true
}

// isBodyClosure reports a Go closure of generated code that is no
// JavaScript function's (every JavaScript function is registered).
func isBodyClosure(goName string) bool {
	_, registered := jsFuncNames[goName]
	return !registered && jsNameFromGo(goName) == ""
}

// jsNameFromGo names a frame of a Go function nobody registered: its
// identifier after the package path, or "" for a closure or an init
// function, which are no JavaScript function's.
func jsNameFromGo(goName string) string {
	if i := strings.LastIndexByte(goName, '/'); i >= 0 {
		goName = goName[i+1:]
	}
	_, name, ok := strings.Cut(goName, ".")
	if !ok || strings.Contains(name, ".func") || name == "init" {
		return ""
	}
	// A method (pkg.(*T).m or pkg.T.m) is named T.m, as V8 names methods.
	name = strings.NewReplacer("(*", "", ")", "").Replace(name)
	return name
}

var (
	jsFuncNames   = map[string]string{}
	jsColumns     = map[string][]int32{}
	jsFuncColumns = map[string][]int32{} // by Go function: FuncInfo.Columns
)

// RegisterFuncName names the Go function goName (as runtime.Frame.Function
// spells it, e.g. "example.com/app.f_3") in JavaScript stack traces: jsName
// is what follows "at ", such as "f", "Foo.bar", "new Foo", "async f" or
// "Object.<anonymous>"; "" prints the location alone, as for an anonymous
// function. Generated code calls it from an init function.
func RegisterFuncName(goName, jsName string) {
	jsFuncNames[goName] = jsName
}

// RegisterFuncNameOf is RegisterFuncName for the Go function fn (a func
// value of any type): code that holds only the closure compiled from a
// JavaScript function, not its Go name, can still name its frames.
func RegisterFuncNameOf(fn any, jsName string) {
	if v := reflect.ValueOf(fn); v.Kind() == reflect.Func && !v.IsNil() {
		jsFuncNames[goFuncName(fn)] = jsName
	}
}

// RegisterColumns gives the column stack traces print for each line of a
// JavaScript file: cols[i] is the 1-based column for line i+1 (0 when
// unknown), typically that of the line's first call.
func RegisterColumns(file string, cols []int32) {
	jsColumns[file] = cols
}

func columnOf(goName, file string, line int) int {
	for cols := jsFuncColumns[goName]; len(cols) >= 2; cols = cols[2:] {
		if int(cols[0]) == line {
			return int(cols[1])
		}
	}
	if cols := jsColumns[file]; line >= 1 && line <= len(cols) && cols[line-1] > 0 {
		return int(cols[line-1])
	}
	return 1
}

// captureStack is Error.captureStackTrace's text for o, formatted at once.
// With fn, the frames down to and including fn's most recent call are left
// out, as V8 does, and none are left when fn is not on the stack; frames
// are matched to fn by its name as stack traces show it (f or new F), since
// a frame is tied to no function object.
func captureStack(o *Object, fn *Object) string {
	var buf [stackDepth]uintptr
	pcs := buf[:goruntime.Callers(2, buf[:])]
	var below func(goName string) bool
	if fn != nil {
		name := ""
		if d, ok := fn.GetOwnProperty(Key("name")); ok && d.Value.kind == KindString {
			name = d.Value.Text()
		}
		below = func(goName string) bool {
			js, ok := jsFuncNames[goName]
			return ok && name != "" && (js == name || js == "new "+name)
		}
	}
	return errorHeader(ObjectValue(o)) + formatFrames(pcs, below)
}
