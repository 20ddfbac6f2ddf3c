package runtime

import (
	"net/url"
	"path/filepath"
	"sort"
	"strings"
)

// ES modules. Node 20 runs an entry module from its ESM loader: the module
// is evaluated from a promise job (so a process.nextTick the body queues
// runs after the promise jobs it queues, unlike a CommonJS script's), and
// its evaluation's promise is awaited by node's own async functions, which
// report a failure as an uncaught exception from a promise
// (triggerUncaughtException(err, true)) a few jobs later. While that promise
// is pending an 'exit' listener of node's makes the status 13, the one of a
// top-level await that never settled.

// EvaluateModule starts the evaluation of the entry module whose body is the
// function body (an async function when the module has a top-level await).
func EvaluateModule(body Value, async bool) {
	EnqueueJob(&moduleJob{body: body, async: async})
}

// moduleJob is the promise job that evaluates the entry module.
type moduleJob struct {
	body  Value
	async bool
}

// Node's promise reactions between the module's evaluation and the handler
// that reports its failure: ModuleJob.run and ModuleLoader.import awaiting
// it, and for a module with top-level await the evaluation's own promise.
const (
	moduleFailureHops      = 2
	asyncModuleFailureHops = 3
)

func (j *moduleJob) Run() {
	exitHandler := NewFunction("handleProcessExit", 0, func(Value, []Value) Value {
		// process.exitCode ??= 13: a top-level await never settled.
		if Process.Get(Key("exitCode"), ObjectValue(Process)).IsNullish() {
			Process.Set(Key("exitCode"), Int(13), ObjectValue(Process))
		}
		return Undefined
	})
	CallMethod("process.on", ObjectValue(Process), Key("on"), Str("exit"), ObjectValue(exitHandler))
	var evaluation *Object
	hops := moduleFailureHops
	if j.async {
		evaluation = Call(j.body, Undefined).Object()
		hops = asyncModuleFailureHops
	} else {
		evaluation = NewPromise()
		if exc := TryCatch(func() { Call(j.body, Undefined) }); exc != nil {
			RejectPromise(evaluation, exc.Value)
		} else {
			ResolvePromise(evaluation, Undefined)
		}
	}
	p := evaluation
	for range hops {
		p = PromiseThen(p, Undefined, Undefined)
	}
	settled := func() {
		CallMethod("process.off", ObjectValue(Process), Key("off"), Str("exit"), ObjectValue(exitHandler))
	}
	PromiseThen(p, ObjectValue(NewFunction("", 1, func(Value, []Value) Value {
		settled()
		return Undefined
	})), ObjectValue(NewFunction("", 1, func(_ Value, args []Value) Value {
		err := Arg(args, 0)
		explainCommonJSGlobal(err)
		moduleFailure, moduleFailed = err, true
		handleUncaught(err, true, err)
		settled()
		return Undefined
	})))
}

// moduleFailure is the exception the entry module's evaluation failed
// with, which node reports as thrown from its loader (uncaught.go).
var (
	moduleFailure Value
	moduleFailed  bool
)

// explainCommonJSGlobal is node's explainCommonJSGlobalLikeNotDefinedError:
// a ReferenceError for one of CommonJS's wrapper variables says that a
// module has none.
func explainCommonJSGlobal(err Value) {
	o := err.Object()
	if o == nil {
		return
	}
	var name, message Value
	if TryCatch(func() {
		name = o.Get(Key("name"), err)
		message = o.Get(Key("message"), err)
	}) != nil || !name.IsString() || name.Text() != "ReferenceError" || !message.IsString() {
		return
	}
	msg := message.Text()
	switch msg {
	case "require is not defined":
		msg += " in ES module scope, you can use import instead"
	case "module is not defined", "exports is not defined", "__filename is not defined", "__dirname is not defined":
		msg += " in ES module scope"
	default:
		return
	}
	if p := CurrentProgram; p != nil && p.TypeModule != "" {
		msg += "\nThis file is being treated as an ES module because it has a '.js' file extension and '" + p.TypeModule +
			"' contains \"type\": \"module\". To treat it as a CommonJS script, rename it to use the '.cjs' file extension."
	}
	TryCatch(func() { o.Set(Key("message"), Str(msg), err) })
}

// moduleFiles are the files of the program that are ES modules, whose
// stack frames name them by URL.
var moduleFiles = map[string]bool{}

// FileURL is node's url.pathToFileURL(path).href, as a module's
// import.meta.url and its stack frames name it.
func FileURL(path string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	return u.String()
}

// importMetas holds each module's import.meta, made on first use.
var importMetas = map[string]*Object{}

// ImportMeta is import.meta of the module at path: url, filename and
// dirname as node 20 gives them, and resolve, which resolves only URLs and
// absolute or relative paths (there are no packages to look in).
func ImportMeta(path string) Value {
	if m := importMetas[path]; m != nil {
		return ObjectValue(m)
	}
	m := NewObject(nil)
	base := FileURL(path)
	m.CreateDataProperty(Key("dirname"), Str(filepath.Dir(path)))
	m.CreateDataProperty(Key("filename"), Str(path))
	m.CreateDataProperty(Key("resolve"), ObjectValue(NewFunction("resolve", 1, func(_ Value, args []Value) Value {
		spec := ToGoString(Arg(args, 0))
		if nodeBuiltinModules[spec] {
			return Str("node:" + spec)
		}
		ref, err := url.Parse(spec)
		if err != nil || ref.Scheme == "" && !strings.HasPrefix(spec, "/") && !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") {
			e := NewError(ErrorPrototype, "Cannot find package '"+spec+"' imported from "+path)
			e.DefineData(Key("code"), Str("ERR_MODULE_NOT_FOUND"), Hidden|Enumerable)
			Throw(ObjectValue(e))
		}
		b, _ := url.Parse(base)
		return Str(b.ResolveReference(ref).String())
	})))
	m.CreateDataProperty(Key("url"), Str(base))
	importMetas[path] = m
	return ObjectValue(m)
}

// nodeBuiltinModules are the names of node 20's builtin modules (without
// node:), which import.meta.resolve resolves to their node: URL.
var nodeBuiltinModules = func() map[string]bool {
	names := map[string]bool{}
	for _, n := range strings.Fields(`assert assert/strict async_hooks buffer child_process cluster console constants
		crypto dgram diagnostics_channel dns dns/promises domain events fs fs/promises http http2 https inspector
		inspector/promises module net os path path/posix path/win32 perf_hooks process punycode querystring
		readline readline/promises repl stream stream/consumers stream/promises stream/web string_decoder sys
		timers timers/promises tls trace_events tty url util util/types v8 vm wasi worker_threads zlib`) {
		names[n] = true
	}
	return names
}()

// builtinExports holds the exports object of each of node's builtin
// modules that a module may import, made on first import.
var builtinExports = map[string]*Object{}

// builtinModule is the exports object of a builtin module (spec with or
// without node:), or nil for one the runtime does not have.
func builtinModule(spec string) *Object {
	name := strings.TrimPrefix(spec, "node:")
	if m := builtinExports[name]; m != nil {
		return m
	}
	var m *Object
	switch name {
	case "process":
		m = Process
	case "console":
		m = Global.Get(Key("console"), ObjectValue(Global)).Object()
	case "timers":
		m = timersModule()
	case "timers/promises":
		m = timersPromisesModule()
	case "util":
		m = NewUtilModule() // inspect.go
	case "path":
		m = pathModule() // node_path.go
	case "buffer":
		m = bufferModule() // node_buffer.go
	case "url":
		m = urlModule() // node_url.go
	case "events":
		m = eventsModule() // events.go
	default:
		return nil
	}
	builtinExports[name] = m
	return m
}

// LinkBuiltin is node's check, when it links a module, that the builtin
// module spec exports name, imported at line:col of the program: if not,
// node reports the SyntaxError with the import's name underlined and exits
// before any of the program runs.
func LinkBuiltin(spec, name string, line, col int) {
	if m := builtinModule(spec); m != nil && (name == "default" || m.HasProperty(Key(name))) {
		return
	}
	arrow := sourceArrow(line, col)
	arrow = strings.TrimSuffix(arrow, "^\n") + strings.Repeat("^", Str(name).StrLen()) + "\n"
	WriteStderr(arrow + "SyntaxError: The requested module '" + spec + "' does not provide an export named '" + name + "'\n" +
		"    at ModuleJob._instantiate (node:internal/modules/esm/module_job:213:21)\n" +
		"    at async ModuleJob.run (node:internal/modules/esm/module_job:320:5)\n" +
		"    at async ModuleLoader.import (node:internal/modules/esm/loader:606:24)\n" +
		"    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)\n" +
		"\nNode.js " + NodeVersion + "\n")
	panic(&programExit{code: 1})
}

// ImportBuiltin is the value of the export name ("default": the module's
// exports object itself) of the builtin module spec. A name the module does
// not export is node's link-time SyntaxError.
func ImportBuiltin(spec, name string) Value {
	m := builtinModule(spec)
	if m == nil {
		ThrowError(ErrorPrototype, "Cannot find module '"+spec+"'")
	}
	if name == "default" {
		return ObjectValue(m)
	}
	if !m.HasProperty(Key(name)) {
		ThrowError(SyntaxErrorPrototype, "The requested module '"+spec+"' does not provide an export named '"+name+"'")
	}
	return m.Get(Key(name), ObjectValue(m))
}

// RequireBuiltin is require(spec) in a CommonJS program for a builtin
// module the runtime has: its exports object.
func RequireBuiltin(spec string) Value {
	return ImportBuiltin(spec, "default")
}

// ImportBuiltinNamespace is the namespace object of a builtin module: its
// exports' own enumerable string keys and default, sorted, on an object
// without prototype whose Symbol.toStringTag is "Module".
func ImportBuiltinNamespace(spec string) Value {
	m := builtinModule(spec)
	if m == nil {
		ThrowError(ErrorPrototype, "Cannot find module '"+spec+"'")
	}
	names := []string{"default"}
	for _, k := range m.OwnKeys() {
		if d, ok := m.GetOwnProperty(k); ok && k.Symbol == nil && d.Flags&Enumerable != 0 {
			names = append(names, k.Name)
		}
	}
	sort.Strings(names)
	ns := NewObject(nil)
	for _, n := range names {
		ns.DefineData(Key(n), ImportBuiltin(spec, n), Writable|Enumerable)
	}
	ns.DefineData(SymbolKey(SymToStringTag), Str("Module"), 0)
	ns.PreventExtensions()
	return ObjectValue(ns)
}
