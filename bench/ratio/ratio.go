// Package ratio measures a JavaScript workload compiled by js2go against
// node running the same file, in the same run, and prints the ratio. It is
// the shared body of the programs in bench/*; they are benchmarks to run
// by hand, not timed tests.
package ratio

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"
)

// Main builds the workload (JavaScript source) with `go run ./cmd/js2go
// build` from the module root, runs the executable and node alternately
// -n times, checks that both print the same, and reports the median wall
// times and their ratio. name labels the output.
func Main(name, workload string) {
	runs := flag.Int("n", 3, "paired runs")
	flag.Parse()
	dir, err := os.MkdirTemp("", "js2go-bench-")
	check(err)
	defer os.RemoveAll(dir)
	js := filepath.Join(dir, name+".js")
	bin := filepath.Join(dir, name)
	check(os.WriteFile(js, []byte(workload), 0o644))
	build := exec.Command("go", "run", "./cmd/js2go", "build", "-o", bin, js)
	build.Dir = moduleRoot()
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Printf("%s: js2go cannot build the workload yet: %v\n", name, err)
		os.Exit(1)
	}
	var ours, node []time.Duration
	for i := 0; i < *runs; i++ {
		outOurs, d := timed(bin)
		ours = append(ours, d)
		outNode, dn := timed("node", js)
		node = append(node, dn)
		if !bytes.Equal(outOurs, outNode) {
			fmt.Printf("%s: outputs differ:\njs2go: %q\nnode:  %q\n", name, outOurs, outNode)
			os.Exit(1)
		}
	}
	mo, mn := median(ours), median(node)
	fmt.Printf("%s: js2go %v, node %v, ratio %.2f× (median of %d paired runs)\n",
		name, mo.Round(time.Millisecond), mn.Round(time.Millisecond), float64(mo)/float64(mn), *runs)
}

func timed(cmd string, args ...string) ([]byte, time.Duration) {
	start := time.Now()
	out, err := exec.Command(cmd, args...).Output()
	d := time.Since(start)
	check(err)
	return out, d
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

// moduleRoot is the directory of go.mod above the working directory.
func moduleRoot() string {
	dir, err := os.Getwd()
	check(err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			check(fmt.Errorf("no go.mod above the working directory"))
		}
		dir = parent
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
