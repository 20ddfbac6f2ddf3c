package frontend

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestNamesAndSourceTextMatchNode checks Fn.InferredName / Class.InferredName
// and the recorded source ranges (Function.prototype.toString) against what
// node prints for testdata/names.js (recorded in names.golden).
func TestNamesAndSourceTextMatchNode(t *testing.T) {
	const js, golden = "testdata/names.js", "testdata/names.golden"
	text, want := readNodeGolden(t, js, golden)
	ast, err := Parse(NewSource(js, text))
	if err != nil {
		t.Fatal(err)
	}
	// Every (name, source text) pair of the AST's functions and classes.
	ours := map[string]int{}
	quote := func(s string) string {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false) // like JSON.stringify: `=>` stays as is
		enc.Encode(s)
		return strings.TrimSuffix(b.String(), "\n")
	}
	add := func(name string, r Range) {
		ours[quote(name)+" "+quote(string(text[r.Loc:r.End()]))]++
	}
	walkAST(ast, func(n any) {
		switch d := n.(type) {
		case *Fn:
			add(d.InferredName, d.Range)
		case *Class:
			add(d.InferredName, d.Range)
		}
	})
	lines := strings.Split(strings.TrimSpace(string(want)), "\n")
	for _, l := range lines {
		if ours[l] == 0 {
			t.Errorf("node: %s; no function in the AST has that name and source text", l)
			continue
		}
		ours[l]--
	}
	t.Logf("%d functions checked", len(lines))
}
