package frontend

import (
	"os"
	"os/exec"
	"testing"
)

// readNodeGolden returns a test program and node's recorded output of it;
// with -update it first records that output again by running node.
func readNodeGolden(t *testing.T, js, golden string) (text, want []byte) {
	t.Helper()
	if *update {
		out, err := exec.Command("node", js).CombinedOutput()
		if err != nil {
			t.Fatalf("node: %v\n%s", err, out)
		}
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	want, err = os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	return text, want
}
