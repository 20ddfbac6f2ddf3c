package frontend

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "re-record testdata/*.golden by running node")

// A case file holds one Go-quoted JavaScript source per line; a leading "mjs "
// makes it an ES module. node's verdict for a case is "ok" or
// "LINE:COL: SyntaxError: message".

func readCases(t *testing.T, path string) (srcs []string, modules []bool) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		isModule := strings.HasPrefix(line, "mjs ")
		line = strings.TrimPrefix(line, "mjs ")
		s, err := strconv.Unquote(line)
		if err != nil {
			t.Fatalf("%s: bad case %s: %v", path, line, err)
		}
		srcs = append(srcs, s)
		modules = append(modules, isModule)
	}
	return srcs, modules
}

// nodeCheck runs `node --check` and turns its report into "LINE:COL: SyntaxError: msg".
func nodeCheck(t *testing.T, dir, src string, isModule bool) string {
	name := filepath.Join(dir, "case.js")
	if isModule {
		name = filepath.Join(dir, "case.mjs")
	}
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("node", "--check", name).CombinedOutput()
	if err == nil {
		return "ok"
	}
	lines := strings.Split(string(out), "\n")
	// name:LINE / source line / caret line / blank / SyntaxError: msg
	if len(lines) < 5 || !strings.HasPrefix(lines[0], name+":") {
		return "unparsed: " + strconv.Quote(string(out))
	}
	line := strings.TrimPrefix(lines[0], name+":")
	col := strings.IndexByte(lines[2], '^') + 1
	msg := ""
	for _, l := range lines[3:] {
		if strings.HasPrefix(l, "SyntaxError: ") {
			msg = l
			break
		}
	}
	return fmt.Sprintf("%s:%d: %s", line, col, msg)
}

func ourCheck(src string, isModule bool) string {
	name := "case.js"
	if isModule {
		name = "case.mjs"
	}
	_, err := Parse(NewSource(name, []byte(src)))
	if err == nil {
		return "ok"
	}
	return strings.TrimPrefix(err.Error(), name+":")
}

func TestSyntaxMatchesNode(t *testing.T) {
	srcs, modules := readCases(t, "testdata/syntax.cases")
	const golden = "testdata/syntax.golden"
	// The golden file maps each case (Go-quoted, "mjs " prefixed for modules) to
	// node's verdict; -update asks node only about cases it does not hold yet.
	recorded := map[string]string{}
	if data, err := os.ReadFile(golden); err == nil {
		for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
			prefix := ""
			if strings.HasPrefix(line, "mjs ") {
				prefix, line = "mjs ", line[4:]
			}
			if q, err := strconv.QuotedPrefix(line); err == nil {
				recorded[prefix+q] = strings.TrimPrefix(line[len(q):], " => ")
			}
		}
	}
	key := func(i int) string {
		if modules[i] {
			return "mjs " + strconv.Quote(srcs[i])
		}
		return strconv.Quote(srcs[i])
	}
	if *update {
		dir := t.TempDir()
		var b strings.Builder
		for i, src := range srcs {
			v, ok := recorded[key(i)]
			if !ok {
				v = nodeCheck(t, dir, src, modules[i])
				recorded[key(i)] = v
			}
			b.WriteString(key(i) + " => " + v + "\n")
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	failed := 0
	for i, src := range srcs {
		want, ok := recorded[key(i)]
		if !ok {
			t.Fatalf("%s has no verdict for %s: run go test -update", golden, key(i))
		}
		got := ourCheck(src, modules[i])
		if line, rest, ok := strings.Cut(want, ":0: "); ok {
			// node printed no caret (end of input): compare line and message.
			if gl, grest, _ := strings.Cut(got, ":"); gl == line {
				if _, gmsg, _ := strings.Cut(grest, ": "); gmsg == rest {
					continue
				}
			}
		}
		if got != want {
			failed++
			t.Errorf("%s\n  node: %s\n  ours: %s", key(i), want, got)
		}
	}
	t.Logf("%d/%d cases match node", len(srcs)-failed, len(srcs))
}
