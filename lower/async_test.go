package lower

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// machineOf lowers src and returns the machine of its first async function.
func machineOf(t *testing.T, src string) *Machine {
	t.Helper()
	prog, err := lowerSource(t, src)
	require.NoError(t, err)
	var found *Machine
	var find func(list []Stmt)
	find = func(list []Stmt) {
		for _, s := range list {
			var exprs []Expr
			switch s := s.(type) {
			case *SAssign:
				exprs = append(exprs, s.Value)
			case *SLocal:
				exprs = append(exprs, s.Value)
			case *SExpr:
				exprs = append(exprs, s.Value)
			}
			for _, e := range exprs {
				if c, ok := e.(*ECall); ok {
					for _, a := range c.Args {
						if f, ok := a.(*EFunc); ok && found == nil {
							found = MachineOf(f.Func)
						}
					}
				}
			}
		}
	}
	find(prog.Main.Body)
	require.NotNil(t, found, "no async function in %q", src)
	return found
}

// dumpMachine lists a machine's states, one line each: what each
// statement does, with the states jumps go to, then its try entries and
// fields.
func dumpMachine(m *Machine) string {
	var b strings.Builder
	var stmt func(s Stmt) string
	stmt = func(s Stmt) string {
		switch s := s.(type) {
		case *SPos, *SComment:
			return ""
		case *SLocal:
			return s.Var.Name + ":="
		case *SAssign:
			return s.Var.Name + "="
		case *SExpr:
			if _, ok := s.Value.(*ECall); ok {
				return "call"
			}
			if mc, ok := s.Value.(*EMethod); ok && (mc.Method == "Return" || mc.Method == "Await") {
				return strings.ToLower(mc.Method)
			}
			return "expr"
		case *SIf:
			var parts []string
			for _, y := range s.Yes {
				if p := stmt(y); p != "" {
					parts = append(parts, p)
				}
			}
			return "if(" + strings.Join(parts, " ") + ")"
		case *SJump:
			return fmt.Sprintf("jump%d", s.To.Index)
		case *SNext:
			return fmt.Sprintf("next%d", s.To.Index)
		case *SSuspend:
			return fmt.Sprintf("suspend%d", s.To.Index)
		case *SStop:
			return "stop"
		case *SComplete:
			if s.Return {
				return "complete(return)"
			}
			return fmt.Sprintf("complete%d", s.To.Index)
		case *SEndFinally:
			return fmt.Sprintf("endfinally%d", s.Entry)
		case *SResetCompletion:
			return fmt.Sprintf("reset%d", s.Entry)
		case *SCell:
			return "cell(" + s.Field + ")"
		case *SCellAlias:
			return "alias(" + s.Field + ")"
		}
		return strings.TrimPrefix(fmt.Sprintf("%T", s), "*lower.")
	}
	for _, st := range m.States {
		var parts []string
		for _, s := range st.Body {
			if p := stmt(s); p != "" {
				parts = append(parts, p)
			}
		}
		fmt.Fprintf(&b, "%d: %s\n", st.Index, strings.Join(parts, " "))
	}
	index := func(s *State) int {
		if s == nil {
			return -1
		}
		return s.Index
	}
	for _, t := range m.Tries {
		fmt.Fprintf(&b, "try [%d %d %d %d]\n", t.Start.Index, index(t.Catch), index(t.Finally), t.End.Index)
	}
	var fields []string
	for _, f := range m.Fields {
		kind := ""
		switch {
		case f.Cell:
			kind = "cell "
		case f.Outer != nil:
			kind = "outer "
		case f.Param != nil:
			kind = "param "
		}
		fields = append(fields, kind+f.Name)
	}
	fmt.Fprintf(&b, "fields: %s", strings.Join(fields, ", "))
	return b.String()
}

// TestMachineStates checks the state listing of small async functions.
func TestMachineStates(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{"(async function () {})",
			"0: return stop\nfields: "},
		{"(async function () { f(); await g(); h(); })",
			"0: call await suspend1\n1: awaited:= call return stop\nfields: "},
		// a temporary that lives across the await is a field; one that does not stays local
		{"(async function () { f(a(), await b(), c()); })",
			"0: fr.t_2= fr.t= await suspend1\n1: awaited:= call return stop\nfields: t_2, t"},
		{"(async function (x) { let y = x; await 0; return y + x; })",
			"0: fr.x= fr.y= await suspend1\n1: awaited:= return stop\nfields: x, param args, y"},
		{"(async function () { if (c) { await 1; } else { d(); } e(); })",
			"0: if(jump2) await suspend1\n1: awaited:= jump3\n2: call next3\n3: call return stop\nfields: "},
		{"(async function () { for (let i = 0; i < 2; i++) await i; })",
			"0: fr.i= next1\n1: if(jump4) await suspend2\n2: awaited:= next3\n3: fr.i= jump1\n4: return stop\nfields: i"},
		{"(async function () { for (let i = 0; i < 2; i++) { g(() => i); await 0; } })",
			"0: i:= cell(fr.i) next1\n1: alias(fr.i) if(jump4) call await suspend2\n2: awaited:= next3\n3: cell(fr.i) (*fr.i)= jump1\n4: return stop\nfields: cell i"},
		{"(async function () { try { await a(); } catch (e) { b(e); } })",
			"0: await suspend1\n1: awaited:= jump3\n2: e:= call jump3\n3: return stop\ntry [0 2 -1 3]\nfields: "},
		{"(async function () { try { return await a(); } finally { await b(); } })",
			"0: await suspend1\n1: awaited:= complete(return)\n2: await suspend3\n3: awaited_2:= endfinally0\n4: return stop\ntry [0 -1 2 4]\nfields: "},
		{"(async function () { l: for (;;) { try { break l; } finally { await 0; } } })",
			"0: complete4\n1: await suspend2\n2: awaited:= endfinally0\n3: jump0\n4: return stop\ntry [0 -1 1 3]\nfields: "},
		// a switch with no await in its cases stays a Go switch
		{"(async function () { switch (await x) { case 1: f(); break; default: h(); } })",
			"0: await suspend1\n1: awaited:= tag:= SSwitch return stop\nfields: "},
		{"(async function () { switch (x) { case 1: await f(); case 2: g(); break; default: h(); } })",
			"0: tag:= if(jump1) if(jump3) jump4\n1: await suspend2\n2: awaited:= next3\n3: call jump5\n4: call next5\n5: return stop\nfields: "},
		// a throw stays a Go panic; a return inside catch with no finally returns at once
		{"(async function () { try { throw await e; } catch { return 1; } })",
			"0: await suspend1\n1: awaited:= SThrow jump3\n2: return stop\n3: return stop\ntry [0 2 -1 3]\nfields: "},
	} {
		t.Run(tc.js, func(t *testing.T) {
			require.Equal(t, tc.want, dumpMachine(machineOf(t, tc.js)))
		})
	}
}
