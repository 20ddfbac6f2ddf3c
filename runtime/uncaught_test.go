package runtime

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// nodeFrames are the frames beneath a CommonJS script in node v20.20.2's
// stacks; the errors here carry them so that the reports can be compared
// byte for byte with node's.
const nodeFrames = "\n    at Module._compile (node:internal/modules/cjs/loader:1521:14)\n    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)\n    at Module.load (node:internal/modules/cjs/loader:1266:32)\n    at Module._load (node:internal/modules/cjs/loader:1091:12)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)\n    at node:internal/main/run_main_module:28:49"

// esmFrames are those beneath an ES module's top level.
const esmFrames = "\n    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)\n    at async ModuleLoader.import (node:internal/modules/esm/loader:606:24)\n    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)"

// The expected reports are node v20.20.2's stderr for `node FILE` with
// FILE holding src.
func TestReportUncaught(t *testing.T) {
	myErrCtor := NewFunction("MyErr", 0, returnUndefined)
	myErrProto := NewObject(ErrorPrototype)
	myErrCtor.DefineData(Key("prototype"), ObjectValue(myErrProto), 0)
	myErrProto.DefineData(Key("constructor"), ObjectValue(myErrCtor), Hidden)
	tests := []struct {
		file, src string
		exc       Value
		site      [2]int // a throw position known to ThrowSite, or zero
		want      string
	}{
		{"/tmp/con/a.js", "function f() {\n  throw new TypeError(\"boom\");\n}\nconsole.log(\"hi\");\nf();\n",
			ObjectValue(errorWithStack(TypeErrorPrototype, "boom", "TypeError: boom\n    at f (/tmp/con/a.js:2:9)\n    at Object.<anonymous> (/tmp/con/a.js:5:1)"+nodeFrames)), [2]int{},
			"/tmp/con/a.js:2\n  throw new TypeError(\"boom\");\n  ^\n\nTypeError: boom\n    at f (/tmp/con/a.js:2:9)\n    at Object.<anonymous> (/tmp/con/a.js:5:1)" + nodeFrames + "\n\nNode.js v20.20.2\n"},
		{"/tmp/con/o.js", "class MyErr extends Error {}\nthrow new MyErr(\"x\");\n",
			ObjectValue(errorWithStack(myErrProto, "x", "Error: x\n    at Object.<anonymous> (/tmp/con/o.js:2:7)"+nodeFrames)), [2]int{},
			"/tmp/con/o.js:2\nthrow new MyErr(\"x\");\n^\n\nMyErr [Error]: x\n    at Object.<anonymous> (/tmp/con/o.js:2:7)" + nodeFrames + "\n\nNode.js v20.20.2\n"},
		{"/tmp/con/d.js", "const e = new Error(\"m\"); e.code = \"E1\";\n  throw e;\n",
			ObjectValue(errorWithStack(ErrorPrototype, "m", "Error: m\n    at Object.<anonymous> (/tmp/con/d.js:1:11)"+nodeFrames, "code", "E1")), [2]int{2, 3},
			"/tmp/con/d.js:2\n  throw e;\n  ^\n\nError: m\n    at Object.<anonymous> (/tmp/con/d.js:1:11)" + nodeFrames + " {\n  code: 'E1'\n}\n\nNode.js v20.20.2\n"},
		{"/tmp/con/b.js", "console.log(1);\nthrow 42;\n", Int(42), [2]int{2, 1},
			"\n/tmp/con/b.js:2\nthrow 42;\n^\n42\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v20.20.2\n"},
		{"/tmp/con/c.js", "throw {a: 1, b: \"x\"};\n", obj("a", 1, "b", "x"), [2]int{1, 1},
			"\n/tmp/con/c.js:1\nthrow {a: 1, b: \"x\"};\n^\n{ a: 1, b: 'x' }\n\nNode.js v20.20.2\n"},
		{"/tmp/con/k.js", "throw Symbol(\"s\");\n", SymbolValue(NewSymbol("s")), [2]int{1, 1},
			"\n/tmp/con/k.js:1\nthrow Symbol(\"s\");\n^\n\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v20.20.2\n"},
		{"/tmp/con/l.js", "throw [1,2];\n", arr(1, 2), [2]int{1, 1},
			"\n/tmp/con/l.js:1\nthrow [1,2];\n^\n[ 1, 2 ]\n\nNode.js v20.20.2\n"},
	}
	defer func(p *Program) { CurrentProgram, ThrowSite = p, nil }(CurrentProgram)
	for _, tt := range tests {
		CurrentProgram = &Program{Name: tt.file, Source: tt.src, Module: strings.HasSuffix(tt.file, ".mjs")}
		ThrowSite = nil
		if tt.site[0] != 0 {
			site := tt.site
			ThrowSite = func() (int, int, bool) { return site[0], site[1], true }
		}
		_, stderr := captureOutput(func() { ReportUncaught(tt.exc) })
		assert.Equal(t, tt.want, stderr, tt.file)
	}
}

func errorWithoutStack(message string) Value {
	e := NewError(ErrorPrototype, message)
	e.Delete(Key("stack"))
	return ObjectValue(e)
}

func TestReportUnhandledRejection(t *testing.T) {
	rejection := func(reason string) string {
		return "node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\nUnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" + reason + "\".\n    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)\n    at processPromiseRejections (node:internal/process/promises:470:17)\n    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n\nNode.js v20.20.2\n"
	}
	tests := []struct {
		file, src string
		reason    Value
		want      string
	}{
		{"/tmp/con/e.js", "Promise.reject(new Error(\"r\"));\n",
			ObjectValue(errorWithStack(ErrorPrototype, "r", "Error: r\n    at Object.<anonymous> (/tmp/con/e.js:1:16)"+nodeFrames)),
			"/tmp/con/e.js:1\nPromise.reject(new Error(\"r\"));\n               ^\n\nError: r\n    at Object.<anonymous> (/tmp/con/e.js:1:16)" + nodeFrames + "\n\nNode.js v20.20.2\n"},
		{"/tmp/con/m3.mjs", "Promise.reject(new Error(\"rej\"));\n",
			ObjectValue(errorWithStack(ErrorPrototype, "rej", "Error: rej\n    at file:///tmp/con/m3.mjs:1:16"+esmFrames)),
			"file:///tmp/con/m3.mjs:1\nPromise.reject(new Error(\"rej\"));\n               ^\n\nError: rej\n    at file:///tmp/con/m3.mjs:1:16" + esmFrames + "\n\nNode.js v20.20.2\n"},
		{"/tmp/con/f.js", "Promise.reject(42);\n", Int(42), rejection("42")},
		{"/tmp/con/g.js", "Promise.reject({a:1});\n", obj("a", 1), rejection("#<Object>")},
		{"/tmp/con/t.js", "Promise.reject([1,2]);\n", arr(1, 2), rejection("[object Array]")},
		{"/tmp/con/t.js", "Promise.reject(new (class Foo{}));\n", classInstance("Foo"), rejection("#<Foo>")},
		{"/tmp/con/t.js", "Promise.reject(undefined);\n", Undefined, rejection("undefined")},
		{"/tmp/con/t.js", "Promise.reject(Symbol(\"s\"));\n", SymbolValue(NewSymbol("s")), rejection("Symbol(s)")},
		{"/tmp/con/r1.js", "Promise.reject({stack: \"custom stack\", a: 1});\n", obj("stack", "custom stack", "a", 1),
			"\nnode:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n{ stack: 'custom stack', a: 1 }\n\nNode.js v20.20.2\n"},
		{"/tmp/con/r2.js", "const e = new Error(\"x\"); delete e.stack; Promise.reject(e);\n", errorWithoutStack("x"), rejection("Error: x")},
	}
	defer func(p *Program) { CurrentProgram = p }(CurrentProgram)
	for _, tt := range tests {
		CurrentProgram = &Program{Name: tt.file, Source: tt.src, Module: strings.HasSuffix(tt.file, ".mjs")}
		_, stderr := captureOutput(func() { ReportUnhandledRejection(tt.reason) })
		assert.Equal(t, tt.want, stderr, tt.src)
	}
}

// The expected report is node v20.20.2's for a site.js whose third line is
// `  throw 42;`.
func TestRecordThrowSite(t *testing.T) {
	defer func(p *Program) { CurrentProgram = p }(CurrentProgram)
	CurrentProgram = &Program{Name: "/tmp/con/site.js", Source: "const a = 1;\nconst b = 2;\n  throw 42;\n"}
	exc := CatchUncaught(throwAtSite)
	if !assert.NotNil(t, exc) {
		return
	}
	_, stderr := captureOutput(func() { ReportUncaught(exc.Value) })
	assert.Equal(t, "\n/tmp/con/site.js:3\n  throw 42;\n  ^\n42\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v20.20.2\n", stderr)
	// The site is used once: a later report without one has no source line.
	_, stderr = captureOutput(func() { ReportUncaught(Int(42)) })
	assert.Equal(t, "\n42\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v20.20.2\n", stderr)

	// A throw after another statement on its line: node's report for a
	// site2.js of `let v = 42; throw v;`.
	CurrentProgram = &Program{Name: "/tmp/con/site2.js", Source: "let v = 42; throw v;\n"}
	exc = CatchUncaught(throwAfterStatement)
	_, stderr = captureOutput(func() { ReportUncaught(exc.Value) })
	assert.Equal(t, "\n/tmp/con/site2.js:1\nlet v = 42; throw v;\n            ^\n42\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v20.20.2\n", stderr)
}

// throwAtSite throws 42 from a frame the Go runtime places at line 3 of
// /tmp/con/site.js, as generated code's line directives do.
// It and throwAfterStatement stay last in the file: a directive holds
// to the end of it.
func throwAtSite() {
	/*line /tmp/con/site.js:3:1*/ Throw(Int(42))
}

// throwAfterStatement throws 42 from line 1 of /tmp/con/site2.js.
func throwAfterStatement() {
	/*line /tmp/con/site2.js:1:1*/ Throw(Int(42))
}
