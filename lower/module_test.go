package lower

import (
	"testing"

	"github.com/stretchr/testify/require"

	js "github.com/js2go/js2go/frontend"
)

func lowerModule(t *testing.T, src string) (*Program, error) {
	t.Helper()
	ast, err := js.Parse(&js.Source{Name: "t.mjs", Path: "/t.mjs", Text: []byte(src)})
	require.NoError(t, err)
	return Lower(ast)
}

// TestModuleDiagnostics checks the imports a module may not have yet, with
// the position of the module name.
func TestModuleDiagnostics(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{"import fs from 'fs'", `t.mjs:1:16: unsupported: import of "fs"`},
		{"import { x } from './x.mjs'", `t.mjs:1:19: unsupported: import of "./x.mjs"`},
		{"import 'node:child_process'", `t.mjs:1:8: unsupported: import of "node:child_process"`},
		{"import t from 'node:timers' with { type: 'json' }", `t.mjs:1:15: unsupported: import of "node:timers"`},
		{"export * from 'node:timers'", `t.mjs:1:15: unsupported: import of "node:timers"`},
		{"export { x } from 'y'", `t.mjs:1:19: unsupported: import of "y"`},
		{"await import('node:timers')", "t.mjs:1:7: unsupported: dynamic import()"},
	} {
		t.Run(tc.js, func(t *testing.T) {
			_, err := lowerModule(t, tc.js)
			require.EqualError(t, err, tc.want)
		})
	}
}

// TestModuleBody checks the function a module's body becomes: async only
// with a top-level await, called by Main through rt.EvaluateModule.
func TestModuleBody(t *testing.T) {
	for _, tc := range []struct {
		js    string
		async bool
	}{
		{"f()", false},
		{"export const x = 1; f(x)", false},
		{"await f()", true},
		{"async function g() { await f() }", false},
	} {
		prog, err := lowerModule(t, tc.js)
		require.NoError(t, err, tc.js)
		require.NotNil(t, prog.Module, tc.js)
		require.Equal(t, tc.async, prog.Module.Async, tc.js)
		require.Equal(t, tc.async, MachineOf(prog.Module.Body) != nil, tc.js)
		last := prog.Main.Body[len(prog.Main.Body)-1].(*SExpr).Value.(*ECall)
		require.Equal(t, "EvaluateModule", last.Func, tc.js)
	}
	prog, err := lowerSource(t, "f()")
	require.NoError(t, err)
	require.Nil(t, prog.Module, "a script is no module")
}

// TestModuleExports checks the exports record: every exported name with
// the variable holding it.
func TestModuleExports(t *testing.T) {
	prog, err := lowerModule(t, `export const a = 1, { b, c: [d] } = o;
export function f() {}
export class K {}
const hidden = 2;
export { hidden as shown, a as 'a b' };
export default a + hidden;`)
	require.NoError(t, err)
	var names []string
	for _, e := range prog.Module.Exports {
		require.NotNil(t, e.Var, e.Name)
		names = append(names, e.Name)
	}
	require.Equal(t, []string{"a", "b", "d", "f", "K", "shown", "a b", "default"}, names)

	prog, err = lowerModule(t, "export { setTimeout as sleep, setImmediate } from 'node:timers/promises'; export * as timers from 'timers'")
	require.NoError(t, err)
	names = nil
	for _, e := range prog.Module.Exports {
		names = append(names, e.Name)
	}
	require.Equal(t, []string{"sleep", "setImmediate", "timers"}, names)

	for _, src := range []string{"export default function () {}", "export default async function* () {}", "export default class {}"} {
		prog, err := lowerModule(t, src)
		require.NoError(t, err, src)
		require.Len(t, prog.Module.Exports, 1, src)
		require.Equal(t, "default", prog.Module.Exports[0].Name, src)
	}
}

// TestModuleNames checks that a module reads this as its body's own this
// (undefined when evaluated) and the CommonJS wrapper's names as globals.
func TestModuleNames(t *testing.T) {
	prog, err := lowerModule(t, "f(this, () => this, require, typeof module)")
	require.NoError(t, err)
	call := findCall(prog.Module.Body.Body, "CallFunc")
	require.NotNil(t, call)
	require.Equal(t, prog.Module.Body.This, call.Args[2].(*EVar).Var)
	require.Equal(t, "GetGlobal", call.Args[4].(*ECall).Func)
	require.Equal(t, "TypeofGlobal", call.Args[5].(*ECall).Func)
}

// findCall is the first statement-level call to the runtime function name.
func findCall(list []Stmt, name string) *ECall {
	for _, s := range list {
		if e, ok := s.(*SExpr); ok {
			if c, ok := e.Value.(*ECall); ok && c.Func == name {
				return c
			}
		}
	}
	return nil
}
