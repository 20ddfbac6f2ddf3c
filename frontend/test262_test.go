package frontend

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// notInNode20 lists test262 features that node 20 (V8 11.3) does not parse.
var notInNode20 = map[string]bool{
	"import-defer": true, "source-phase-imports": true, "source-phase-imports-module-source": true,
	"explicit-resource-management": true, "decorators": true, "regexp-modifiers": true,
	"regexp-duplicate-named-groups": true, "import-text": true, "import-bytes": true,
}

// TestTest262 measures the parser against tc39/test262's test/language when
// TEST262 names a checkout (never committed here): every `negative: phase:
// parse` test must be rejected and every other test accepted.
func TestTest262(t *testing.T) {
	root := os.Getenv("TEST262")
	if root == "" {
		t.Skip("set TEST262 to a test262 checkout to measure coverage")
	}
	frontmatter := regexp.MustCompile(`(?s)/\*---(.*?)---\*/`)
	type tally struct{ pass, total int }
	var negative, positive tally
	failuresByDir := map[string]int{}
	var failures []string
	err := filepath.Walk(filepath.Join(root, "test", "language"), func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".js") || strings.Contains(path, "_FIXTURE") {
			return err
		}
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		m := frontmatter.FindSubmatch(text)
		if m == nil {
			return nil
		}
		meta := string(m[1])
		isNegative := regexp.MustCompile(`negative:\s*\n\s*phase:\s*parse`).MatchString(meta)
		if strings.Contains(meta, "phase: resolution") {
			return nil
		}
		if f := regexp.MustCompile(`features:\s*\[(.*?)\]`).FindStringSubmatch(meta); f != nil {
			for _, feature := range strings.Split(f[1], ",") {
				if notInNode20[strings.TrimSpace(feature)] {
					return nil
				}
			}
		}
		flags := regexp.MustCompile(`flags:\s*\[(.*?)\]`).FindStringSubmatch(meta)
		flagSet := ""
		if flags != nil {
			flagSet = flags[1]
		}
		isModule := strings.Contains(flagSet, "module")
		var modes []string // source prefixes to try
		switch {
		case isModule || strings.Contains(flagSet, "raw") || strings.Contains(flagSet, "noStrict"):
			modes = []string{""}
		case strings.Contains(flagSet, "onlyStrict"):
			modes = []string{"\"use strict\";\n"}
		default:
			modes = []string{"", "\"use strict\";\n"}
		}
		rel, _ := filepath.Rel(filepath.Join(root, "test", "language"), path)
		dir := strings.SplitN(rel, string(filepath.Separator), 3)
		key := dir[0]
		if len(dir) > 2 {
			key = dir[0] + "/" + dir[1]
		}
		for _, prefix := range modes {
			name := "t.js"
			if isModule {
				name = "t.mjs"
			}
			// test262 scripts are global code, not node's CommonJS wrapper.
			_, err := parseWith(NewSource(name, append([]byte(prefix), text...)), isModule, false)
			ok := (err != nil) == isNegative
			if isNegative {
				negative.total++
				if ok {
					negative.pass++
				}
			} else {
				positive.total++
				if ok {
					positive.pass++
				}
			}
			if !ok {
				failuresByDir[key]++
				msg := "accepted"
				if err != nil {
					msg = err.Error()
				}
				failures = append(failures, rel+" ["+strings.TrimSpace(prefix)+"] "+msg)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("negative (must fail to parse): %d/%d rejected", negative.pass, negative.total)
	t.Logf("positive (must parse): %d/%d accepted", positive.pass, positive.total)
	var keys []string
	for k := range failuresByDir {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return failuresByDir[keys[i]] > failuresByDir[keys[j]] })
	for i, k := range keys {
		if i == 25 {
			break
		}
		t.Logf("  %4d failures in %s", failuresByDir[k], k)
	}
	if out := os.Getenv("TEST262_FAILURES"); out != "" {
		os.WriteFile(out, []byte(strings.Join(failures, "\n")+"\n"), 0o644)
	}
}
