package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// The run cache keeps one executable (5 to 10 MB) per program and js2go
// version, so without trimming it grows with every script ever run. Like
// Go's build cache, an entry is kept while it is used: a hit refreshes its
// modification time (at most once per touchInterval), and trimCache drops
// what has not been used for maxUnused, then the least recently used
// entries while the cache is larger than maxCacheBytes.
const (
	maxUnused     = 5 * 24 * time.Hour
	maxCacheBytes = 2 << 30
	touchInterval = time.Hour
	// An entry used this recently may be about to run in another js2go:
	// the size limit never removes it.
	inUse = 10 * time.Minute
	// A build's temporary file older than this belongs to a js2go that died.
	staleTemp = time.Hour
)

// touchCacheEntry marks a cached executable as used now.
func touchCacheEntry(exe string) {
	info, err := os.Stat(exe)
	if now := time.Now(); err == nil && now.Sub(info.ModTime()) > touchInterval {
		os.Chtimes(exe, now, now)
	}
}

// cacheEntry is one executable of the cache (its digest file is exe.sha256).
type cacheEntry struct {
	exe  string
	size int64
	used time.Time
}

// trimCache removes unused and surplus entries from the cache's bin
// directory. Errors are ignored: trimming is an optimisation, and another
// js2go may be trimming the same directory.
func trimCache(binDir string, now time.Time) {
	names, err := os.ReadDir(binDir)
	if err != nil {
		return
	}
	var entries []cacheEntry
	var total int64
	for _, d := range names {
		name := d.Name()
		path := filepath.Join(binDir, name)
		info, err := d.Info()
		if err != nil || d.IsDir() {
			continue
		}
		switch {
		case strings.Contains(name, ".tmp"):
			if now.Sub(info.ModTime()) > staleTemp {
				os.Remove(path)
			}
		case strings.HasSuffix(name, ".sha256"):
			// Removed with its executable; an orphan is a cache miss.
		default:
			e := cacheEntry{exe: path, size: info.Size(), used: info.ModTime()}
			if now.Sub(e.used) > maxUnused {
				removeCacheEntry(e)
				continue
			}
			entries = append(entries, e)
			total += e.size
		}
	}
	slices.SortFunc(entries, func(a, b cacheEntry) int { return a.used.Compare(b.used) })
	for _, e := range entries {
		if total <= maxCacheBytes || now.Sub(e.used) < inUse {
			break
		}
		removeCacheEntry(e)
		total -= e.size
	}
}

// removeCacheEntry deletes the executable, then its digest.
func removeCacheEntry(e cacheEntry) {
	os.Remove(e.exe)
	os.Remove(e.exe + ".sha256")
}
