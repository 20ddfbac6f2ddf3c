package lower

import (
	"reflect"

	js "github.com/js2go/js2go/frontend"
)

// Storage: every declared binding is a Go variable of the function that
// declares it (a closure shares it by capture, as JavaScript does); an
// undeclared name is a property of the global object. A lexical binding that
// binding found may be used before its initialisation (EIdentifier.MayBeTDZ)
// starts as rt.Uninitialized, and exactly those uses check it.

// findTDZ collects the bindings with a use that may see the temporal dead zone.
func (l *lowerer) findTDZ() {
	l.tdz = map[*js.Symbol]bool{}
	for _, s := range l.ast.Body {
		walkIdentifiers(reflect.ValueOf(s), func(id *js.EIdentifier) {
			if id.MayBeTDZ && id.Ref != nil {
				l.tdz[id.Ref] = true
			}
		})
	}
}

// symbolsUsedIn lists the bindings that a function's parameter defaults
// name: those parameters must exist before the defaults run.
func symbolsUsedIn(fn *js.Fn) map[*js.Symbol]bool {
	used := map[*js.Symbol]bool{}
	for _, a := range fn.Args {
		if a.Default != nil {
			walkIdentifiers(reflect.ValueOf(a.Default), func(id *js.EIdentifier) { used[id.Ref] = true })
		}
	}
	return used
}

// walkIdentifiers calls visit for every identifier use in an AST subtree.
func walkIdentifiers(root reflect.Value, visit func(*js.EIdentifier)) {
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			if id, ok := v.Interface().(*js.EIdentifier); ok {
				visit(id)
				return
			}
			walk(v.Elem())
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Struct:
			t := v.Type()
			for i := 0; i < t.NumField(); i++ {
				switch t.Field(i).Type {
				case scopeType, symbolType, fnPtrType:
					// Scopes and symbols lead back up the tree; a *Fn field
					// that is not the node's own function (Parent, Provider)
					// does too. Functions are reached through EFunction etc.
					if t.Field(i).Name != "Fn" {
						continue
					}
				}
				walk(v.Field(i))
			}
		}
	}
	walk(root)
}

var (
	scopeType  = reflect.TypeOf((*js.Scope)(nil))
	symbolType = reflect.TypeOf((*js.Symbol)(nil))
	fnPtrType  = reflect.TypeOf((*js.Fn)(nil))
)

// mappedParam is a parameter aliased to arguments[index].
type mappedParam struct {
	index     int
	arguments *Var
}

// readLocal reads a declared binding's variable (through the arguments
// object for a mapped parameter).
func (l *lowerer) readLocal(s *js.Symbol, v *Var) Expr {
	if m, ok := l.mapped[s]; ok {
		return call("MappedGet", read(m.arguments), goInt(m.index), read(v))
	}
	return read(v)
}

// isLocal reports whether a symbol is a Go variable (not a global lookup).
func isLocal(s *js.Symbol) bool { return s != nil && s.Kind != js.SymUnbound }

// varOf is the Go variable of a declared binding, made on first sight in the
// current function.
func (l *lowerer) varOf(s *js.Symbol) *Var {
	if v := l.vars[s]; v != nil {
		return v
	}
	v := l.newVar(s.Name, TValue)
	v.Captured = s.Captured && s.AssignedAfterDecl
	l.vars[s] = v
	return v
}

// declareScope declares the bindings of a block-like scope at the start of
// its Go block: function declarations are hoisted, and lexical bindings that
// a hoisted function captures or that may be read before initialisation must
// exist before any code of the block. Other lexical bindings are declared where
// their JavaScript declaration is (`x := value`), which reads best.
// When early is set (a switch body) every lexical binding is declared first.
func (l *lowerer) declareScope(scope *js.Scope, body []js.Stmt, early bool) {
	if scope == nil {
		return
	}
	// A hoisted function may capture a binding declared after it in Go.
	hoists := false
	for _, st := range body {
		_, fn := st.Data.(*js.SFunction)
		hoists = hoists || fn
	}
	for _, s := range sortedMembers(scope) {
		if !s.Kind.IsLexical() && s.Kind != js.SymFunction {
			continue
		}
		if s.Kind == js.SymClassInner {
			continue
		}
		if l.vars[s] != nil {
			continue
		}
		if early || s.Kind == js.SymFunction || s.Captured && hoists || l.tdz[s] {
			v := l.varOf(s)
			var init Expr
			if l.tdz[s] {
				init = &EConst{Kind: ConstUninitialized}
			}
			l.emit(&SLocal{Var: v, Value: init})
		}
	}
	l.hoistFunctions(body)
}

// sortedMembers lists a scope's symbols in declaration order.
func sortedMembers(scope *js.Scope) []*js.Symbol {
	list := make([]*js.Symbol, 0, len(scope.Members))
	for _, s := range scope.Members {
		list = append(list, s)
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j].Index < list[j-1].Index; j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	return list
}
