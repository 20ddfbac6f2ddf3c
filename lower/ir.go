package lower

import js "github.com/js2go/js2go/frontend"

// The IR is Go, not JavaScript: statements are Go statements, expressions are
// calls into the runtime, Go variables, constants and Go function literals.
// Every JavaScript operator has already been resolved to a runtime call and
// every JavaScript control-flow construct to a Go one, with the evaluation
// order of JavaScript made explicit: an expression never hides a statement,
// so operands that must run before a statement have been spilled into
// temporaries (Temp vars). That is what a later pass needs to cut an async
// function into the states of a machine at its await points.

// Program is one lowered source file.
type Program struct {
	Source *js.Source
	Main   *Func // the top-level code, run as rt.Program.Run
	// Infos are the static descriptions of every JavaScript function (name,
	// length, kind, source text), printed as package-level variables.
	Infos []*FuncInfo
	// Templates are the tagged-template call sites, each with the template
	// object the spec caches per site.
	Templates []*TemplateSite
	// Columns is, for each line, the column stack traces report for it:
	// that of the line's first call (the Go line tables hold no columns).
	Columns []int32
	// Module is set when the program is an ES module (module.go).
	Module *Module

	names *namer // package-level names, and all names any function uses
}

// FuncKind is how a function object behaves (runtime's rt.FuncKind).
type FuncKind uint8

const (
	FuncNormal      FuncKind = iota // `function`: callable and a constructor, with a prototype
	FuncArrow                       // an arrow: lexical this, not a constructor
	FuncMethod                      // a method, getter or setter: not a constructor
	FuncClass                       // a class constructor: only with new
	FuncDerivedCtor                 // a class constructor of a class with extends
)

// FuncInfo is the static part of a function object, shared by every closure
// made from the same source function.
type FuncInfo struct {
	GoName string // the package-level variable holding it
	Name   string // the `name` property ("" for anonymous functions)
	Frame  string // its name in stack traces when not Name ("K.m", "Object.m")
	Length int    // the `length` property
	Kind   FuncKind
	Strict bool
	Start  int // the source text range, for Function.prototype.toString
	End    int
	// Columns pairs lines with the column stack traces report for this
	// function's frames on them (line, column, line, column, ...): a
	// function written on the line of its caller has columns of its own.
	Columns []int32
}

// TemplateSite is one tagged template call site: its cooked strings (nil
// entries for invalid escapes, which cook to undefined) and raw strings.
type TemplateSite struct {
	GoName string
	Cooked [][]uint16
	Raw    []string
}

// Signature is the Go parameter list of a function literal.
type Signature uint8

const (
	// SigCall is rt.NativeFunc: func(this rt.Value, args []rt.Value) rt.Value.
	SigCall Signature = iota
	// SigConstruct adds new.target: func(this rt.Value, args []rt.Value,
	// newTarget rt.Value) rt.Value (class constructors, functions using new.target).
	SigConstruct
	// SigInit is a class's instance initialiser: func(this rt.Value).
	SigInit
	// SigMain is the program: func().
	SigMain
)

// Func is a Go function: the program, or the body of a JavaScript function
// (printed as a function literal where the function object is made).
type Func struct {
	Name   string // the JavaScript name, for comments ("" when anonymous)
	Parent *Func
	Sig    Signature
	// This, Args and NewTarget are the Go parameters (nil when the signature
	// has no such parameter or the body does not use it).
	This, Args, NewTarget *Var
	// Result holds the value of a return inside a try block, which runs
	// in a closure: the closure records the completion and returns.
	Result *Var
	Body   []Stmt

	names map[string]bool // Go names taken in this function
	order []string        // the names in the order they were taken
}

// VarType is the Go type of a variable.
type VarType uint8

const (
	TValue         VarType = iota // rt.Value
	TBool                         // bool
	TIterator                     // *rt.Iterator
	TForIn                        // *rt.ForInIterator
	TArgs                         // []rt.Value
	TPrivate                      // *rt.PrivateName
	TObject                       // *rt.Object
	TInt                          // int (completion codes of a try)
	TExc                          // *rt.Exception
	TKey                          // rt.PropertyKey (a computed key an await may follow)
	TMethod                       // rt.Method (a method read before its call's arguments run)
	TAsyncIterator                // *rt.AsyncIterator (a for await loop's iterator)
)

// Var is a Go variable: a JavaScript binding or a temporary.
type Var struct {
	Name string // the Go name: unique in its function and the functions around it
	Type VarType
	// Captured: a closure may assign it, so a read of it must not be
	// reordered after a call (Go leaves that order unspecified).
	Captured bool
	// Shared: it names storage that other Vars name too (a frame field, a
	// cell, an enclosing function's variable through a pointer), so its
	// own reads do not tell whether a store to it is dead.
	Shared bool
}

// Label is the target of break and continue: a loop, a switch, or a labelled
// statement. Codegen prints a Go label only when a jump needs one.
type Label struct {
	Name string // the JavaScript label, or "" for an unlabelled loop/switch
	Used bool   // set by codegen when it prints a jump naming it
	// GoName is the Go label, set by codegen when it prints a labelled jump.
	GoName string
}

// Stmt is an IR statement.
type Stmt interface{ isStmt() }

// Expr is an IR expression; it has no effect but the runtime calls it makes.
type Expr interface{ isExpr() }

// SPos marks the JavaScript position of the statements after it: codegen
// prints a /*line file.js:L:C*/ directive before the next Go statement.
type SPos struct{ Loc js.Loc }

// SComment is a comment quoting the JavaScript a declaration comes from.
type SComment struct{ Text string }

// SLocal declares Var, initialised to Value (the Go zero value, undefined for
// rt.Value, when Value is nil).
type SLocal struct {
	Var   *Var
	Value Expr
}

// SLocalPair declares two variables from a call with two results:
// `a, b := Value` (an iterator's value and whether it has one).
type SLocalPair struct {
	Vars  [2]*Var
	Value Expr
}

// SAssign is `Var = Value`.
type SAssign struct {
	Var   *Var
	Value Expr
}

// SExpr evaluates a call for its effect.
type SExpr struct{ Value Expr }

// SBlock is a Go block `{ ... }`: the scope of the variables it declares.
type SBlock struct{ Body []Stmt }

// SIf is `if Cond { Yes } else { No }`; Cond is a Go bool expression.
type SIf struct {
	Cond Expr
	Yes  []Stmt
	No   []Stmt
}

// SLoop is a Go `for` loop. Init declares the loop's variables in the for
// clause, which gives each iteration its own copy, copied before Post runs
// (Go 1.22 semantics, exactly a JavaScript per-iteration let binding). Cond,
// when not nil, is tested before each iteration; Post runs after the body
// and on continue.
type SLoop struct {
	Label *Label
	Init  []*SLocal
	Cond  Expr
	Body  []Stmt
	Post  []Stmt
}

// SLabeled is a labelled non-loop statement: a break to Label leaves Body.
type SLabeled struct {
	Label *Label
	Body  []Stmt
}

// SBreak leaves the loop, switch or labelled statement of Target.
type SBreak struct{ Target *Label }

// SContinue starts the next iteration of the loop of Target.
type SContinue struct{ Target *Label }

// SSwitch is a JavaScript switch: the first case whose Test is strictly equal
// to Tag is entered (the default case when none is), and control falls
// through the following bodies until a break.
type SSwitch struct {
	Label *Label
	Tag   Expr
	Cases []SwitchCase
}

// SwitchCase is one case; Test nil is the default case.
type SwitchCase struct {
	Test Expr
	Body []Stmt
}

// SReturn returns Value (nil: return undefined, or nothing in the program).
type SReturn struct{ Value Expr }

// SThrow throws Value.
type SThrow struct{ Value Expr }

// STry is try/catch/finally. Catch is the catch body (nil when there is no
// catch clause), Param the variable that receives the thrown value (nil for
// `catch {}`). Finally is nil when there is no finally clause.
// Exc holds the *rt.Exception caught; Completion the code of a jump
// (return, break, continue) that left the body or catch closure, which the
// code after the try (and its finally) carries on.
type STry struct {
	Body       []Stmt
	Param      *Var
	Catch      []Stmt
	Finally    []Stmt
	Exc        *Var
	Completion *Var
}

// EConst is a constant: undefined, null, a boolean, a number, a string or a
// BigInt, as its Kind says.
type EConst struct {
	Kind   ConstKind
	Number float64
	String []uint16 // strings (UTF-16: lone surrogates survive)
	Text   string   // BigInt digits
	Bool   bool
}

// ConstKind is the kind of an EConst.
type ConstKind uint8

const (
	ConstUndefined ConstKind = iota
	ConstNull
	ConstBool
	ConstNumber
	ConstString
	ConstBigInt
	ConstUninitialized // rt.Uninitialized: a binding in its temporal dead zone
	ConstHole          // an array hole
)

// EVar reads a variable.
type EVar struct{ Var *Var }

// ECall calls the runtime function Func (`rt.Func(Args...)`); Result is the
// Go type it returns. When Spread is set the last argument is a []rt.Value
// passed with `...`.
type ECall struct {
	Func   string
	Args   []Expr
	Result VarType
	Spread bool
}

// EMethod calls a method of a Go value: `Recv.Method(Args...)`.
type EMethod struct {
	Recv   Expr
	Method string
	Args   []Expr
	Result VarType
}

// EGoString is a Go string literal argument (callee texts, names).
type EGoString struct{ Value string }

// EGoStrings is a []string literal (the keys of an object literal).
type EGoStrings struct{ Values []string }

// EGoBool is a Go bool literal (flags such as strict).
type EGoBool struct{ Value bool }

// EGoInt is a Go int literal argument.
type EGoInt struct{ Value int }

// EKey is the constant property key rt.Key(Name).
type EKey struct{ Name string }

// ENot is Go's `!X` on a bool.
type ENot struct{ X Expr }

// ELogical is Go's `X && Y` (And) or `X || Y` on bools.
type ELogical struct {
	And  bool
	X, Y Expr
}

// ESlice is a []rt.Value literal.
type ESlice struct{ Items []Expr }

// EAppend is Go's append(Slice, Items...).
type EAppend struct {
	Slice Expr
	Items []Expr
}

// EFunc is a Go function literal.
type EFunc struct{ Func *Func }

// EInfo is the address of a FuncInfo's package-level variable.
type EInfo struct{ Info *FuncInfo }

// ETemplate is a template site's package-level variable.
type ETemplate struct{ Site *TemplateSite }

// EEq is Go's `X == Y` (comparing ints).
type EEq struct{ X, Y Expr }

// ENil is Go's nil.
type ENil struct{}

func (*SPos) isStmt()       {}
func (*SComment) isStmt()   {}
func (*SLocal) isStmt()     {}
func (*SAssign) isStmt()    {}
func (*SLocalPair) isStmt() {}
func (*SExpr) isStmt()      {}
func (*SBlock) isStmt()     {}
func (*SIf) isStmt()        {}
func (*SLoop) isStmt()      {}
func (*SLabeled) isStmt()   {}
func (*SBreak) isStmt()     {}
func (*SContinue) isStmt()  {}
func (*SSwitch) isStmt()    {}
func (*SReturn) isStmt()    {}
func (*SThrow) isStmt()     {}
func (*STry) isStmt()       {}

func (*EConst) isExpr()     {}
func (*EVar) isExpr()       {}
func (*ECall) isExpr()      {}
func (*EMethod) isExpr()    {}
func (*EGoString) isExpr()  {}
func (*EGoInt) isExpr()     {}
func (*EGoBool) isExpr()    {}
func (*EGoStrings) isExpr() {}
func (*EKey) isExpr()       {}
func (*ENot) isExpr()       {}
func (*ELogical) isExpr()   {}
func (*ESlice) isExpr()     {}
func (*EAppend) isExpr()    {}
func (*EFunc) isExpr()      {}
func (*EInfo) isExpr()      {}
func (*ETemplate) isExpr()  {}
func (*EEq) isExpr()        {}
func (*ENil) isExpr()       {}

// TypeOf is the Go type of an expression.
func TypeOf(e Expr) VarType {
	switch e := e.(type) {
	case *EVar:
		return e.Var.Type
	case *ECall:
		return e.Result
	case *EMethod:
		return e.Result
	case *ENot, *ELogical, *EEq, *EGoBool:
		return TBool
	}
	return TValue
}
