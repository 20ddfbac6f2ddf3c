package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var (
	asyncSeeds = flag.Int("async-seeds", 12, "how many random async programs TestAsyncDifferential generates")
	asyncFirst = flag.Int("async-first", 1, "the first seed TestAsyncDifferential generates")
)

// TestAsyncDifferential generates random but deterministic async programs
// (async functions, awaits of values, promises and thenables, then-chains,
// queueMicrotask, nextTick, timers with distinct delays, try/catch/finally,
// loops with awaits, combinators), runs each under node and compiled by
// js2go, and compares stdout and exit status. A short seed range runs by
// default; -async-seeds 2000 runs thousands locally.
func TestAsyncDifferential(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	dir := t.TempDir()
	var progs []*corpusProgram
	byPkg := map[string]*corpusProgram{}
	want := map[string]runResult{}
	for seed := *asyncFirst; seed < *asyncFirst+*asyncSeeds; seed++ {
		rel := fmt.Sprintf("async%d.js", seed)
		src := genAsyncProgram(uint64(seed))
		path := filepath.Join(dir, rel)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := runIn(nodeTimeout, "node", path)
		if err != nil {
			t.Fatalf("node %s: %v", rel, err)
		}
		want[rel] = r
		p := &corpusProgram{rel: rel, pkg: packageName(rel)}
		var cerr error
		if p.goSrc, cerr = transpile(rel, path, []byte(src), p.pkg); cerr != nil {
			t.Errorf("seed %d does not compile: %v\n%s", seed, cerr, src)
			continue
		}
		progs = append(progs, p)
		byPkg[p.pkg] = p
	}
	exe := buildCorpus(t, progs, byPkg)
	for _, p := range progs {
		if p.broken != "" {
			t.Errorf("%s: %s", p.rel, p.broken)
			continue
		}
		got, err := runIn(programTimeout, exe, p.rel)
		w := want[p.rel]
		if err != nil || got.stdout != w.stdout || got.code != w.code {
			src, _ := os.ReadFile(filepath.Join(dir, p.rel))
			t.Errorf("%s differs from node (exit %d, node's %d; %v):\n%s\nstderr:\n%s\nprogram:\n%s",
				p.rel, got.code, w.code, err, lineDiff(w.stdout, got.stdout), clip(got.stderr), src)
		}
	}
}

// asyncGen writes one random program; n numbers the labels so that every
// printed line says where it came from.
type asyncGen struct {
	rng    *rand.Rand
	b      strings.Builder
	n      int
	delay  int // the last timer delay handed out: delays are distinct and 20 ms apart
	funcs  int // async functions defined so far
	indent string
	// top is set while writing the script's own synchronous statements:
	// only there are timers made, all at about the same instant, so that
	// distinct delays give one order in spite of node's timing jitter.
	top bool
}

func genAsyncProgram(seed uint64) string {
	g := &asyncGen{rng: rand.New(rand.NewPCG(seed, 7))}
	g.line("const log = (...a) => console.log(...a);")
	for f := range 2 + g.rng.IntN(3) {
		g.line(fmt.Sprintf("async function f%d(x) {", f))
		g.block(2, true)
		g.line(fmt.Sprintf("  return x + %d;", f))
		g.line("}")
		g.funcs++
	}
	for range 3 + g.rng.IntN(4) {
		g.top = true
		g.stmt(1, false)
	}
	g.top = false
	for f := range g.funcs {
		if g.rng.IntN(2) == 0 {
			g.line(fmt.Sprintf("f%d(%d).then(v => log('done f%d', v), e => log('failed f%d', e.message));", f, f, f, f))
		}
	}
	return g.b.String()
}

func (g *asyncGen) line(s string) { g.b.WriteString(g.indent + s + "\n") }

func (g *asyncGen) label() string {
	g.n++
	return fmt.Sprintf("'L%d'", g.n)
}

func (g *asyncGen) nextDelay() int {
	g.delay += 20
	return g.delay
}

func (g *asyncGen) block(depth int, async bool) {
	saved := g.indent
	g.indent += "  "
	for range 1 + g.rng.IntN(3) {
		g.stmt(depth, async)
	}
	g.indent = saved
}

// awaitable is an expression to await (or to resolve a promise with).
func (g *asyncGen) awaitable(async bool) string {
	v := g.rng.IntN(100)
	switch g.rng.IntN(9) {
	case 0:
		return fmt.Sprint(v)
	case 1:
		return fmt.Sprintf("Promise.resolve(%d)", v)
	case 2:
		return fmt.Sprintf("{ then(r) { log(%s); r(%d); } }", g.label(), v)
	case 3:
		if g.funcs > 0 {
			return fmt.Sprintf("f%d(%d)", g.rng.IntN(g.funcs), v)
		}
		return fmt.Sprint(v)
	case 4:
		if !g.top {
			return fmt.Sprintf("Promise.resolve(%d).then(x => x + 1)", v)
		}
		return fmt.Sprintf("new Promise(r => setTimeout(() => r(%d), %d))", v, g.nextDelay())
	case 5:
		return fmt.Sprintf("Promise.all([%s, %s])", g.awaitable(async), g.awaitable(async))
	case 6:
		return fmt.Sprintf("Promise.race([%s, %s])", g.awaitable(async), g.awaitable(async))
	case 7:
		return fmt.Sprintf("Promise.allSettled([%s, Promise.reject(new Error('R%d'))]).then(a => a.map(x => x.status).join())", g.awaitable(async), v)
	default:
		return fmt.Sprintf("Promise.any([Promise.reject(new Error('A')), %s])", g.awaitable(async))
	}
}

func (g *asyncGen) stmt(depth int, async bool) {
	kinds := 6
	if async {
		kinds = 10
	}
	if depth > 3 {
		kinds = 3
	}
	switch g.rng.IntN(kinds) {
	case 0:
		g.line(fmt.Sprintf("log(%s);", g.label()))
	case 1:
		g.line(fmt.Sprintf("queueMicrotask(() => log(%s));", g.label()))
	case 2:
		g.line(fmt.Sprintf("process.nextTick(() => log(%s));", g.label()))
	case 3:
		if !g.top {
			g.line(fmt.Sprintf("Promise.reject(new Error(%s)).catch(e => log(e.message));", g.label()))
			return
		}
		g.line(fmt.Sprintf("setTimeout(() => log(%s), %d);", g.label(), g.nextDelay()))
	case 4:
		g.line(fmt.Sprintf("Promise.resolve(%s).then(v => log(%s, v)).then(() => log(%s));", g.awaitable(false), g.label(), g.label()))
	case 5:
		g.line("(async () => {")
		top := g.top
		g.top = false
		g.block(depth+1, true)
		g.top = top
		g.line(fmt.Sprintf("})().then(() => log(%s));", g.label()))
	case 6:
		g.line(fmt.Sprintf("log(%s, await %s);", g.label(), g.awaitable(true)))
	case 7:
		g.line(fmt.Sprintf("for (let i = 0; i < %d; i++) {", 1+g.rng.IntN(3)))
		g.line(fmt.Sprintf("  log(%s, i, await %s);", g.label(), g.awaitable(true)))
		g.line("}")
	case 8:
		g.line("try {")
		g.block(depth+1, true)
		if g.rng.IntN(2) == 0 {
			g.line(fmt.Sprintf("  await Promise.reject(new Error(%s));", g.label()))
		} else {
			g.line(fmt.Sprintf("  throw new Error(%s);", g.label()))
		}
		g.line("} catch (e) {")
		g.line(fmt.Sprintf("  log(%s, e.message, await %s);", g.label(), g.awaitable(true)))
		g.line("} finally {")
		g.line(fmt.Sprintf("  log(%s);", g.label()))
		g.line("}")
	default:
		g.line(fmt.Sprintf("if (await %s) {", g.awaitable(true)))
		g.block(depth+1, true)
		g.line("}")
	}
}
