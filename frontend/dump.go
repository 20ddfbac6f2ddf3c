package frontend

import (
	"strconv"
	"strings"
)

// Dump prints statements compactly, with every operator expression
// parenthesised, so that tests and debugging can see the tree's shape:
// `a + b * c` dumps as `(a + (b * c));`.
func Dump(stmts []Stmt) string {
	var d dumper
	d.stmts(stmts)
	return strings.TrimSuffix(d.b.String(), " ")
}

type dumper struct{ b strings.Builder }

func (d *dumper) w(s ...string) {
	for _, x := range s {
		d.b.WriteString(x)
	}
}

func (d *dumper) stmts(stmts []Stmt) {
	for _, s := range stmts {
		d.stmt(s)
		d.w(" ")
	}
}

func (d *dumper) block(stmts []Stmt) {
	d.w("{ ")
	d.stmts(stmts)
	d.w("}")
}

func (d *dumper) stmt(s Stmt) {
	switch s := s.Data.(type) {
	case *SBlock:
		d.block(s.Stmts)
	case *SEmpty:
		d.w(";")
	case *SDebugger:
		d.w("debugger;")
	case *SDirective:
		d.w(strconv.Quote(s.Raw), ";")
	case *SExpr:
		d.expr(s.Value)
		d.w(";")
	case *SLocal:
		d.w([]string{"var", "let", "const", "using", "await using"}[s.Kind], " ")
		for i, decl := range s.Decls {
			if i > 0 {
				d.w(", ")
			}
			d.binding(decl.Binding)
			if decl.Value != nil {
				d.w(" = ")
				d.expr(*decl.Value)
			}
		}
		d.w(";")
	case *SFunction:
		d.fn(s.Fn)
	case *SClass:
		d.class(s.Class)
	case *SLabel:
		d.w(s.Name, ": ")
		d.stmt(s.Stmt)
	case *SIf:
		d.w("if (")
		d.expr(s.Test)
		d.w(") ")
		d.stmt(s.Yes)
		if s.No != nil {
			d.w(" else ")
			d.stmt(*s.No)
		}
	case *SFor:
		d.w("for (")
		if s.Init != nil {
			d.stmt(*s.Init)
		} else {
			d.w(";")
		}
		d.w(" ")
		if s.Test != nil {
			d.expr(*s.Test)
		}
		d.w("; ")
		if s.Update != nil {
			d.expr(*s.Update)
		}
		d.w(") ")
		d.stmt(s.Body)
	case *SForIn:
		d.forInOf(s.Init, "in", s.Value, s.Body, false)
	case *SForOf:
		d.forInOf(s.Init, "of", s.Value, s.Body, s.IsAwait)
	case *SDoWhile:
		d.w("do ")
		d.stmt(s.Body)
		d.w(" while (")
		d.expr(s.Test)
		d.w(");")
	case *SWhile:
		d.w("while (")
		d.expr(s.Test)
		d.w(") ")
		d.stmt(s.Body)
	case *SWith:
		d.w("with (")
		d.expr(s.Value)
		d.w(") ")
		d.stmt(s.Body)
	case *STry:
		d.w("try ")
		d.block(s.Body)
		if s.Catch != nil {
			d.w(" catch ")
			if s.Catch.Binding != nil {
				d.w("(")
				d.binding(*s.Catch.Binding)
				d.w(") ")
			}
			d.block(s.Catch.Body)
		}
		if s.Finally != nil {
			d.w(" finally ")
			d.block(s.Finally.Body)
		}
	case *SSwitch:
		d.w("switch (")
		d.expr(s.Test)
		d.w(") { ")
		for _, c := range s.Cases {
			if c.Test != nil {
				d.w("case ")
				d.expr(*c.Test)
				d.w(": ")
			} else {
				d.w("default: ")
			}
			d.stmts(c.Body)
		}
		d.w("}")
	case *SReturn:
		d.w("return")
		if s.Value != nil {
			d.w(" ")
			d.expr(*s.Value)
		}
		d.w(";")
	case *SThrow:
		d.w("throw ")
		d.expr(s.Value)
		d.w(";")
	case *SBreak:
		d.w(strings.TrimSpace("break "+s.Label), ";")
	case *SContinue:
		d.w(strings.TrimSpace("continue "+s.Label), ";")
	case *SImport:
		d.w("import ", strconv.Quote(s.Path), ";")
	case *SExportClause, *SExportFrom, *SExportStar:
		d.w("export ...;")
	case *SExportDefault:
		d.w("export default ")
		d.stmt(s.Value)
	}
}

func (d *dumper) forInOf(init Stmt, op string, value Expr, body Stmt, isAwait bool) {
	d.w("for ")
	if isAwait {
		d.w("await ")
	}
	d.w("(")
	d.stmt(init)
	d.w(" ", op, " ")
	d.expr(value)
	d.w(") ")
	d.stmt(body)
}

func (d *dumper) binding(b Binding) {
	switch b := b.Data.(type) {
	case *BMissing:
	case *BIdentifier:
		d.w(b.Name)
	case *BArray:
		d.w("[")
		for i, it := range b.Items {
			if i > 0 {
				d.w(", ")
			}
			if b.HasSpread && i == len(b.Items)-1 {
				d.w("...")
			}
			d.binding(it.Binding)
			if it.DefaultValue != nil {
				d.w(" = ")
				d.expr(*it.DefaultValue)
			}
		}
		d.w("]")
	case *BObject:
		d.w("{")
		for i, p := range b.Properties {
			if i > 0 {
				d.w(", ")
			}
			switch {
			case p.IsSpread:
				d.w("...")
			case p.IsComputed:
				d.w("[")
				d.expr(p.Key)
				d.w("]: ")
			default:
				d.expr(p.Key)
				d.w(": ")
			}
			d.binding(p.Value)
			if p.DefaultValue != nil {
				d.w(" = ")
				d.expr(*p.DefaultValue)
			}
		}
		d.w("}")
	}
}

func (d *dumper) args(args []Expr) {
	d.w("(")
	for i, a := range args {
		if i > 0 {
			d.w(", ")
		}
		d.expr(a)
	}
	d.w(")")
}

func optional(o OptionalChain, dot string) string {
	if o == OptionalChainStart {
		return "?."
	}
	return dot
}

func (d *dumper) expr(e Expr) {
	switch e := e.Data.(type) {
	case *EArray:
		d.w("[")
		for i, it := range e.Items {
			if i > 0 {
				d.w(", ")
			}
			d.expr(it)
		}
		d.w("]")
	case *EUnary:
		d.w("(")
		switch {
		case e.Op.IsPrefix() && e.Op <= UnOpDelete && e.Op >= UnOpVoid:
			d.w(OpText[e.Op], " ")
			d.expr(e.Value)
		case e.Op.IsPrefix():
			d.w(OpText[e.Op])
			d.expr(e.Value)
		default:
			d.expr(e.Value)
			d.w(OpText[e.Op])
		}
		d.w(")")
	case *EBinary:
		d.w("(")
		d.expr(e.Left)
		if e.Op == BinOpComma {
			d.w(", ")
		} else {
			d.w(" ", OpText[e.Op], " ")
		}
		d.expr(e.Right)
		d.w(")")
	case *EBoolean:
		d.w(strconv.FormatBool(e.Value))
	case *ESuper:
		d.w("super")
	case *ENull:
		d.w("null")
	case *EUndefined:
		d.w("void 0")
	case *EThis:
		d.w("this")
	case *ENewTarget:
		d.w("new.target")
	case *EImportMeta:
		d.w("import.meta")
	case *EImportCall:
		d.w("import(")
		d.expr(e.Expr)
		d.w(")")
	case *ENew:
		d.w("new ")
		d.expr(e.Target)
		d.args(e.Args)
	case *ECall:
		d.expr(e.Target)
		if e.OptionalChain == OptionalChainStart {
			d.w("?.")
		}
		d.args(e.Args)
	case *EDot:
		d.expr(e.Target)
		d.w(optional(e.OptionalChain, "."), e.Name)
	case *EIndex:
		d.expr(e.Target)
		d.w(optional(e.OptionalChain, ""), "[")
		d.expr(e.Index)
		d.w("]")
	case *EPrivateDot:
		d.expr(e.Target)
		d.w(optional(e.OptionalChain, "."), "#", e.Name)
	case *EPrivateIn:
		d.w("(#", e.Name, " in ")
		d.expr(e.Value)
		d.w(")")
	case *EArrow:
		d.fn(e.Fn)
	case *EFunction:
		d.fn(e.Fn)
	case *EClass:
		d.class(e.Class)
	case *EIdentifier:
		d.w(e.Name)
	case *EMissing:
	case *ENumber:
		d.w(formatNumberKey(e.Value))
	case *EBigInt:
		d.w(e.Value, "n")
	case *EObject:
		d.w("{")
		for i, p := range e.Properties {
			if i > 0 {
				d.w(", ")
			}
			d.property(p)
		}
		d.w("}")
	case *ESpread:
		d.w("...")
		d.expr(e.Value)
	case *EString:
		d.w(strconv.Quote(string(utf16ToRunes(e.Value))))
	case *ETemplate:
		if e.Tag != nil {
			d.expr(*e.Tag)
		}
		d.w("`", e.HeadRaw)
		for _, p := range e.Parts {
			d.w("${")
			d.expr(p.Value)
			d.w("}", p.TailRaw)
		}
		d.w("`")
	case *ERegExp:
		d.w("/", e.Pattern, "/", e.Flags)
	case *EAwait:
		d.w("(await ")
		d.expr(e.Value)
		d.w(")")
	case *EYield:
		d.w("(yield")
		if e.IsStar {
			d.w("*")
		}
		if e.Value != nil {
			d.w(" ")
			d.expr(*e.Value)
		}
		d.w(")")
	case *EIf:
		d.w("(")
		d.expr(e.Test)
		d.w(" ? ")
		d.expr(e.Yes)
		d.w(" : ")
		d.expr(e.No)
		d.w(")")
	case *EPrivateIdentifier:
		d.w("#", e.Name)
	}
}

func (d *dumper) property(p Property) {
	if p.IsStatic {
		d.w("static ")
	}
	switch p.Kind {
	case PropertySpread:
		d.w("...")
		d.expr(*p.Value)
		return
	case PropertyStaticBlock:
		d.w("static ")
		d.block(p.StaticBlock.Body)
		return
	case PropertyGet:
		d.w("get ")
	case PropertySet:
		d.w("set ")
	}
	if p.IsComputed {
		d.w("[")
		d.expr(p.Key)
		d.w("]")
	} else {
		d.expr(p.Key)
	}
	if p.Value != nil {
		if p.IsMethod {
			d.w(" ")
		} else {
			d.w(": ")
		}
		d.expr(*p.Value)
	}
	if p.Initializer != nil {
		d.w(" = ")
		d.expr(*p.Initializer)
	}
}

func (d *dumper) fn(f *Fn) {
	if f.IsAsync {
		d.w("async ")
	}
	if !f.IsArrow && !f.IsMethod {
		d.w("function")
		if f.IsGenerator {
			d.w("*")
		}
		if f.Name != nil {
			d.w(" ")
			d.binding(*f.Name)
		}
	} else if f.IsGenerator {
		d.w("*")
	}
	d.w("(")
	for i, a := range f.Args {
		if i > 0 {
			d.w(", ")
		}
		if f.HasRestArg && i == len(f.Args)-1 {
			d.w("...")
		}
		d.binding(a.Binding)
		if a.Default != nil {
			d.w(" = ")
			d.expr(*a.Default)
		}
	}
	d.w(")")
	if f.IsArrow {
		d.w(" =>")
	}
	d.w(" ")
	d.block(f.Body)
}

func (d *dumper) class(c *Class) {
	d.w("class")
	if c.Name != nil {
		d.w(" ")
		d.binding(*c.Name)
	}
	if c.Extends != nil {
		d.w(" extends ")
		d.expr(*c.Extends)
	}
	d.w(" { ")
	for _, p := range c.Properties {
		d.property(p)
		d.w("; ")
	}
	d.w("}")
}
