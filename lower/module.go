package lower

import (
	"strings"

	js "github.com/js2go/js2go/frontend"
)

// ES modules. A module's body is the body of a function of no parameters,
// called with this undefined, that the program's Main hands to
// rt.EvaluateModule, which calls it from a microtask as node's module loader
// does. With a top-level await the function is async, and the async pass
// cuts it into a machine like any other async function (async.go), so the
// body's awaits, loops and try statements suspend as an async function's
// do. The module's bindings are that function's variables, never properties
// of globalThis, and `require`, `module`, `exports`, `__filename` and
// `__dirname` are unbound names like any other.
//
// An import from one of node's builtin modules that the runtime provides
// binds its names at the start of the body, before any of it runs; any
// other import is unsupported until the compiler builds module graphs.
// The exports are recorded in Program.Module, for the module graph and for
// Go callers of a module's functions.

// Module is what a program that is an ES module adds to its code.
type Module struct {
	// Async: the body has a top-level await, so its evaluation is an async
	// function's and takes one more job to report a failure.
	Async bool
	// Body is the function whose body is the module's (Main makes it).
	Body    *Func
	Exports []Export
	// TypeModule is the package.json whose "type": "module" makes this .js
	// file a module, which node's errors name ("" otherwise).
	TypeModule string
}

// Export is one name the module exports and the variable holding its value
// (for `export default expression`, a variable of its own).
type Export struct {
	Name string
	Var  *Var
}

// builtinModules are node's builtin modules an import may name (with or
// without the node: scheme), which the runtime provides (rt.ImportBuiltin).
var builtinModules = map[string]bool{
	"timers/promises": true, "timers": true, "process": true, "console": true, "util": true,
	"path": true, "buffer": true, "url": true, "events": true,
}

// isBuiltinModule reports a module specifier naming one of builtinModules.
func isBuiltinModule(spec string) bool {
	return builtinModules[strings.TrimPrefix(spec, "node:")]
}

// lowerModule lowers the top level of an ES module: Main makes the body's
// function and starts the module's evaluation with it.
func (l *lowerer) lowerModule() *Func {
	main := &Func{Sig: SigMain}
	l.prog.Main = main
	l.fn = &fnState{ir: main, strict: true}
	async := l.ast.HasAwait
	mod := &Module{Async: async}
	if l.src.PackageType == "module" && strings.HasSuffix(l.src.Name, ".js") {
		mod.TypeModule = l.src.PackageJSON
	}
	l.prog.Module = mod

	// The module's function: FuncInfo for its frames (named by location
	// alone, as V8 names the module's code), a body like a function's.
	info := &FuncInfo{
		GoName: l.prog.names.global("fn_module"),
		Kind:   FuncMethod,
		Strict: true,
		Start:  0,
		End:    len(l.src.Text),
	}
	l.prog.Infos = append(l.prog.Infos, info)
	f := &Func{Parent: main, Sig: SigCall}
	st := &fnState{parent: l.fn, ir: f, strict: true}
	st.this = &Var{Name: l.prog.names.param(f, "this")}
	f.This = st.this
	f.Args = &Var{Name: l.prog.names.param(f, "args"), Type: TArgs}
	l.fn = st
	f.Body = l.into(func() {
		l.imports()
		l.declareVars(l.ast.Scope)
		l.declareScope(l.ast.Scope, l.ast.Body, false)
		l.defaultFunction()
		l.stmts(l.ast.Body)
	})
	l.fn = st.parent
	mod.Body = f
	l.exports()

	value := makeFunc(info, f)
	if async {
		// The frame is named after the file (async_main for main.mjs):
		// the machine takes its name from the function's, which stack
		// traces must not show.
		info.Name = moduleHint(l.src.Name)
		l.machine(info, f, "async_", "Start")
		info.Name, MachineOf(f).Name = "", ""
		value = call("NewAsyncFunction", &EInfo{Info: info}, &EFunc{Func: f})
	}
	main.Body = append(l.links(), &SExpr{Value: call("EvaluateModule", value, goBool(async))})
	return main
}

// moduleHint is a file's base name without its extension.
func moduleHint(name string) string {
	name = name[strings.LastIndexAny(name, `/\`)+1:]
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	return name
}

// imports binds the names of the module's imports, all before its code runs
// (imports are hoisted), from the builtin modules the runtime provides.
func (l *lowerer) imports() {
	for _, imp := range l.ast.Imports {
		if !isBuiltinModule(imp.Path) || len(imp.Attributes) > 0 {
			l.unsupported(imp.PathLoc, "import of %q", imp.Path)
		}
		bindName := func(b *js.Binding, name string) {
			sym := b.Data.(*js.BIdentifier).Ref
			l.emit(&SLocal{Var: l.varOf(sym), Value: call("ImportBuiltin", goStr(imp.Path), goStr(name))})
		}
		if imp.Default != nil {
			bindName(imp.Default, "default")
		}
		if imp.Namespace != nil {
			sym := imp.Namespace.Data.(*js.BIdentifier).Ref
			l.emit(&SLocal{Var: l.varOf(sym), Value: call("ImportBuiltinNamespace", goStr(imp.Path))})
		}
		for _, it := range imp.Items {
			bindName(&it.Binding, it.Name)
		}
	}
	// `export { a as b } from "node:x"` and `export * as ns from "node:x"`
	// read the builtin module as an import does, into variables of their own.
	for _, st := range l.ast.Exports {
		switch d := st.Data.(type) {
		case *js.SExportFrom:
			if !isBuiltinModule(d.Path) || len(d.Attributes) > 0 {
				l.unsupported(d.PathLoc, "import of %q", d.Path)
			}
			for _, it := range d.Items {
				v := l.temp(it.Name, call("ImportBuiltin", goStr(d.Path), goStr(it.Local)))
				l.reExports = append(l.reExports, Export{Name: it.Name, Var: v})
			}
		case *js.SExportStar:
			if !isBuiltinModule(d.Path) || d.Alias == "" || len(d.Attributes) > 0 {
				l.unsupported(d.PathLoc, "import of %q", d.Path)
			}
			v := l.temp(d.Alias, call("ImportBuiltinNamespace", goStr(d.Path)))
			l.reExports = append(l.reExports, Export{Name: d.Alias, Var: v})
		}
	}
}

// links checks, before the module runs, that the builtin modules it
// imports from (or re-exports) export the names it names: node's link-time
// SyntaxError.
func (l *lowerer) links() []Stmt {
	var list []Stmt
	link := func(path, name string, loc js.Loc) {
		line, col := l.src.LineCol(loc)
		list = append(list, &SExpr{Value: call("LinkBuiltin", goStr(path), goStr(name), goInt(line), goInt(col))})
	}
	for _, imp := range l.ast.Imports {
		for _, it := range imp.Items {
			link(imp.Path, it.Name, it.Loc)
		}
	}
	for _, st := range l.ast.Exports {
		if d, ok := st.Data.(*js.SExportFrom); ok {
			for _, it := range d.Items {
				link(d.Path, it.Local, it.Loc)
			}
		}
	}
	return list
}

// moduleStmt lowers an import or export statement where it stands in the
// body: imports are bound already, and only an export default of an
// expression or an anonymous class has code here.
func (l *lowerer) moduleStmt(s js.Stmt) {
	switch d := s.Data.(type) {
	case *js.SExportDefault:
		switch v := d.Value.Data.(type) {
		case *js.SExpr:
			l.pos(s.Loc)
			l.column(d.Value.Loc)
			value := l.expr(v.Value)
			if declared := l.vars[d.Ref]; declared != nil {
				l.emit(&SAssign{Var: declared, Value: value})
			} else {
				l.emit(&SLocal{Var: l.varOf(d.Ref), Value: value})
			}
		case *js.SFunction:
			// Hoisted: declareScope or defaultFunction made it.
		case *js.SClass:
			if v.Class.Name != nil {
				l.stmt(d.Value, nil)
				return
			}
			l.pos(s.Loc)
			l.emit(&SAssign{Var: l.defaultVar(), Value: l.classExpr(v.Class)})
		}
	}
}

// defaultFunction makes the function of `export default function () {}`
// at the start of the body, as declarations are hoisted: the export has a
// value before the module runs.
func (l *lowerer) defaultFunction() {
	for _, st := range l.ast.Exports {
		if d, ok := st.Data.(*js.SExportDefault); ok {
			if f, ok := d.Value.Data.(*js.SFunction); ok && f.Fn.Name == nil {
				l.pos(st.Loc)
				l.emit(&SAssign{Var: l.defaultVar(), Value: l.function(f.Fn)})
			}
		}
	}
}

// defaultVar is the variable of an anonymous default export (a function or
// class declaration without a name).
func (l *lowerer) defaultVar() *Var {
	if l.anonDefault == nil {
		l.anonDefault = l.newVar("default_", TValue)
		l.emit(&SLocal{Var: l.anonDefault})
	}
	return l.anonDefault
}

// exports records the module's exported names and their variables.
func (l *lowerer) exports() {
	mod := l.prog.Module
	mod.Exports = append(mod.Exports, l.reExports...)
	add := func(name string, sym *js.Symbol) {
		if v := l.vars[sym]; v != nil {
			mod.Exports = append(mod.Exports, Export{Name: name, Var: v})
		}
	}
	for _, st := range l.ast.Exports {
		switch d := st.Data.(type) {
		case *js.SExportClause:
			for _, it := range d.Items {
				add(it.Name, l.ast.Scope.Members[it.Local])
			}
		case *js.SExportDefault:
			switch v := d.Value.Data.(type) {
			case *js.SExpr:
				add("default", d.Ref)
			case *js.SFunction:
				if v.Fn.Name != nil {
					add("default", v.Fn.Name.Data.(*js.BIdentifier).Ref)
				} else if l.anonDefault != nil {
					mod.Exports = append(mod.Exports, Export{Name: "default", Var: l.anonDefault})
				}
			case *js.SClass:
				if v.Class.Name != nil {
					add("default", v.Class.Name.Data.(*js.BIdentifier).Ref)
				} else if l.anonDefault != nil {
					mod.Exports = append(mod.Exports, Export{Name: "default", Var: l.anonDefault})
				}
			}
		case *js.SLocal:
			for _, decl := range d.Decls {
				forEachBound(decl.Binding, add)
			}
		case *js.SFunction:
			id := d.Fn.Name.Data.(*js.BIdentifier)
			add(id.Name, id.Ref)
		case *js.SClass:
			id := d.Class.Name.Data.(*js.BIdentifier)
			add(id.Name, id.Ref)
		}
	}
}

// forEachBound calls f with each name a binding pattern declares.
func forEachBound(b js.Binding, f func(name string, sym *js.Symbol)) {
	switch d := b.Data.(type) {
	case *js.BIdentifier:
		f(d.Name, d.Ref)
	case *js.BArray:
		for _, it := range d.Items {
			forEachBound(it.Binding, f)
		}
	case *js.BObject:
		for _, prop := range d.Properties {
			forEachBound(prop.Value, f)
		}
	}
}

// commonJSNames are the parameters of node's CommonJS wrapper, which a
// module does not have: there they are global names, normally undefined.
var commonJSNames = map[string]bool{
	"require": true, "module": true, "exports": true, "__filename": true, "__dirname": true,
}

// importMeta is the module's import.meta object, made once per module by the runtime
// (its url, filename and dirname, and resolve).
func (l *lowerer) importMeta() Expr {
	return call("ImportMeta", goStr(l.src.Path))
}
