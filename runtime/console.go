package runtime

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The console global, as node's lib/internal/console/constructor.js: log,
// info, debug and dirxml write to stdout; warn, error and trace to stderr;
// every line is indented by the current console.group depth.

// Console is the console global object.
var Console = NewObject(ObjectPrototype)

var (
	consoleGroupIndent string
	consoleCounts      = map[string]int{}
	consoleTimes       = map[string]time.Time{}
)

// writeConsole writes one console message, indented by the group depth,
// with its newline.
func writeConsole(toStderr bool, s string) {
	if consoleGroupIndent != "" {
		s = consoleGroupIndent + strings.ReplaceAll(s, "\n", "\n"+consoleGroupIndent)
	}
	if toStderr {
		WriteStderr(s + "\n")
	} else {
		writeStdoutLine(s)
	}
}

func init() {
	log := func(_ Value, args []Value) Value {
		writeConsole(false, Format(args))
		return Undefined
	}
	warn := func(_ Value, args []Value) Value {
		writeConsole(true, Format(args))
		return Undefined
	}
	group := func(_ Value, args []Value) Value {
		if len(args) > 0 {
			writeConsole(false, Format(args))
		}
		consoleGroupIndent += "  "
		return Undefined
	}
	noop := func(Value, []Value) Value { return Undefined }
	// Node's order of the console's own properties.
	for _, m := range []struct {
		name string
		fn   NativeFunc
	}{
		{"log", log}, {"warn", warn}, {"dir", consoleDir}, {"time", consoleTime},
		{"timeEnd", consoleTimeEnd}, {"timeLog", consoleTimeLogMethod}, {"trace", consoleTrace},
		{"assert", consoleAssert}, {"clear", noop}, {"count", consoleCount},
		{"countReset", consoleCountReset}, {"group", group}, {"groupEnd", consoleGroupEnd},
		{"table", consoleTable}, {"debug", log}, {"info", log}, {"dirxml", log},
		{"error", warn}, {"groupCollapsed", group}, {"Console", consoleConstructor},
		{"profile", noop}, {"profileEnd", noop}, {"timeStamp", noop}, {"context", noop},
		{"createTask", noop},
	} {
		DefineConsoleMethod(m.name, m.fn)
	}
	Console.DefineData(SymbolKey(SymToStringTag), Str("console"), Configurable)
	DefineGlobal("console", ObjectValue(Console))
}

// consoleConstructor stands for node's Console class, which would need
// writable streams the runtime does not have.
func consoleConstructor(Value, []Value) Value {
	ThrowError(ErrorPrototype, "console.Console is not supported")
	return Undefined
}

func consoleAssert(_ Value, args []Value) Value {
	if ToBoolean(Arg(args, 0)) {
		return Undefined
	}
	rest := append([]Value(nil), args[min(1, len(args)):]...)
	if len(rest) == 0 {
		rest = []Value{Str("Assertion failed")}
	} else {
		rest[0] = Concat(Str("Assertion failed: "), ToString(rest[0]))
	}
	writeConsole(true, Format(rest))
	return Undefined
}

func consoleCount(_ Value, args []Value) Value {
	label := consoleLabel(args)
	consoleCounts[label]++
	writeConsole(false, label+": "+strconv.Itoa(consoleCounts[label]))
	return Undefined
}

func consoleCountReset(_ Value, args []Value) Value {
	label := consoleLabel(args)
	if _, ok := consoleCounts[label]; !ok {
		EmitWarning("Count for '" + label + "' does not exist")
		return Undefined
	}
	delete(consoleCounts, label)
	return Undefined
}

func consoleGroupEnd(Value, []Value) Value {
	consoleGroupIndent = consoleGroupIndent[:max(0, len(consoleGroupIndent)-2)]
	return Undefined
}

func consoleTime(_ Value, args []Value) Value {
	label := consoleLabel(args)
	if _, ok := consoleTimes[label]; ok {
		EmitWarning("Label '" + label + "' already exists for console.time()")
		return Undefined
	}
	consoleTimes[label] = time.Now()
	return Undefined
}

func consoleTimeEnd(_ Value, args []Value) Value {
	label := consoleLabel(args)
	if consoleTimeLog("timeEnd", label, nil) {
		delete(consoleTimes, label)
	}
	return Undefined
}

func consoleTimeLogMethod(_ Value, args []Value) Value {
	consoleTimeLog("timeLog", consoleLabel(args), args[min(1, len(args)):])
	return Undefined
}

// DefineConsoleMethod puts a method on the console object; node's console
// methods are enumerable own properties.
func DefineConsoleMethod(name string, fn NativeFunc) {
	Console.DefineData(Key(name), ObjectValue(NewFunction(name, 0, fn)), Default)
}

// consoleLabel is the label argument of count/time: `${label}`, 'default'
// when absent.
func consoleLabel(args []Value) string {
	if len(args) == 0 || args[0].IsUndefined() {
		return "default"
	}
	return ToGoString(args[0])
}

func consoleTimeLog(method, label string, data []Value) bool {
	start, ok := consoleTimes[label]
	if !ok {
		EmitWarning("No such label '" + label + "' for console." + method + "()")
		return false
	}
	ms := float64(time.Since(start).Nanoseconds()) / 1e6
	args := append([]Value{Str("%s: %s"), Str(label), Str(formatDuration(ms))}, data...)
	writeConsole(false, Format(args))
	return true
}

// formatDuration is node's formatTime: "1.234ms", "1.500s", "1:02.003
// (m:ss.mmm)", "1:02:03.004 (h:mm:ss.mmm)".
func formatDuration(ms float64) string {
	hours, minutes, seconds := 0.0, 0.0, 0.0
	if ms >= 1000 {
		if ms >= 60000 {
			if ms >= 3600000 {
				hours = math.Floor(ms / 3600000)
				ms = math.Mod(ms, 3600000)
			}
			minutes = math.Floor(ms / 60000)
			ms = math.Mod(ms, 60000)
		}
		seconds = ms / 1000
	}
	if hours != 0 || minutes != 0 {
		secs, frac, _ := strings.Cut(numberToFixed(seconds, 3), ".")
		res := NumberToString(minutes)
		unit := "m:ss.mmm"
		if hours != 0 {
			res = NumberToString(hours) + ":" + timePad(NumberToString(minutes))
			unit = "h:mm:ss.mmm"
		}
		return res + ":" + timePad(secs) + "." + frac + " (" + unit + ")"
	}
	if seconds != 0 {
		return numberToFixed(seconds, 3) + "s"
	}
	rounded, _ := strconv.ParseFloat(numberToFixed(ms, 3), 64)
	return NumberToString(rounded) + "ms"
}

func timePad(s string) string {
	if len(s) < 2 {
		return "0" + s
	}
	return s
}

func consoleDir(_ Value, args []Value) Value {
	opts := DefaultInspectOptions
	opts.CustomInspect = false
	if o := Arg(args, 1).Object(); o != nil {
		opts = inspectOptionsFrom(o, opts)
	}
	writeConsole(false, InspectWith(Arg(args, 0), opts))
	return Undefined
}

// inspectOptionsFrom reads util.inspect's options object over defaults.
func inspectOptionsFrom(o *Object, opts InspectOptions) InspectOptions {
	get := func(name string) Value { return o.Get(Key(name), ObjectValue(o)) }
	if d := get("depth"); d.IsNull() || d.IsNumber() && math.IsInf(d.num, 1) {
		opts.Depth = math.MaxInt
	} else if d.IsNumber() {
		opts.Depth = int(d.num)
	}
	if v := get("showHidden"); !v.IsUndefined() {
		opts.ShowHidden = ToBoolean(v)
	}
	if v := get("customInspect"); !v.IsUndefined() {
		opts.CustomInspect = ToBoolean(v)
	}
	if v := get("breakLength"); v.IsNumber() {
		opts.BreakLength = int(math.Min(v.num, math.MaxInt32))
	}
	if v := get("compact"); v.IsNumber() {
		opts.Compact = int(v.num)
	} else if v.IsBool() {
		opts.Compact = 0
		if v.BoolValue() {
			opts.Compact = compactTrue
		}
	}
	if v := get("sorted"); !v.IsUndefined() {
		opts.Sorted = ToBoolean(v)
		opts.SortCompare = Undefined
		if f := v.Object(); f != nil && f.IsCallable() {
			opts.SortCompare = v
		}
	}
	if v := get("getters"); !v.IsUndefined() {
		switch {
		case v.IsString() && v.Text() == "get":
			opts.Getters = getOnly
		case v.IsString() && v.Text() == "set":
			opts.Getters = getWithSetter
		case v.IsBool() && v.BoolValue():
			// Other truthy values show no getter's value, as in node.
			opts.Getters = getAll
		default:
			opts.Getters = getNone
		}
	}
	if v := get("numericSeparator"); !v.IsUndefined() {
		opts.NumericSeparator = ToBoolean(v)
	}
	if v := get("maxArrayLength"); v.IsNumber() {
		opts.MaxArrayLength = int(math.Min(v.num, math.MaxInt32))
	} else if v.IsNull() {
		opts.MaxArrayLength = math.MaxInt32
	}
	if v := get("maxStringLength"); v.IsNumber() {
		opts.MaxStringLength = int(math.Min(v.num, math.MaxInt32))
	} else if v.IsNull() {
		opts.MaxStringLength = math.MaxInt32
	}
	return opts
}

// consoleTrace prints "Trace: message" and the caller's stack to stderr.
func consoleTrace(_ Value, args []Value) Value {
	err := NewPlainObject()
	err.CreateDataProperty(Key("name"), Str("Trace"))
	err.CreateDataProperty(Key("message"), Str(Format(args)))
	if ctor := Global.Get(Key("Error"), ObjectValue(Global)).Object(); ctor != nil {
		if capture := ctor.Get(Key("captureStackTrace"), ObjectValue(ctor)); capture.IsObject() {
			Call(capture, ObjectValue(ctor), ObjectValue(err))
		}
	}
	stack := err.Get(Key("stack"), ObjectValue(err))
	if stack.IsUndefined() {
		stack = Str(errorToString(err))
	}
	writeConsole(true, Format([]Value{stack}))
	return Undefined
}

// EmitWarning is process.emitWarning(message): a warning of type Warning.
func EmitWarning(message string) { emitWarning(message, "Warning") }

// Format is node's util.format: printf-like placeholders in a first string
// argument, the remaining arguments inspected (strings as they are) and
// joined by spaces.
func Format(args []Value) string { return FormatWith(DefaultInspectOptions, args) }

// FormatWith is util.formatWithOptions(opts, ...args).
func FormatWith(opts InspectOptions, args []Value) string {
	if len(args) == 0 {
		return ""
	}
	var b strings.Builder
	a := 0
	join := ""
	if first := args[0]; first.IsString() {
		if len(args) == 1 {
			return first.Text()
		}
		f := first.Text()
		lastPos := 0
		for i := 0; i < len(f)-1; i++ {
			if f[i] != '%' {
				continue
			}
			i++
			next := f[i]
			if a+1 == len(args) {
				if next == '%' {
					b.WriteString(f[lastPos:i])
					lastPos = i + 1
				}
				continue
			}
			var s string
			switch next {
			case 's':
				a++
				s = formatPercentS(args[a], opts)
			case 'j':
				a++
				s = formatPercentJ(args[a])
			case 'd':
				a++
				s = formatPercentNumber(args[a], func(v Value) float64 { return ToNumber(v) })
			case 'i':
				a++
				s = formatPercentNumber(args[a], func(v Value) float64 { return ParseInt(ToGoString(v), 0) })
			case 'f':
				a++
				if args[a].IsSymbol() {
					s = "NaN"
				} else {
					s = formatNumber(ParseFloat(ToGoString(args[a])))
				}
			case 'O':
				a++
				s = InspectWith(args[a], opts)
			case 'o':
				a++
				o := opts
				o.ShowHidden, o.Depth = true, 4
				s = InspectWith(args[a], o)
			case 'c':
				a++
			case '%':
				b.WriteString(f[lastPos:i])
				lastPos = i + 1
				continue
			default:
				continue
			}
			if lastPos != i-1 {
				b.WriteString(f[lastPos : i-1])
			}
			b.WriteString(s)
			lastPos = i + 1
		}
		if lastPos != 0 {
			a++
			join = " "
			if lastPos < len(f) {
				b.WriteString(f[lastPos:])
			}
		}
	}
	for ; a < len(args); a++ {
		b.WriteString(join)
		switch v := args[a]; v.kind {
		case KindString:
			b.WriteString(v.Text())
		case KindNumber:
			b.WriteString(formatNumber(v.num))
		default:
			b.WriteString(InspectWith(v, opts))
		}
		join = " "
	}
	return b.String()
}

func formatPercentS(v Value, opts InspectOptions) string {
	switch {
	case v.IsNumber():
		return formatNumber(v.num)
	case v.kind == KindBigInt:
		return bigIntString(v, 10) + "n"
	case v.IsSymbol():
		return symbolDescriptiveString(v.Symbol())
	case !v.IsObject() || v.Object().IsCallable() || !hasBuiltInToString(v.Object()):
		// A function's typeof is not 'object': node calls String on it.
		return ToGoString(v)
	}
	opts.Depth, opts.Compact = 0, 3
	return InspectWith(v, opts)
}

func formatPercentNumber(v Value, toNumber func(Value) float64) string {
	switch {
	case v.kind == KindBigInt:
		return bigIntString(v, 10) + "n"
	case v.IsSymbol():
		return "NaN"
	}
	return formatNumber(toNumber(v))
}

// formatPercentJ is JSON.stringify, with "[Circular]" for a cycle.
func formatPercentJ(v Value) string {
	json := Global.Get(Key("JSON"), ObjectValue(Global)).Object()
	if json == nil {
		return "undefined"
	}
	var r Value
	exc := TryCatch(func() { r = Call(json.Get(Key("stringify"), ObjectValue(json)), ObjectValue(json), v) })
	if exc != nil {
		if e := exc.Value.Object(); e != nil && errorToString(e) != "" &&
			strings.HasPrefix(ToGoString(e.Get(Key("message"), exc.Value)), "Converting circular structure to JSON") {
			return "[Circular]"
		}
		Throw(exc.Value)
	}
	return ToGoString(r)
}

// hasBuiltInToString reports whether printing o with %s should inspect
// it: it has no toString or Symbol.toPrimitive of its own or from a user
// class.
func hasBuiltInToString(o *Object) bool {
	v := ObjectValue(o)
	isFunc := func(x Value) bool { return x.IsObject() && x.Object().IsCallable() }
	hasOwn := func(p *Object, k PropertyKey) bool { _, ok := p.GetOwnProperty(k); return ok }
	checkToString, checkToPrimitive := true, true
	toPrimitive := SymbolKey(SymToPrimitive)
	switch {
	case !isFunc(o.Get(Key("toString"), v)):
		if !isFunc(o.Get(toPrimitive, v)) {
			return true
		}
		if hasOwn(o, toPrimitive) {
			return false
		}
		checkToString = false
	case hasOwn(o, Key("toString")):
		return false
	case !isFunc(o.Get(toPrimitive, v)):
		checkToPrimitive = false
	case hasOwn(o, toPrimitive):
		return false
	}
	p := o
	for {
		p = p.proto
		if p == nil {
			return true
		}
		if checkToString && hasOwn(p, Key("toString")) || checkToPrimitive && hasOwn(p, toPrimitive) {
			break
		}
	}
	d, ok := p.GetOwnProperty(Key("constructor"))
	if !ok || d.IsAccessor() {
		return false
	}
	ctor := d.Value.Object()
	return ctor != nil && ctor.IsCallable() && builtinConstructorNames[functionName(ctor)]
}

// builtinConstructorNames are the globals node's builtInObjects holds: the
// constructors whose toString counts as built in.
var builtinConstructorNames = map[string]bool{
	"Object": true, "Function": true, "Array": true, "Number": true, "Boolean": true,
	"String": true, "Symbol": true, "Date": true, "Promise": true, "RegExp": true,
	"Error": true, "AggregateError": true, "EvalError": true, "RangeError": true,
	"ReferenceError": true, "SyntaxError": true, "TypeError": true, "URIError": true,
	"ArrayBuffer": true, "Uint8Array": true, "Int8Array": true, "Uint16Array": true,
	"Int16Array": true, "Uint32Array": true, "Int32Array": true, "Float32Array": true,
	"Float64Array": true, "Uint8ClampedArray": true, "BigUint64Array": true,
	"BigInt64Array": true, "DataView": true, "Map": true, "BigInt": true, "Set": true,
	"WeakMap": true, "WeakSet": true, "Proxy": true, "Reflect": true,
	"FinalizationRegistry": true, "WeakRef": true, "SharedArrayBuffer": true,
}

// consoleTable is console.table: rows of an object or array (or the
// entries of a Map or Set) as a box-drawn table of inspected cells.
func consoleTable(_ Value, args []Value) Value {
	// properties is nil when absent; an empty list makes a table of the
	// index column alone.
	var properties []PropertyKey
	if props := Arg(args, 1); !props.IsUndefined() {
		p := props.Object()
		if p == nil || !p.IsArray() {
			throwInvalidInstance("properties", "Array", props)
		}
		properties = []PropertyKey{}
		for _, v := range p.Elements() {
			properties = append(properties, ToPropertyKey(v))
		}
	}
	data := Arg(args, 0)
	o := data.Object()
	if o == nil {
		writeConsole(false, Format([]Value{data}))
		return Undefined
	}
	cell := func(v Value) string {
		opts := DefaultInspectOptions
		opts.MaxArrayLength, opts.BreakLength, opts.Depth = 3, math.MaxInt32, 0
		if vo := v.Object(); vo != nil && !vo.IsArray() && len(enumerableOwnStringKeys(vo)) > 2 {
			opts.Depth = -1
		}
		return InspectWith(v, opts)
	}
	indices := func(n int) []string {
		s := make([]string, n)
		for i := range s {
			s[i] = strconv.Itoa(i)
		}
		return s
	}
	switch o.class {
	case ClassMap:
		var keys, values []string
		inspectIterate(data, func(entry Value) bool {
			e := entry.Object()
			keys = append(keys, cell(e.Get(Key("0"), entry)))
			values = append(values, cell(e.Get(Key("1"), entry)))
			return true
		})
		writeConsole(false, renderTable([]string{"(iteration index)", "Key", "Values"}, [][]string{indices(len(keys)), keys, values}))
		return Undefined
	case ClassSet:
		var values []string
		inspectIterate(data, func(v Value) bool {
			values = append(values, cell(v))
			return true
		})
		writeConsole(false, renderTable([]string{"(iteration index)", "Values"}, [][]string{indices(len(values)), values}))
		return Undefined
	}
	var (
		columnKeys   []string
		columns      = map[string][]string{}
		hasPrimitive bool
		valuesColumn []string
		indexColumn  []string
	)
	// Rows and columns are Object.keys: symbols are left out.
	rowKeys := enumerableOwnStringKeys(o)
	for i, rk := range rowKeys {
		indexColumn = append(indexColumn, rk.Name)
		item := o.Get(rk, data)
		io := item.Object()
		primitive := io == nil
		if properties == nil && primitive {
			hasPrimitive = true
			for len(valuesColumn) < i {
				valuesColumn = append(valuesColumn, "")
			}
			valuesColumn = append(valuesColumn, cell(item))
			continue
		}
		keys := properties
		if keys == nil {
			keys = enumerableOwnStringKeys(io)
		}
		for _, k := range keys {
			if k.Symbol != nil {
				// A symbol column of a properties list has no string key.
				continue
			}
			name := k.Name
			col, seen := columns[name]
			if !seen {
				columnKeys = append(columnKeys, name)
			}
			for len(col) < i {
				col = append(col, "")
			}
			if primitive {
				col = append(col, "")
			} else if _, own := io.GetOwnProperty(k); !own {
				col = append(col, "")
			} else {
				col = append(col, cell(io.Get(k, item)))
			}
			columns[name] = col
		}
	}
	// The columns are the keys of an object, so integer keys come first.
	sort.SliceStable(columnKeys, func(i, j int) bool {
		a, aIndex := arrayIndex(columnKeys[i], nil)
		b, bIndex := arrayIndex(columnKeys[j], nil)
		return aIndex && (!bIndex || a < b)
	})
	head := append([]string{"(index)"}, columnKeys...)
	cols := [][]string{indexColumn}
	for _, k := range columnKeys {
		cols = append(cols, columns[k])
	}
	if hasPrimitive {
		head = append(head, "Values")
		cols = append(cols, valuesColumn)
	}
	writeConsole(false, renderTable(head, cols))
	return Undefined
}

// throwInvalidInstance is node's ERR_INVALID_ARG_TYPE for an argument that
// must be an instance of the class want.
func throwInvalidInstance(name, want string, v Value) {
	throwInvalidArg(name, "an instance of "+want, v)
}

// throwInvalidArg is node's ERR_INVALID_ARG_TYPE, naming what the value
// must be ("of type function"): "The last argument must be", "The "a.b"
// property must be" or "The "name" argument must be".
func throwInvalidArg(name, must string, v Value) {
	subject := `The "` + name + `" argument`
	switch {
	case strings.HasSuffix(name, " argument"):
		subject = "The " + name
	case strings.Contains(name, "."):
		subject = `The "` + name + `" property`
	}
	e := NewError(TypeErrorPrototype, subject+" must be "+must+". Received "+describeReceived(v))
	withCode(e, "ERR_INVALID_ARG_TYPE") // events.go
	Throw(ObjectValue(e))
}

// renderTable is node's cli_table: cells left-aligned in columns as wide
// as their widest cell plus a space each side.
func renderTable(head []string, columns [][]string) string {
	widths := make([]int, len(head))
	rows := 0
	for i, h := range head {
		widths[i] = stringWidth(h)
		rows = max(rows, len(columns[i]))
	}
	for i, col := range columns {
		for _, s := range col {
			widths[i] = max(widths[i], stringWidth(s))
		}
	}
	divider := make([]string, len(widths))
	for i, w := range widths {
		divider[i] = strings.Repeat("─", w+2)
	}
	renderRow := func(b *strings.Builder, row []string) {
		b.WriteString("│ ")
		for i, s := range row {
			b.WriteString(s)
			b.WriteString(strings.Repeat(" ", widths[i]-stringWidth(s)))
			if i != len(row)-1 {
				b.WriteString(" │ ")
			}
		}
		b.WriteString(" │\n")
	}
	var b strings.Builder
	b.WriteString("┌" + strings.Join(divider, "┬") + "┐\n")
	renderRow(&b, head)
	b.WriteString("├" + strings.Join(divider, "┼") + "┤\n")
	for r := 0; r < rows; r++ {
		row := make([]string, len(head))
		for i, col := range columns {
			if r < len(col) {
				row[i] = col[r]
			}
		}
		renderRow(&b, row)
	}
	b.WriteString("└" + strings.Join(divider, "┴") + "┘")
	return b.String()
}
