package lower

// The async pass turns the lowered body of an async function into a state
// machine, as regenerator does: the statements that contain a suspension
// point (SAwait) or a jump out of themselves are flattened into a listing of
// states, each ending in a jump, a fall into the next state, or a
// suspension; the others stay Go statements inside their state. Jump
// targets are states made before they are placed, and numbered when placed.
// A try that was flattened becomes a TryEntry (protected state ranges) whose
// completion record lets its finally carry on a throw, return, break or
// continue. Variables used in more than one state become fields of the
// frame (a fresh cell per iteration when a closure captures them inside a
// loop); the others stay Go locals of the step. Variables of the enclosing
// functions are reached through pointer fields, so the step is a method.
//
// Generators will reuse this with yield as another suspension point.

// Machine is an async function cut into states; it is the first statement
// of its Func's Body (see MachineOf). The rest of that Body lists the same
// statements again, so that passes walking a Func see every variable use.
type Machine struct {
	Name   string // the JavaScript name, for comments
	Frame  string // the Go type of the frame
	Self   *Var   // the frame (the method receiver)
	Value  *Var   // the value a step starts with: the awaited value, or what a catch caught
	States []*State
	Tries  []*TryEntry
	Fields []*Field
	// Start is the rt.Async method the function literal starts the frame
	// with: Start for an async function, StartGenerator for a generator.
	Start string
}

// State is the code between two suspension points or jump targets.
type State struct {
	Index int // -1 until placed
	Body  []Stmt
}

// TryEntry is a flattened try statement: its body runs in [Start, Catch)
// (or [Start, Finally) without catch), its catch in [Catch, Finally), its
// finally in [Finally, End). Catch and Finally are nil when absent.
type TryEntry struct {
	Start, Catch, Finally, End *State
}

// Field is a field of the frame.
type Field struct {
	Name string // the Go field name
	Type VarType
	// Var is the variable whose Go name reads the field.
	Var *Var
	// Cell: the field is a *rt.Value, replaced by a fresh one per loop
	// iteration so that closures keep the binding of their iteration.
	Cell bool
	// Outer, when set, is a variable of an enclosing function that the
	// field points to; Param, a Go parameter the field is initialised from.
	Outer *Var
	Param *Var
}

// The statements only a machine has.
type (
	// SJump continues at state To.
	SJump struct{ To *State }
	// SNext falls into state To, the next one (the last statement of a state).
	SNext struct{ To *State }
	// SSuspend records To as the state to resume at and returns.
	SSuspend struct{ To *State }
	// SStop returns from the step: the machine is done.
	SStop struct{}
	// SComplete returns (Kind rt.CompleteReturn, with Value) or jumps to To
	// (rt.CompleteJump) through the finally blocks it leaves.
	SComplete struct {
		Return bool
		Value  Expr
		To     *State
	}
	// SEndFinally ends the finally of Tries[Entry]: its completion goes on.
	SEndFinally struct{ Entry int }
	// SResetCompletion makes Tries[Entry]'s completion normal.
	SResetCompletion struct{ Entry int }
	// SCell stores a fresh cell holding Value into Field (of the frame).
	SCell struct {
		Field string
		Value Expr
	}
	// SCellAlias stores the cell of Field into Alias, a Go local (named
	// "(*name)", as closures read it), declaring it when Decl is set.
	SCellAlias struct {
		Alias *Var
		Field string
		Decl  bool
	}
	// SMachine holds the machine of an async function's body.
	SMachine struct{ Machine *Machine }
)

func (*SJump) isStmt()            {}
func (*SNext) isStmt()            {}
func (*SSuspend) isStmt()         {}
func (*SStop) isStmt()            {}
func (*SComplete) isStmt()        {}
func (*SEndFinally) isStmt()      {}
func (*SResetCompletion) isStmt() {}
func (*SCell) isStmt()            {}
func (*SCellAlias) isStmt()       {}
func (*SMachine) isStmt()         {}

// MachineOf is the machine of an async function's body, or nil.
func MachineOf(f *Func) *Machine {
	if len(f.Body) > 0 {
		if m, ok := f.Body[0].(*SMachine); ok {
			return m.Machine
		}
	}
	return nil
}

// asyncFunc turns f, the lowered body of an async function, into a machine
// and returns the expression that makes its function object.
func (l *lowerer) asyncFunc(info *FuncInfo, f *Func) Expr {
	l.machine(info, f, "async_", "Start")
	return call("NewAsyncFunction", &EInfo{Info: info}, &EFunc{Func: f})
}

// machine cuts f into a machine whose frame type's name starts with prefix.
func (l *lowerer) machine(info *FuncInfo, f *Func, prefix, start string) {
	hint := info.Name
	if hint == "" {
		hint = "anonymous"
	}
	m := &Machine{
		Name:  info.Name,
		Frame: l.prog.names.global(prefix + hint),
		Start: start,
		Self:  &Var{Name: l.prog.names.unused(f, "fr")},
		Value: &Var{Name: l.prog.names.unused(f, "v")},
	}
	b := &machineBuilder{l: l, f: f, m: m, flat: map[*Var]bool{}, inLoop: map[*Var]bool{}, values: map[*Var]Expr{}, renew: map[*SCell]*Var{}}
	b.place(b.newState())
	b.stmts(f.Body)
	if b.cur != nil {
		b.ret(nil)
	}
	b.finish()
}

// machineBuilder cuts one function into states.
type machineBuilder struct {
	l       *lowerer
	f       *Func
	m       *Machine
	cur     *State // the state being filled; nil after a jump
	pending []Stmt // positions and comments waiting for the next state
	targets []machineTarget
	tries   []*TryEntry // the flattened tries whose body or catch is being flattened
	loops   int
	// flat are the variables declared by flattened statements, inLoop
	// those of them declared inside a flattened loop.
	flat   map[*Var]bool
	inLoop map[*Var]bool
	values map[*Var]Expr // the initial value of each
	// renew are the per-iteration copies of loop variables, made only when
	// the variable turns out to be a cell.
	renew map[*SCell]*Var
	// extra are the expressions of machine statements, which the Body
	// lists for the passes that count variable uses.
	extra []Expr
}

// machineTarget is a flattened statement break or continue may name.
type machineTarget struct {
	label    *Label
	isLoop   bool
	isSwitch bool
	brk      *State
	cont     *State
	tries    int // how many flattened tries are around it
}

func (b *machineBuilder) newState() *State { return &State{Index: -1} }

// place starts state s, falling into it from the current one. When the
// current state has no code yet, s is the same state (under its number).
func (b *machineBuilder) place(s *State) {
	if b.cur != nil && isEmptyState(b.cur) {
		s.Index = b.cur.Index
		b.cur.Body = append(b.cur.Body, b.pending...)
		b.pending = nil
		return
	}
	if b.cur != nil {
		b.cur.Body = append(b.cur.Body, &SNext{To: s})
	}
	s.Index = len(b.m.States)
	b.m.States = append(b.m.States, s)
	s.Body = append(s.Body, b.pending...)
	b.pending = nil
	b.cur = s
}

// isEmptyState reports a state with no code but positions and comments.
func isEmptyState(s *State) bool {
	for _, st := range s.Body {
		switch st.(type) {
		case *SPos, *SComment:
		default:
			return false
		}
	}
	return true
}

func (b *machineBuilder) emit(s Stmt) {
	if b.cur == nil {
		// Code after a jump: unreachable, but it must compile.
		b.place(b.newState())
	}
	b.cur.Body = append(b.cur.Body, s)
}

// end emits a statement that leaves the current state.
func (b *machineBuilder) end(s Stmt) {
	if b.cur == nil {
		return
	}
	b.emit(s)
	b.cur = nil
}

func (b *machineBuilder) stmts(list []Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *machineBuilder) stmt(s Stmt) {
	switch s := s.(type) {
	case *SPos, *SComment:
		if b.cur == nil {
			b.pending = append(b.pending, s)
			return
		}
		b.emit(s)
		return
	case *SAwait:
		b.emit(&SExpr{Value: &EMethod{Recv: read(b.m.Self), Method: "Await", Args: []Expr{s.Value}}})
		next := b.newState()
		b.end(&SSuspend{To: next})
		b.place(next)
		b.decl(&SLocal{Var: s.Result, Value: read(b.m.Value)})
		return
	case *SYield:
		b.yield(s) // generator.go
		return
	case *SReturn:
		b.ret(s.Value)
		return
	case *SBreak:
		b.jump(s.Target, false)
		return
	case *SContinue:
		b.jump(s.Target, true)
		return
	case *SLocal:
		b.decl(s)
		return
	case *SLocalPair:
		b.flat[s.Vars[0]], b.flat[s.Vars[1]] = true, true
		b.emit(s)
		return
	}
	if !flattens(s) {
		b.emit(s)
		return
	}
	switch s := s.(type) {
	case *SBlock:
		b.stmts(s.Body)
	case *SIf:
		end := b.newState()
		no := end
		if len(s.No) > 0 {
			no = b.newState()
		}
		b.emit(&SIf{Cond: not(s.Cond), Yes: []Stmt{&SJump{To: no}}})
		b.stmts(s.Yes)
		if len(s.No) > 0 {
			b.end(&SJump{To: end})
			b.place(no)
			b.stmts(s.No)
		}
		b.place(end)
	case *SLoop:
		b.loop(s)
	case *SLabeled:
		end := b.newState()
		b.targets = append(b.targets, machineTarget{label: s.Label, brk: end, tries: len(b.tries)})
		b.stmts(s.Body)
		b.targets = b.targets[:len(b.targets)-1]
		b.place(end)
	case *SSwitch:
		b.switchStmt(s)
	case *STry:
		b.try(s)
	default:
		b.emit(s)
	}
}

// decl emits a declaration at the machine's level.
func (b *machineBuilder) decl(s *SLocal) {
	b.flat[s.Var] = true
	b.values[s.Var] = s.Value
	if b.loops > 0 {
		b.inLoop[s.Var] = true
	}
	b.emit(s)
}

func (b *machineBuilder) loop(s *SLoop) {
	for _, d := range s.Init {
		b.decl(&SLocal{Var: d.Var, Value: d.Value})
		b.inLoop[d.Var] = true
	}
	top, cont, exit := b.newState(), b.newState(), b.newState()
	b.place(top)
	if s.Cond != nil {
		b.emit(&SIf{Cond: not(s.Cond), Yes: []Stmt{&SJump{To: exit}}})
	}
	b.targets = append(b.targets, machineTarget{label: s.Label, isLoop: true, brk: exit, cont: cont, tries: len(b.tries)})
	b.loops++
	b.stmts(s.Body)
	b.loops--
	b.targets = b.targets[:len(b.targets)-1]
	b.place(cont)
	// The next iteration's copies of the head's bindings (before the update).
	for _, d := range s.Init {
		c := &SCell{Value: read(d.Var)}
		b.renew[c] = d.Var
		b.emit(c)
	}
	b.stmts(s.Post)
	b.end(&SJump{To: top})
	b.place(exit)
}

func (b *machineBuilder) switchStmt(s *SSwitch) {
	exit := b.newState()
	cases := make([]*State, len(s.Cases))
	def := exit
	for i, c := range s.Cases {
		cases[i] = b.newState()
		if c.Test == nil {
			def = cases[i]
			continue
		}
		b.emit(&SIf{Cond: c.Test, Yes: []Stmt{&SJump{To: cases[i]}}})
	}
	b.end(&SJump{To: def})
	b.targets = append(b.targets, machineTarget{label: s.Label, isSwitch: true, brk: exit, tries: len(b.tries)})
	for i, c := range s.Cases {
		b.place(cases[i])
		b.stmts(c.Body)
	}
	b.targets = b.targets[:len(b.targets)-1]
	b.place(exit)
}

func (b *machineBuilder) try(s *STry) {
	entry := &TryEntry{Start: b.newState(), End: b.newState()}
	index := len(b.m.Tries)
	b.m.Tries = append(b.m.Tries, entry)
	if s.Finally != nil {
		entry.Finally = b.newState()
	}
	// Leaving the body or the catch normally runs the finally with a
	// normal completion.
	leave := func() {
		if b.cur == nil {
			return
		}
		if entry.Finally != nil {
			b.emit(&SResetCompletion{Entry: index})
			b.end(&SJump{To: entry.Finally})
			return
		}
		b.end(&SJump{To: entry.End})
	}
	b.place(entry.Start)
	b.tries = append(b.tries, entry)
	b.stmts(s.Body)
	leave()
	if s.Catch != nil {
		entry.Catch = b.newState()
		b.place(entry.Catch)
		if s.Param != nil {
			b.decl(&SLocal{Var: s.Param, Value: read(b.m.Value)})
		}
		b.stmts(s.Catch)
		leave()
	}
	b.tries = b.tries[:len(b.tries)-1]
	if entry.Finally != nil {
		b.place(entry.Finally)
		b.stmts(s.Finally)
		b.end(&SEndFinally{Entry: index})
	}
	b.place(entry.End)
}

// crossesFinally reports a flattened try with a finally among tries.
func crossesFinally(tries []*TryEntry) bool {
	for _, t := range tries {
		if t.Finally != nil {
			return true
		}
	}
	return false
}

// ret ends the machine with a return value (undefined when nil).
func (b *machineBuilder) ret(v Expr) {
	if v == nil {
		v = undefined
	}
	if crossesFinally(b.tries) {
		b.extra = append(b.extra, v)
		b.end(&SComplete{Return: true, Value: v})
		return
	}
	b.emit(&SExpr{Value: &EMethod{Recv: read(b.m.Self), Method: "Return", Args: []Expr{v}}})
	b.end(&SStop{})
}

// jump lowers a flattened break or continue (a nil target is the innermost
// loop, or for break also switch, as in Go).
func (b *machineBuilder) jump(target *Label, isContinue bool) {
	for i := len(b.targets) - 1; i >= 0; i-- {
		t := b.targets[i]
		switch {
		case target != nil && t.label != target:
			continue
		case target == nil && isContinue && !t.isLoop:
			continue
		case target == nil && !t.isLoop && !t.isSwitch:
			continue
		}
		to := t.brk
		if isContinue {
			to = t.cont
		}
		if crossesFinally(b.tries[t.tries:]) {
			b.end(&SComplete{To: to})
			return
		}
		b.end(&SJump{To: to})
		return
	}
	panic("lower: a flattened jump to a statement not around it")
}

// flattens reports a statement the machine must flatten: one containing a
// suspension point, a return, or a break or continue leaving it.
func flattens(s Stmt) bool { return escapes([]Stmt{s}, map[*Label]bool{}, false, false) }

func escapes(list []Stmt, inside map[*Label]bool, breakable, loop bool) bool {
	for _, s := range list {
		switch s := s.(type) {
		case *SAwait, *SYield, *SReturn:
			return true
		case *SBreak:
			if s.Target == nil && !breakable || s.Target != nil && !inside[s.Target] {
				return true
			}
		case *SContinue:
			if s.Target == nil && !loop || s.Target != nil && !inside[s.Target] {
				return true
			}
		case *SBlock:
			if escapes(s.Body, inside, breakable, loop) {
				return true
			}
		case *SIf:
			if escapes(s.Yes, inside, breakable, loop) || escapes(s.No, inside, breakable, loop) {
				return true
			}
		case *SLoop:
			inside[s.Label] = true
			if escapes(s.Body, inside, true, true) || escapes(s.Post, inside, true, true) {
				return true
			}
		case *SLabeled:
			inside[s.Label] = true
			if escapes(s.Body, inside, breakable, loop) {
				return true
			}
		case *SSwitch:
			inside[s.Label] = true
			for _, c := range s.Cases {
				if escapes(c.Body, inside, true, loop) {
					return true
				}
			}
		case *STry:
			if escapes(s.Body, inside, breakable, loop) || escapes(s.Catch, inside, breakable, loop) || escapes(s.Finally, inside, breakable, loop) {
				return true
			}
		}
	}
	return false
}

// frameReserved are the names of the frame's embedded rt.Async and of its
// methods, which a field must not take.
var frameReserved = map[string]bool{"Async": true, "State": true, "Start": true, "Enter": true,
	"Recover": true, "Return": true, "Catch": true, "Complete": true, "EndFinally": true,
	"Resume": true, "Await": true, "Yield": true, "YieldStar": true, "StartGenerator": true, "StartAsyncGenerator": true, "StartGeneratorBound": true, "StartAsyncGeneratorBound": true, "step": true, "comps": true}

// finish decides where each variable lives, rewrites the declarations of
// those that became fields, and sets the Func's Body.
func (b *machineBuilder) finish() {
	m, f := b.m, b.f
	// Where each variable occurs: the state, or -1 when in several.
	where := map[*Var]int{}
	var order []*Var
	captured := map[*Var]bool{}
	declared := map[*Var]bool{m.Self: true, m.Value: true}
	for i, s := range m.States {
		visitStmts(s.Body, 0, func(slot **Var, decl bool, closure int) {
			v := *slot
			declared[v] = declared[v] || decl
			captured[v] = captured[v] || closure > 0
			if w, ok := where[v]; !ok {
				where[v] = i
				order = append(order, v)
			} else if w != i {
				where[v] = -1
			}
		})
	}
	names := map[string]bool{}
	for n := range frameReserved {
		names[n] = true
	}
	newField := func(v *Var) *Field {
		base := v.Name
		name := base
		for i := 2; names[name]; i++ {
			name = base + "_" + itoa(i)
		}
		names[name] = true
		fd := &Field{Name: name, Type: v.Type}
		m.Fields = append(m.Fields, fd)
		return fd
	}
	subst := map[*Var]*Var{}
	cells := map[*Var]string{}
	fieldVar := map[*Var]bool{}
	for _, v := range order {
		switch {
		case v == f.This || v == f.Args || v == f.NewTarget:
			fd := newField(v)
			fd.Param = v
			fd.Var = &Var{Name: m.Self.Name + "." + fd.Name, Type: v.Type, Shared: true}
			subst[v] = fd.Var
		case !declared[v]:
			fd := newField(v)
			fd.Outer = v
			fd.Var = &Var{Name: "(*" + m.Self.Name + "." + fd.Name + ")", Type: v.Type, Shared: true}
			subst[v] = fd.Var
		case b.flat[v] && where[v] < 0:
			if c, ok := b.values[v].(*ECall); ok && c.Func == "ToPropertyKey" {
				v.Type = TKey // typed by := where it is a local
			}
			fd := newField(v)
			fd.Var = v
			v.Shared = true
			fieldVar[v] = true
			if captured[v] && b.inLoop[v] && v.Type == TValue {
				fd.Cell = true
				cells[v] = m.Self.Name + "." + fd.Name
				v.Name = "(*" + cells[v] + ")"
			} else {
				v.Name = m.Self.Name + "." + fd.Name
			}
		}
	}
	// Declarations of fields become stores; locals declared twice in one
	// Go scope (blocks that were flattened) get names of their own.
	for _, s := range m.States {
		seen := map[string]bool{}
		local := func(v *Var) {
			if seen[v.Name] {
				v.Name = b.l.prog.names.unused(f, v.Name)
			}
			seen[v.Name] = true
		}
		var body []Stmt
		for _, st := range s.Body {
			switch st := st.(type) {
			case *SLocal:
				if !fieldVar[st.Var] {
					local(st.Var)
					break
				}
				value := st.Value
				if value == nil {
					value = zeroOf(st.Var.Type)
				}
				if field, ok := cells[st.Var]; ok {
					b.extra = append(b.extra, value)
					body = append(body, &SCell{Field: field, Value: value})
					continue
				}
				body = append(body, &SAssign{Var: st.Var, Value: value})
				continue
			case *SLocalPair:
				if !fieldVar[st.Vars[0]] && !fieldVar[st.Vars[1]] {
					local(st.Vars[0])
					local(st.Vars[1])
					break
				}
				pair := &SLocalPair{}
				for i, v := range st.Vars {
					pair.Vars[i] = &Var{Name: b.l.prog.names.unused(f, "pair"), Type: v.Type}
				}
				pair.Value = st.Value
				body = append(body, pair)
				for i, v := range st.Vars {
					if fieldVar[v] {
						body = append(body, &SAssign{Var: v, Value: read(pair.Vars[i])})
					} else {
						local(v)
						body = append(body, &SLocal{Var: v, Value: read(pair.Vars[i])})
					}
				}
				continue
			case *SCell:
				if v, ok := b.renew[st]; ok {
					field, isCell := cells[v]
					if !isCell {
						continue
					}
					st.Field = field
					b.extra = append(b.extra, st.Value)
				}
			}
			body = append(body, st)
		}
		s.Body = body
	}
	for _, s := range m.States {
		visitStmts(s.Body, 0, func(slot **Var, _ bool, _ int) {
			if r, ok := subst[*slot]; ok {
				*slot = r
			}
		})
	}
	b.aliasCells(cells)
	// The Body the other passes walk: the machine, then every statement
	// and every expression it holds, and the variables its frame is made from.
	body := []Stmt{&SMachine{Machine: m}}
	for _, s := range m.States {
		body = append(body, &SBlock{Body: s.Body})
	}
	reads := append([]Expr(nil), b.extra...)
	for _, fd := range m.Fields {
		if fd.Outer != nil {
			reads = append(reads, read(fd.Outer))
		}
		if fd.Param != nil {
			reads = append(reads, read(fd.Param))
		}
	}
	body = append(body, &SExpr{Value: &ESlice{Items: reads}})
	f.Body = body
}

// aliasCells makes closures keep the cell of their own iteration: a
// closure reading (*fr.x) would see the frame's current cell when called,
// so in every state that makes closures naming cell x, a Go local holds the
// current cell (taken again after each fresh cell) and the closures name it.
func (b *machineBuilder) aliasCells(cells map[*Var]string) {
	if len(cells) == 0 {
		return
	}
	for _, s := range b.m.States {
		aliases := map[*Var]*Var{}
		var order []*Var
		visitStmts(s.Body, 0, func(slot **Var, _ bool, closure int) {
			v := *slot
			if _, ok := cells[v]; !ok || closure == 0 {
				return
			}
			a, ok := aliases[v]
			if !ok {
				a = &Var{Name: "(*" + b.l.prog.names.unused(b.f, cells[v][len(b.m.Self.Name)+1:]+"_cell") + ")", Shared: true}
				aliases[v] = a
				order = append(order, v)
			}
			*slot = a
		})
		if len(order) == 0 {
			continue
		}
		var body []Stmt
		for _, v := range order {
			body = append(body, &SCellAlias{Alias: aliases[v], Field: cells[v], Decl: true})
		}
		for _, st := range s.Body {
			body = append(body, st)
			if c, ok := st.(*SCell); ok {
				for _, v := range order {
					if cells[v] == c.Field {
						body = append(body, &SCellAlias{Alias: aliases[v], Field: c.Field})
					}
				}
			}
		}
		s.Body = body
	}
}

// not is the negation of a Go bool expression.
func not(e Expr) Expr {
	if n, ok := e.(*ENot); ok {
		return n.X
	}
	return &ENot{X: e}
}

// zeroOf is the value a declaration without initialiser gives a variable.
func zeroOf(t VarType) Expr {
	switch t {
	case TValue:
		return undefined
	case TBool:
		return goBool(false)
	case TInt:
		return goInt(0)
	}
	return &ENil{}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// varVisitor is called with the slot of every variable a statement names:
// decl when the statement declares it, closure the number of function
// literals around the use.
type varVisitor func(slot **Var, decl bool, closure int)

func visitStmts(list []Stmt, closure int, fn varVisitor) {
	for _, s := range list {
		visitStmt(s, closure, fn)
	}
}

func visitStmt(s Stmt, closure int, fn varVisitor) {
	expr := func(e Expr) { visitExpr(e, closure, fn) }
	switch s := s.(type) {
	case *SLocal:
		fn(&s.Var, true, closure)
		expr(s.Value)
	case *SLocalPair:
		fn(&s.Vars[0], true, closure)
		fn(&s.Vars[1], true, closure)
		expr(s.Value)
	case *SAssign:
		fn(&s.Var, false, closure)
		expr(s.Value)
	case *SExpr:
		expr(s.Value)
	case *SBlock:
		visitStmts(s.Body, closure, fn)
	case *SIf:
		expr(s.Cond)
		visitStmts(s.Yes, closure, fn)
		visitStmts(s.No, closure, fn)
	case *SLoop:
		for _, d := range s.Init {
			fn(&d.Var, true, closure)
			expr(d.Value)
		}
		expr(s.Cond)
		visitStmts(s.Body, closure, fn)
		visitStmts(s.Post, closure, fn)
	case *SLabeled:
		visitStmts(s.Body, closure, fn)
	case *SSwitch:
		expr(s.Tag)
		for _, c := range s.Cases {
			expr(c.Test)
			visitStmts(c.Body, closure, fn)
		}
	case *SReturn:
		expr(s.Value)
	case *SThrow:
		expr(s.Value)
	case *STry:
		for _, v := range []**Var{&s.Param, &s.Exc, &s.Completion} {
			if *v != nil {
				fn(v, true, closure)
			}
		}
		visitStmts(s.Body, closure, fn)
		visitStmts(s.Catch, closure, fn)
		visitStmts(s.Finally, closure, fn)
	case *SAwait:
		expr(s.Value)
		fn(&s.Result, true, closure)
	case *SYield:
		expr(s.Value)
		if s.Result != nil {
			fn(&s.Result, true, closure)
		}
	case *SComplete:
		expr(s.Value)
	case *SCell:
		expr(s.Value)
	case *SMachine:
		// A nested machine: its states are listed again in its Body.
		fn(&s.Machine.Self, true, closure)
		fn(&s.Machine.Value, true, closure)
		for _, fd := range s.Machine.Fields {
			fn(&fd.Var, true, closure)
			if fd.Outer != nil {
				fn(&fd.Outer, false, closure)
			}
		}
	}
}

func visitExpr(e Expr, closure int, fn varVisitor) {
	switch e := e.(type) {
	case nil:
	case *EVar:
		fn(&e.Var, false, closure)
	case *ECall:
		for _, a := range e.Args {
			visitExpr(a, closure, fn)
		}
	case *EMethod:
		visitExpr(e.Recv, closure, fn)
		for _, a := range e.Args {
			visitExpr(a, closure, fn)
		}
	case *ENot:
		visitExpr(e.X, closure, fn)
	case *ELogical:
		visitExpr(e.X, closure, fn)
		visitExpr(e.Y, closure, fn)
	case *EEq:
		visitExpr(e.X, closure, fn)
		visitExpr(e.Y, closure, fn)
	case *ESlice:
		for _, a := range e.Items {
			visitExpr(a, closure, fn)
		}
	case *EAppend:
		visitExpr(e.Slice, closure, fn)
		for _, a := range e.Items {
			visitExpr(a, closure, fn)
		}
	case *EFunc:
		inner := e.Func
		for _, v := range []**Var{&inner.This, &inner.Args, &inner.NewTarget, &inner.Result} {
			if *v != nil {
				fn(v, true, closure+1)
			}
		}
		visitStmts(inner.Body, closure+1, fn)
	}
}
