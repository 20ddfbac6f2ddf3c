package frontend

// binder resolves every identifier to a Symbol, builds the scope tree, and
// records captures, TDZ-relevant uses and function facts (this/arguments/eval).
type binder struct {
	ast     *AST
	src     *Source
	scope   *Scope
	fn      *Fn // innermost function of any kind (nil at top level)
	unbound map[string]*Symbol
	strict  bool

	order       int              // walk step counter, to compare when things happen
	fnCreated   map[*Fn]int      // the walk step at which each function object is created
	plainFns    map[*Symbol]bool // symbols declared by plain (not async/generator) block functions
	nextFnPlain bool             // the function being declared is plain
}

// bindFailure carries the first binding error out of the walk.
type bindFailure struct{ diag Diagnostic }

// Bind builds scopes and resolves names for a parsed AST. Parse calls it.
func Bind(ast *AST) (err error) {
	b := &binder{ast: ast, src: ast.Source, unbound: map[string]*Symbol{}, plainFns: map[*Symbol]bool{}, fnCreated: map[*Fn]int{}}
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(bindFailure)
			if !ok {
				panic(r)
			}
			err = Diagnostics{f.diag}
		}
	}()
	kind := ScopeScript
	if ast.IsModule {
		kind = ScopeModule
	}
	b.strict = ast.Strict
	ast.Scope = b.pushScope(kind, 0)
	b.hoistVars(ast.Body, ast.Scope)
	b.declareLexical(ast.Body, ast.Scope, ast.IsModule)
	b.visitStmts(ast.Body)
	if ast.IsModule {
		b.checkExports()
	}
	return nil
}

// fail reports a binding-time SyntaxError (redeclarations, exports).
func (b *binder) fail(loc Loc, msg string) {
	panic(bindFailure{Diagnostic{Source: b.src, Loc: loc, Kind: SyntaxError, Message: msg}})
}

func (b *binder) pushScope(kind ScopeKind, loc Loc) *Scope {
	s := &Scope{Kind: kind, Parent: b.scope, Members: map[string]*Symbol{}, Loc: loc, Strict: b.strict}
	if b.scope != nil {
		b.scope.Children = append(b.scope.Children, s)
		if kind != ScopeClassStaticBlock && kind != ScopeFieldInit {
			s.Fn = b.scope.Fn
		}
	}
	b.scope = s
	return s
}

// redeclared reports a redeclaration where V8 does: at the later declaration.
func (b *binder) redeclared(prev *Symbol, name string, loc Loc) {
	if prev.Loc > loc {
		loc = prev.Loc
	}
	b.fail(loc, "Identifier '"+name+"' has already been declared")
}

// sloppyPair reports two plain function declarations of one name in a
// sloppy-mode block, which Annex B.3.3.4 allows.
func (b *binder) sloppyPair(prev *Symbol, loc Loc) bool {
	return !b.strict && b.plainFns[prev] && b.nextFnPlain
}

func (b *binder) popScope() { b.scope = b.scope.Parent }

// newSymbol makes a symbol and records it in AST.Symbols.
func (b *binder) newSymbol(name string, kind SymbolKind, scope *Scope, loc Loc) *Symbol {
	sym := &Symbol{Name: name, Kind: kind, Scope: scope, Loc: loc, Index: len(b.ast.Symbols)}
	b.ast.Symbols = append(b.ast.Symbols, sym)
	return sym
}

// varScope is the closest scope holding var declarations.
func varScope(s *Scope) *Scope {
	for !s.IsFunctionScope() {
		s = s.Parent
	}
	return s
}

// declare adds a name to scope, applying the redeclaration rules.
func (b *binder) declare(scope *Scope, name string, kind SymbolKind, loc Loc) *Symbol {
	if prev, ok := scope.Members[name]; ok {
		if conflicts(prev.Kind, kind, scope, b.strict) && !(kind == SymFunction && prev.Kind == SymFunction && b.sloppyPair(prev, loc)) {
			b.redeclared(prev, name, loc)
		}
		if kind == SymFunction && prev.Kind != SymFunction && prev.Kind != SymParam {
			prev.Kind = SymFunction
		}
		return prev
	}
	sym := b.newSymbol(name, kind, scope, loc)
	scope.Members[name] = sym
	return sym
}

// conflicts reports whether declaring next where prev exists in the same scope is an error.
func conflicts(prev, next SymbolKind, scope *Scope, strict bool) bool {
	lexicalish := func(k SymbolKind) bool {
		return k.IsLexical() || k == SymImport
	}
	if lexicalish(prev) || lexicalish(next) {
		return true
	}
	if prev == SymFunction && next == SymFunction {
		// Sloppy-mode duplicate block functions are allowed (Annex B); top-level
		// functions of a function body or script are var-like.
		return scope.Kind == ScopeBlock || scope.Kind == ScopeSwitch || scope.Kind == ScopeModule
	}
	if scope.Kind == ScopeBlock || scope.Kind == ScopeSwitch || scope.Kind == ScopeModule {
		// In blocks (and module top level) functions are lexical.
		return prev == SymFunction || next == SymFunction
	}
	return false
}

// hoistVars declares every var (and top-level function) of a function body in
// scope, checking that no lexical declaration between them has the same name.
func (b *binder) hoistVars(stmts []Stmt, scope *Scope) {
	for _, s := range stmts {
		b.hoistStmt(s, scope)
	}
}

// hoistStmt declares the vars of one statement, descending into nested
// statements but never into functions.
func (b *binder) hoistStmt(s Stmt, scope *Scope) {
	switch d := s.Data.(type) {
	case *SLocal:
		if d.Kind == LocalVar {
			for _, decl := range d.Decls {
				forEachBindingName(decl.Binding, func(name string, loc Loc) {
					b.declareVar(scope, name, loc)
				})
			}
		}
	case *SBlock:
		b.hoistVars(d.Stmts, scope)
	case *SIf:
		b.hoistStmt(d.Yes, scope)
		if d.No != nil {
			b.hoistStmt(*d.No, scope)
		}
	case *SFor:
		if d.Init != nil {
			b.hoistStmt(*d.Init, scope)
		}
		b.hoistStmt(d.Body, scope)
	case *SForIn:
		b.hoistStmt(d.Init, scope)
		b.hoistStmt(d.Body, scope)
	case *SForOf:
		b.hoistStmt(d.Init, scope)
		b.hoistStmt(d.Body, scope)
	case *SWhile:
		b.hoistStmt(d.Body, scope)
	case *SDoWhile:
		b.hoistStmt(d.Body, scope)
	case *SWith:
		b.hoistStmt(d.Body, scope)
	case *SLabel:
		b.hoistStmt(d.Stmt, scope)
	case *STry:
		b.hoistVars(d.Body, scope)
		if d.Catch != nil {
			b.hoistVars(d.Catch.Body, scope)
		}
		if d.Finally != nil {
			b.hoistVars(d.Finally.Body, scope)
		}
	case *SSwitch:
		for _, c := range d.Cases {
			b.hoistVars(c.Body, scope)
		}
	case *SExportDefault:
		b.hoistStmt(d.Value, scope)
	}
}

// declareVar declares (or reuses) a var in a function scope; a lexical
// declaration of the same name there is an error.
func (b *binder) declareVar(scope *Scope, name string, loc Loc) *Symbol {
	if prev, ok := scope.Members[name]; ok {
		if prev.Kind.IsLexical() || prev.Kind == SymImport || (prev.Kind == SymFunction && scope.Kind == ScopeModule) {
			b.redeclared(prev, name, loc)
		}
		if prev.Kind == SymHoisted {
			prev.Kind = SymVar
		}
		return prev
	}
	sym := b.newSymbol(name, SymVar, scope, loc)
	scope.Members[name] = sym
	return sym
}

// declareLexical declares the let/const/class/function declarations of a
// statement list directly in scope. topLevelFnLexical: functions are lexical
// (blocks and modules) rather than var-like (function bodies, scripts).
func (b *binder) declareLexical(stmts []Stmt, scope *Scope, topLevelFnLexical bool) {
	for _, s := range stmts {
		data := s.Data
		if ed, ok := data.(*SExportDefault); ok {
			data = ed.Value.Data
			if _, isExpr := data.(*SExpr); isExpr {
				ed.Ref = b.declare(scope, ".default", SymConst, ed.DefaultLoc)
				continue
			}
		}
		switch d := data.(type) {
		case *SLocal:
			if d.Kind == LocalVar {
				continue
			}
			kind := SymLet
			if d.Kind == LocalConst {
				kind = SymConst
			}
			for _, decl := range d.Decls {
				forEachBindingName(decl.Binding, func(name string, loc Loc) {
					b.checkVarConflict(scope, name, loc)
					sym := b.declare(scope, name, kind, loc)
					setBindingRef(decl.Binding, name, sym)
				})
			}
		case *SClass:
			name, loc := ".default", s.Loc
			if d.Class.Name != nil {
				name, loc = d.Class.Name.Data.(*BIdentifier).Name, d.Class.Name.Loc
			}
			b.checkVarConflict(scope, name, loc)
			sym := b.declare(scope, name, SymClass, loc)
			if d.Class.Name != nil {
				d.Class.Name.Data.(*BIdentifier).Ref = sym
			}
		case *SFunction:
			// V8 places a function declaration at its first token.
			name, loc := ".default", s.Loc
			if d.Fn.Name != nil {
				name = d.Fn.Name.Data.(*BIdentifier).Name
			}
			b.nextFnPlain = !d.Fn.IsAsync && !d.Fn.IsGenerator
			var sym *Symbol
			if topLevelFnLexical {
				b.checkVarConflict(scope, name, loc)
				sym = b.declare(scope, name, SymFunction, loc)
			} else {
				sym = b.declareVar(scope, name, loc)
				sym.Kind = SymFunction
			}
			sym.initialized = true
			if b.nextFnPlain && sym.Kind == SymFunction {
				if _, seen := b.plainFns[sym]; !seen {
					b.plainFns[sym] = true
				}
			} else {
				b.plainFns[sym] = false
			}
			if d.Fn.Name != nil {
				d.Fn.Name.Data.(*BIdentifier).Ref = sym
			}
			if scope.Kind == ScopeBlock || scope.Kind == ScopeSwitch {
				b.annexB(d, scope, name)
			}
		case *SImport:
			for _, bd := range importBindings(d) {
				id := bd.Data.(*BIdentifier)
				sym := b.declare(scope, id.Name, SymImport, bd.Loc)
				sym.initialized = true
				id.Ref = sym
			}
		}
	}
}

// importBindings lists the local bindings an import declares.
func importBindings(d *SImport) []Binding {
	var out []Binding
	if d.Default != nil {
		out = append(out, *d.Default)
	}
	if d.Namespace != nil {
		out = append(out, *d.Namespace)
	}
	for _, it := range d.Items {
		out = append(out, it.Binding)
	}
	return out
}

// checkVarConflict fails when a var of the same name was hoisted through scope.
func (b *binder) checkVarConflict(scope *Scope, name string, loc Loc) {
	if prev, ok := scope.Members[name]; ok && (prev.Kind == SymVar || prev.Kind == SymParam && (scope.Kind == ScopeFunction || scope.Kind == ScopeFunctionBody)) {
		b.redeclared(prev, name, loc)
	}
	if scope.Kind == ScopeFunctionBody {
		if prev, ok := scope.Parent.Members[name]; ok && prev.Kind == SymParam {
			b.redeclared(prev, name, loc)
		}
	}
	if scope.Kind == ScopeBlock && scope.Parent != nil && scope.Parent.Kind == ScopeCatch {
		if prev, ok := scope.Parent.Members[name]; ok && prev.Kind == SymCatch {
			b.redeclared(prev, name, loc)
		}
	}
}

// checkVarThroughBlocks fails when a var declared in the current scope would
// hoist past a lexical declaration of the same name.
func (b *binder) checkVarThroughBlocks(name string, loc Loc) {
	for s := b.scope; !s.IsFunctionScope(); s = s.Parent {
		prev, ok := s.Members[name]
		if !ok {
			continue
		}
		if prev.Kind.IsLexical() || prev.Kind == SymFunction || prev.Kind == SymImport {
			b.fail(loc, "Identifier '"+name+"' has already been declared")
		}
		if prev.Kind == SymCatch && s.catchPattern {
			b.fail(loc, "Identifier '"+name+"' has already been declared")
		}
	}
}

// annexB makes a sloppy-mode block function also a var of the enclosing
// function, unless a lexical declaration on the way would conflict (B.3.3).
func (b *binder) annexB(d *SFunction, block *Scope, name string) {
	if b.strict || d.Fn.IsAsync || d.Fn.IsGenerator {
		return
	}
	for s := block.Parent; ; s = s.Parent {
		if prev, ok := s.Members[name]; ok && (prev.Kind.IsLexical() || prev.Kind == SymImport) {
			return
		}
		if s.IsFunctionScope() {
			if prev, ok := s.Members[name]; ok && prev.Kind == SymParam {
				d.IsAnnexB = true
				d.VarRef = prev
				prev.AssignedAfterDecl = true
				return
			}
			sym, ok := s.Members[name]
			if !ok {
				sym = b.newSymbol(name, SymHoisted, s, d.Fn.Loc)
				s.Members[name] = sym
			}
			d.IsAnnexB = true
			d.VarRef = sym
			sym.AssignedAfterDecl = true // evaluating the block's declaration assigns it
			return
		}
	}
}

// setBindingRef points the BIdentifier for name inside a pattern at sym.
func setBindingRef(bd Binding, name string, sym *Symbol) {
	bindingNamed(bd, name, func(d *BIdentifier) { d.Ref = sym })
}

// bindingNamed calls f with each BIdentifier for name inside a pattern.
func bindingNamed(bd Binding, name string, f func(*BIdentifier)) {
	switch d := bd.Data.(type) {
	case *BIdentifier:
		if d.Name == name {
			f(d)
		}
	case *BArray:
		for _, it := range d.Items {
			bindingNamed(it.Binding, name, f)
		}
	case *BObject:
		for _, p := range d.Properties {
			bindingNamed(p.Value, name, f)
		}
	}
}
