package lower

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTemplate: an untagged template is rt.TemplateString over its strings
// and substitutions; a tagged one calls the tag (with its object as this
// for a member tag) with the site's template object and the values.
func TestTemplate(t *testing.T) {
	for _, tc := range []struct{ js, want string }{
		{"`a${x}b${y}`;", `TemplateString('a', GetGlobal("x"), 'b', GetGlobal("y"))`},
		{"`plain`;", `TemplateString('plain')`},
		{"`${x}`;", `TemplateString(GetGlobal("x"))`},
		{"tag`a${x}b`;", `src := GetGlobal("tag"); CallThis("tag", src, Undefined, template.Object(), GetGlobal("x"))`},
		{"o.tag`x`;", `src := GetGlobal("o"); src_2 := GetProp(src, Key("tag")); CallThis("o.tag", src_2, src, template.Object())`},
		{"o[k]`x`;", `src := GetGlobal("o"); src_2 := GetIndex(src, GetGlobal("k")); CallThis("o[k]", src_2, src, template.Object())`},
		{"f(`${a}`, g());", `CallFunc("f", GetGlobal("f"), TemplateString(GetGlobal("a")), CallFunc("g", GetGlobal("g")))`},
	} {
		t.Run(tc.js, func(t *testing.T) { expectIR(t, tc.js, tc.want) })
	}
}

// TestTemplateCooking: a tagged template's site keeps the cooked strings
// (escapes decoded, nil where an escape is invalid, which cooks to
// undefined) and the raw ones (CRLF and CR read as LF in both).
func TestTemplateCooking(t *testing.T) {
	for _, tc := range []struct {
		js     string
		cooked []any // string, or nil for undefined
		raw    []string
	}{
		{"tag`a\\n${x}\\u{41}`", []any{"a\n", "A"}, []string{"a\\n", "\\u{41}"}},
		{"tag`bad \\unicode${x}ok`", []any{nil, "ok"}, []string{"bad \\unicode", "ok"}},
		{"tag`\\x41\\0`", []any{"A\x00"}, []string{"\\x41\\0"}},
		{"tag`a\r\nb\rc`", []any{"a\nb\nc"}, []string{"a\nb\nc"}},
		{"tag``", []any{""}, []string{""}},
		{"tag`a${x}`", []any{"a", ""}, []string{"a", ""}},
	} {
		t.Run(tc.js, func(t *testing.T) {
			prog, err := lowerSource(t, tc.js)
			require.NoError(t, err)
			require.Len(t, prog.Templates, 1)
			site := prog.Templates[0]
			var cooked []any
			for _, c := range site.Cooked {
				if c == nil {
					cooked = append(cooked, nil)
				} else {
					cooked = append(cooked, WTF8(c))
				}
			}
			require.Equal(t, tc.cooked, cooked)
			require.Equal(t, tc.raw, site.Raw)
		})
	}
}
