// Package lower turns the bound AST of the frontend into the IR that codegen
// prints (ir.go): Go-level statements and expressions over runtime calls.
//
// The passes, one file each, run in this order on every function:
//   - scope.go decides where each binding lives (a Go local, with or without
//     a temporal-dead-zone check, a global property, a module variable);
//   - function.go lowers function objects: parameters, this, arguments;
//   - stmt.go lowers statements to Go control flow;
//   - expr.go lowers expressions to runtime calls, spilling operands into
//     temporaries where JavaScript's left-to-right order needs it;
//   - destructure.go lowers patterns, class.go classes, template.go templates.
package lower

import (
	"strings"

	js "github.com/js2go/js2go/frontend"
)

// Lower lowers a parsed and bound file; the error is frontend.Diagnostics.
func Lower(ast *js.AST) (prog *Program, err error) {
	l := &lowerer{
		ast:  ast,
		src:  ast.Source,
		prog: &Program{Source: ast.Source, names: newNamer()},
		vars: map[*js.Symbol]*Var{},
	}
	defer func() {
		if r := recover(); r != nil {
			d, ok := r.(js.Diagnostics)
			if !ok {
				panic(r)
			}
			prog, err = nil, d
		}
	}()
	if len(ast.UsesEval) > 0 {
		l.unsupported(ast.UsesEval[0], "direct eval")
	}
	l.findTDZ()
	if ast.IsModule {
		l.prog.Main = l.lowerModule() // module.go
	} else {
		l.prog.Main = l.lowerProgram()
	}
	l.funcColumns()
	return l.prog, nil
}

// lowerer holds the state of lowering one file.
type lowerer struct {
	ast  *js.AST
	src  *js.Source
	prog *Program
	vars map[*js.Symbol]*Var // the Go variable of each binding
	// tdz holds the bindings with a use that may run before initialisation:
	// they start as rt.Uninitialized and such uses check.
	tdz map[*js.Symbol]bool
	fn  *fnState
	cjs cjsVars
	// anonDefault holds a module's `export default` of an anonymous
	// function or class (module.go).
	anonDefault *Var
	// reExports are a module's `export ... from` a builtin module (module.go).
	reExports []Export
	// nextHome is the home object of the method about to be lowered, and
	// owner what V8 calls its receiver in stack traces ("K", "Object").
	nextHome *Var
	owner    string
	// nextCallee is the variable that will hold the function about to be
	// lowered, when its mapped arguments object needs it as callee.
	nextCallee *Var
	// ownerName is the name of the class whose members are being lowered.
	ownerName string
	// withs holds the Go variable of each with statement's object (with.go).
	withs map[*js.Scope]*Var
	// unbound holds the parameters not yet bound while a default runs.
	unbound map[*js.Symbol]bool
	// mapped holds the parameters of sloppy functions that alias arguments[i].
	mapped map[*js.Symbol]mappedParam
	// iterText is the source text of the value an array pattern of a
	// declaration destructures, for V8's "x is not iterable".
	iterText string
	// stmtCount numbers the statements lowered; lineStmt is the statement
	// that set each line's column (see column).
	stmtCount int
	lineStmt  map[int]lineColumn
	// fnLineStmt and fnColumns are lineStmt and the column table per
	// function, keyed by the function's source offset (FuncInfo.Start).
	fnLineStmt map[[2]int]lineColumn
	fnColumns  map[int]map[int]int32
}

// fnState is the function being lowered.
type fnState struct {
	parent *fnState
	ir     *Func
	js     *js.Fn // nil for the program, class field initialisers and static blocks
	block  *[]Stmt
	strict bool

	this      *Var // this (for arrows: nil, the provider's is used)
	arguments *Var
	newTarget *Var
	// home is the object whose prototype super.x looks in; class is the class
	// constructor a derived constructor's super() constructs through.
	home  *Var
	class *Var
	// derived: this starts uninitialised and every use checks it.
	derived bool
	arrow   bool

	jumps []*jumpTarget // enclosing breakable statements, innermost last
}

// jumpTarget is a statement break or continue may target.
type jumpTarget struct {
	names   []string // the JavaScript labels naming it
	label   *Label
	isLoop  bool // continue may target it
	isBlock bool // only a labelled break may target it
}

// unsupported stops lowering with an `unsupported:` diagnostic.
func (l *lowerer) unsupported(loc js.Loc, format string, args ...any) {
	panic(js.Errorf(l.src, loc, js.Unsupported, format, args...))
}

// syntaxError stops lowering with a SyntaxError node would report early.
func (l *lowerer) syntaxError(loc js.Loc, format string, args ...any) {
	panic(js.Errorf(l.src, loc, js.SyntaxError, format, args...))
}

// emit appends statements to the current block.
func (l *lowerer) emit(s ...Stmt) { *l.fn.block = append(*l.fn.block, s...) }

// pos marks the JavaScript position of the statements that follow.
func (l *lowerer) pos(loc js.Loc) {
	l.stmtCount++
	l.emit(&SPos{Loc: loc})
}

// quote emits a comment quoting the head of the source at [start, end),
// so that a reader finds the JavaScript a Go declaration comes from.
func (l *lowerer) quote(start, end int) {
	text := string(l.src.Text[start:end])
	if i := strings.IndexAny(text, "{\r\n"); i >= 0 {
		text = text[:i]
	}
	if len(text) > 100 {
		text = text[:100] + "…"
	}
	l.emit(&SComment{Text: strings.TrimSpace(text)})
}

// scoped runs body, which lowers a Go block of its own, and then frees the
// Go names of the variables declared in it.
func (l *lowerer) scoped(body func()) {
	f := l.fn.ir
	mark := len(f.order)
	body()
	l.prog.names.release(f, mark)
}

// into runs body with the current block redirected to a new list, and
// returns that list.
func (l *lowerer) into(body func()) []Stmt {
	var list []Stmt
	saved := l.fn.block
	l.fn.block = &list
	body()
	l.fn.block = saved
	return list
}

// temp declares a new temporary holding value and returns it.
func (l *lowerer) temp(hint string, value Expr) *Var {
	v := l.newVar(hint, TypeOf(value))
	l.emit(&SLocal{Var: v, Value: value})
	return v
}

// newVar makes a Go variable of the current function.
func (l *lowerer) newVar(hint string, t VarType) *Var {
	return &Var{Name: l.prog.names.local(l.fn.ir, hint), Type: t}
}

// read is a read of v.
func read(v *Var) Expr { return &EVar{Var: v} }

// call is the runtime call rt.name(args...) returning a Value.
func call(name string, args ...Expr) *ECall { return &ECall{Func: name, Args: args} }

// callT is a runtime call returning a Go type other than Value.
func callT(t VarType, name string, args ...Expr) *ECall {
	return &ECall{Func: name, Args: args, Result: t}
}

func goStr(s string) Expr { return &EGoString{Value: s} }
func goInt(i int) Expr    { return &EGoInt{Value: i} }
func goBool(b bool) Expr  { return &EGoBool{Value: b} }
func key(name string) Expr {
	return &EKey{Name: name}
}

var (
	undefined = &EConst{Kind: ConstUndefined}
	null      = &EConst{Kind: ConstNull}
)

func boolConst(b bool) Expr      { return &EConst{Kind: ConstBool, Bool: b} }
func numConst(f float64) Expr    { return &EConst{Kind: ConstNumber, Number: f} }
func strConst(s string) Expr     { return &EConst{Kind: ConstString, String: utf16Of(s)} }
func strConst16(u []uint16) Expr { return &EConst{Kind: ConstString, String: u} }

// utf16Of converts a Go string to UTF-16 code units.
func utf16Of(s string) []uint16 {
	var u []uint16
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			u = append(u, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
		} else {
			u = append(u, uint16(r))
		}
	}
	return u
}

// toBool turns a Value expression into a Go bool (ToBoolean), folding the
// rt.Bool(x) that comparisons produce back to x.
func toBool(e Expr) Expr {
	if c, ok := e.(*ECall); ok && c.Func == "Bool" && len(c.Args) == 1 {
		return c.Args[0]
	}
	if TypeOf(e) == TBool {
		return e
	}
	if c, ok := e.(*EConst); ok {
		switch c.Kind {
		case ConstBool:
			return goBool(c.Bool)
		case ConstUndefined, ConstNull:
			return goBool(false)
		case ConstNumber:
			return goBool(c.Number != 0 && c.Number == c.Number)
		case ConstString:
			return goBool(len(c.String) > 0)
		}
	}
	return &EMethod{Recv: e, Method: "Truthy", Result: TBool}
}

// toValue turns a Go bool expression into a Value.
func toValue(e Expr) Expr {
	if TypeOf(e) == TBool {
		return call("Bool", e)
	}
	return e
}
