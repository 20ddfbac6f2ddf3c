package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Two js2go processes building the same program at once both get a working
// executable, and a damaged cache entry is detected and rebuilt.
func TestRunCacheConcurrentAndCorrupted(t *testing.T) {
	t.Setenv("JS2GO_CACHE", t.TempDir())
	src := []byte(strings.Replace(echoProgram, "args: ", "concurrent: ", 1))
	var exes [2]string
	retryWhileRuntimeChanges(t, func() {
		var wg sync.WaitGroup
		var errs [2]error
		for i := range exes {
			wg.Go(func() { exes[i], errs[i] = builder{}.cachedBinary(src) })
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
	})
	if exes[0] != exes[1] {
		t.Fatalf("one source, two cache entries: %s, %s", exes[0], exes[1])
	}
	runEcho := func() {
		t.Helper()
		var out, errOut bytes.Buffer
		code := runProgram(exes[0], []string{"1"}, stdio{in: strings.NewReader("x\n"), out: &out, err: &errOut})
		if code != 1 || out.String() != "X\n" || errOut.String() != "concurrent: 1\n" {
			t.Errorf("cached executable: exit %d, stdout %q, stderr %q", code, out.String(), errOut.String())
		}
	}
	runEcho()
	if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(exes[0]), "*.tmp*")); len(leftovers) > 0 {
		t.Errorf("temporary files left in the cache: %v", leftovers)
	}

	// Truncate the entry, as a full disk or a killed copy would leave it.
	data, err := os.ReadFile(exes[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(exes[0], data[:len(data)/2], 0o755); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	again, err := builder{verbose: true, log: &log}.cachedBinary(src)
	if err != nil {
		t.Fatal(err)
	}
	if again != exes[0] || !strings.Contains(log.String(), "rebuilding a corrupted cache entry") {
		t.Errorf("corrupted entry not rebuilt: %s, log %q", again, log.String())
	}
	runEcho()
}
