// Package ratio measures a JavaScript workload compiled by js2go against
// node running the same file, in the same run, and prints the ratio. It is
// the shared body of the programs in bench/*; they are benchmarks to run
// by hand, not timed tests.
//
// To see where a workload spends its time, build it and run it with the
// runtime's profiles (runtime/loop.go startProfiles):
//
//	go run ./cmd/js2go build -o /tmp/w w.js
//	JS2GO_CPUPROFILE=/tmp/cpu.prof JS2GO_MEMPROFILE=/tmp/mem.prof /tmp/w
//	go tool pprof -top /tmp/w /tmp/cpu.prof
//	go tool pprof -top -sample_index=alloc_space /tmp/w /tmp/mem.prof
package ratio

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"syscall"
	"time"
)

// Main builds the workload (JavaScript source) with `go run ./cmd/js2go
// build` from the module root, runs the executable and node alternately
// -n times, checks that both print the same, and reports the median wall
// times and their ratio. name labels the output. On a shared machine the
// wall times depend on the load, so it also reports the median CPU times
// (user+system, every thread: the collectors of both included) and their
// ratio, and the largest peak resident set of each.
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
	var ours, node []sample
	for i := 0; i < *runs; i++ {
		outOurs, so := timed(bin)
		ours = append(ours, so)
		outNode, sn := timed("node", js)
		node = append(node, sn)
		if !bytes.Equal(outOurs, outNode) {
			fmt.Printf("%s: outputs differ:\njs2go: %q\nnode:  %q\n", name, outOurs, outNode)
			os.Exit(1)
		}
	}
	wo, wn := median(ours, sample.wallTime), median(node, sample.wallTime)
	co, cn := median(ours, sample.cpuTime), median(node, sample.cpuTime)
	fmt.Printf("%s: js2go %v, node %v, ratio %.2f× (median of %d paired runs)\n",
		name, wo.Round(time.Millisecond), wn.Round(time.Millisecond), float64(wo)/float64(wn), *runs)
	fmt.Printf("%s: cpu js2go %v, node %v, ratio %.2f×; peak RSS js2go %d MB, node %d MB\n",
		name, co.Round(time.Millisecond), cn.Round(time.Millisecond), float64(co)/float64(cn), peakRSS(ours)>>20, peakRSS(node)>>20)
}

// sample is one run's wall time, CPU time (user+system) and peak resident
// set in bytes.
type sample struct {
	wall, cpu time.Duration
	rss       int64
}

func (s sample) wallTime() time.Duration { return s.wall }
func (s sample) cpuTime() time.Duration  { return s.cpu }

func peakRSS(ss []sample) int64 {
	var m int64
	for _, s := range ss {
		m = max(m, s.rss)
	}
	return m
}

func timed(cmd string, args ...string) ([]byte, sample) {
	c := exec.Command(cmd, args...)
	start := time.Now()
	out, err := c.Output()
	wall := time.Since(start)
	check(err)
	s := sample{wall: wall, cpu: c.ProcessState.UserTime() + c.ProcessState.SystemTime()}
	if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.rss = ru.Maxrss << 10 // kilobytes on Linux
	}
	return out, s
}

func median(ss []sample, of func(sample) time.Duration) time.Duration {
	ds := make([]time.Duration, len(ss))
	for i, s := range ss {
		ds[i] = of(s)
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2]
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
