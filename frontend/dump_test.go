package frontend

import "testing"

// expectPrinted checks the shape of the parsed tree through Dump.
func expectPrinted(t *testing.T, src, want string) {
	t.Helper()
	ast, err := Parse(NewSource("t.js", []byte(src)))
	if err != nil {
		t.Errorf("%q: %v", src, err)
		return
	}
	if got := Dump(ast.Body); got != want {
		t.Errorf("%q\n  got:  %s\n  want: %s", src, got, want)
	}
}

func TestPrecedence(t *testing.T) {
	for _, c := range [][2]string{
		{"a + b * c", "(a + (b * c));"},
		{"a * b + c", "((a * b) + c);"},
		{"a - b - c", "((a - b) - c);"},
		{"a ** b ** c", "(a ** (b ** c));"},
		{"(-a) ** b", "((-a) ** b);"},
		{"a = b = c", "(a = (b = c));"},
		{"a += b || c", "(a += (b || c));"},
		{"a || b && c | d ^ e & f", "(a || (b && (c | (d ^ (e & f)))));"},
		{"a == b < c << d + e", "(a == (b < (c << (d + e))));"},
		{"a ?? b ?? c", "((a ?? b) ?? c);"},
		{"a ? b : c ? d : e", "(a ? b : (c ? d : e));"},
		{"a ? b = 1 : c = 2", "(a ? (b = 1) : (c = 2));"},
		{"a, b = c, d", "((a, (b = c)), d);"},
		{"!a.b()", "(!a.b());"},
		{"typeof a + b", "((typeof a) + b);"},
		{"-a++", "(-(a++));"},
		{"++a.b", "(++a.b);"},
		{"new a.b.c(d)", "new a.b.c(d);"},
		{"new a().b", "new a().b;"},
		{"new new a()()", "new new a()();"},
		{"new a(b)(c)", "new a(b)(c);"},
		{"a?.b.c(d)?.[e]", "a?.b.c(d)?.[e];"},
		{"a in b instanceof c", "((a in b) instanceof c);"},
		{"x = a => b, c", "((x = (a) => { return b; }), c);"},
		{"x = async (a, b) => await a", "(x = async (a, b) => { return (await a); });"},
		{"x = async(a, b)", "(x = async(a, b));"},
		{"async\nfunction f() {}", "async; function f() { }"},
		{"yield\n/a/g", "((yield / a) / g);"},
		{"function* g() { yield\n/a/g }", "function* g() { (yield); /a/g; }"},
		{"function* g() { yield* a, b }", "function* g() { ((yield* a), b); }"},
		{"tag`a${b}c`", "tag`a${b}c`;"},
		{"a\n++b", "a; (++b);"},
		{"a\n(b)", "a(b);"},
		{"return\na", "return; a;"},
		{"let \n x = 1", "let x = 1;"},
		{"x = { a, b: 1, [c]: 2, ...d, get e() {}, async *f() {} }", "(x = {\"a\": a, \"b\": 1, [c]: 2, ...d, get \"e\" () { }, \"f\" async *() { }});"},
		{"for (let i = 0, j; i < 1; i++) ;", "for (let i = 0, j; (i < 1); (i++)) ;"},
		{"for (x of y) ; for (var [a] in b) ;", "for (x; of y) ; for (var [a]; in b) ;"},
		{"if (a) b; else if (c) d; else e", "if (a) b; else if (c) d; else e;"},
		{"do x; while (y) z", "do x; while (y); z;"},
		{"({a = 1} = b)", "({\"a\": a = 1} = b);"},
		{"[a, [b], ...c] = d", "([a, [b], ...c] = d);"},
		{"class A extends B { static x = 1; #y; static { z } m() {} }", "class A extends B { static \"x\": 1; #y; static { z; }; \"m\" () { }; }"},
		{"a = b ? c : d => e", "(a = (b ? c : (d) => { return e; }));"},
		{"x = 1 < 2 > 3", "(x = ((1 < 2) > 3));"},
		{"0x10 + 1e3 + .5 + 1_000 + 010 + 08", "(((((16 + 1000) + 0.5) + 1000) + 8) + 8);"},
		{"x = '\\x41\\u{1F600}\\101'", "(x = \"A😀A\");"},
	} {
		expectPrinted(t, c[0], c[1])
	}
}
