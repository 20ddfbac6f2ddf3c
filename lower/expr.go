package lower

import (
	"math"
	"path/filepath"
	"slices"
	"strconv"

	js "github.com/js2go/js2go/frontend"
)

// Expressions become runtime calls. Whatever JavaScript evaluates
// conditionally (&&, ||, ??, ?:, optional chains) or for effect (assignment,
// ++, the comma operator) becomes statements, and the expression that
// remains reads a temporary. Operands keep JavaScript's left-to-right order:
// see ordered.

// binaryCalls maps an arithmetic operator to its runtime function.
var binaryCalls = map[js.OpCode]string{
	js.BinOpAdd: "Add", js.BinOpSub: "Sub", js.BinOpMul: "Mul", js.BinOpDiv: "Div",
	js.BinOpRem: "Mod", js.BinOpPow: "Exp", js.BinOpShl: "Shl", js.BinOpShr: "Shr",
	js.BinOpUShr: "UShr", js.BinOpBitAnd: "BitAnd", js.BinOpBitOr: "BitOr", js.BinOpBitXor: "BitXor",
}

// compareCalls maps a comparison to its runtime function (returning bool).
var compareCalls = map[js.OpCode]string{
	js.BinOpLt: "Lt", js.BinOpLe: "Le", js.BinOpGt: "Gt", js.BinOpGe: "Ge",
	js.BinOpLooseEq: "LooseEquals", js.BinOpStrictEq: "StrictEquals",
	js.BinOpLooseNe: "LooseEquals", js.BinOpStrictNe: "StrictEquals",
}

// exprStmt lowers an expression evaluated for its effects only.
func (l *lowerer) exprStmt(e js.Expr) {
	switch d := e.Data.(type) {
	case *js.EBinary:
		switch {
		case d.Op.IsAssign():
			l.assign(d, e.Loc, true)
			return
		case d.Op == js.BinOpComma:
			l.exprStmt(d.Left)
			l.exprStmt(d.Right)
			return
		case d.Op == js.BinOpLogicalAnd || d.Op == js.BinOpLogicalOr || d.Op == js.BinOpNullish:
			left := l.expr(d.Left)
			yes := l.into(func() { l.exprStmt(d.Right) })
			l.emit(&SIf{Cond: logicalTest(d.Op, left), Yes: yes})
			return
		}
	case *js.EUnary:
		if d.Op.IsUpdate() {
			l.update(d, true)
			return
		}
		if d.Op == js.UnOpVoid {
			l.exprStmt(d.Value)
			return
		}
	case *js.EIf:
		cond := toBool(l.expr(d.Test))
		yes := l.into(func() { l.exprStmt(d.Yes) })
		no := l.into(func() { l.exprStmt(d.No) })
		l.emit(&SIf{Cond: cond, Yes: yes, No: no})
		return
	}
	l.effect(l.expr(e))
}

// effect emits an expression's evaluation when it can have an effect.
func (l *lowerer) effect(x Expr) {
	switch x := x.(type) {
	case *EConst, *EVar, *EFunc, *EKey, *EGoString, *EGoInt:
		return
	case *ECall:
		if x.Func == "Bool" {
			l.effect(x.Args[0])
			return
		}
	case *ENot:
		l.effect(x.X)
		return
	}
	l.emit(&SExpr{Value: x})
}

// logicalTest is the Go condition under which the right side of &&, || or
// ?? runs, given the left value (which it may read twice: a variable).
func logicalTest(op js.OpCode, left Expr) Expr {
	switch op {
	case js.BinOpLogicalAnd:
		return toBool(left)
	case js.BinOpLogicalOr:
		return &ENot{X: toBool(left)}
	}
	return &EMethod{Recv: left, Method: "IsNullish", Result: TBool}
}

// expr lowers an expression to a Value expression.
func (l *lowerer) expr(e js.Expr) Expr {
	switch d := e.Data.(type) {
	case *js.ENumber:
		return numConst(d.Value)
	case *js.EString:
		return strConst16(d.Value)
	case *js.EBoolean:
		return boolConst(d.Value)
	case *js.ENull:
		return null
	case *js.EUndefined:
		return undefined
	case *js.EBigInt:
		return &EConst{Kind: ConstBigInt, Text: d.Value}
	case *js.ERegExp:
		return call("ObjectValue", callT(TObject, "NewRegExp", goStr(d.Pattern), goStr(d.Flags)))
	case *js.EIdentifier:
		return l.identifier(e.Loc, d)
	case *js.EThis:
		return l.this()
	case *js.ENewTarget:
		st := l.thisVar()
		if st.newTarget == nil {
			return undefined
		}
		return read(st.newTarget)
	case *js.EArray:
		return l.array(d.Items)
	case *js.EObject:
		return l.object(d)
	case *js.EFunction:
		return l.function(d.Fn)
	case *js.EArrow:
		return l.function(d.Fn)
	case *js.EClass:
		return l.classExpr(d.Class)
	case *js.ETemplate:
		return l.template(e.Loc, d)
	case *js.EUnary:
		return l.unary(e, d)
	case *js.EBinary:
		return l.binary(e, d)
	case *js.EIf:
		cond := toBool(l.expr(d.Test))
		t := l.newVar("cond", TValue)
		l.emit(&SLocal{Var: t})
		yes := l.into(func() { l.emit(&SAssign{Var: t, Value: l.expr(d.Yes)}) })
		no := l.into(func() { l.emit(&SAssign{Var: t, Value: l.expr(d.No)}) })
		l.emit(&SIf{Cond: cond, Yes: yes, No: no})
		return read(t)
	case *js.ECall:
		return l.callExpr(e, d)
	case *js.ENew:
		return l.newExpr(e, d)
	case *js.EDot, *js.EIndex, *js.EPrivateDot:
		return l.chain(e, func() Expr { return l.member(e) })
	case *js.EPrivateIn:
		v := l.expr(d.Value)
		return call("Bool", callT(TBool, "PrivateIn", read(l.privateVar(e.Loc, d.Ref)), v))
	case *js.EAwait:
		return l.await(e, d)
	case *js.EYield:
		return l.yield(e, d) // generator.go
	case *js.EImportCall:
		l.unsupported(e.Loc, "dynamic import()")
	case *js.EImportMeta:
		return l.importMeta() // module.go
	case *js.ESuper:
		l.syntaxError(e.Loc, "'super' keyword unexpected here")
	case *js.ESpread:
		l.syntaxError(e.Loc, "Unexpected token '...'")
	}
	l.unsupported(e.Loc, "this expression")
	return nil
}

// identifier reads a name: a property of a with object, a Go local, or a
// global property.
func (l *lowerer) identifier(loc js.Loc, d *js.EIdentifier) Expr {
	if d.With != nil {
		return l.withRead(loc, d)
	}
	return l.plainIdentifier(loc, d)
}

// plainIdentifier reads a name as if no with statement were around it.
func (l *lowerer) plainIdentifier(loc js.Loc, d *js.EIdentifier) Expr {
	s := d.Ref
	if isLocal(s) {
		v := l.varOf(s)
		if l.unbound[s] {
			// A parameter read in its own default or an earlier one's: its
			// variable may already hold the argument, but it is not bound yet.
			return &EMethod{Recv: &EConst{Kind: ConstUninitialized}, Method: "CheckInit", Args: []Expr{goStr(d.Name)}, Result: TValue}
		}
		if d.MayBeTDZ {
			return &EMethod{Recv: read(v), Method: "CheckInit", Args: []Expr{goStr(d.Name)}, Result: TValue}
		}
		return l.readLocal(s, v)
	}
	if l.ast.IsModule && commonJSNames[d.Name] {
		// A module has no CommonJS wrapper (module.go).
		return call("GetGlobal", goStr(d.Name))
	}
	switch d.Name {
	case "undefined":
		return undefined
	case "NaN":
		return numConst(math.NaN())
	case "Infinity":
		return numConst(math.Inf(1))
	case "module":
		return read(l.cjsVar(&l.cjs.module, "module"))
	case "exports":
		l.cjsVar(&l.cjs.module, "module")
		return read(l.cjsVar(&l.cjs.exports, "exports"))
	case "require":
		return read(l.cjsVar(&l.cjs.require, "require"))
	case "__filename":
		return strConst(l.src.Path)
	case "__dirname":
		return strConst(filepath.Dir(l.src.Path))
	}
	return call("GetGlobal", goStr(d.Name))
}

// ordered lowers operands left to right. Statements emitted by a later
// operand would run before the Go expression of an earlier one, so the
// earlier ones are spilled into temporaries; so is a read of a variable a
// closure may assign when a later operand calls anything, since Go does not
// order such a read against the calls of the same expression.
func (l *lowerer) ordered(parts ...func() Expr) []Expr {
	out := make([]Expr, len(parts))
	// Where each operand's statements ended: an optional chain may have
	// moved lowering into a nested block meanwhile.
	endBlocks := make([]*[]Stmt, len(parts))
	ends := make([]int, len(parts))
	last := -1
	for i, p := range parts {
		block, start := l.fn.block, len(*l.fn.block)
		out[i] = p()
		endBlocks[i], ends[i] = l.fn.block, len(*l.fn.block)
		if l.fn.block != block || ends[i] > start {
			last = i
		}
	}
	calls := false
	for i := len(parts) - 1; i >= 0; i-- {
		spill := i < last && !isConst(out[i])
		if !spill && calls {
			if v, ok := out[i].(*EVar); ok && v.Var.Captured {
				// The read now happens before the Go expression: the
				// operands before it must be evaluated before it too.
				spill, last = true, i
			}
		}
		calls = calls || hasCall(out[i])
		if !spill {
			continue
		}
		t := l.newVar("t", TypeOf(out[i]))
		block := *endBlocks[i]
		tail := append([]Stmt{&SLocal{Var: t, Value: out[i]}}, block[ends[i]:]...)
		*endBlocks[i] = append(block[:ends[i]], tail...)
		out[i] = read(t)
	}
	return out
}

// isConst reports an expression no statement can change.
func isConst(e Expr) bool {
	switch e := e.(type) {
	case *EConst, *EKey, *EGoString, *EGoInt, *EInfo, *EFunc, *ENil:
		return true
	case *ECall:
		if e.Func == "Key" || e.Func == "Bool" {
			for _, a := range e.Args {
				if !isConst(a) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// hasCall reports an expression that calls into the runtime.
func hasCall(e Expr) bool {
	switch e.(type) {
	case *ECall, *EMethod:
		return true
	}
	return false
}

// exprs lowers a list of expressions in order.
func (l *lowerer) exprs(list []js.Expr) []Expr {
	parts := make([]func() Expr, len(list))
	for i := range list {
		e := list[i]
		parts[i] = func() Expr { return l.expr(e) }
	}
	return l.ordered(parts...)
}

// hasSpread reports a spread element in a list.
func hasSpread(list []js.Expr) bool {
	for _, e := range list {
		if _, ok := e.Data.(*js.ESpread); ok {
			return true
		}
	}
	return false
}

// argList lowers call arguments (or array elements) with spread: the result
// is one []rt.Value expression built with rt.AppendSpread.
func (l *lowerer) argList(list []js.Expr) Expr {
	parts := make([]func() Expr, len(list))
	for i := range list {
		e := list[i]
		parts[i] = func() Expr {
			if s, ok := e.Data.(*js.ESpread); ok {
				return l.expr(s.Value)
			}
			if _, ok := e.Data.(*js.EMissing); ok {
				return &EConst{Kind: ConstHole}
			}
			return l.expr(e)
		}
	}
	vals := l.ordered(parts...)
	var acc Expr = &ESlice{}
	var pending []Expr
	flush := func() {
		if len(pending) > 0 {
			if s, ok := acc.(*ESlice); ok && len(s.Items) == 0 {
				acc = &ESlice{Items: pending}
			} else {
				acc = &EAppend{Slice: acc, Items: pending}
			}
			pending = nil
		}
	}
	for i, e := range list {
		if s, ok := e.Data.(*js.ESpread); ok {
			flush()
			acc = &ECall{Func: "AppendSpread", Args: []Expr{acc, goStr(l.calleeText(s.Value)), vals[i]}, Result: TArgs}
			continue
		}
		pending = append(pending, vals[i])
	}
	flush()
	return acc
}

// array lowers an array literal.
func (l *lowerer) array(items []js.Expr) Expr {
	if hasSpread(items) {
		return &ECall{Func: "ArrayOf", Args: []Expr{l.argList(items)}, Spread: true}
	}
	parts := make([]func() Expr, len(items))
	for i := range items {
		e := items[i]
		parts[i] = func() Expr {
			if _, ok := e.Data.(*js.EMissing); ok {
				return &EConst{Kind: ConstHole}
			}
			return l.expr(e)
		}
	}
	return call("ArrayOf", l.ordered(parts...)...)
}

// args lowers call arguments: either a list of Go arguments, or (with
// spread) a slice passed with `...`.
func (l *lowerer) args(list []js.Expr) (args []Expr, spread bool) {
	if hasSpread(list) {
		return []Expr{l.argList(list)}, true
	}
	return l.exprs(list), false
}

// object lowers an object literal: the object is made first, then each
// property defined in source order.
func (l *lowerer) object(d *js.EObject) Expr {
	if simpleObject(d) {
		// Only `key: value` properties: one call taking keys and values.
		keys := make([]string, len(d.Properties))
		values := make([]js.Expr, len(d.Properties))
		for i, p := range d.Properties {
			keys[i] = keyName(p)
			if p.Value == nil {
				values[i] = p.Key
			} else {
				values[i] = *p.Value
			}
		}
		return call("ObjectLiteral", append([]Expr{&EGoStrings{Values: keys}}, l.exprs(values)...)...)
	}
	obj := l.temp("obj", callT(TObject, "NewPlainObject"))
	for _, p := range d.Properties {
		l.property(obj, p, false)
	}
	return call("ObjectValue", read(obj))
}

// simpleObject reports an object literal of `key: value` properties with
// distinct literal keys (not __proto__) and values that are not methods.
func simpleObject(d *js.EObject) bool {
	seen := map[string]bool{}
	for _, p := range d.Properties {
		if p.Kind != js.PropertyNormal || p.IsComputed || p.IsMethod || p.Value == nil && !p.IsShorthand {
			return false
		}
		k := keyName(p)
		if k == "__proto__" || seen[k] {
			return false
		}
		if _, isIndex := arrayIndexKey(k); isIndex {
			return false
		}
		seen[k] = true
	}
	return true
}

// arrayIndexKey reports a key that is an array index (they sort first).
func arrayIndexKey(k string) (uint64, bool) {
	if k == "" || len(k) > 1 && k[0] == '0' {
		return 0, false
	}
	n, err := strconv.ParseUint(k, 10, 32)
	return n, err == nil && n < 1<<32-1
}

// property defines one property of an object literal (or, isClass, a class
// method on obj, the prototype or the constructor).
func (l *lowerer) property(obj *Var, p js.Property, isClass bool) {
	if p.Kind == js.PropertySpread {
		l.emit(&SExpr{Value: call("SpreadInto", read(obj), l.expr(*p.Value))})
		return
	}
	k := l.propertyKey(p)
	if p.IsComputed {
		k = read(l.temp("key", k))
	}
	value := func() Expr {
		if p.Value == nil {
			return undefined
		}
		// A method's super looks in the object it is defined on.
		l.nextHome = obj
		l.owner = l.ownerName
		if l.owner == "" {
			l.owner = "Object"
		}
		v := l.expr(*p.Value)
		l.nextHome, l.owner = nil, ""
		if p.IsComputed && isAnonymousFunction(*p.Value) {
			// An anonymous function under a computed key is named by the
			// key's value, known only at run time.
			prefix := map[js.PropertyKind]string{js.PropertyGet: "get", js.PropertySet: "set"}[p.Kind]
			t := l.temp("fn", v)
			l.emit(&SExpr{Value: call("SetFunctionName", read(t), k, goStr(prefix))})
			v = read(t)
		}
		return v
	}
	switch p.Kind {
	case js.PropertyGet, js.PropertySet:
		fn := value()
		name := "DefineGetterProp"
		if p.Kind == js.PropertySet {
			name = "DefineSetterProp"
		}
		l.emit(&SExpr{Value: call(name, read(obj), k, fn, goBool(!isClass))})
		return
	}
	if !isClass && !p.IsComputed && !p.IsMethod && !p.IsShorthand && keyName(p) == "__proto__" {
		l.emit(&SExpr{Value: call("SetProtoLiteral", read(obj), value())})
		return
	}
	v := value()
	if isClass || p.IsMethod {
		l.emit(&SExpr{Value: call("DefineMethodProp", read(obj), k, v, goBool(!isClass))})
		return
	}
	l.emit(&SExpr{Value: call("DefineField", read(obj), k, v)})
}

// isAnonymousFunction reports a function, arrow or class expression
// without a name of its own.
func isAnonymousFunction(e js.Expr) bool {
	switch d := e.Data.(type) {
	case *js.EFunction:
		return d.Fn.Name == nil
	case *js.EArrow:
		return true
	case *js.EClass:
		return d.Class.Name == nil
	}
	return false
}

// keyName is a non-computed property key's text.
func keyName(p js.Property) string {
	switch k := p.Key.Data.(type) {
	case *js.EString:
		return string(WTF8(k.Value))
	case *js.ENumber:
		return numberKey(k.Value)
	case *js.EBigInt:
		return k.Value
	}
	return ""
}

// propertyKey lowers a property's key to a PropertyKey expression.
func (l *lowerer) propertyKey(p js.Property) Expr {
	if p.IsComputed {
		return call("ToPropertyKey", l.expr(p.Key))
	}
	return key(keyName(p))
}

// numberKey is a numeric literal key as a property name.
func numberKey(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// WTF8 converts UTF-16 to WTF-8 text (lone surrogates kept as code
// points), the form of keys and of the runtime's strings.
func WTF8(u []uint16) string {
	var b []byte
	for i := 0; i < len(u); i++ {
		r := rune(u[i])
		if r >= 0xD800 && r < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] < 0xE000 {
			r = 0x10000 + (r-0xD800)<<10 + rune(u[i+1]-0xDC00)
			i++
		}
		if r >= 0xD800 && r < 0xE000 {
			// A lone surrogate: WTF-8 encodes it like any other code point.
			b = append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
			continue
		}
		b = append(b, string(r)...)
	}
	return string(b)
}

// unary lowers a unary operator.
func (l *lowerer) unary(e js.Expr, d *js.EUnary) Expr {
	switch d.Op {
	case js.UnOpNeg:
		if n, ok := d.Value.Data.(*js.ENumber); ok {
			return numConst(-n.Value)
		}
		return call("Neg", l.expr(d.Value))
	case js.UnOpPos:
		return call("Plus", l.expr(d.Value))
	case js.UnOpCpl:
		return call("BitNot", l.expr(d.Value))
	case js.UnOpNot:
		return call("Bool", &ENot{X: toBool(l.expr(d.Value))})
	case js.UnOpVoid:
		l.effect(l.expr(d.Value))
		return undefined
	case js.UnOpTypeof:
		if id, ok := d.Value.Data.(*js.EIdentifier); ok {
			if id.With != nil {
				return l.withValue(id, func(w *Var) Expr {
					return call("TypeOf", call("WithGet", read(w), goStr(id.Name)))
				}, func() Expr { return l.typeofName(d.Value.Loc, id) })
			}
			return l.typeofName(d.Value.Loc, id)
		}
		return call("TypeOf", l.expr(d.Value))
	case js.UnOpDelete:
		return l.delete(d.Value)
	}
	return l.update(d, false)
}

// typeofName is `typeof name` as if no with statement were around it: an
// undeclared name is "undefined", not a ReferenceError.
func (l *lowerer) typeofName(loc js.Loc, id *js.EIdentifier) Expr {
	if !isLocal(id.Ref) && l.ast.IsModule && commonJSNames[id.Name] {
		return call("TypeofGlobal", goStr(id.Name))
	}
	if !isLocal(id.Ref) {
		switch id.Name {
		case "undefined", "NaN", "Infinity", "module", "exports", "require", "__filename", "__dirname":
		default:
			return call("TypeofGlobal", goStr(id.Name))
		}
	}
	return call("TypeOf", l.plainIdentifier(loc, id))
}

// delete lowers the delete operator.
func (l *lowerer) delete(target js.Expr) Expr {
	switch t := target.Data.(type) {
	case *js.EIdentifier:
		if t.With != nil {
			return l.withValue(t, func(w *Var) Expr {
				return call("Bool", callT(TBool, "WithDelete", read(w), goStr(t.Name)))
			}, func() Expr {
				return l.delete(js.Expr{Loc: target.Loc, Data: &js.EIdentifier{Name: t.Name, Ref: t.Ref}})
			})
		}
		if !isLocal(t.Ref) {
			return call("Bool", callT(TBool, "DeleteGlobal", goStr(t.Name)))
		}
		return boolConst(false)
	case *js.EDot:
		if t.OptionalChain != js.OptionalChainNone {
			return l.chainOr(target, boolConst(true), func() Expr {
				obj := l.memberObject(t.Target, t.OptionalChain)
				return call("Bool", callT(TBool, "DeleteProp", obj, strConst(t.Name), goBool(l.fn.strict)))
			})
		}
		if _, ok := t.Target.Data.(*js.ESuper); ok {
			return call("DeleteSuper", goStr(t.Name))
		}
		obj := l.expr(t.Target)
		return call("Bool", callT(TBool, "DeleteProp", obj, strConst(t.Name), goBool(l.fn.strict)))
	case *js.EIndex:
		if t.OptionalChain != js.OptionalChainNone {
			return l.chainOr(target, boolConst(true), func() Expr {
				obj := l.memberObject(t.Target, t.OptionalChain)
				return call("Bool", callT(TBool, "DeleteProp", obj, l.expr(t.Index), goBool(l.fn.strict)))
			})
		}
		parts := l.ordered(func() Expr { return l.expr(t.Target) }, func() Expr { return l.expr(t.Index) })
		return call("Bool", callT(TBool, "DeleteProp", parts[0], parts[1], goBool(l.fn.strict)))
	}
	l.effect(l.expr(target))
	return boolConst(true)
}

// binary lowers binary, logical, comma and assignment operators.
func (l *lowerer) binary(e js.Expr, d *js.EBinary) Expr {
	if d.Op.IsAssign() {
		return l.assign(d, e.Loc, false)
	}
	switch d.Op {
	case js.BinOpComma:
		l.exprStmt(d.Left)
		return l.expr(d.Right)
	case js.BinOpLogicalAnd, js.BinOpLogicalOr, js.BinOpNullish:
		t := l.temp("t", l.expr(d.Left))
		yes := l.into(func() { l.emit(&SAssign{Var: t, Value: l.expr(d.Right)}) })
		l.emit(&SIf{Cond: logicalTest(d.Op, read(t)), Yes: yes})
		return read(t)
	}
	parts := l.ordered(func() Expr { return l.expr(d.Left) }, func() Expr { return l.expr(d.Right) })
	a, b := parts[0], parts[1]
	if name, ok := binaryCalls[d.Op]; ok {
		return call(name, a, b)
	}
	if name, ok := compareCalls[d.Op]; ok {
		var test Expr = callT(TBool, name, a, b)
		if d.Op == js.BinOpLooseNe || d.Op == js.BinOpStrictNe {
			test = &ENot{X: test}
		}
		return call("Bool", test)
	}
	switch d.Op {
	case js.BinOpIn:
		return call("Bool", callT(TBool, "In", a, b))
	case js.BinOpInstanceof:
		return call("Bool", callT(TBool, "InstanceOf", a, b))
	}
	l.unsupported(e.Loc, "the %s operator", js.OpText[d.Op])
	return nil
}

// chain lowers the outermost node of an optional chain: the links inside
// run in nested `if !x.IsNullish()` blocks that assign the result, which is
// undefined when any link short-circuits.
func (l *lowerer) chain(e js.Expr, inner func() Expr) Expr {
	return l.chainOr(e, nil, inner)
}

// chainOr is chain with the value of a short-circuited chain given: delete
// of a short-circuited chain is true.
func (l *lowerer) chainOr(e js.Expr, short Expr, inner func() Expr) Expr {
	if chainOf(e) == js.OptionalChainNone {
		return inner()
	}
	r := l.newVar("opt", TValue)
	l.emit(&SLocal{Var: r, Value: short})
	saved := l.fn.block
	v := inner()
	l.emit(&SAssign{Var: r, Value: v})
	l.fn.block = saved
	return read(r)
}

// chainOf is the optional-chain mark of a member or call expression.
func chainOf(e js.Expr) js.OptionalChain {
	switch d := e.Data.(type) {
	case *js.EDot:
		return d.OptionalChain
	case *js.EIndex:
		return d.OptionalChain
	case *js.EPrivateDot:
		return d.OptionalChain
	case *js.ECall:
		return d.OptionalChain
	}
	return js.OptionalChainNone
}

// memberObject lowers the object of a member access (or call) whose chain
// mark is mark: a target in the same optional chain is lowered as part of
// it, and `?.` itself opens the block that runs only for a non-nullish object.
func (l *lowerer) memberObject(target js.Expr, mark js.OptionalChain) Expr {
	var obj Expr
	if mark != js.OptionalChainNone && chainOf(target) != js.OptionalChainNone {
		obj = l.chainLink(target)
	} else {
		obj = l.expr(target)
	}
	if mark == js.OptionalChainStart {
		obj = l.guardNullish(obj)
	}
	return obj
}

// guardNullish stores v in a temporary and continues lowering inside
// `if !t.IsNullish() { ... }`.
func (l *lowerer) guardNullish(v Expr) Expr {
	t, ok := v.(*EVar)
	if !ok {
		t = &EVar{Var: l.temp("t", v)}
	}
	body := &SIf{Cond: &ENot{X: &EMethod{Recv: read(t.Var), Method: "IsNullish", Result: TBool}}}
	l.emit(body)
	l.fn.block = &body.Yes
	return t
}

// chainLink lowers a link inside an optional chain (not its outermost node).
func (l *lowerer) chainLink(e js.Expr) Expr {
	if c, ok := e.Data.(*js.ECall); ok {
		return l.callInner(e, c)
	}
	return l.member(e)
}

// member lowers a.b, a[b] and a.#b (within a chain, without the chain's result).
func (l *lowerer) member(e js.Expr) Expr {
	switch d := e.Data.(type) {
	case *js.EDot:
		if _, ok := d.Target.Data.(*js.ESuper); ok {
			return call("SuperGet", read(l.homeVar(e.Loc)), key(d.Name), l.this())
		}
		l.setColumn(d.NameLoc, false)
		obj := l.memberObject(d.Target, d.OptionalChain)
		return call("GetProp", obj, key(d.Name))
	case *js.EIndex:
		if _, ok := d.Target.Data.(*js.ESuper); ok {
			k := l.expr(d.Index)
			return call("SuperGet", read(l.homeVar(e.Loc)), call("ToPropertyKey", k), l.this())
		}
		var obj Expr
		parts := l.ordered(func() Expr {
			obj = l.memberObject(d.Target, d.OptionalChain)
			return obj
		}, func() Expr { return l.expr(d.Index) })
		if c, ok := parts[1].(*EConst); ok && c.Kind == ConstString {
			return call("GetProp", parts[0], key(WTF8(c.String)))
		}
		return call("GetIndex", parts[0], parts[1])
	case *js.EPrivateDot:
		obj := l.memberObject(d.Target, d.OptionalChain)
		return call("PrivateGet", obj, read(l.privateVar(d.NameLoc, d.Ref)))
	}
	return l.expr(e)
}

// callExpr lowers a call.
func (l *lowerer) callExpr(e js.Expr, d *js.ECall) Expr {
	if d.IsDirectEval {
		l.unsupported(e.Loc, "direct eval")
	}
	if id, ok := d.Target.Data.(*js.EIdentifier); ok && id.Name == "require" && !isLocal(id.Ref) && id.With == nil && len(d.Args) == 1 && !l.ast.IsModule {
		if s, ok := d.Args[0].Data.(*js.EString); ok {
			if spec := WTF8(s.Value); isBuiltinModule(spec) {
				l.column(d.CallLoc)
				return call("RequireBuiltin", goStr(spec)) // module.go
			}
			l.unsupported(e.Loc, "require(%q)", WTF8(s.Value))
		}
	}
	l.column(d.CallLoc)
	return l.chain(e, func() Expr { return l.callInner(e, d) })
}

// column records the column of a call for stack traces, which have one
// column per line: the innermost call of the line's first statement, the one
// running when a nested call throws.
func (l *lowerer) column(loc js.Loc) {
	l.setColumn(loc, true)
}

// setColumn records a column for loc's line. A weak one (a property read,
// which throws on null) only fills a line that has none for its statement;
// a call's replaces the weak ones.
func (l *lowerer) setColumn(loc js.Loc, strong bool) {
	line, col := l.src.LineCol(loc)
	l.setFuncColumn(line, col, strong)
	for len(l.prog.Columns) < line {
		l.prog.Columns = append(l.prog.Columns, 0)
	}
	if l.lineStmt == nil {
		l.lineStmt = map[int]lineColumn{}
	}
	prev, seen := l.lineStmt[line]
	switch {
	case !seen || prev.stmt != l.stmtCount && l.prog.Columns[line-1] == 0:
	case prev.stmt == l.stmtCount && (strong || !prev.strong):
	default:
		return
	}
	l.prog.Columns[line-1] = int32(col)
	l.lineStmt[line] = lineColumn{stmt: l.stmtCount, strong: strong}
}

// setFuncColumn is setColumn's rule for the table of the function being
// lowered, which its own frames use.
func (l *lowerer) setFuncColumn(line, col int, strong bool) {
	if l.fn.js == nil {
		return
	}
	start := int(l.fn.js.Range.Loc)
	if l.fnLineStmt == nil {
		l.fnLineStmt, l.fnColumns = map[[2]int]lineColumn{}, map[int]map[int]int32{}
	}
	cols := l.fnColumns[start]
	if cols == nil {
		cols = map[int]int32{}
		l.fnColumns[start] = cols
	}
	prev, seen := l.fnLineStmt[[2]int{start, line}]
	switch {
	case !seen || prev.stmt != l.stmtCount && cols[line] == 0:
	case prev.stmt == l.stmtCount && (strong || !prev.strong):
	default:
		return
	}
	cols[line] = int32(col)
	l.fnLineStmt[[2]int{start, line}] = lineColumn{stmt: l.stmtCount, strong: strong}
}

// funcColumns gives each function its column table, in line order.
func (l *lowerer) funcColumns() {
	for _, info := range l.prog.Infos {
		cols := l.fnColumns[info.Start]
		lines := make([]int, 0, len(cols))
		for line := range cols {
			lines = append(lines, line)
		}
		slices.Sort(lines)
		for _, line := range lines {
			info.Columns = append(info.Columns, int32(line), cols[line])
		}
	}
}

// lineColumn is the statement and kind of the column recorded for a line.
type lineColumn struct {
	stmt   int
	strong bool
}

// callInner lowers a call inside its chain.
func (l *lowerer) callInner(e js.Expr, d *js.ECall) Expr {
	callee := l.calleeText(d.Target)
	switch t := d.Target.Data.(type) {
	case *js.ESuper:
		return l.superCall(e.Loc, d.Args)
	case *js.EDot:
		if _, ok := t.Target.Data.(*js.ESuper); ok {
			args, spread := l.args(d.Args)
			return &ECall{Func: "SuperCall" + "Method", Args: append([]Expr{goStr(callee), read(l.homeVar(e.Loc)), key(t.Name), l.this()}, args...), Spread: spread}
		}
		if d.OptionalChain != js.OptionalChainStart && !simpleArgs(d.Args) {
			// The method is read before the arguments run (a getter, or an
			// argument that replaces the method, can tell).
			return l.invoke(callee, d.Args, func() Expr {
				return callT(TMethod, "MethodOf", l.memberObject(t.Target, t.OptionalChain), key(t.Name))
			})
		}
		var obj Expr
		var args []Expr
		var spread bool
		parts := l.ordered(func() Expr {
			obj = l.memberObject(t.Target, t.OptionalChain)
			if d.OptionalChain == js.OptionalChainStart {
				// a.b?.(): the method is read, then tested, then called.
				o := l.temp("obj", obj)
				fn := l.guardNullish(call("GetProp", read(o), key(t.Name)))
				obj = read(o)
				return fn
			}
			return obj
		}, func() Expr {
			args, spread = l.args(d.Args)
			return firstOr(args)
		})
		if d.OptionalChain == js.OptionalChainStart {
			return &ECall{Func: "CallThis", Args: append([]Expr{goStr(callee), parts[0], obj}, args...), Spread: spread}
		}
		return &ECall{Func: "CallMethod", Args: append([]Expr{goStr(callee), parts[0], key(t.Name)}, args...), Spread: spread}
	case *js.EIndex:
		if _, ok := t.Target.Data.(*js.ESuper); ok {
			k := l.expr(t.Index)
			fn := call("SuperGet", read(l.homeVar(e.Loc)), call("ToPropertyKey", k), l.this())
			args, spread := l.args(d.Args)
			return &ECall{Func: "CallThis", Args: append([]Expr{goStr(callee), fn, l.this()}, args...), Spread: spread}
		}
		if d.OptionalChain == js.OptionalChainStart {
			obj := l.temp("obj", l.memberObject(t.Target, t.OptionalChain))
			fn := l.guardNullish(call("GetIndex", read(obj), l.expr(t.Index)))
			args, spread := l.args(d.Args)
			return &ECall{Func: "CallThis", Args: append([]Expr{goStr(callee), fn, read(obj)}, args...), Spread: spread}
		}
		if d.OptionalChain != js.OptionalChainStart && !simpleArgs(d.Args) {
			return l.invoke(callee, d.Args, func() Expr {
				parts := l.ordered(func() Expr { return l.memberObject(t.Target, t.OptionalChain) },
					func() Expr { return l.expr(t.Index) })
				return callT(TMethod, "MethodOfIndex", parts[0], parts[1])
			})
		}
		var args []Expr
		var spread bool
		parts := l.ordered(func() Expr { return l.memberObject(t.Target, t.OptionalChain) },
			func() Expr { return l.expr(t.Index) },
			func() Expr {
				args, spread = l.args(d.Args)
				return firstOr(args)
			})
		if c, ok := parts[1].(*EConst); ok && c.Kind == ConstString {
			return &ECall{Func: "CallMethod", Args: append([]Expr{goStr(callee), parts[0], key(WTF8(c.String))}, args...), Spread: spread}
		}
		return &ECall{Func: "CallIndexMethod", Args: append([]Expr{goStr(callee), parts[0], parts[1]}, args...), Spread: spread}
	case *js.EPrivateDot:
		obj := l.temp("obj", l.memberObject(t.Target, t.OptionalChain))
		var fn Expr = call("PrivateGet", read(obj), read(l.privateVar(t.NameLoc, t.Ref)))
		if d.OptionalChain == js.OptionalChainStart {
			fn = l.guardNullish(fn)
		} else {
			fn = read(l.temp("fn", fn))
		}
		args, spread := l.args(d.Args)
		return &ECall{Func: "CallThis", Args: append([]Expr{goStr(callee), fn, read(obj)}, args...), Spread: spread}
	}
	if id, ok := d.Target.Data.(*js.EIdentifier); ok && id.With != nil {
		// f() in a with body: this is the with object that has f.
		fn, this := l.withCallee(d.Target.Loc, id)
		if d.OptionalChain == js.OptionalChainStart {
			fn = l.guardNullish(fn)
		}
		args, spread := l.args(d.Args)
		return &ECall{Func: "CallThis", Args: append([]Expr{goStr(callee), fn, this}, args...), Spread: spread}
	}
	var fn Expr
	if chainOf(d.Target) != js.OptionalChainNone && d.OptionalChain != js.OptionalChainNone {
		fn = l.chainLink(d.Target)
	} else {
		fn = l.expr(d.Target)
	}
	if d.OptionalChain == js.OptionalChainStart {
		fn = l.guardNullish(fn)
	}
	var args []Expr
	var spread bool
	parts := l.ordered(func() Expr { return fn }, func() Expr {
		args, spread = l.args(d.Args)
		return firstOr(args)
	})
	return &ECall{Func: "CallFunc", Args: append([]Expr{goStr(callee), parts[0]}, args...), Spread: spread}
}

// newExpr lowers `new F(args)`.
func (l *lowerer) newExpr(e js.Expr, d *js.ENew) Expr {
	l.column(e.Loc)
	callee := l.calleeText(d.Target)
	var args []Expr
	var spread bool
	parts := l.ordered(func() Expr { return l.expr(d.Target) }, func() Expr {
		args, spread = l.args(d.Args)
		return firstOr(args)
	})
	return &ECall{Func: "New", Args: append([]Expr{goStr(callee), parts[0]}, args...), Spread: spread}
}

// invoke calls the method that method reads (rt.MethodOf), read before args
// are evaluated: Go evaluates the calls of one expression left to right, and
// ordered keeps the method in a temporary when an argument needs statements.
func (l *lowerer) invoke(callee string, list []js.Expr, method func() Expr) Expr {
	var args []Expr
	var spread bool
	parts := l.ordered(method, func() Expr {
		args, spread = l.args(list)
		return firstOr(args)
	})
	return &ECall{Func: "Invoke", Args: append([]Expr{goStr(callee), parts[0]}, args...), Spread: spread}
}

// simpleArgs reports an argument list whose evaluation runs no code that
// could observe or change the method about to be called: literals, local
// variables, this and function literals. Any other list makes the call read
// its method into a temporary first.
func simpleArgs(args []js.Expr) bool {
	for _, a := range args {
		switch d := a.Data.(type) {
		case *js.ENumber, *js.EString, *js.EBoolean, *js.ENull, *js.EUndefined, *js.EThis,
			*js.EFunction, *js.EArrow:
		case *js.EIdentifier:
			if !isLocal(d.Ref) || d.With != nil {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// firstOr stands for an argument list in ordered: its first argument (which
// tells whether the list calls anything), or nil.
func firstOr(args []Expr) Expr {
	if len(args) == 0 {
		return &ENil{}
	}
	return args[0]
}
