package lower

import (
	"path/filepath"
	"strings"

	js "github.com/js2go/js2go/frontend"
)

// Functions: each JavaScript function is a Go function literal wrapped in a
// function object by the runtime (rt.NewUserFunction), with a package-level
// FuncInfo naming it. The literal's parameters are `this` and `args`; JS
// parameters are Go locals read from args. Arrows use the this, arguments and
// new.target variables of the function around them, captured by Go.

// lowerProgram lowers the top level: node's CommonJS wrapper function.
func (l *lowerer) lowerProgram() *Func {
	f := &Func{Sig: SigMain}
	l.prog.Main = f
	l.fn = &fnState{ir: f, strict: l.ast.Strict}
	body := l.into(func() {
		l.declareVars(l.ast.Scope)
		l.declareScope(l.ast.Scope, l.ast.Body, false)
		l.stmts(l.ast.Body)
	})
	// The CommonJS variables are made on first use anywhere in the file, so
	// they are declared here, before everything.
	var head []Stmt
	if sym := l.ast.Scope.Members["arguments"]; sym != nil && sym.Kind == js.SymArguments && l.vars[sym] != nil {
		l.cjsVar(&l.cjs.module, "module")
		l.cjsVar(&l.cjs.exports, "exports")
	}
	if l.fn.this != nil || l.cjs.module != nil || l.cjs.exports != nil {
		m := l.cjsVar(&l.cjs.module, "module")
		head = append(head, &SLocal{Var: m, Value: call("NewModule", &EGoString{Value: l.src.Path})})
		if l.cjs.exports != nil || l.fn.this != nil {
			e := l.cjsVar(&l.cjs.exports, "exports")
			head = append(head, &SLocal{Var: e, Value: call("GetProp", read(m), key("exports"))})
			if l.fn.this != nil {
				head = append(head, &SLocal{Var: l.fn.this, Value: read(e)})
			}
		}
	}
	// The wrapper's arguments: exports, require, module, __filename, __dirname.
	var argsObj *Var
	if sym := l.ast.Scope.Members["arguments"]; sym != nil && sym.Kind == js.SymArguments && l.vars[sym] != nil {
		argsObj = l.vars[sym]
		l.cjsVar(&l.cjs.require, "require")
	}
	if l.cjs.require != nil {
		head = append(head, &SLocal{Var: l.cjs.require, Value: call("NewRequire")})
	}
	if argsObj != nil {
		wrapper := &ESlice{Items: []Expr{read(l.cjs.exports), read(l.cjs.require), read(l.cjs.module),
			strConst(l.src.Path), strConst(filepath.Dir(l.src.Path))}}
		head = append(head, &SLocal{Var: argsObj, Value: call("NewArguments", wrapper)})
	}
	f.Body = append(head, body...)
	return f
}

// cjsVars are the program's CommonJS wrapper parameters, made on first use.
type cjsVars struct{ module, exports, require *Var }

func (l *lowerer) cjsVar(slot **Var, name string) *Var {
	if *slot == nil {
		*slot = &Var{Name: l.prog.names.local(l.prog.Main, name)}
	}
	return *slot
}

// declareVars declares a function scope's var bindings (undefined until assigned).
func (l *lowerer) declareVars(scopes ...*js.Scope) {
	for _, scope := range scopes {
		if scope == nil {
			continue
		}
		for _, s := range sortedMembers(scope) {
			if (s.Kind == js.SymVar || s.Kind == js.SymHoisted) && l.vars[s] == nil {
				l.emit(&SLocal{Var: l.varOf(s)})
			}
		}
	}
}

// hoistFunctions makes the function objects of a block's (or function's)
// function declarations at its start, as JavaScript hoists them.
func (l *lowerer) hoistFunctions(body []js.Stmt) {
	for _, s := range body {
		decl, ok := s.Data.(*js.SFunction)
		if !ok {
			if ex, ok := s.Data.(*js.SExportDefault); ok {
				decl, _ = ex.Value.Data.(*js.SFunction)
			}
			if decl == nil {
				continue
			}
		}
		if decl.Fn.Name == nil {
			continue
		}
		sym := decl.Fn.Name.Data.(*js.BIdentifier).Ref
		l.quote(int(decl.Fn.Range.Loc), int(decl.Fn.Range.End()))
		l.pos(s.Loc)
		v := l.varOf(sym)
		l.emit(&SAssign{Var: v, Value: l.function(decl.Fn)})
	}
}

// function lowers a function expression, declaration, arrow or method
// (not a class constructor) to the expression that makes its function object.
func (l *lowerer) function(fn *js.Fn) Expr {
	kind := FuncNormal
	switch {
	case fn.IsArrow:
		kind = FuncArrow
	case fn.IsMethod:
		kind = FuncMethod
	}
	sig := SigCall
	if kind == FuncNormal && fn.UsesNewTarget && !fn.IsAsync && !fn.IsGenerator {
		sig = SigConstruct
	}
	info := l.funcInfo(fn, kind)
	// A named function expression sees its own name: a variable of the
	// enclosing function holding the function object once it exists.
	var self *Var
	if fn.Name != nil && !fn.IsDecl {
		if sym := fn.Name.Data.(*js.BIdentifier).Ref; sym != nil && sym.UseCount > 0 {
			self = l.newVar(sym.Name, TValue)
			l.vars[sym] = self
		}
	}
	// A sloppy function's mapped arguments object has the function itself
	// as arguments.callee.
	if fn.ArgumentsRef != nil && !fn.IsArrow && !fn.Strict && fn.HasSimpleParams {
		if self == nil {
			self = l.newVar("callee", TValue)
		}
		l.nextCallee = self
	}
	f := l.lowerFunc(fn, sig, nil)
	value := makeFunc(info, f)
	switch {
	case fn.IsGenerator:
		value = l.generatorFunc(info, f, fn.IsAsync, !fn.HasSimpleParams) // generator.go
	case fn.IsAsync:
		value = l.asyncFunc(info, f) // async.go
	}
	if self != nil {
		l.emit(&SLocal{Var: self})
		l.emit(&SAssign{Var: self, Value: value})
		return read(self)
	}
	return value
}

func makeFunc(info *FuncInfo, f *Func) Expr {
	name := "NewUserFunction"
	if f.Sig == SigConstruct {
		name = "NewUserFunctionNT"
	}
	return call(name, &EInfo{Info: info}, &EFunc{Func: f})
}

// funcInfo registers the static description of a function.
func (l *lowerer) funcInfo(fn *js.Fn, kind FuncKind) *FuncInfo {
	name := fn.InferredName
	if name == "" && fn.Name != nil {
		name = fn.Name.Data.(*js.BIdentifier).Name
	}
	length := 0
	for _, a := range fn.Args {
		if a.Default != nil {
			break
		}
		length++
	}
	if fn.HasRestArg && length == len(fn.Args) {
		length--
	}
	hint := name
	if hint == "" {
		hint = "anonymous"
	}
	frame := ""
	switch {
	case fn.IsGetter || fn.IsSetter:
		if _, key, ok := strings.Cut(name, " "); ok {
			frame = name + " [as " + key + "]"
		}
	case fn.IsMethod && l.owner != "" && name != "":
		frame = l.owner + "." + name
	}
	l.owner = ""
	info := &FuncInfo{
		GoName: l.prog.names.global("fn_" + hint),
		Name:   name,
		Frame:  frame,
		Length: length,
		Kind:   kind,
		Strict: fn.Strict,
		Start:  int(fn.Range.Loc),
		End:    int(fn.Range.End()),
	}
	l.prog.Infos = append(l.prog.Infos, info)
	return info
}

// lowerFunc lowers a function's parameters and body into a Go function.
// prologue, when not nil, runs after the parameters are bound and before the
// body (a base class constructor's field initialisation).
func (l *lowerer) lowerFunc(fn *js.Fn, sig Signature, setup func(st *fnState)) *Func {
	f := &Func{Name: fn.InferredName, Parent: l.fn.ir, Sig: sig}
	st := &fnState{parent: l.fn, ir: f, js: fn, strict: fn.Strict, arrow: fn.IsArrow}
	if !fn.IsArrow {
		st.home, l.nextHome = l.nextHome, nil
		st.this = &Var{Name: l.prog.names.param(f, "this")}
		f.This = st.this
		if sig == SigConstruct {
			st.newTarget = &Var{Name: l.prog.names.param(f, "newTarget")}
			f.NewTarget = st.newTarget
		}
	}
	f.Args = &Var{Name: l.prog.names.param(f, "args"), Type: TArgs}
	callee := l.nextCallee
	l.nextCallee = nil
	l.fn = st
	f.Body = l.into(func() {
		if setup != nil {
			setup(st)
		}
		if !fn.IsArrow && !fn.Strict && fn.UsesThis && !st.derived {
			l.emit(&SAssign{Var: st.this, Value: call("SloppyThis", read(st.this))})
		}
		if fn.ArgumentsRef != nil && !fn.IsArrow {
			st.arguments = l.varOf(fn.ArgumentsRef)
			if !fn.Strict && fn.HasSimpleParams {
				// Sloppy mode: parameters and arguments[i] are one variable.
				l.emit(&SLocal{Var: st.arguments, Value: call("NewMappedArguments", read(f.Args), goInt(len(fn.Args)), read(callee))})
				for i, a := range fn.Args {
					if l.mapped == nil {
						l.mapped = map[*js.Symbol]mappedParam{}
					}
					l.mapped[a.Binding.Data.(*js.BIdentifier).Ref] = mappedParam{index: i, arguments: st.arguments}
				}
			} else {
				l.emit(&SLocal{Var: st.arguments, Value: call("NewArguments", read(f.Args))})
			}
		}
		l.params(fn)
		if fn.IsGenerator && !fn.HasSimpleParams {
			// Binding the parameters can throw, which the call must throw:
			// the generator is made after that (generator.go).
			l.emit(&SYield{Initial: true})
		}
		if fn.BodyScope != fn.Scope {
			l.declareVars(fn.BodyScope)
		}
		l.declareScope(fn.BodyScope, fn.Body, false)
		l.stmts(fn.Body)
		if st.derived {
			// Falling off the end of a derived constructor returns this.
			l.ret(nil)
		}
	})
	l.fn = st.parent
	return f
}

// params binds the formal parameters from args. While a default is
// evaluated, the parameters not yet bound are in their dead zone.
func (l *lowerer) params(fn *js.Fn) {
	args := l.fn.ir.Args
	// The function scope's vars (other than the parameters) start undefined.
	l.declareVars(fn.Scope)
	// With defaults a parameter may be read before it is bound (a default
	// naming a later parameter is in its dead zone): declare them all first.
	if !fn.HasSimpleParams {
		used := symbolsUsedIn(fn)
		for _, a := range fn.Args {
			if id, ok := a.Binding.Data.(*js.BIdentifier); ok && l.vars[id.Ref] == nil && used[id.Ref] {
				l.emit(&SLocal{Var: l.varOf(id.Ref), Value: &EConst{Kind: ConstUninitialized}})
			}
		}
	}
	for i, a := range fn.Args {
		if !fn.HasSimpleParams {
			// A default or a pattern can throw: its errors name its line.
			l.emit(&SPos{Loc: a.Binding.Loc})
		}
		var value Expr
		if fn.HasRestArg && i == len(fn.Args)-1 {
			value = call("RestArgs", read(args), goInt(i))
		} else {
			value = call("Arg", read(args), goInt(i))
		}
		if id, ok := a.Binding.Data.(*js.BIdentifier); ok {
			v, fresh := l.paramVar(id.Ref)
			if fresh {
				l.emit(&SLocal{Var: v, Value: value})
			} else {
				l.emit(&SAssign{Var: v, Value: value})
			}
			if a.Default != nil {
				l.paramDefault(fn, i, v, *a.Default)
			}
			continue
		}
		t := l.temp("arg", value)
		if a.Default != nil {
			l.paramDefault(fn, i, t, *a.Default)
		}
		l.bind(a.Binding, read(t), bindDeclare)
	}
}

// paramDefault evaluates the default of parameter i, with the parameters
// from i on in their dead zone.
func (l *lowerer) paramDefault(fn *js.Fn, i int, v *Var, def js.Expr) {
	saved := l.unbound
	l.unbound = map[*js.Symbol]bool{}
	for _, a := range fn.Args[i:] {
		if id, ok := a.Binding.Data.(*js.BIdentifier); ok {
			l.unbound[id.Ref] = true
		}
	}
	l.defaultValue(v, def)
	l.unbound = saved
}

// paramVar is the variable of a parameter; fresh is false when a duplicate
// parameter name (sloppy mode) already declared it.
func (l *lowerer) paramVar(s *js.Symbol) (v *Var, fresh bool) {
	if v := l.vars[s]; v != nil {
		return v, false
	}
	return l.varOf(s), true
}

// defaultValue emits `if v is undefined { v = value }`.
func (l *lowerer) defaultValue(v *Var, value js.Expr) {
	yes := l.into(func() {
		l.emit(&SAssign{Var: v, Value: l.expr(value)})
	})
	l.emit(&SIf{Cond: &EMethod{Recv: read(v), Method: "IsUndefined", Result: TBool}, Yes: yes})
}

// thisVar is the variable holding `this` where the current code runs: the
// nearest non-arrow function's (an arrow's this is lexical).
func (l *lowerer) thisVar() *fnState {
	st := l.fn
	for st.arrow {
		st = st.parent
	}
	return st
}

// this is the value of `this`.
func (l *lowerer) this() Expr {
	st := l.thisVar()
	if st.this == nil {
		// The program's this is module.exports; made on first use.
		st.this = &Var{Name: l.prog.names.local(st.ir, "this_")}
	}
	if st.derived {
		return call("CheckThis", read(st.this))
	}
	return read(st.this)
}
