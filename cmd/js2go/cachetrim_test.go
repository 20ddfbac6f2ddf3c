package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// trimCache drops entries unused for maxUnused, stale temporary files, and
// the least recently used entries beyond maxCacheBytes, but never one used
// in the last few minutes.
func TestTrimCache(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	const mb = 1 << 20
	entry := func(name string, size int64, age time.Duration) {
		t.Helper()
		for _, p := range []string{name, name + ".sha256"} {
			f, err := os.Create(filepath.Join(dir, p))
			if err != nil {
				t.Fatal(err)
			}
			if p == name {
				f.Truncate(size)
			}
			f.Close()
			os.Chtimes(filepath.Join(dir, p), now.Add(-age), now.Add(-age))
		}
	}
	entry("old", mb, maxUnused+time.Hour)
	entry("lru1", maxCacheBytes/2, 3*time.Hour)
	entry("lru2", maxCacheBytes/2, 2*time.Hour)
	entry("recent", maxCacheBytes/2, time.Hour)
	entry("running", maxCacheBytes/2, time.Minute)
	entry("new.tmpABC", mb, 2*staleTemp)
	entry("fresh.tmpDEF", mb, time.Second)

	trimCache(dir, now)

	var left []string
	names, _ := os.ReadDir(dir)
	for _, d := range names {
		left = append(left, d.Name())
	}
	// 4 entries of half the limit: the two least recently used go.
	assert.ElementsMatch(t, []string{
		"recent", "recent.sha256", "running", "running.sha256",
		"fresh.tmpDEF", "fresh.tmpDEF.sha256",
	}, left)
}

// A cache hit marks its entry as used, so that trimming keeps it.
func TestTouchCacheEntry(t *testing.T) {
	exe := filepath.Join(t.TempDir(), "exe")
	if err := os.WriteFile(exe, nil, 0o755); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-maxUnused)
	os.Chtimes(exe, old, old)
	touchCacheEntry(exe)
	info, err := os.Stat(exe)
	if err != nil {
		t.Fatal(err)
	}
	assert.WithinDuration(t, time.Now(), info.ModTime(), time.Minute)
}
