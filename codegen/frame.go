package codegen

import (
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/js2go/js2go/lower"
)

// An async function is printed as a frame type, named after the function,
// and two methods: Resume (the promise reaction an await registers, routing
// throws through the try table) and step, a switch on the state whose cases
// are the code between awaits. The function literal only makes the frame
// (one allocation, its promise included) and starts it:
//
//	type async_f struct { rt.Async; x rt.Value; ... }
//	func (fr *async_f) Resume(v rt.Value, threw bool) { ... }
//	func (fr *async_f) step(v rt.Value) (exc rt.Value, threw bool) {
//		fr.Enter(); defer fr.Recover(&exc, &threw)
//		for { switch fr.State { case 0: ... } }
//	}
//	func(this rt.Value, args []rt.Value) rt.Value { fr := &async_f{...}; return fr.Start(fr) }

// frameLit prints the function literal of an async function and adds its
// frame's declarations to the file.
func (g *gen) frameLit(f *lower.Func, m *lower.Machine) *jen.Statement {
	self := m.Self.Name
	init := jen.Dict{}
	for _, fd := range m.Fields {
		switch {
		case fd.Outer != nil:
			init[jen.Id(fd.Name)] = jen.Op("&").Add(g.expr(&lower.EVar{Var: fd.Outer}))
		case fd.Param != nil:
			init[jen.Id(fd.Name)] = jen.Id(fd.Param.Name)
		}
	}
	value := jen.Qual(rtPath, "Value")
	lit := jen.Func().Params(g.name(f.This).Add(value), g.name(f.Args).Index().Add(value)).Add(value).Block(
		jen.Id(self).Op(":=").Op("&").Id(m.Frame).Values(init),
		jen.Return(jen.Id(self).Dot(m.Start).Call(jen.Id(self))),
	)
	g.frames = append(g.frames, g.frameDecls(f, m)...)
	return lit
}

// frameDecls prints the frame type, its try table and its methods.
func (g *gen) frameDecls(f *lower.Func, m *lower.Machine) []jen.Code {
	self, v := m.Self.Name, m.Value.Name
	name := m.Name
	if name == "" {
		name = "an anonymous function"
	}
	fields := []jen.Code{jen.Qual(rtPath, "Async")}
	for _, fd := range m.Fields {
		t := goType(fd.Type)
		if fd.Cell || fd.Outer != nil {
			t = jen.Op("*").Add(t)
		}
		fields = append(fields, jen.Id(fd.Name).Add(t))
	}
	tries, comps := jen.Nil(), jen.Nil()
	var out []jen.Code
	kind := map[string]string{"StartGenerator": "generator", "StartAsyncGenerator": "async generator"}[strings.TrimSuffix(m.Start, "Bound")]
	if kind == "" {
		kind = "async function"
	}
	if mod := g.prog.Module; mod != nil && mod.Body == f {
		kind, name = "module", g.prog.Source.Name
	}
	out = append(out, jen.Comment(m.Frame+" is the frame of the "+kind+" "+name+"."))
	if len(m.Tries) > 0 {
		fields = append(fields, jen.Id("comps").Index(jen.Lit(len(m.Tries))).Qual(rtPath, "Completion"))
		var entries []jen.Code
		for _, t := range m.Tries {
			entries = append(entries, jen.Values(jen.Dict{
				jen.Id("Start"):   jen.Lit(t.Start.Index),
				jen.Id("Catch"):   stateIndex(t.Catch),
				jen.Id("Finally"): stateIndex(t.Finally),
				jen.Id("End"):     jen.Lit(t.End.Index),
			}))
		}
		tries, comps = jen.Id(m.Frame+"Tries"), jen.Id(self).Dot("comps").Index(jen.Op(":"))
		out = append(out, jen.Type().Id(m.Frame).Struct(fields...))
		out = append(out, jen.Var().Id(m.Frame+"Tries").Op("=").Index().Qual(rtPath, "TryEntry").Values(entries...))
	} else {
		out = append(out, jen.Type().Id(m.Frame).Struct(fields...))
	}
	// Stack traces name the step as the JavaScript function; Resume and
	// the step's prologue are no JavaScript (no //line of a .js file).
	out = append(out, jen.Func().Id("init").Params().Block(
		jen.Qual(rtPath, "RegisterFuncNameOf").Call(jen.Parens(jen.Op("*").Id(m.Frame)).Dot("step"), jen.Lit(m.Name))))
	out = append(out, jen.Comment("//line "+m.Frame+".go:1"))
	recv := jen.Id(self).Op("*").Id(m.Frame)
	out = append(out, jen.Func().Params(recv.Clone()).Id("Resume").Params(jen.Id(v).Qual(rtPath, "Value"), jen.Id("threw").Bool()).Block(
		jen.For().Block(
			jen.If(jen.Id("threw").Op("&&").Op("!").Id(self).Dot("Catch").Call(tries, comps, jen.Id(v))).Block(jen.Return()),
			jen.If(jen.List(jen.Id(v), jen.Id("threw")).Op("=").Id(self).Dot("step").Call(jen.Id(v)), jen.Op("!").Id("threw")).Block(jen.Return()),
		),
	))

	saved := g.fn
	g.fn = &fnGen{ir: f, labels: map[string]bool{}, pending: -1, current: -1, last: -1}
	g.machine = append(g.machine, m)
	var cases []jen.Code
	for _, s := range m.States {
		// The state's JS line is quoted on the line of its first directive
		// (see directive: a comment line of its own would push the
		// directive off its statement's line).
		g.fn.quote = g.stateLine(s)
		// A state that resumes after an await inside a statement has no
		// position of its own: it goes on with the statement listed before it.
		g.fn.current = g.fn.last
		body := g.stmts(s.Body)
		g.fn.quote = ""
		cases = append(cases, jen.Case(jen.Lit(s.Index)).Block(body...))
	}
	g.machine = g.machine[:len(g.machine)-1]
	g.fn = saved
	out = append(out, jen.Func().Params(recv).Id("step").Params(jen.Id(v).Qual(rtPath, "Value")).Params(jen.Id("exc").Qual(rtPath, "Value"), jen.Id("threw").Bool()).Block(
		jen.Id(self).Dot("Enter").Call(),
		jen.Defer().Id(self).Dot("Recover").Call(jen.Op("&").Id("exc"), jen.Op("&").Id("threw")),
		jen.For().Block(jen.Switch(jen.Id(self).Dot("State")).Block(cases...)),
	))
	return out
}

func stateIndex(s *lower.State) jen.Code {
	if s == nil {
		return jen.Lit(-1)
	}
	return jen.Lit(s.Index)
}

// stateLine is the comment naming the JavaScript line a state starts at.
func (g *gen) stateLine(s *lower.State) string {
	for _, st := range s.Body {
		if p, ok := st.(*lower.SPos); ok {
			line, _ := g.prog.Source.LineCol(p.Loc)
			return g.prog.Source.Name + ":" + strconv.Itoa(line)
		}
	}
	return ""
}

// machineStmt prints the statements only a machine has (nil for others).
func (g *gen) machineStmt(s lower.Stmt) []jen.Code {
	if len(g.machine) == 0 {
		return nil
	}
	m := g.machine[len(g.machine)-1]
	fr := jen.Id(m.Self.Name)
	setState := func(to *lower.State) jen.Code {
		return fr.Clone().Dot("State").Op("=").Lit(to.Index)
	}
	tries, comps := jen.Nil(), jen.Nil()
	if len(m.Tries) > 0 {
		tries, comps = jen.Id(m.Frame+"Tries"), fr.Clone().Dot("comps").Index(jen.Op(":"))
	}
	// Not a bare return: a local may shadow the step's named results.
	done := func() jen.Code { return jen.Return(jen.Qual(rtPath, "Undefined"), jen.False()) }
	switch s := s.(type) {
	case *lower.SJump:
		return []jen.Code{setState(s.To), jen.Continue()}
	case *lower.SNext:
		return []jen.Code{setState(s.To), jen.Fallthrough()}
	case *lower.SSuspend:
		return []jen.Code{setState(s.To), done()}
	case *lower.SStop:
		return []jen.Code{done()}
	case *lower.SComplete:
		kind, value, to := jen.Qual(rtPath, "CompleteJump"), jen.Qual(rtPath, "Undefined"), jen.Lit(-1)
		if s.Return {
			kind, value = jen.Qual(rtPath, "CompleteReturn"), g.expr(s.Value)
		} else {
			to = jen.Lit(s.To.Index)
		}
		return []jen.Code{
			jen.If(fr.Clone().Dot("Complete").Call(tries, comps, kind, value, to)).Block(done()),
			jen.Continue(),
		}
	case *lower.SEndFinally:
		return []jen.Code{
			jen.If(fr.Clone().Dot("EndFinally").Call(tries, comps, jen.Lit(s.Entry))).Block(done()),
			jen.Continue(),
		}
	case *lower.SResetCompletion:
		return []jen.Code{fr.Clone().Dot("comps").Index(jen.Lit(s.Entry)).Op("=").Qual(rtPath, "Completion").Values()}
	case *lower.SCellAlias:
		name := s.Alias.Name[2 : len(s.Alias.Name)-1] // the local, not (*local)
		op := "="
		if s.Decl {
			op = ":="
		}
		return []jen.Code{jen.Id(name).Op(op).Id(s.Field)}
	case *lower.SCell:
		return []jen.Code{jen.Id(s.Field).Op("=").Qual(rtPath, "Cell").Call(g.expr(s.Value))}
	}
	return nil
}
