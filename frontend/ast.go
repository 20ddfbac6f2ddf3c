// Package frontend turns JavaScript source into a bound AST: lexing (tdewolff's
// lexer), parsing into the node types below, scope binding and early errors.
package frontend

// Loc is a byte offset into Source.Text; it becomes line:col only when printed.
type Loc int32

// Range is a half-open byte range [Loc, Loc+Len) of the source.
type Range struct {
	Loc Loc
	Len int32
}

// End is the offset just past the range.
func (r Range) End() Loc { return r.Loc + Loc(r.Len) }

// AST is one parsed and bound source file.
type AST struct {
	Source   *Source
	Body     []Stmt
	IsModule bool   // an ES module: a .mjs file, or a .js file only valid as one (node 20 detects module syntax)
	Scope    *Scope // the module scope (ES module) or the CommonJS wrapper function's scope (script)
	Strict   bool   // "use strict" directive at top level, or a module

	Hashbang   string     // "#!..." first line, without the newline
	Directives []string   // the top-level directive prologue, e.g. "use strict"
	HasAwait   bool       // a module with top-level await
	UsesEval   []Loc      // locations of direct eval calls (lower reports them unsupported)
	Imports    []*SImport // all import declarations in source order
	Exports    []Stmt     // all export statements in source order
	Symbols    []*Symbol  // every declared symbol, in declaration order
	Unbound    []*Symbol  // symbols created for unresolved (global) names
}

// Expr is an expression node: its position and its kind-specific data.
type Expr struct {
	Loc  Loc
	Data E
}

// E is implemented by every expression node type (*EBinary, *ECall, ...).
type E interface{ isExpr() }

// Stmt is a statement node: its position and its kind-specific data.
type Stmt struct {
	Loc  Loc
	Data S
}

// S is implemented by every statement node type (*SIf, *SFor, ...).
type S interface{ isStmt() }

// Binding is a binding target (declaration or parameter pattern).
type Binding struct {
	Loc  Loc
	Data B
}

// B is implemented by *BIdentifier, *BArray, *BObject and *BMissing.
type B interface{ isBinding() }

// ---------------------------------------------------------------------------
// Bindings

// BMissing is an elision hole in an array pattern: `[, a]`.
type BMissing struct{}

// BIdentifier binds one name.
type BIdentifier struct {
	Name string
	Ref  *Symbol // the declared symbol, set by binding
	// With is, for a var declared with an initialiser inside a `with` body,
	// the innermost such body: the initialiser assigns through its objects.
	With *Scope
}

// BArray is an array pattern `[a, b = 1, ...rest]`.
type BArray struct {
	Items        []ArrayBindingItem
	HasSpread    bool // the last item is `...rest`
	IsSingleLine bool
}

// ArrayBindingItem is one element of an array pattern; DefaultValue may be nil.
type ArrayBindingItem struct {
	Binding      Binding
	DefaultValue *Expr
}

// BObject is an object pattern `{a, b: c = 1, [k]: d, ...rest}`.
type BObject struct {
	Properties []PropertyBinding
}

// PropertyBinding is one property of an object pattern.
type PropertyBinding struct {
	Loc          Loc
	Key          Expr // EString for plain keys, any expression when IsComputed
	Value        Binding
	DefaultValue *Expr // nil when absent
	IsComputed   bool
	IsSpread     bool // `...rest`: Key is unused
	IsShorthand  bool // `{a}` / `{a = 1}`
}

func (*BMissing) isBinding()    {}
func (*BIdentifier) isBinding() {}
func (*BArray) isBinding()      {}
func (*BObject) isBinding()     {}

// ---------------------------------------------------------------------------
// Operators

// OpCode is a unary, binary or assignment operator.
type OpCode uint8

const (
	// Prefix unary
	UnOpPos    OpCode = iota // +x
	UnOpNeg                  // -x
	UnOpCpl                  // ~x
	UnOpNot                  // !x
	UnOpVoid                 // void x
	UnOpTypeof               // typeof x
	UnOpDelete               // delete x

	// Prefix and postfix update
	UnOpPreDec  // --x
	UnOpPreInc  // ++x
	UnOpPostDec // x--
	UnOpPostInc // x++

	// Binary, left-to-right unless noted
	BinOpAdd        // +
	BinOpSub        // -
	BinOpMul        // *
	BinOpDiv        // /
	BinOpRem        // %
	BinOpPow        // ** (right-associative)
	BinOpLt         // <
	BinOpLe         // <=
	BinOpGt         // >
	BinOpGe         // >=
	BinOpIn         // in
	BinOpInstanceof // instanceof
	BinOpShl        // <<
	BinOpShr        // >>
	BinOpUShr       // >>>
	BinOpLooseEq    // ==
	BinOpLooseNe    // !=
	BinOpStrictEq   // ===
	BinOpStrictNe   // !==
	BinOpNullish    // ??
	BinOpLogicalOr  // ||
	BinOpLogicalAnd // &&
	BinOpBitOr      // |
	BinOpBitAnd     // &
	BinOpBitXor     // ^
	BinOpComma      // ,

	// Assignment (all right-associative)
	BinOpAssign           // =
	BinOpAddAssign        // +=
	BinOpSubAssign        // -=
	BinOpMulAssign        // *=
	BinOpDivAssign        // /=
	BinOpRemAssign        // %=
	BinOpPowAssign        // **=
	BinOpShlAssign        // <<=
	BinOpShrAssign        // >>=
	BinOpUShrAssign       // >>>=
	BinOpBitOrAssign      // |=
	BinOpBitAndAssign     // &=
	BinOpBitXorAssign     // ^=
	BinOpNullishAssign    // ??=
	BinOpLogicalOrAssign  // ||=
	BinOpLogicalAndAssign // &&=
)

// OpText is each operator's source spelling.
var OpText = [...]string{
	UnOpPos: "+", UnOpNeg: "-", UnOpCpl: "~", UnOpNot: "!", UnOpVoid: "void", UnOpTypeof: "typeof",
	UnOpDelete: "delete", UnOpPreDec: "--", UnOpPreInc: "++", UnOpPostDec: "--", UnOpPostInc: "++",
	BinOpAdd: "+", BinOpSub: "-", BinOpMul: "*", BinOpDiv: "/", BinOpRem: "%", BinOpPow: "**",
	BinOpLt: "<", BinOpLe: "<=", BinOpGt: ">", BinOpGe: ">=", BinOpIn: "in", BinOpInstanceof: "instanceof",
	BinOpShl: "<<", BinOpShr: ">>", BinOpUShr: ">>>", BinOpLooseEq: "==", BinOpLooseNe: "!=",
	BinOpStrictEq: "===", BinOpStrictNe: "!==", BinOpNullish: "??", BinOpLogicalOr: "||",
	BinOpLogicalAnd: "&&", BinOpBitOr: "|", BinOpBitAnd: "&", BinOpBitXor: "^", BinOpComma: ",",
	BinOpAssign: "=", BinOpAddAssign: "+=", BinOpSubAssign: "-=", BinOpMulAssign: "*=",
	BinOpDivAssign: "/=", BinOpRemAssign: "%=", BinOpPowAssign: "**=", BinOpShlAssign: "<<=",
	BinOpShrAssign: ">>=", BinOpUShrAssign: ">>>=", BinOpBitOrAssign: "|=", BinOpBitAndAssign: "&=",
	BinOpBitXorAssign: "^=", BinOpNullishAssign: "??=", BinOpLogicalOrAssign: "||=",
	BinOpLogicalAndAssign: "&&=",
}

// IsPrefix reports a prefix unary or prefix update operator.
func (op OpCode) IsPrefix() bool { return op <= UnOpPreInc }

// IsUpdate reports ++/-- in either position.
func (op OpCode) IsUpdate() bool { return op >= UnOpPreDec && op <= UnOpPostInc }

// IsAssign reports = and every compound assignment.
func (op OpCode) IsAssign() bool { return op >= BinOpAssign }

// BinaryOfAssign maps a compound assignment to its binary operator (`+=` -> `+`);
// for `=` and non-assignments it returns op unchanged.
func (op OpCode) BinaryOfAssign() OpCode {
	switch op {
	case BinOpAddAssign:
		return BinOpAdd
	case BinOpSubAssign:
		return BinOpSub
	case BinOpMulAssign:
		return BinOpMul
	case BinOpDivAssign:
		return BinOpDiv
	case BinOpRemAssign:
		return BinOpRem
	case BinOpPowAssign:
		return BinOpPow
	case BinOpShlAssign:
		return BinOpShl
	case BinOpShrAssign:
		return BinOpShr
	case BinOpUShrAssign:
		return BinOpUShr
	case BinOpBitOrAssign:
		return BinOpBitOr
	case BinOpBitAndAssign:
		return BinOpBitAnd
	case BinOpBitXorAssign:
		return BinOpBitXor
	case BinOpNullishAssign:
		return BinOpNullish
	case BinOpLogicalOrAssign:
		return BinOpLogicalOr
	case BinOpLogicalAndAssign:
		return BinOpLogicalAnd
	}
	return op
}

// ---------------------------------------------------------------------------
// Expressions

// EArray is an array literal `[a, , ...b]`; holes are EMissing.
type EArray struct {
	Items        []Expr
	IsSingleLine bool
}

// EUnary is a prefix or postfix unary/update operation.
type EUnary struct {
	Op    OpCode
	Value Expr
}

// EBinary is a binary, logical, comma or assignment operation. For assignments
// Left is the target: EIdentifier, EDot, EIndex, EPrivateDot, or an EArray/EObject
// destructuring pattern (Left of `=` only).
type EBinary struct {
	Op    OpCode
	Left  Expr
	Right Expr
	OpLoc Loc // the operator token (V8 reports a failed `o.x.y = v` store at the `=`)
}

// EBoolean is `true` or `false`.
type EBoolean struct{ Value bool }

// ESuper is `super` as the callee of a call or the target of a property access.
type ESuper struct{}

// ENull is `null`.
type ENull struct{}

// EUndefined stands for `undefined` produced by the compiler (never from source:
// the identifier `undefined` is an EIdentifier).
type EUndefined struct{}

// EThis is `this`.
type EThis struct{}

// ENewTarget is `new.target`.
type ENewTarget struct{ Range Range }

// EImportMeta is `import.meta`.
type EImportMeta struct{}

// EImportCall is a dynamic `import(specifier)` (with an optional options argument).
type EImportCall struct {
	Expr    Expr
	Options *Expr
}

// OptionalChain marks a link in an optional chain `a?.b.c`.
type OptionalChain uint8

const (
	OptionalChainNone     OptionalChain = iota // not part of an optional chain
	OptionalChainStart                         // this node's `?.` starts a chain: `a?.b`
	OptionalChainContinue                      // inside a chain, after its start: `.c` in `a?.b.c`
)

// ENew is `new Target(args)`; Loc is the `new` keyword, as V8 reports it.
type ENew struct {
	Target  Expr
	Args    []Expr
	HasArgs bool // false for `new X` without parentheses
}

// ECall is a call. The Expr's Loc is the start of the callee; CallLoc is where V8
// reports the call in a stack trace: the callee for `f()`, the property name for
// `a.b()` and `a?.b()`, and the `(` otherwise (`a[b]()`, `a.b?.()`, `(0, f)()`).
type ECall struct {
	Target        Expr
	Args          []Expr
	OptionalChain OptionalChain
	IsDirectEval  bool // `eval(...)` where eval resolves to the global eval
	CallLoc       Loc  // the position V8 reports for this call in a stack trace
}

// EDot is a property access `a.b` / `a?.b`; NameLoc is the name's position.
type EDot struct {
	Target        Expr
	Name          string
	NameLoc       Loc
	OptionalChain OptionalChain
}

// EIndex is a computed property access `a[b]` / `a?.[b]`.
type EIndex struct {
	Target        Expr
	Index         Expr
	OptionalChain OptionalChain
	BracketLoc    Loc // the `[`, where V8 reports a failed access
}

// EPrivateDot is a private member access `a.#x` / `a?.#x`.
type EPrivateDot struct {
	Target        Expr
	Name          string // without '#'
	NameLoc       Loc
	Ref           *Symbol // the class's private name symbol
	OptionalChain OptionalChain
}

// EPrivateIn is `#x in obj`.
type EPrivateIn struct {
	Name  string // without '#'
	Ref   *Symbol
	Value Expr
}

// EArrow is an arrow function expression.
type EArrow struct{ Fn *Fn }

// EFunction is a function expression (including async and generator ones).
type EFunction struct{ Fn *Fn }

// EClass is a class expression.
type EClass struct{ Class *Class }

// EIdentifier is a use of a name.
type EIdentifier struct {
	Name     string
	Ref      *Symbol // the resolved declaration (an Unbound symbol for globals), set by binding
	MayBeTDZ bool    // a let/const/class (or parameter, in earlier defaults) use that may run before initialisation: lower must check
	// With is the innermost `with` body between this use and its binding
	// (nil when none): the name is looked up in those objects first.
	With *Scope
}

// EMissing is a hole in an array literal: `[1, , 2]`.
type EMissing struct{}

// ENumber is a numeric literal.
type ENumber struct {
	Value float64
	Raw   string // source text, for errors and diagnostics
}

// EBigInt is a BigInt literal `123n`; Value is the decimal digits (radix prefix resolved).
type EBigInt struct{ Value string }

// EObject is an object literal.
type EObject struct {
	Properties   []Property
	IsSingleLine bool
}

// ESpread is `...x` in an array literal, call arguments or `new` arguments.
type ESpread struct{ Value Expr }

// EString is a string literal; Value is UTF-16 so that lone surrogates survive.
type EString struct {
	Value       []uint16
	LegacyOctal bool // contained a legacy octal escape (strict-mode error)
	HasEscape   bool // any backslash escape (matters for directives and keywords)
}

// TemplatePart is one `${Value}tail` piece of a template literal.
type TemplatePart struct {
	Value   Expr
	TailLoc Loc
	Tail    []uint16 // cooked text; nil when the cooking failed (allowed in tagged templates)
	TailRaw string
}

// ETemplate is a template literal, tagged when Tag != nil.
type ETemplate struct {
	Tag     *Expr
	Head    []uint16 // cooked; nil when invalid escape in a tagged template
	HeadRaw string
	Parts   []TemplatePart
	CallLoc Loc // tagged: the template's start, where V8 reports the tag call
}

// ERegExp is a regular expression literal.
type ERegExp struct {
	Pattern string // between the slashes, as written
	Flags   string
}

// EAwait is `await value`.
type EAwait struct{ Value Expr }

// EYield is `yield`, `yield value` or `yield* value`; Value nil for a bare `yield`.
type EYield struct {
	Value  *Expr
	IsStar bool
}

// EIf is the conditional operator `test ? yes : no`.
type EIf struct {
	Test Expr
	Yes  Expr
	No   Expr
}

// EPrivateIdentifier is a bare private name, only as the key of a class member.
type EPrivateIdentifier struct {
	Name string // without '#'
	Ref  *Symbol
}

func (*EArray) isExpr()             {}
func (*EUnary) isExpr()             {}
func (*EBinary) isExpr()            {}
func (*EBoolean) isExpr()           {}
func (*ESuper) isExpr()             {}
func (*ENull) isExpr()              {}
func (*EUndefined) isExpr()         {}
func (*EThis) isExpr()              {}
func (*ENewTarget) isExpr()         {}
func (*EImportMeta) isExpr()        {}
func (*EImportCall) isExpr()        {}
func (*ENew) isExpr()               {}
func (*ECall) isExpr()              {}
func (*EDot) isExpr()               {}
func (*EIndex) isExpr()             {}
func (*EPrivateDot) isExpr()        {}
func (*EPrivateIn) isExpr()         {}
func (*EArrow) isExpr()             {}
func (*EFunction) isExpr()          {}
func (*EClass) isExpr()             {}
func (*EIdentifier) isExpr()        {}
func (*EMissing) isExpr()           {}
func (*ENumber) isExpr()            {}
func (*EBigInt) isExpr()            {}
func (*EObject) isExpr()            {}
func (*ESpread) isExpr()            {}
func (*EString) isExpr()            {}
func (*ETemplate) isExpr()          {}
func (*ERegExp) isExpr()            {}
func (*EAwait) isExpr()             {}
func (*EYield) isExpr()             {}
func (*EIf) isExpr()                {}
func (*EPrivateIdentifier) isExpr() {}

// ---------------------------------------------------------------------------
// Properties (object literals and class bodies)

// PropertyKind says what a Property is.
type PropertyKind uint8

const (
	PropertyNormal      PropertyKind = iota // `key: value` (object) or a field `key = value` (class)
	PropertyGet                             // `get key() {}`
	PropertySet                             // `set key(v) {}`
	PropertyMethod                          // `key() {}` (also async/generator methods)
	PropertySpread                          // `...value` in an object literal
	PropertyStaticBlock                     // `static { ... }` in a class body
)

// Property is a member of an object literal or a class body. Private members
// have an EPrivateIdentifier Key.
type Property struct {
	Loc         Loc
	Kind        PropertyKind
	Key         Expr  // EString/ENumber/EBigInt for literal keys, EPrivateIdentifier, or any expression when IsComputed
	Value       *Expr // the value or method (EFunction); nil for a class field without initialiser and for static blocks
	Initializer *Expr // for a shorthand `{a = 1}` in an assignment pattern (cover grammar)
	StaticBlock *ClassStaticBlock

	IsComputed  bool
	IsStatic    bool // class members only
	IsShorthand bool // `{a}`
	IsMethod    bool // method syntax (Kind Method/Get/Set), so `__proto__` rules and naming apply
}

// IsPrivate reports a `#name` member.
func (p *Property) IsPrivate() bool {
	_, ok := p.Key.Data.(*EPrivateIdentifier)
	return ok
}

// ClassStaticBlock is `static { ... }`; it has its own function-like scope.
type ClassStaticBlock struct {
	Loc   Loc
	Body  []Stmt
	Scope *Scope
}

// Class is a class declaration or expression.
type Class struct {
	Loc          Loc      // the `class` keyword
	Name         *Binding // nil for anonymous class expressions
	InferredName string   // from `const A = class {}` / property keys, for the `name` property
	Extends      *Expr
	Properties   []Property
	Ctor         *Property // the `constructor` method among Properties, if declared
	Scope        *Scope    // the class scope (holds the inner name binding and private names)
	Range        Range     // source text of the whole class, for Function.prototype.toString
	BodyLoc      Loc       // the `{`
}

// ---------------------------------------------------------------------------
// Functions

// Arg is one formal parameter; Default is nil when absent.
type Arg struct {
	Binding Binding
	Default *Expr
}

// Fn is any function: declaration, expression, arrow, method, getter/setter,
// constructor. Flags are set by the parser and the binder.
type Fn struct {
	Name         *Binding // the declared name (declarations and named expressions); nil otherwise
	InferredName string   // the `name` property: declared name, or inferred from `const f = () => ...`, a key, etc.
	Args         []Arg
	HasRestArg   bool // the last Arg is `...rest`
	Body         []Stmt
	ExprBody     bool // an arrow with a concise body: Body is one SReturn
	Directives   []string

	Loc     Loc   // start of the function (the `async`/`function` keyword, the first param of an arrow, or the method key)
	Range   Range // [Start,End) source text for Function.prototype.toString
	BodyLoc Loc   // the `{` (or the expression of a concise arrow body)

	IsAsync       bool
	IsGenerator   bool
	IsArrow       bool
	IsMethod      bool // object/class method, getter, setter or constructor: has [[HomeObject]], not a constructor
	IsGetter      bool
	IsSetter      bool
	IsConstructor bool // a class constructor
	IsDerivedCtor bool // a class constructor of a class with `extends`
	IsClassMember bool // declared in a class body (fields' initialisers are separate)
	IsDecl        bool // a function declaration statement

	Strict          bool // strict-mode code (inherited or from its own "use strict")
	HasSimpleParams bool // no defaults, no patterns, no rest
	UsesArguments   bool // `arguments` refers to this function's arguments object
	UsesThis        bool // `this` (directly or from nested arrows) refers to this function's this
	UsesNewTarget   bool // `new.target` refers to this function's
	UsesSuperProp   bool // `super.x` inside (or in nested arrows)
	UsesSuperCall   bool // `super(...)` inside (or in nested arrows)
	HasAwait        bool // contains an `await` (or `for await`) of its own
	HasYield        bool // contains a `yield` of its own
	HasDirectEval   bool // contains a direct `eval(...)` call

	// Provider is, for an arrow, the closest enclosing non-arrow function whose
	// this/arguments/new.target/super the arrow uses (nil at top level); for other
	// functions it is the function itself.
	Provider *Fn
	Parent   *Fn // the closest enclosing function of any kind (nil at top level)

	ArgumentsRef *Symbol // the implicit `arguments` symbol, when used
	Scope        *Scope  // the function scope: parameters (and the body's var declarations)
	BodyScope    *Scope  // the body's lexical scope when parameters have expressions; otherwise == Scope
}

// ---------------------------------------------------------------------------
// Statements

// SBlock is `{ ... }`.
type SBlock struct {
	Stmts []Stmt
	Scope *Scope
}

// SEmpty is `;`.
type SEmpty struct{}

// SDebugger is `debugger;`.
type SDebugger struct{}

// SDirective is a directive prologue entry such as "use strict": a string
// expression statement at the start of a body, which evaluates to nothing.
type SDirective struct {
	Value       []uint16
	Raw         string
	LegacyOctal bool
}

// SExpr is an expression statement.
type SExpr struct{ Value Expr }

// LocalKind is the kind of a variable declaration.
type LocalKind uint8

const (
	LocalVar LocalKind = iota
	LocalLet
	LocalConst
	LocalUsing      // `using` (explicit resource management), reserved for later
	LocalAwaitUsing // `await using`, reserved for later
)

// Decl is one `binding = value` of a variable declaration; Value may be nil.
type Decl struct {
	Binding Binding
	Value   *Expr
}

// SLocal is a `var`/`let`/`const` declaration statement.
type SLocal struct {
	Kind     LocalKind
	Decls    []Decl
	IsExport bool
}

// SFunction is a function declaration.
type SFunction struct {
	Fn       *Fn
	IsExport bool
	IsAnnexB bool    // a sloppy-mode function in a block, also hoisted as a var (Annex B.3.3)
	VarRef   *Symbol // the function-scope var symbol that Annex B copies into, when IsAnnexB
}

// SClass is a class declaration.
type SClass struct {
	Class    *Class
	IsExport bool
}

// SLabel is `name: stmt`.
type SLabel struct {
	Name    string
	NameLoc Loc
	Stmt    Stmt
}

// SIf is `if (test) yes else no`; No is nil when absent.
type SIf struct {
	Test Expr
	Yes  Stmt
	No   *Stmt
}

// SFor is `for (init; test; update) body`; each of Init/Test/Update may be nil.
// Init is an SLocal or SExpr.
type SFor struct {
	Init   *Stmt
	Test   *Expr
	Update *Expr
	Body   Stmt
	Scope  *Scope // the loop head's scope (for `let` heads)
	// PerIterationLets: the head declares let/const bindings that a closure captures,
	// so each iteration needs fresh copies (the spec's CreatePerIterationEnvironment).
	PerIterationLets bool
}

// SForIn is `for (init in value) body`; Init is an SLocal (one Decl, no value unless
// the sloppy-mode `for (var a = 1 in o)` legacy form) or an SExpr holding the target.
type SForIn struct {
	Init             Stmt
	Value            Expr
	Body             Stmt
	Scope            *Scope
	PerIterationLets bool
}

// SForOf is `for (init of value) body` or `for await (init of value) body`.
type SForOf struct {
	Init             Stmt
	Value            Expr
	Body             Stmt
	IsAwait          bool
	Scope            *Scope
	PerIterationLets bool
}

// SDoWhile is `do body while (test)`.
type SDoWhile struct {
	Body Stmt
	Test Expr
}

// SWhile is `while (test) body`.
type SWhile struct {
	Test Expr
	Body Stmt
}

// SWith is `with (value) body` (sloppy mode only; lower reports it unsupported).
type SWith struct {
	Value Expr
	Body  Stmt
	Scope *Scope
}

// Catch is the `catch (binding) { body }` clause; Binding nil for `catch {}`.
type Catch struct {
	Loc       Loc
	Binding   *Binding
	Body      []Stmt
	Scope     *Scope // holds the catch parameter
	BodyScope *Scope // the block's own lexical scope
}

// Finally is the `finally { body }` clause.
type Finally struct {
	Loc   Loc
	Body  []Stmt
	Scope *Scope
}

// STry is `try {} catch {} finally {}`; Catch or Finally may be nil, not both.
type STry struct {
	Body      []Stmt
	BodyScope *Scope
	Catch     *Catch
	Finally   *Finally
}

// Case is one `case test:` (Test nil for `default:`) of a switch.
type Case struct {
	Loc  Loc
	Test *Expr
	Body []Stmt
}

// SSwitch is `switch (test) { cases }`; the case bodies share one block scope.
type SSwitch struct {
	Test  Expr
	Cases []Case
	Scope *Scope
}

// SReturn is `return value;`; Value nil for a bare `return`.
type SReturn struct{ Value *Expr }

// SThrow is `throw value;`; the Stmt's Loc is the `throw` keyword, as V8 reports it.
type SThrow struct{ Value Expr }

// SBreak is `break label;` (Label "" when absent).
type SBreak struct {
	Label    string
	LabelLoc Loc
}

// SContinue is `continue label;` (Label "" when absent).
type SContinue struct {
	Label    string
	LabelLoc Loc
}

// ImportSpecifier is `name as alias` in an import or export clause. For imports
// Binding holds the local name; for exports Local is the local name (or the
// re-exported name) and Name the exported name. Names may be string literals.
type ImportSpecifier struct {
	Loc     Loc
	Name    string  // imported name (import) / exported name (export)
	Local   string  // local name
	Binding Binding // import only: the local binding
}

// SImport is an import declaration:
// `import def, * as ns from "m"`, `import def, {a as b} from "m"`, `import "m"`.
type SImport struct {
	Default    *Binding // `def`
	Namespace  *Binding // `* as ns`
	Items      []ImportSpecifier
	HasItems   bool // had a `{...}` clause, even empty
	Path       string
	PathLoc    Loc
	Attributes []ImportAttribute // `with { type: "json" }`
}

// ImportAttribute is one `key: "value"` of an import/export `with` clause.
type ImportAttribute struct {
	Key   string
	Value string
}

// SExportClause is `export { a, b as c };` (no `from`).
type SExportClause struct {
	Items []ImportSpecifier
}

// SExportFrom is `export { a as b } from "m"`.
type SExportFrom struct {
	Items      []ImportSpecifier
	Path       string
	PathLoc    Loc
	Attributes []ImportAttribute
}

// SExportStar is `export * from "m"` or `export * as ns from "m"` (Alias "" for the first).
type SExportStar struct {
	Alias      string
	Path       string
	PathLoc    Loc
	Attributes []ImportAttribute
}

// SExportDefault is `export default value` where Value is an expression statement
// or a (possibly anonymous) SFunction/SClass declaration.
type SExportDefault struct {
	DefaultLoc Loc // the `default` keyword
	Value      Stmt
	Ref        *Symbol // the module-local binding holding the default value ("*default*" when anonymous)
}

func (*SBlock) isStmt()         {}
func (*SEmpty) isStmt()         {}
func (*SDebugger) isStmt()      {}
func (*SDirective) isStmt()     {}
func (*SExpr) isStmt()          {}
func (*SLocal) isStmt()         {}
func (*SFunction) isStmt()      {}
func (*SClass) isStmt()         {}
func (*SLabel) isStmt()         {}
func (*SIf) isStmt()            {}
func (*SFor) isStmt()           {}
func (*SForIn) isStmt()         {}
func (*SForOf) isStmt()         {}
func (*SDoWhile) isStmt()       {}
func (*SWhile) isStmt()         {}
func (*SWith) isStmt()          {}
func (*STry) isStmt()           {}
func (*SSwitch) isStmt()        {}
func (*SReturn) isStmt()        {}
func (*SThrow) isStmt()         {}
func (*SBreak) isStmt()         {}
func (*SContinue) isStmt()      {}
func (*SImport) isStmt()        {}
func (*SExportClause) isStmt()  {}
func (*SExportFrom) isStmt()    {}
func (*SExportStar) isStmt()    {}
func (*SExportDefault) isStmt() {}

// ---------------------------------------------------------------------------
// Scopes and symbols

// SymbolKind is what declared a symbol.
type SymbolKind uint8

const (
	SymUnbound       SymbolKind = iota // an undeclared name: a global property lookup
	SymVar                             // `var`
	SymLet                             // `let`
	SymConst                           // `const`
	SymClass                           // a class declaration (outer, mutable binding)
	SymClassInner                      // a class's own name inside its body (immutable)
	SymFunction                        // a function declaration
	SymFunctionExpr                    // a named function expression's own name (immutable, sloppy writes ignored)
	SymParam                           // a formal parameter
	SymCatch                           // a catch clause parameter
	SymImport                          // an import binding (immutable, live)
	SymArguments                       // a function's implicit `arguments`
	SymPrivateField                    // `#x` field
	SymPrivateMethod                   // `#x()` method
	SymPrivateGetter                   // `get #x()`
	SymPrivateSetter                   // `set #x()`
	SymPrivateGetSet                   // `get #x` and `set #x` pair
	SymHoisted                         // Annex B: a block function's var-scoped copy
)

// IsLexical reports let/const/class bindings (the ones with a TDZ).
func (k SymbolKind) IsLexical() bool {
	return k == SymLet || k == SymConst || k == SymClass || k == SymClassInner
}

// IsPrivate reports a private class member name.
func (k SymbolKind) IsPrivate() bool { return k >= SymPrivateField && k <= SymPrivateGetSet }

// Symbol is one declared name (or one global name). Every EIdentifier and
// BIdentifier points at one.
type Symbol struct {
	Name  string
	Kind  SymbolKind
	Scope *Scope
	Loc   Loc // the declaration (first use for unbound names)

	Captured          bool // used or assigned from a function nested inside its declaring function
	AssignedAfterDecl bool // assigned other than by a let/const/class/function/param declaration (a var's initialiser counts)
	IsStatic          bool // private names: a static member
	UseCount          int  // number of EIdentifier uses
	Index             int  // position in AST.Symbols

	initialized bool // binding: its declaration has been evaluated at this point of the walk
	initOrder   int  // binding: the walk step at which it became initialised
	fnScope     *Scope
}

// ScopeKind is what created a scope.
type ScopeKind uint8

const (
	ScopeModule           ScopeKind = iota // an ES module's top level
	ScopeScript                            // a CommonJS file's top level (node's wrapper function)
	ScopeFunction                          // a function's parameters (and body, when the parameters are simple)
	ScopeFunctionBody                      // a function body when parameters have expressions
	ScopeBlock                             // a block, switch body, or loop body
	ScopeFor                               // a for/for-in/for-of head declaring let/const
	ScopeCatch                             // a catch clause's parameter
	ScopeClass                             // a class body (its name and private names)
	ScopeClassStaticBlock                  // a `static {}` block
	ScopeWith                              // a `with` body
	ScopeSwitch                            // a switch statement's case block (one scope for all cases)
	ScopeFunctionName                      // a named function expression's own name, between its parent and its parameters
	ScopeFieldInit                         // a class field's initialiser (runs later, in the constructor)
)

// Scope is a lexical environment. Members maps names declared directly here.
type Scope struct {
	Kind     ScopeKind
	Parent   *Scope
	Children []*Scope
	Members  map[string]*Symbol
	Fn       *Fn // the innermost enclosing function, arrows included (nil at top level, in static blocks and field initialisers)
	Loc      Loc

	Strict             bool
	ContainsDirectEval bool
	// CapturedLets: a let/const declared here is captured by a closure; for loop heads
	// this means per-iteration copies.
	CapturedLets bool

	catchPattern bool // a catch scope whose parameter is a destructuring pattern
}

// ---------------------------------------------------------------------------
// Helpers for consumers

// IsFunctionScope reports scopes that hold `var` declarations.
func (s *Scope) IsFunctionScope() bool {
	switch s.Kind {
	case ScopeModule, ScopeScript, ScopeFunction, ScopeFunctionBody, ScopeClassStaticBlock:
		return true
	}
	return false
}
