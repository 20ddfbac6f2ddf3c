package runtime

import (
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
)

// The reports node v20 prints to stderr when a program dies of an uncaught
// exception or an unhandled rejection (node's ReportFatalException in
// src/node_errors.cc): the source line where it happened with a caret
// under the position, then the error inspected as util.inspect does with
// depth 5 and no custom inspection, then the node version.

// ThrowSite, when set, gives the position of the throw statement of the
// exception being reported (1-based line and column in the script). Without
// it the position RecordThrowSite saw is used, then that of a thrown
// Error's stack; a thrown primitive or plain object with neither is
// reported without a source line.
var ThrowSite func() (line, col int, ok bool)

// throwSitePCs are the program counters RecordThrowSite captured.
var (
	throwSitePCs [64]uintptr
	throwSiteN   int
)

// RecordThrowSite remembers where the exception now being recovered was
// thrown. Call it in the deferred function that recovers an uncaught
// exception, before ReportUncaught: while a panic is being recovered, the
// frames that threw are still on the stack, so the first JavaScript frame
// is the throw statement (or the expression that failed).
func RecordThrowSite() {
	throwSiteN = goruntime.Callers(2, throwSitePCs[:])
}

// CatchUncaught is TryCatch for the outermost catch of a macrotask or job:
// it also records where the exception was thrown (RecordThrowSite), so that
// ReportUncaught can show the throw statement as node does.
func CatchUncaught(body func()) (exc *Exception) {
	depth := callDepth
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Exception)
			if !ok {
				panic(r)
			}
			RecordThrowSite()
			callDepth = depth
			exc = e
		}
	}()
	body()
	return nil
}

// recordedThrowSite is the script position RecordThrowSite captured, once.
// A throw statement (the frame calls Throw) is placed at its `throw`.
func recordedThrowSite() (line, col int, ok bool) {
	n := throwSiteN
	throwSiteN = 0
	if n == 0 || CurrentProgram == nil {
		return 0, 0, false
	}
	frames := goruntime.CallersFrames(throwSitePCs[:n])
	calledThrow := false
	for {
		f, more := frames.Next()
		if isJSFrame(f.File) && filepath.Base(f.File) == filepath.Base(CurrentProgram.Name) {
			col := columnOf(f.Function, f.File, f.Line)
			if calledThrow {
				col = throwTokenColumn(f.Line, col)
			}
			return f.Line, col, true
		}
		calledThrow = strings.HasSuffix(f.Function, "/runtime.Throw")
		if !more {
			return 0, 0, false
		}
	}
}

// throwTokenColumn is the column of the only `throw` keyword on a line, or
// col when there is not exactly one: the line table knows one column per
// line, and V8 puts a thrown exception at its throw statement.
func throwTokenColumn(line, col int) int {
	src := sourceLine(CurrentProgram.Source, line)
	found := -1
	for i := strings.Index(src, "throw"); i >= 0; {
		end := i + len("throw")
		if (i == 0 || !isIdentByte(src[i-1])) && (end == len(src) || !isIdentByte(src[end])) {
			if found >= 0 {
				return col
			}
			found = i
		}
		next := strings.Index(src[end:], "throw")
		if next < 0 {
			break
		}
		i = end + next
	}
	if found < 0 {
		return col
	}
	return found + 1
}

// ReportUncaught prints node's report of an uncaught exception.
func ReportUncaught(exc Value) {
	var b strings.Builder
	o := exc.Object()
	line, col, ok := 0, 0, false
	if ThrowSite != nil {
		line, col, ok = ThrowSite()
	}
	if !ok {
		line, col, ok = recordedThrowSite()
	}
	if !ok && o != nil && o.class == ClassError {
		line, col, ok = errorScriptPosition(o)
	}
	if ok {
		col = throwKeywordColumn(line, col)
	}
	arrow := ""
	if ok {
		arrow = sourceArrow(line, col)
	}
	switch {
	case o != nil && o.class == ClassError:
		// V8 keeps the arrow of a native error and node prints it with
		// the inspected error, after a blank line.
		if arrow != "" {
			b.WriteString(arrow + "\n")
		}
		b.WriteString(inspectFatal(exc) + "\n")
	case o != nil:
		b.WriteString("\n" + arrow + inspectFatal(exc) + "\n")
	default:
		b.WriteString("\n" + arrow + primitiveText(exc) + "\n")
		b.WriteString("(Use `node --trace-uncaught ...` to show where the exception was thrown)\n")
	}
	b.WriteString("\nNode.js " + NodeVersion + "\n")
	WriteStderr(b.String())
}

// ReportUnhandledRejection prints node's report of a promise rejected with
// reason and never handled: an error as an uncaught exception positioned
// where it was made, anything else as node's UnhandledPromiseRejection.
func ReportUnhandledRejection(reason Value) {
	o := reason.Object()
	if moduleFailed && SameValue(reason, moduleFailure) && (o == nil || o.class != ClassError) {
		reportModuleFailure(reason)
		return
	}
	if o != nil && isErrorReason(o) {
		var b strings.Builder
		if o.class == ClassError {
			// A native error shows where it was made.
			if line, col, ok := errorScriptPosition(o); ok {
				b.WriteString(sourceArrow(line, col) + "\n")
			}
		} else {
			b.WriteString("\nnode:internal/process/promises:391\n" +
				"    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n")
		}
		b.WriteString(inspectFatal(reason) + "\n")
		b.WriteString("\nNode.js " + NodeVersion + "\n")
		WriteStderr(b.String())
		return
	}
	WriteStderr("node:internal/process/promises:389\n" +
		"      new UnhandledPromiseRejection(reason);\n" +
		"      ^\n\n" +
		"UnhandledPromiseRejection: This error originated either by throwing inside of an async function " +
		"without a catch block, or by rejecting a promise which was not handled with .catch(). " +
		"The promise rejected with the reason \"" + NoSideEffectsToString(reason) + "\".\n" +
		"    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)\n" +
		"    at processPromiseRejections (node:internal/process/promises:470:17)\n" +
		"    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) {\n" +
		"  code: 'ERR_UNHANDLED_REJECTION'\n" +
		"}\n\nNode.js " + NodeVersion + "\n")
}

// reportModuleFailure prints node's report of an ES module whose
// evaluation threw a value other than a native error: node's loader
// rethrows it, and no position of the program's is known.
func reportModuleFailure(reason Value) {
	var b strings.Builder
	b.WriteString("\nnode:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n")
	if reason.IsObject() {
		b.WriteString(inspectFatal(reason) + "\n")
	} else {
		b.WriteString(primitiveText(reason) + "\n")
		b.WriteString("(Use `node --trace-uncaught ...` to show where the exception was thrown)\n")
	}
	b.WriteString("\nNode.js " + NodeVersion + "\n")
	WriteStderr(b.String())
}

// isErrorReason is node's isErrorLike, its test for a rejection it
// rethrows as it is: an object with an own stack.
func isErrorReason(o *Object) bool {
	_, ok := o.GetOwnProperty(Key("stack"))
	return ok
}

func inspectFatal(v Value) string {
	opts := DefaultInspectOptions
	opts.CustomInspect, opts.Depth = false, 5
	var s string
	if exc := TryCatch(func() { s = InspectWith(v, opts) }); exc != nil {
		if o := v.Object(); o != nil {
			return ToGoString(o.Get(Key("stack"), v))
		}
	}
	return s
}

// primitiveText is how node prints a thrown primitive: its string form,
// nothing for a symbol.
func primitiveText(v Value) string {
	if v.IsSymbol() {
		return ""
	}
	return ToGoString(v)
}

// sourceArrow is node's "file:line\nsource line\n   ^\n" for a 1-based
// position in the running script, or "" when the line is unknown.
func sourceArrow(line, col int) string {
	p := CurrentProgram
	if p == nil || line < 1 {
		return ""
	}
	src := sourceLine(p.Source, line)
	name := p.Name
	if p.Module {
		// Node names an ES module by its URL.
		name = FileURL(name)
	}
	var b strings.Builder
	b.WriteString(name + ":" + strconv.Itoa(line) + "\n" + src + "\n")
	// The underline keeps the line's tabs so that the caret lines up.
	for i := 0; i < col-1 && i < len(src); i++ {
		if src[i] == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteString("^\n")
	return b.String()
}

func sourceLine(source string, line int) string {
	for i := 1; i < line; i++ {
		j := strings.IndexByte(source, '\n')
		if j < 0 {
			return ""
		}
		source = source[j+1:]
	}
	if j := strings.IndexByte(source, '\n'); j >= 0 {
		source = source[:j]
	}
	return strings.TrimSuffix(source, "\r")
}

// throwKeywordColumn moves a position to the `throw` keyword of the
// statement there, as V8 reports a thrown exception at its throw statement:
// from `new Error(...)` after it on the same line, or from the start of a
// line whose statement is a throw (a column known only per line).
func throwKeywordColumn(line, col int) int {
	if CurrentProgram == nil {
		return col
	}
	src := sourceLine(CurrentProgram.Source, line)
	if col-1 > len(src) {
		return col
	}
	before := strings.TrimRight(src[:col-1], " \t")
	if strings.HasSuffix(before, "throw") {
		start := len(before) - len("throw")
		if start == 0 || !isIdentByte(before[start-1]) {
			return start + 1
		}
	}
	if col == 1 {
		trimmed := strings.TrimLeft(src, " \t")
		if strings.HasPrefix(trimmed, "throw") && (len(trimmed) == 5 || !isIdentByte(trimmed[5])) {
			return len(src) - len(trimmed) + 1
		}
	}
	return col
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// errorScriptPosition finds the first frame of an error's stack that is in
// the running script and returns its line and column. A frame naming the
// script by another path (a relative one) counts when no frame names it
// exactly.
func errorScriptPosition(o *Object) (line, col int, ok bool) {
	if CurrentProgram == nil {
		return 0, 0, false
	}
	var stack string
	if exc := TryCatch(func() { stack = ToGoString(o.Get(Key("stack"), ObjectValue(o))) }); exc != nil {
		return 0, 0, false
	}
	baseLine, baseCol, baseOK := 0, 0, false
	for _, frame := range strings.Split(stack, "\n") {
		file, l, c, isFrame := parseStackFrame(frame)
		switch {
		case !isFrame:
		case file == CurrentProgram.Name:
			return l, c, true
		case !baseOK && filepath.Base(file) == filepath.Base(CurrentProgram.Name):
			baseLine, baseCol, baseOK = l, c, true
		}
	}
	return baseLine, baseCol, baseOK
}

// parseStackFrame splits "    at f (/a.js:1:2)" or "    at /a.js:1:2"
// into its file, line and column.
func parseStackFrame(frame string) (file string, line, col int, ok bool) {
	frame = strings.TrimSpace(frame)
	if !strings.HasPrefix(frame, "at ") {
		return "", 0, 0, false
	}
	loc := frame[3:]
	if strings.HasSuffix(loc, ")") {
		if i := strings.LastIndex(loc, "("); i >= 0 {
			loc = loc[i+1 : len(loc)-1]
		}
	}
	i := strings.LastIndexByte(loc, ':')
	if i < 0 {
		return "", 0, 0, false
	}
	j := strings.LastIndexByte(loc[:i], ':')
	if j < 0 {
		return "", 0, 0, false
	}
	l, err1 := strconv.Atoi(loc[j+1 : i])
	c, err2 := strconv.Atoi(loc[i+1:])
	if err1 != nil || err2 != nil {
		return "", 0, 0, false
	}
	return strings.TrimPrefix(loc[:j], "file://"), l, c, true
}

// NoSideEffectsToString is V8's Object::NoSideEffectsToString, how node
// names a rejection reason: primitives as strings, errors as
// "Name: message", functions by their source, plain objects "#<Ctor>".
func NoSideEffectsToString(v Value) string {
	o := v.Object()
	switch {
	case v.IsString():
		return v.Text()
	case v.IsSymbol():
		return symbolDescriptiveString(v.Symbol())
	case o == nil:
		return ToGoString(v)
	case o.IsCallable():
		return functionToString(o)
	case o.class == ClassError || dataProperty(o, Key("toString")) == dataProperty(ErrorPrototype, Key("toString")) && dataProperty(o, Key("toString")) != nil:
		return errorToStringNoSideEffects(o)
	}
	if toString := dataProperty(o, Key("toString")); toString != nil && toString == dataProperty(ObjectPrototype, Key("toString")) {
		if ctor := dataProperty(o, Key("constructor")); ctor != nil && ctor.IsCallable() {
			if n := dataValue(ctor, Key("name")); n.IsString() && n.Text() != "" {
				return "#<" + n.Text() + ">"
			}
		}
	}
	tag := "Object"
	switch o.class {
	case ClassArray:
		tag = "Array"
	case ClassFunction:
		tag = "Function"
	case ClassDate:
		tag = "Date"
	case ClassRegExp:
		tag = "RegExp"
	case ClassArguments:
		tag = "Arguments"
	case ClassBoolean, ClassNumber, ClassString:
		tag = internalConstructorName(o)
	}
	if t := dataValue(o, SymbolKey(SymToStringTag)); t.IsString() {
		tag = t.Text()
	}
	return "[object " + tag + "]"
}

// dataValue is a data property's value along the prototype chain, read
// without calling getters (undefined for an accessor).
func dataValue(o *Object, k PropertyKey) Value {
	for p := o; p != nil; p = p.proto {
		if d, ok := p.GetOwnProperty(k); ok {
			if d.IsAccessor() {
				return Undefined
			}
			return d.Value
		}
	}
	return Undefined
}

// dataProperty is dataValue as an object, nil when it is not one.
func dataProperty(o *Object, k PropertyKey) *Object { return dataValue(o, k).Object() }

func errorToStringNoSideEffects(o *Object) string {
	name, msg := "Error", ""
	if n := dataValue(o, Key("name")); n.IsString() {
		name = n.Text()
	}
	if m := dataValue(o, Key("message")); m.IsString() {
		msg = m.Text()
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}
