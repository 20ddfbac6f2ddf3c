package lower

import (
	"strconv"
	"strings"
	"unicode"
)

// namer hands out Go names. Package-level names must differ from every name
// of every function; a function's names must differ from the package-level
// names and from the names of the functions around it (a closure sees them).
type namer struct {
	pkg map[string]bool // package-level names
	all map[string]bool // every name given to a local anywhere
}

func newNamer() *namer {
	n := &namer{pkg: map[string]bool{}, all: map[string]bool{}}
	for _, name := range []string{"rt", "program", "source", "run", "main", "Main", "init"} {
		n.pkg[name] = true
	}
	return n
}

// goReserved are Go keywords and predeclared identifiers, which a JavaScript
// name may spell but a Go variable cannot (or should not) use, and the names
// of the Go parameters every function has (this, args, newTarget), which an
// inner function's parameters shadow, and the blank identifier.
var goReserved = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`break case chan const continue default defer else fallthrough for
		func go goto if import interface map package range return select struct switch type var
		any append bool byte cap clear close complex complex64 complex128 copy delete error false
		float32 float64 imag int int8 int16 int32 int64 iota len make max min new nil panic print
		println real recover rune string true uint uint8 uint16 uint32 uint64 uintptr comparable
		this args newTarget _`) {
		goReserved[w] = true
	}
}

// goIdent turns a JavaScript name into a legal Go identifier: `$` becomes
// `S_`, other characters Go rejects become `_`, and a reserved word gets a
// trailing `_` (`len` -> `len_`).
func goIdent(name string) string {
	var b strings.Builder
	for i, r := range name {
		switch {
		case r == '$':
			b.WriteString("S_")
		case r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r)):
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	s := b.String()
	if s == "" {
		s = "v"
	}
	if goReserved[s] {
		s += "_"
	}
	return s
}

// taken reports whether name clashes in f (or the functions around it).
func (n *namer) taken(f *Func, name string) bool {
	if n.pkg[name] {
		return true
	}
	for ; f != nil; f = f.Parent {
		if f.names[name] {
			return true
		}
	}
	return false
}

// local picks a name for a variable of f from the JavaScript name hint.
func (n *namer) local(f *Func, hint string) string {
	base := goIdent(hint)
	name := base
	for i := 2; n.taken(f, name); i++ {
		name = base + "_" + strconv.Itoa(i)
	}
	if f.names == nil {
		f.names = map[string]bool{}
	}
	f.names[name] = true
	f.order = append(f.order, name)
	n.all[name] = true
	return name
}

// unused picks a name for a variable of f that no block of any function
// has used, for a variable that code lowered before it may refer to.
func (n *namer) unused(f *Func, hint string) string {
	base := goIdent(hint)
	name := base
	for i := 2; n.taken(f, name) || n.all[name]; i++ {
		name = base + "_" + strconv.Itoa(i)
	}
	if f.names == nil {
		f.names = map[string]bool{}
	}
	f.names[name] = true
	n.all[name] = true
	return name
}

// release frees the names f took since mark (a length of f.order): the
// variables of a Go block that has ended, so that a later block may reuse
// them (two loops can both have an `i`).
func (n *namer) release(f *Func, mark int) {
	for _, name := range f.order[mark:] {
		delete(f.names, name)
	}
	f.order = f.order[:mark]
}

// param names a Go parameter of f that deliberately shadows the same name of
// an enclosing function (`this`, `args`): inner code never means the outer one.
func (n *namer) param(f *Func, name string) string {
	if f.names == nil {
		f.names = map[string]bool{}
	}
	f.names[name] = true
	n.all[name] = true
	return name
}

// global picks a package-level name.
func (n *namer) global(hint string) string {
	base := goIdent(hint)
	name := base
	for i := 2; n.pkg[name] || n.all[name]; i++ {
		name = base + "_" + strconv.Itoa(i)
	}
	n.pkg[name] = true
	return name
}
