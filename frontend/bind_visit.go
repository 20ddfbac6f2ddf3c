package frontend

// This file is the binder's walk: it enters scopes in source order, declares
// what each scope declares on entry, and resolves uses as it meets them.

// visitStmts visits a statement list in order (order matters: it is how TDZ
// uses are told apart from safe ones).
func (b *binder) visitStmts(stmts []Stmt) {
	for i := range stmts {
		b.visitStmt(&stmts[i])
	}
}

// visitBlock visits a statement list in a fresh block scope.
func (b *binder) visitBlock(kind ScopeKind, loc Loc, stmts []Stmt) *Scope {
	s := b.pushScope(kind, loc)
	b.declareLexical(stmts, s, true)
	b.visitStmts(stmts)
	b.popScope()
	return s
}

// visitStmt binds one statement, opening the scopes it creates.
func (b *binder) visitStmt(stmt *Stmt) {
	b.order++
	switch d := stmt.Data.(type) {
	case *SBlock:
		d.Scope = b.visitBlock(ScopeBlock, stmt.Loc, d.Stmts)
	case *SEmpty, *SDebugger, *SDirective:
	case *SExpr:
		b.visitExpr(&d.Value)
	case *SLocal:
		b.visitLocal(d)
	case *SFunction:
		b.visitFn(d.Fn, false)
	case *SClass:
		b.visitClass(d.Class, true)
	case *SLabel:
		b.visitStmt(&d.Stmt)
	case *SIf:
		b.visitExpr(&d.Test)
		b.visitSingle(&d.Yes)
		if d.No != nil {
			b.visitSingle(d.No)
		}
	case *SFor:
		// The head's let/const get their own scope; PerIterationLets tells lower
		// to copy them per iteration when a closure captures them.
		d.Scope = b.pushScope(ScopeFor, stmt.Loc)
		if d.Init != nil {
			b.declareLexical([]Stmt{*d.Init}, d.Scope, true)
			b.visitStmt(d.Init)
		}
		if d.Test != nil {
			b.visitExpr(d.Test)
		}
		if d.Update != nil {
			b.visitExpr(d.Update)
		}
		b.visitSingle(&d.Body)
		b.popScope()
		d.PerIterationLets = d.Scope.CapturedLets
	case *SForIn:
		d.Scope = b.visitForInOf(stmt.Loc, &d.Init, &d.Value, &d.Body)
		d.PerIterationLets = d.Scope.CapturedLets
	case *SForOf:
		d.Scope = b.visitForInOf(stmt.Loc, &d.Init, &d.Value, &d.Body)
		d.PerIterationLets = d.Scope.CapturedLets
	case *SWhile:
		b.visitExpr(&d.Test)
		b.visitSingle(&d.Body)
	case *SDoWhile:
		b.visitSingle(&d.Body)
		b.visitExpr(&d.Test)
	case *SWith:
		b.visitExpr(&d.Value)
		d.Scope = b.pushScope(ScopeWith, stmt.Loc)
		b.visitSingle(&d.Body)
		b.popScope()
	case *STry:
		d.BodyScope = b.visitBlock(ScopeBlock, stmt.Loc, d.Body)
		if c := d.Catch; c != nil {
			c.Scope = b.pushScope(ScopeCatch, c.Loc)
			if c.Binding != nil {
				_, simple := c.Binding.Data.(*BIdentifier)
				c.Scope.catchPattern = !simple
				forEachBindingName(*c.Binding, func(name string, loc Loc) {
					if _, dup := c.Scope.Members[name]; dup {
						b.fail(loc, "Identifier '"+name+"' has already been declared")
					}
					sym := b.newSymbol(name, SymCatch, c.Scope, loc)
					sym.initialized = true
					c.Scope.Members[name] = sym
					setBindingRef(*c.Binding, name, sym)
				})
				b.visitBindingDefaults(c.Binding)
			}
			c.BodyScope = b.visitBlock(ScopeBlock, c.Loc, c.Body)
			b.popScope()
		}
		if f := d.Finally; f != nil {
			f.Scope = b.visitBlock(ScopeBlock, f.Loc, f.Body)
		}
	case *SSwitch:
		// All cases share one scope: a `let` in one case is visible (in TDZ) in the others.
		b.visitExpr(&d.Test)
		d.Scope = b.pushScope(ScopeSwitch, stmt.Loc)
		var all []Stmt
		for _, c := range d.Cases {
			all = append(all, c.Body...)
		}
		b.declareLexical(all, d.Scope, true)
		for i := range d.Cases {
			c := &d.Cases[i]
			if c.Test != nil {
				b.visitExpr(c.Test)
			}
			b.visitStmts(c.Body)
		}
		b.popScope()
	case *SReturn:
		if d.Value != nil {
			b.visitExpr(d.Value)
		}
	case *SThrow:
		b.visitExpr(&d.Value)
	case *SBreak, *SContinue:
	case *SImport:
	case *SExportClause:
	case *SExportFrom, *SExportStar:
	case *SExportDefault:
		b.visitStmt(&d.Value)
		if d.Ref != nil {
			b.markInitialized(d.Ref)
		}
	}
}

// visitSingle visits a statement in a single-statement position. A sloppy-mode
// function declaration there (if-body, label) gets its own block scope (B.3.4).
func (b *binder) visitSingle(stmt *Stmt) {
	inner := stmt
	for {
		l, ok := inner.Data.(*SLabel)
		if !ok {
			break
		}
		inner = &l.Stmt
	}
	if _, ok := inner.Data.(*SFunction); ok {
		b.visitBlock(ScopeBlock, stmt.Loc, []Stmt{*stmt})
		return
	}
	b.visitStmt(stmt)
}

func (b *binder) visitForInOf(loc Loc, init *Stmt, value *Expr, body *Stmt) *Scope {
	s := b.pushScope(ScopeFor, loc)
	b.declareLexical([]Stmt{*init}, s, true)
	// The iterated value is evaluated with the loop's let names in TDZ.
	b.visitExpr(value)
	if local, ok := init.Data.(*SLocal); ok {
		b.visitLocal(local)
		if local.Kind == LocalVar {
			// Each iteration assigns the one var binding (through the
			// objects of the with statements around the loop, if any).
			forEachBindingName(local.Decls[0].Binding, func(name string, _ Loc) {
				sym := b.resolveDeclared(name)
				sym.AssignedAfterDecl = true
				setBindingWith(local.Decls[0].Binding, name, withBetween(b.scope, sym))
			})
		}
	} else {
		e := init.Data.(*SExpr)
		b.visitAssignTarget(&e.Value)
	}
	b.visitSingle(body)
	b.popScope()
	return s
}

// visitLocal binds a declaration's patterns and initialisers; each declared
// name is initialised once its own initialiser has been walked.
func (b *binder) visitLocal(d *SLocal) {
	for i := range d.Decls {
		decl := &d.Decls[i]
		if d.Kind == LocalVar {
			forEachBindingName(decl.Binding, func(name string, loc Loc) {
				b.checkVarThroughBlocks(name, loc)
				sym := b.resolveDeclared(name)
				setBindingRef(decl.Binding, name, sym)
				// A var exists (as undefined) from function entry, so its initialiser is
				// an assignment: closures made earlier, or in earlier loop iterations, see it.
				// Inside a with body it assigns the object's property of that name, if any.
				if decl.Value != nil {
					sym.AssignedAfterDecl = true
					setBindingWith(decl.Binding, name, withBetween(b.scope, sym))
				}
			})
		}
		b.visitBindingDefaults(&decl.Binding)
		if decl.Value != nil {
			b.visitExpr(decl.Value)
		}
		forEachBindingName(decl.Binding, func(name string, loc Loc) {
			if sym := b.scope.lookupLocal(name); sym != nil {
				b.markInitialized(sym)
			}
		})
	}
}

// resolveDeclared finds the symbol a var declaration refers to.
func (b *binder) resolveDeclared(name string) *Symbol {
	for s := b.scope; s != nil; s = s.Parent {
		if sym, ok := s.Members[name]; ok {
			return sym
		}
	}
	return b.global(name, 0)
}

// lookupLocal finds name in s or its enclosing scopes up to the function scope.
func (s *Scope) lookupLocal(name string) *Symbol {
	for sc := s; sc != nil; sc = sc.Parent {
		if sym, ok := sc.Members[name]; ok {
			return sym
		}
		if sc.IsFunctionScope() {
			return nil
		}
	}
	return nil
}

// visitBindingDefaults visits default values and computed keys in a pattern.
func (b *binder) visitBindingDefaults(bd *Binding) {
	switch d := bd.Data.(type) {
	case *BArray:
		for i := range d.Items {
			it := &d.Items[i]
			b.visitBindingDefaults(&it.Binding)
			if it.DefaultValue != nil {
				b.visitExpr(it.DefaultValue)
			}
		}
	case *BObject:
		for i := range d.Properties {
			p := &d.Properties[i]
			if p.IsComputed {
				b.visitExpr(&p.Key)
			}
			b.visitBindingDefaults(&p.Value)
			if p.DefaultValue != nil {
				b.visitExpr(p.DefaultValue)
			}
		}
	}
}

// global returns the shared Unbound symbol for an undeclared name.
func (b *binder) global(name string, loc Loc) *Symbol {
	sym, ok := b.unbound[name]
	if !ok {
		sym = &Symbol{Name: name, Kind: SymUnbound, Loc: loc, Index: -1}
		b.unbound[name] = sym
		b.ast.Unbound = append(b.ast.Unbound, sym)
	}
	return sym
}

// isFnBoundary reports scopes whose code runs as a separate function.
func isFnBoundary(s *Scope) bool {
	return s.Kind == ScopeFunction || s.Kind == ScopeClassStaticBlock || s.Kind == ScopeFieldInit
}

// closestFnScope is the scope of the innermost function (or top level) containing s.
func closestFnScope(s *Scope) *Scope {
	for s.Parent != nil && !isFnBoundary(s) {
		s = s.Parent
	}
	return s
}

// markInitialized records that sym's declaration has just been evaluated.
func (b *binder) markInitialized(sym *Symbol) {
	if !sym.initialized {
		sym.initialized = true
		sym.initOrder = b.order
	}
}

// resolve binds a use of name at loc, recording captures and TDZ hazards.
func (b *binder) resolve(name string, loc Loc) *Symbol {
	useFn := closestFnScope(b.scope)
	for s := b.scope; s != nil; s = s.Parent {
		sym, ok := s.Members[name]
		if !ok {
			if name == "arguments" && s.Kind == ScopeFunction && s.Fn != nil && !s.Fn.IsArrow {
				return b.argumentsOf(s.Fn, s)
			}
			continue
		}
		sym.UseCount++
		if closestFnScope(s) != useFn {
			sym.Captured = true
			if sym.Kind == SymLet || sym.Kind == SymConst || sym.Kind == SymClass {
				sym.Scope.CapturedLets = true
			}
		}
		return sym
	}
	if name == "arguments" && !b.ast.IsModule {
		// A CommonJS file's top level is node's wrapper function, which has arguments.
		top := b.ast.Scope
		sym := b.newSymbol("arguments", SymArguments, top, loc)
		sym.initialized = true
		top.Members["arguments"] = sym
		return b.resolve(name, loc)
	}
	return b.global(name, loc)
}

// argumentsOf returns fn's implicit arguments symbol, creating it on first use.
func (b *binder) argumentsOf(fn *Fn, scope *Scope) *Symbol {
	if fn.ArgumentsRef == nil {
		fn.ArgumentsRef = b.newSymbol("arguments", SymArguments, scope, fn.Loc)
		fn.ArgumentsRef.initialized = true
		scope.Members["arguments"] = fn.ArgumentsRef
	}
	fn.UsesArguments = true
	for f := b.fn; f != nil && f != fn; f = f.Parent {
		f.UsesArguments = true // arrows in between capture it
	}
	return b.resolve("arguments", fn.Loc)
}

// markTDZ decides whether a use of sym here may run before its initialisation.
// In the declaring function, a use is safe once the declaration has been
// walked (source order is evaluation order there), except across switch cases.
// From a nested function it is safe when every function in between is an
// expression (not hoisted) and the outermost was created after initialisation.
func (b *binder) markTDZ(sym *Symbol, id *EIdentifier) {
	if sym.Kind == SymParam {
		// A parameter is in TDZ only within earlier parameters' defaults.
		id.MayBeTDZ = !sym.initialized
		return
	}
	if !sym.Kind.IsLexical() {
		return
	}
	if !sym.initialized || sym.Scope.Kind == ScopeSwitch {
		id.MayBeTDZ = true
		return
	}
	declFn := closestFnScope(sym.Scope)
	var outermost *Fn
	for s := b.scope; s != nil && closestFnScope(s) != declFn; s = s.Parent {
		if !isFnBoundary(s) {
			continue
		}
		if s.Kind != ScopeFunction || s.Fn == nil || s.Fn.IsDecl {
			id.MayBeTDZ = true
			return
		}
		outermost = s.Fn
	}
	id.MayBeTDZ = outermost != nil && b.fnCreated[outermost] < sym.initOrder
}

// withBetween is the innermost with body between a use in scope s and the
// declaration of sym (any with body, for an undeclared name), or nil.
func withBetween(s *Scope, sym *Symbol) *Scope {
	for ; s != nil; s = s.Parent {
		if sym.Kind != SymUnbound && s.Members[sym.Name] == sym {
			return nil
		}
		if s.Kind == ScopeWith {
			return s
		}
	}
	return nil
}

// setBindingWith marks the BIdentifier for name inside a pattern as
// assigned through the objects of the with bodies from with outwards.
func setBindingWith(bd Binding, name string, with *Scope) {
	bindingNamed(bd, name, func(d *BIdentifier) { d.With = with })
}

// visitIdentifier resolves a use (or, with isWrite, an assignment) of a name.
func (b *binder) visitIdentifier(e *Expr, id *EIdentifier, isWrite bool) {
	sym := b.resolve(id.Name, e.Loc)
	id.Ref = sym
	id.With = withBetween(b.scope, sym)
	b.markTDZ(sym, id)
	if isWrite {
		sym.AssignedAfterDecl = true
	}
}

// visitAssignTarget visits the left side of an assignment or a for-in/of head.
func (b *binder) visitAssignTarget(e *Expr) {
	switch d := e.Data.(type) {
	case *EIdentifier:
		b.visitIdentifier(e, d, true)
	case *EArray:
		for i := range d.Items {
			item := &d.Items[i]
			switch it := item.Data.(type) {
			case *ESpread:
				b.visitAssignTarget(&it.Value)
			case *EBinary:
				if it.Op == BinOpAssign {
					b.visitAssignTarget(&it.Left)
					b.visitExpr(&it.Right)
				} else {
					b.visitExpr(item)
				}
			case *EMissing:
			default:
				b.visitAssignTarget(item)
			}
		}
	case *EObject:
		for i := range d.Properties {
			p := &d.Properties[i]
			if p.IsComputed {
				b.visitExpr(&p.Key)
			}
			if p.Value == nil {
				continue
			}
			if bin, ok := p.Value.Data.(*EBinary); ok && bin.Op == BinOpAssign {
				b.visitAssignTarget(&bin.Left)
				b.visitExpr(&bin.Right)
			} else {
				b.visitAssignTarget(p.Value)
			}
			if p.Initializer != nil {
				b.visitExpr(p.Initializer)
			}
		}
	default:
		b.visitExpr(e)
	}
}

// visitExpr binds an expression and records what functions use (this, super,
// new.target, direct eval).
func (b *binder) visitExpr(e *Expr) {
	b.order++
	switch d := e.Data.(type) {
	case *EIdentifier:
		b.visitIdentifier(e, d, false)
	case *EArray:
		for i := range d.Items {
			b.visitExpr(&d.Items[i])
		}
	case *EUnary:
		if d.Op.IsUpdate() {
			b.visitAssignTarget(&d.Value)
		} else {
			b.visitExpr(&d.Value)
		}
	case *EBinary:
		if d.Op.IsAssign() {
			b.visitAssignTarget(&d.Left)
		} else {
			b.visitExpr(&d.Left)
		}
		b.visitExpr(&d.Right)
	case *EThis:
		b.markThis(func(f *Fn) { f.UsesThis = true })
	case *ESuper:
		// ECall/EDot parents mark the super kind; nothing to resolve here.
	case *ENewTarget:
		b.markThis(func(f *Fn) { f.UsesNewTarget = true })
	case *EImportCall:
		b.visitExpr(&d.Expr)
		if d.Options != nil {
			b.visitExpr(d.Options)
		}
	case *ENew:
		b.visitExpr(&d.Target)
		for i := range d.Args {
			b.visitExpr(&d.Args[i])
		}
	case *ECall:
		if _, ok := d.Target.Data.(*ESuper); ok {
			b.markThis(func(f *Fn) { f.UsesSuperCall = true; f.UsesThis = true })
		}
		b.visitExpr(&d.Target)
		for i := range d.Args {
			b.visitExpr(&d.Args[i])
		}
		if d.IsDirectEval {
			// Only a call of the global eval is a direct eval; a local `eval` is a plain call.
			if id := d.Target.Data.(*EIdentifier); id.Ref.Kind != SymUnbound {
				d.IsDirectEval = false
			} else {
				b.ast.UsesEval = append(b.ast.UsesEval, e.Loc)
				for s := b.scope; s != nil; s = s.Parent {
					s.ContainsDirectEval = true
				}
				for f := b.fn; f != nil; f = f.Parent {
					f.HasDirectEval = true
				}
			}
		}
	case *EDot:
		if _, ok := d.Target.Data.(*ESuper); ok {
			b.markThis(func(f *Fn) { f.UsesSuperProp = true; f.UsesThis = true })
		}
		b.visitExpr(&d.Target)
	case *EIndex:
		if _, ok := d.Target.Data.(*ESuper); ok {
			b.markThis(func(f *Fn) { f.UsesSuperProp = true; f.UsesThis = true })
		}
		b.visitExpr(&d.Target)
		b.visitExpr(&d.Index)
	case *EPrivateDot:
		b.visitExpr(&d.Target)
	case *EPrivateIn:
		b.visitExpr(&d.Value)
	case *EArrow:
		b.visitFn(d.Fn, false)
	case *EFunction:
		b.visitFn(d.Fn, true)
	case *EClass:
		b.visitClass(d.Class, false)
	case *EObject:
		for i := range d.Properties {
			b.visitProperty(&d.Properties[i])
		}
	case *ESpread:
		b.visitExpr(&d.Value)
	case *ETemplate:
		if d.Tag != nil {
			b.visitExpr(d.Tag)
		}
		for i := range d.Parts {
			b.visitExpr(&d.Parts[i].Value)
		}
	case *EAwait:
		b.visitExpr(&d.Value)
	case *EYield:
		if d.Value != nil {
			b.visitExpr(d.Value)
		}
	case *EIf:
		b.visitExpr(&d.Test)
		b.visitExpr(&d.Yes)
		b.visitExpr(&d.No)
	}
}

// markThis applies f to every function from the innermost up to and including
// the one that provides this/new.target/super (arrows pass it through).
func (b *binder) markThis(f func(*Fn)) {
	for fn := b.fn; fn != nil; fn = fn.Parent {
		f(fn)
		if !fn.IsArrow {
			return
		}
	}
}

// visitProperty binds an object literal member.
func (b *binder) visitProperty(p *Property) {
	if p.IsComputed {
		b.visitExpr(&p.Key)
	}
	if p.Value != nil {
		b.visitExpr(p.Value)
	}
	if p.Initializer != nil {
		b.visitExpr(p.Initializer)
	}
}

// visitFn binds a function: its own name (expressions), parameters, and body.
func (b *binder) visitFn(fn *Fn, isExpr bool) {
	savedStrict, savedFn := b.strict, b.fn
	fn.Parent = b.fn
	fn.Provider = fn
	if fn.IsArrow {
		fn.Provider = nil
		for f := b.fn; f != nil; f = f.Parent {
			if !f.IsArrow {
				fn.Provider = f
				break
			}
		}
	}
	b.strict = fn.Strict
	b.fn = fn
	b.fnCreated[fn] = b.order
	pushed := 0
	if isExpr && fn.Name != nil {
		s := b.pushScope(ScopeFunctionName, fn.Loc)
		id := fn.Name.Data.(*BIdentifier)
		sym := b.newSymbol(id.Name, SymFunctionExpr, s, fn.Name.Loc)
		sym.initialized = true
		s.Members[id.Name] = sym
		id.Ref = sym
		pushed++
	}
	fn.Scope = b.pushScope(ScopeFunction, fn.Loc)
	fn.Scope.Fn = fn
	pushed++
	for _, a := range fn.Args {
		forEachBindingName(a.Binding, func(name string, loc Loc) {
			sym, ok := fn.Scope.Members[name]
			if !ok {
				sym = b.newSymbol(name, SymParam, fn.Scope, loc)
				fn.Scope.Members[name] = sym
			}
			setBindingRef(a.Binding, name, sym)
		})
	}
	for i := range fn.Args {
		a := &fn.Args[i]
		b.visitBindingDefaults(&a.Binding)
		if a.Default != nil {
			b.visitExpr(a.Default)
		}
		forEachBindingName(a.Binding, func(name string, _ Loc) { b.markInitialized(fn.Scope.Members[name]) })
	}
	fn.BodyScope = fn.Scope
	// With parameter expressions, the body's declarations live in a separate
	// environment (FunctionDeclarationInstantiation step 28).
	if !fn.HasSimpleParams {
		fn.BodyScope = b.pushScope(ScopeFunctionBody, fn.BodyLoc)
		pushed++
	}
	b.hoistVars(fn.Body, fn.BodyScope)
	b.declareLexical(fn.Body, fn.BodyScope, false)
	b.visitStmts(fn.Body)
	for ; pushed > 0; pushed-- {
		b.popScope()
	}
	b.strict, b.fn = savedStrict, savedFn
}

// visitClass binds a class: the outer binding (declarations), the inner name,
// heritage, and members; static blocks get a function-like scope.
func (b *binder) visitClass(c *Class, isDecl bool) {
	savedStrict := b.strict
	b.strict = true
	c.Scope = b.pushScope(ScopeClass, c.Loc)
	var inner *Symbol
	if c.Name != nil {
		id := c.Name.Data.(*BIdentifier)
		inner = b.newSymbol(id.Name, SymClassInner, c.Scope, c.Name.Loc)
		c.Scope.Members[id.Name] = inner
		if !isDecl {
			id.Ref = inner
		}
	}
	if c.Extends != nil {
		b.visitExpr(c.Extends)
	}
	for i := range c.Properties {
		p := &c.Properties[i]
		if p.IsComputed {
			b.visitExpr(&p.Key)
		}
	}
	// The inner name is initialised before any member body can run: methods
	// are only reachable once the class exists, fields and static blocks run after.
	if inner != nil {
		b.markInitialized(inner)
	}
	for i := range c.Properties {
		p := &c.Properties[i]
		switch {
		case p.Kind == PropertyStaticBlock:
			sb := p.StaticBlock
			sb.Scope = b.pushScope(ScopeClassStaticBlock, sb.Loc)
			savedFn := b.fn
			b.fn = nil
			b.hoistVars(sb.Body, sb.Scope)
			b.declareLexical(sb.Body, sb.Scope, false)
			b.visitStmts(sb.Body)
			b.fn = savedFn
			b.popScope()
		case p.Value != nil:
			if p.IsMethod {
				b.visitExpr(p.Value)
			} else {
				// Field initialisers run later, in the constructor, with `this` the instance.
				savedFn := b.fn
				b.fn = nil
				b.pushScope(ScopeFieldInit, p.Loc)
				b.visitExpr(p.Value)
				b.popScope()
				b.fn = savedFn
			}
		}
	}
	b.popScope()
	if isDecl && c.Name != nil {
		if sym := c.Name.Data.(*BIdentifier).Ref; sym != nil {
			b.markInitialized(sym)
		}
	}
	b.strict = savedStrict
}

// checkExports verifies that exported local names exist and exported names are unique.
func (b *binder) checkExports() {
	seen := map[string]bool{}
	add := func(name string, loc Loc) {
		if seen[name] {
			b.fail(loc, "Duplicate export of '"+name+"'")
		}
		seen[name] = true
	}
	for _, st := range b.ast.Exports {
		switch d := st.Data.(type) {
		case *SExportClause:
			for _, it := range d.Items {
				add(it.Name, it.Loc)
				if _, ok := b.ast.Scope.Members[it.Local]; !ok {
					b.fail(it.Loc, "Export '"+it.Local+"' is not defined in module")
				}
			}
		case *SExportFrom:
			for _, it := range d.Items {
				add(it.Name, it.Loc)
			}
		case *SExportStar:
			if d.Alias != "" {
				add(d.Alias, st.Loc)
			}
		case *SExportDefault:
			add("default", st.Loc)
		case *SLocal:
			for _, decl := range d.Decls {
				forEachBindingName(decl.Binding, add)
			}
		case *SFunction:
			add(d.Fn.Name.Data.(*BIdentifier).Name, d.Fn.Name.Loc)
		case *SClass:
			add(d.Class.Name.Data.(*BIdentifier).Name, d.Class.Name.Loc)
		}
	}
}
