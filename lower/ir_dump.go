package lower

import (
	"fmt"
	"strconv"
	"strings"
)

// dumpIR prints statements on one line, Go-like and compact, for the table
// tests of each pass: statements are separated by "; ", positions and
// comments are left out, runtime calls lose their `rt.` (`Add(x, 1)`),
// JavaScript constants print as the runtime names them (`Undefined`, `True`,
// `'str'`, `1`) and Go literals as Go does (`"name"`, `true`). A function
// literal prints its body in place: `func(this, args) { ... }`, and an
// async function or generator its machine: `machine { 0: ...; 1: ... }`.
func dumpIR(list []Stmt) string {
	var b strings.Builder
	dumpStmts(&b, list)
	return b.String()
}

func dumpStmts(b *strings.Builder, list []Stmt) {
	first := true
	for _, s := range list {
		switch s.(type) {
		case *SPos, *SComment:
			continue
		}
		if !first {
			b.WriteString("; ")
		}
		first = false
		dumpStmt(b, s)
	}
}

// dumpBlock prints `{ stmts }` (`{}` when empty).
func dumpBlock(b *strings.Builder, list []Stmt) {
	var inner strings.Builder
	dumpStmts(&inner, list)
	if inner.Len() == 0 {
		b.WriteString("{}")
		return
	}
	b.WriteString("{ " + inner.String() + " }")
}

func dumpStmt(b *strings.Builder, s Stmt) {
	switch s := s.(type) {
	case *SLocal:
		if s.Value == nil {
			b.WriteString("var " + s.Var.Name + typeSuffix(s.Var.Type))
			return
		}
		b.WriteString(s.Var.Name + " := " + dumpExpr(s.Value))
	case *SLocalPair:
		b.WriteString(s.Vars[0].Name + ", " + s.Vars[1].Name + " := " + dumpExpr(s.Value))
	case *SAssign:
		b.WriteString(s.Var.Name + " = " + dumpExpr(s.Value))
	case *SExpr:
		b.WriteString(dumpExpr(s.Value))
	case *SBlock:
		dumpBlock(b, s.Body)
	case *SIf:
		b.WriteString("if " + dumpExpr(s.Cond) + " ")
		dumpBlock(b, s.Yes)
		if len(s.No) == 1 {
			if elif, ok := s.No[0].(*SIf); ok {
				b.WriteString(" else ")
				dumpStmt(b, elif)
				return
			}
		}
		if len(s.No) > 0 {
			b.WriteString(" else ")
			dumpBlock(b, s.No)
		}
	case *SLoop:
		b.WriteString(labelPrefix(s.Label) + "for ")
		if len(s.Init) > 0 || len(s.Post) > 0 {
			var init []string
			for _, l := range s.Init {
				init = append(init, l.Var.Name+" := "+dumpExpr(l.Value))
			}
			cond := ""
			if s.Cond != nil {
				cond = dumpExpr(s.Cond)
			}
			var post strings.Builder
			dumpStmts(&post, s.Post)
			b.WriteString(strings.Join(init, ", ") + "; " + cond + "; " + post.String() + " ")
		} else if s.Cond != nil {
			b.WriteString(dumpExpr(s.Cond) + " ")
		}
		dumpBlock(b, s.Body)
	case *SLabeled:
		b.WriteString(labelPrefix(s.Label))
		dumpBlock(b, s.Body)
	case *SBreak:
		b.WriteString("break" + labelSuffix(s.Target))
	case *SContinue:
		b.WriteString("continue" + labelSuffix(s.Target))
	case *SSwitch:
		b.WriteString(labelPrefix(s.Label) + "switch " + dumpExpr(s.Tag) + " {")
		for i, c := range s.Cases {
			if i > 0 {
				b.WriteString(";")
			}
			if c.Test == nil {
				b.WriteString(" default:")
			} else {
				b.WriteString(" case " + dumpExpr(c.Test) + ":")
			}
			if len(c.Body) > 0 {
				b.WriteString(" ")
				dumpStmts(b, c.Body)
			}
		}
		b.WriteString(" }")
	case *SReturn:
		b.WriteString("return")
		if s.Value != nil {
			b.WriteString(" " + dumpExpr(s.Value))
		}
	case *SThrow:
		b.WriteString("throw " + dumpExpr(s.Value))
	case *STry:
		b.WriteString("try ")
		dumpBlock(b, s.Body)
		if s.Catch != nil {
			b.WriteString(" catch")
			if s.Param != nil {
				b.WriteString("(" + s.Param.Name + ")")
			}
			b.WriteString(" ")
			dumpBlock(b, s.Catch)
		}
		if s.Finally != nil {
			b.WriteString(" finally ")
			dumpBlock(b, s.Finally)
		}
	case *SAwait:
		b.WriteString(s.Result.Name + " := await " + dumpExpr(s.Value))
	case *SYield:
		switch {
		case s.Initial:
			b.WriteString("yield initial")
		case s.Delegate:
			b.WriteString(s.Result.Name + " := yield* " + dumpExpr(s.Value))
		default:
			b.WriteString(s.Result.Name + " := yield " + dumpExpr(s.Value))
		}
	case *SJump:
		fmt.Fprintf(b, "jump %d", s.To.Index)
	case *SNext:
		fmt.Fprintf(b, "next %d", s.To.Index)
	case *SSuspend:
		fmt.Fprintf(b, "suspend %d", s.To.Index)
	case *SStop:
		b.WriteString("stop")
	case *SComplete:
		if s.Return {
			b.WriteString("complete return")
			if s.Value != nil {
				b.WriteString(" " + dumpExpr(s.Value))
			}
			return
		}
		fmt.Fprintf(b, "complete %d", s.To.Index)
	case *SEndFinally:
		fmt.Fprintf(b, "endfinally %d", s.Entry)
	case *SResetCompletion:
		fmt.Fprintf(b, "reset %d", s.Entry)
	case *SCell:
		b.WriteString(s.Field + " = cell(" + dumpExpr(s.Value) + ")")
	case *SCellAlias:
		b.WriteString(s.Alias.Name + " = " + s.Field)
	case *SMachine:
		dumpMachineIR(b, s.Machine)
	default:
		fmt.Fprintf(b, "%T", s)
	}
}

// dumpMachineIR prints a machine's states (`0: ...`) and try entries
// (`try 0-2 catch 2 finally - end 3`, by state).
func dumpMachineIR(b *strings.Builder, m *Machine) {
	b.WriteString("machine {")
	for _, st := range m.States {
		fmt.Fprintf(b, " %d: ", st.Index)
		dumpStmts(b, st.Body)
		b.WriteString(";")
	}
	index := func(s *State) string {
		if s == nil {
			return "-"
		}
		return strconv.Itoa(s.Index)
	}
	for _, t := range m.Tries {
		fmt.Fprintf(b, " try %s catch %s finally %s end %s;", index(t.Start), index(t.Catch), index(t.Finally), index(t.End))
	}
	b.WriteString(" }")
}

func labelPrefix(l *Label) string {
	if l == nil || l.Name == "" {
		return ""
	}
	return l.Name + ": "
}

func labelSuffix(l *Label) string {
	if l == nil || l.Name == "" {
		return ""
	}
	return " " + l.Name
}

// typeSuffix is the Go type a declaration without value names (none for rt.Value).
func typeSuffix(t VarType) string {
	names := map[VarType]string{
		TBool: "bool", TIterator: "*Iterator", TForIn: "*ForInIterator", TArgs: "[]Value",
		TPrivate: "*PrivateName", TObject: "*Object", TInt: "int", TExc: "*Exception",
		TKey: "PropertyKey", TMethod: "Method", TAsyncIterator: "*AsyncIterator",
	}
	if n, ok := names[t]; ok {
		return " " + n
	}
	return ""
}

func dumpExprs(list []Expr, spread bool) string {
	parts := make([]string, len(list))
	for i, e := range list {
		parts[i] = dumpExpr(e)
	}
	if spread && len(parts) > 0 {
		parts[len(parts)-1] += "..."
	}
	return strings.Join(parts, ", ")
}

func dumpExpr(e Expr) string {
	switch e := e.(type) {
	case *EConst:
		switch e.Kind {
		case ConstUndefined:
			return "Undefined"
		case ConstNull:
			return "Null"
		case ConstBool:
			if e.Bool {
				return "True"
			}
			return "False"
		case ConstNumber:
			return numberKey(e.Number)
		case ConstString:
			return "'" + WTF8(e.String) + "'"
		case ConstBigInt:
			return e.Text + "n"
		case ConstUninitialized:
			return "Uninitialized"
		case ConstHole:
			return "Hole"
		}
	case *EVar:
		return e.Var.Name
	case *ECall:
		return e.Func + "(" + dumpExprs(e.Args, e.Spread) + ")"
	case *EMethod:
		return dumpExpr(e.Recv) + "." + e.Method + "(" + dumpExprs(e.Args, false) + ")"
	case *EGoString:
		return strconv.Quote(e.Value)
	case *EGoStrings:
		return fmt.Sprintf("%q", e.Values)
	case *EGoBool:
		return strconv.FormatBool(e.Value)
	case *EGoInt:
		return strconv.Itoa(e.Value)
	case *EKey:
		return "Key(" + strconv.Quote(e.Name) + ")"
	case *ENot:
		return "!" + dumpExpr(e.X)
	case *ELogical:
		op := " || "
		if e.And {
			op = " && "
		}
		return "(" + dumpExpr(e.X) + op + dumpExpr(e.Y) + ")"
	case *ESlice:
		return "[" + dumpExprs(e.Items, false) + "]"
	case *EAppend:
		return "append(" + dumpExprs(append([]Expr{e.Slice}, e.Items...), false) + ")"
	case *EFunc:
		return dumpFunc(e.Func)
	case *EInfo:
		return "&" + e.Info.GoName
	case *ETemplate:
		return e.Site.GoName
	case *EEq:
		return dumpExpr(e.X) + " == " + dumpExpr(e.Y)
	case *ENil:
		return "nil"
	}
	return fmt.Sprintf("%T", e)
}

// dumpFunc prints a function literal with the Go parameters it uses.
func dumpFunc(f *Func) string {
	var params []string
	for _, p := range []*Var{f.This, f.Args, f.NewTarget} {
		if p != nil {
			params = append(params, p.Name)
		}
	}
	return "func(" + strings.Join(params, ", ") + ") " + dumpBody(f)
}

// dumpBody prints a function's body as a block, or its machine.
func dumpBody(f *Func) string {
	var b strings.Builder
	if m := MachineOf(f); m != nil {
		// The statements after the machine repeat its states for passes
		// that walk a function's variables.
		dumpMachineIR(&b, m)
	} else {
		dumpBlock(&b, f.Body)
	}
	return b.String()
}
