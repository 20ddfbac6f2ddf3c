package main

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"
)

// modulePath is js2go's own module; generated code imports its runtime package.
const modulePath = "github.com/js2go/js2go"

// moduleRoot finds the directory holding js2go's go.mod on this machine, so
// that a generated program can be built against the very runtime this js2go
// was built with. JS2GO_ROOT overrides the search.
func moduleRoot() (string, error) {
	if dir := os.Getenv("JS2GO_ROOT"); dir != "" {
		return checkModuleRoot(dir)
	}
	// The path of this source file as the compiler saw it: absolute unless
	// js2go was built with -trimpath.
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		if dir, err := checkModuleRoot(filepath.Join(filepath.Dir(file), "..", "..")); err == nil {
			return dir, nil
		}
	}
	// Installed with "go install module@version": the source sits in the module cache.
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Path == modulePath && info.Main.Version != "" && info.Main.Version != "(devel)" {
		modCache, err := goEnv("GOMODCACHE")
		if err == nil {
			if dir, err := checkModuleRoot(filepath.Join(modCache, modulePath+"@"+info.Main.Version)); err == nil {
				return dir, nil
			}
		}
	}
	return "", errors.New("cannot find the js2go module on this machine; set JS2GO_ROOT to its directory")
}

// checkModuleRoot returns dir cleaned if its go.mod declares js2go's module.
func checkModuleRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	goMod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return "", err
	}
	for line := range strings.Lines(string(goMod)) {
		if fields := strings.Fields(line); len(fields) == 2 && fields[0] == "module" && strings.Trim(fields[1], `"`) == modulePath {
			return dir, nil
		}
	}
	return "", fmt.Errorf("%s is not the root of module %s", dir, modulePath)
}

// goTool is the go command that builds generated programs: the one on PATH,
// else the one of the toolchain js2go was built with.
func goTool() string {
	if path, err := exec.LookPath("go"); err == nil {
		return path
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

func goEnv(name string) (string, error) {
	out, err := exec.Command(goTool(), "env", name).Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %w", name, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// cacheDir is where built executables are kept; JS2GO_CACHE overrides it.
func cacheDir() (string, error) {
	if dir := os.Getenv("JS2GO_CACHE"); dir != "" {
		return dir, nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "js2go"), nil
}

func cacheDirForUsage() string {
	if dir, err := cacheDir(); err == nil {
		return dir
	}
	return "the user cache directory"
}

// builder turns Go source that imports js2go's runtime into executables.
type builder struct {
	verbose bool
	log     io.Writer
	// keepDir, when set, is where the module is written instead of a
	// temporary directory, and it is left there to inspect.
	keepDir string
}

func (b builder) logf(format string, args ...any) {
	if b.verbose {
		fmt.Fprintf(b.log, "js2go: "+format+"\n", args...)
	}
}

// cachedBinary returns the path of the executable built from the single-file
// package main goSrc, building it only if the cache has no entry for this
// source and this js2go.
func (b builder) cachedBinary(goSrc []byte) (string, error) {
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	identity, err := buildIdentity(root)
	if err != nil {
		return "", err
	}
	dir, err := cacheDir()
	if err != nil {
		return "", err
	}
	key := sha256.New()
	key.Write(identity)
	key.Write(goSrc)
	exe := filepath.Join(dir, "bin", hex.EncodeToString(key.Sum(nil))[:32]+exeSuffix())
	switch err := checkCacheEntry(exe); {
	case err == nil:
		b.logf("cache hit %s", exe)
		touchCacheEntry(exe)
		return exe, nil
	case !errors.Is(err, fs.ErrNotExist):
		b.logf("rebuilding a corrupted cache entry: %v", err)
	}
	b.logf("building %s", exe)
	if err := os.MkdirAll(filepath.Dir(exe), 0o755); err != nil {
		return "", err
	}
	// Build next to the final name and rename, so a concurrent js2go never
	// runs a half-written executable.
	tmp := exe + ".tmp" + randomSuffix()
	defer os.Remove(tmp)
	if err := b.build(root, map[string][]byte{"main.go": goSrc}, tmp); err != nil {
		return "", err
	}
	sum, err := fileDigest(tmp)
	if err != nil {
		return "", err
	}
	// The digest goes in first: an executable without its digest is a
	// cache miss, never a hit on a file nobody checked.
	if err := writeFileAtomic(exe+".sha256", []byte(sum), 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, exe); err != nil {
		return "", err
	}
	trimCache(filepath.Dir(exe), time.Now())
	return exe, nil
}

// checkCacheEntry verifies a cached executable against the digest written
// beside it, so that a truncated or damaged entry (a full disk, a crash
// mid-copy, a stray edit) is rebuilt instead of run. The error wraps
// fs.ErrNotExist when there is no entry.
func checkCacheEntry(exe string) error {
	want, err := os.ReadFile(exe + ".sha256")
	if err != nil {
		return err
	}
	got, err := fileDigest(exe)
	if err != nil {
		return err
	}
	if got != string(want) {
		return fmt.Errorf("%s: digest %s, recorded %q", exe, got, want)
	}
	return nil
}

// fileDigest is the hex SHA-256 of a file's contents.
func fileDigest(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// build writes files into a fresh temporary module that requires js2go
// (replaced by root) and runs go build on it, writing the executable to out.
// The keys of files are slash-separated paths inside the module.
func (b builder) build(root string, files map[string][]byte, out string) error {
	mod := b.keepDir
	if mod == "" {
		tmp, err := os.MkdirTemp("", "js2go-build-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		mod = tmp
	} else if err := clearKeptModule(mod); err != nil {
		return err
	}
	if err := writeTempModule(mod, root, files); err != nil {
		return err
	}
	absOut, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	cmd := exec.Command(goTool(), "build", "-o", absOut, ".")
	cmd.Dir = mod
	cmd.Env = buildEnv()
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	if err := cmd.Run(); err != nil {
		return &goBuildError{output: output.String(), err: err}
	}
	return nil
}

// clearKeptModule empties a directory a previous build kept, refusing to
// touch one that holds anything else.
func clearKeptModule(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && len(entries) == 0) {
		return nil
	}
	if err != nil {
		return err
	}
	goMod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil || !strings.HasPrefix(string(goMod), "module "+tempModulePath+"\n") {
		return fmt.Errorf("%s is not empty and not a module js2go wrote; not overwriting it", dir)
	}
	return os.RemoveAll(dir)
}

// goBuildError is a failed go build of generated code: always a compiler bug.
type goBuildError struct {
	output string
	err    error
}

func (e *goBuildError) Error() string {
	return fmt.Sprintf("the generated Go does not build (a js2go bug, please report it): %v\n%s", e.err, strings.TrimRight(e.output, "\n"))
}

// tempModulePath is the module path of the temporary modules js2go builds in.
const tempModulePath = "js2goprogram"

// writeTempModule lays out a module in dir holding files, whose go.mod
// points js2go's module at root and whose go.sum is js2go's own.
func writeTempModule(dir, root string, files map[string][]byte) error {
	goMod := fmt.Sprintf("module %s\n\ngo %s\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
		tempModulePath, goDirective(root), modulePath, modulePath, quoteModPath(root))
	goSum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	all := map[string][]byte{"go.mod": []byte(goMod), "go.sum": goSum}
	for name, data := range files {
		all[name] = data
	}
	for name, data := range all {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// goDirective is the go version js2go's go.mod declares, which the
// temporary module must match for the replaced module to build the same way.
func goDirective(root string) string {
	if goMod, err := os.ReadFile(filepath.Join(root, "go.mod")); err == nil {
		for line := range strings.Lines(string(goMod)) {
			if fields := strings.Fields(line); len(fields) == 2 && fields[0] == "go" {
				return fields[1]
			}
		}
	}
	return strings.TrimPrefix(runtime.Version(), "go")
}

// quoteModPath quotes a directory for go.mod when it holds spaces or quotes.
func quoteModPath(dir string) string {
	if strings.ContainsAny(dir, " \t\"'`") {
		return fmt.Sprintf("%q", dir)
	}
	return dir
}

// buildEnv is the environment go build runs in: the user's (so GOCACHE and
// GOMODCACHE are shared and repeated builds are fast), with -mod=mod so the
// temporary module's requirements resolve without a "go mod tidy".
func buildEnv() []string {
	env := slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "GOFLAGS=") || strings.HasPrefix(kv, "GOWORK=")
	})
	flags := strings.Fields(os.Getenv("GOFLAGS"))
	flags = slices.DeleteFunc(flags, func(f string) bool { return strings.HasPrefix(f, "-mod=") })
	flags = append(flags, "-mod=mod")
	return append(env, "GOFLAGS="+strings.Join(flags, " "), "GOWORK=off")
}

// buildIdentity hashes everything besides the generated source that decides
// what go build produces: the runtime package's sources, js2go's go.mod and
// go.sum, and the Go toolchain and target.
func buildIdentity(root string) ([]byte, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	for _, name := range []string{"go.mod", "go.sum"} {
		if err := hashFile(h, root, name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	err := filepath.WalkDir(filepath.Join(root, "runtime"), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		return hashFile(h, root, rel)
	})
	if err != nil {
		return nil, fmt.Errorf("hashing the runtime sources: %w", err)
	}
	return h.Sum(nil), nil
}

// hashFile adds a file's name and contents to h (WalkDir visits in lexical
// order, so the hash does not depend on directory order).
func hashFile(h io.Writer, root, rel string) error {
	data, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		return err
	}
	fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(data))
	_, err = h.Write(data)
	return err
}

func exeSuffix() string {
	if runtime.GOOS == "windows" {
		return ".exe"
	}
	return ""
}

func randomSuffix() string {
	return rand.Text()[:10]
}

// writeFileAtomic writes data to a temporary file beside path and renames it
// into place, so readers see the old file or the new one, never a part.
func writeFileAtomic(path string, data []byte, perm fs.FileMode) error {
	tmp := path + ".tmp" + randomSuffix()
	if err := os.WriteFile(tmp, data, perm); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// copyExecutable copies a cached executable to path (a copy, not a link, so
// that clearing the cache does not break it).
func copyExecutable(from, path string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return writeFileAtomic(path, data, 0o755)
}
