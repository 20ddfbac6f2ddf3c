package runtime

import "strings"

// node:path, the posix flavour node uses on every machine here. Each
// function is a transcription of lib/path.js: the edge cases (trailing
// slashes, "//", dot files, ".." above a relative root) are what programs
// observe, so the loops are node's, byte by byte. Only '/' and '.' are
// ever compared, both ASCII, so working on the UTF-8 text gives the same
// answers as node's UTF-16 code units.
//
// lib/path.js is under the MIT License, Copyright Node.js contributors
// and Joyent, Inc.

// pathModule is the exports object of node:path (path.posix is itself).
func pathModule() *Object {
	m := NewPlainObject()
	str := func(v Value, name string) string {
		if !v.IsString() {
			throwArgType(name, "of type string", v)
		}
		return v.Text()
	}
	method := func(name string, length int, fn NativeFunc) {
		m.CreateDataProperty(Key(name), ObjectValue(NewFunction(name, length, fn)))
	}
	method("resolve", 0, func(_ Value, args []Value) Value {
		paths := make([]string, len(args))
		for i := len(args) - 1; i >= 0; i-- {
			paths[i] = str(args[i], "paths["+itoa(i)+"]")
			if strings.HasPrefix(paths[i], "/") {
				break
			}
		}
		return Str(pathResolve(paths))
	})
	method("normalize", 1, func(_ Value, args []Value) Value {
		return Str(pathNormalize(str(Arg(args, 0), "path")))
	})
	method("isAbsolute", 1, func(_ Value, args []Value) Value {
		return Bool(strings.HasPrefix(str(Arg(args, 0), "path"), "/"))
	})
	method("join", 0, func(_ Value, args []Value) Value {
		joined := ""
		for _, a := range args {
			if s := str(a, "path"); s != "" {
				if joined != "" {
					joined += "/"
				}
				joined += s
			}
		}
		if joined == "" {
			return Str(".")
		}
		return Str(pathNormalize(joined))
	})
	method("relative", 2, func(_ Value, args []Value) Value {
		return Str(pathRelative(str(Arg(args, 0), "from"), str(Arg(args, 1), "to")))
	})
	method("toNamespacedPath", 1, func(_ Value, args []Value) Value { return Arg(args, 0) })
	method("dirname", 1, func(_ Value, args []Value) Value {
		return Str(pathDirname(str(Arg(args, 0), "path")))
	})
	method("basename", 2, func(_ Value, args []Value) Value {
		suffix := ""
		if ext := Arg(args, 1); !ext.IsUndefined() {
			suffix = str(ext, "suffix")
		}
		return Str(pathBasename(str(Arg(args, 0), "path"), suffix))
	})
	method("extname", 1, func(_ Value, args []Value) Value {
		return Str(pathExtname(str(Arg(args, 0), "path")))
	})
	// Node binds _format to the separator, hence its name.
	m.CreateDataProperty(Key("format"), ObjectValue(NewFunction("bound _format", 1, func(_ Value, args []Value) Value {
		o := Arg(args, 0).Object()
		if o == nil || o.IsCallable() {
			throwArgType("pathObject", "of type object", Arg(args, 0))
		}
		return Str(pathFormat(o))
	})))
	method("parse", 1, func(_ Value, args []Value) Value {
		p := pathParse(str(Arg(args, 0), "path"))
		o := NewPlainObject()
		for _, kv := range [][2]string{{"root", p.root}, {"dir", p.dir}, {"base", p.base}, {"ext", p.ext}, {"name", p.name}} {
			o.CreateDataProperty(Key(kv[0]), Str(kv[1]))
		}
		return ObjectValue(o)
	})
	m.CreateDataProperty(Key("sep"), Str("/"))
	m.CreateDataProperty(Key("delimiter"), Str(":"))
	m.CreateDataProperty(Key("posix"), ObjectValue(m))
	m.CreateDataProperty(Key("_makeLong"), m.Get(Key("toNamespacedPath"), ObjectValue(m)))
	return m
}

func itoa(i int) string { return NumberToString(float64(i)) }

// pathCwd is process.cwd(), which path.resolve starts from.
func pathCwd() string {
	return ToGoString(Call(Process.Get(Key("cwd"), ObjectValue(Process)), ObjectValue(Process)))
}

// normalizeString is node's: path with "." and ".." segments and repeated
// slashes resolved, without leading or trailing slash; ".." that would
// climb above the start stays only when allowAboveRoot.
func normalizeString(path string, allowAboveRoot bool) string {
	res := ""
	lastSegmentLength, lastSlash, dots := 0, -1, 0
	var code byte
	for i := 0; i <= len(path); i++ {
		if i < len(path) {
			code = path[i]
		} else if code == '/' {
			break
		} else {
			code = '/'
		}
		switch {
		case code == '/':
			switch {
			case lastSlash == i-1 || dots == 1:
			case dots == 2:
				if len(res) < 2 || lastSegmentLength != 2 || !strings.HasSuffix(res, "..") {
					if len(res) > 2 {
						if j := strings.LastIndexByte(res, '/'); j == -1 {
							res, lastSegmentLength = "", 0
						} else {
							res = res[:j]
							lastSegmentLength = len(res) - 1 - strings.LastIndexByte(res, '/')
						}
						lastSlash, dots = i, 0
						continue
					} else if len(res) != 0 {
						res, lastSegmentLength = "", 0
						lastSlash, dots = i, 0
						continue
					}
				}
				if allowAboveRoot {
					if len(res) > 0 {
						res += "/.."
					} else {
						res = ".."
					}
					lastSegmentLength = 2
				}
			default:
				if len(res) > 0 {
					res += "/" + path[lastSlash+1:i]
				} else {
					res = path[lastSlash+1 : i]
				}
				lastSegmentLength = i - lastSlash - 1
			}
			lastSlash, dots = i, 0
		case code == '.' && dots != -1:
			dots++
		default:
			dots = -1
		}
	}
	return res
}

// pathResolve is path.resolve: paths from the right until one is absolute,
// then the current directory.
func pathResolve(paths []string) string {
	resolved, absolute := "", false
	for i := len(paths) - 1; i >= -1 && !absolute; i-- {
		p := ""
		if i >= 0 {
			p = paths[i]
		} else {
			p = pathCwd()
		}
		if p == "" {
			continue
		}
		resolved = p + "/" + resolved
		absolute = p[0] == '/'
	}
	resolved = normalizeString(resolved, !absolute)
	switch {
	case absolute:
		return "/" + resolved
	case resolved == "":
		return "."
	}
	return resolved
}

// pathNormalize is path.normalize: a trailing slash is kept.
func pathNormalize(path string) string {
	if path == "" {
		return "."
	}
	absolute := path[0] == '/'
	trailing := path[len(path)-1] == '/'
	path = normalizeString(path, !absolute)
	if path == "" {
		switch {
		case absolute:
			return "/"
		case trailing:
			return "./"
		}
		return "."
	}
	if trailing {
		path += "/"
	}
	if absolute {
		return "/" + path
	}
	return path
}

// pathRelative is path.relative: the path from from to to, both resolved.
func pathRelative(from, to string) string {
	if from == to {
		return ""
	}
	from, to = pathResolve([]string{from}), pathResolve([]string{to})
	if from == to {
		return ""
	}
	fromLen, toLen := len(from)-1, len(to)-1
	length := min(fromLen, toLen)
	lastCommonSep := -1
	i := 0
	for ; i < length; i++ {
		c := from[1+i]
		if c != to[1+i] {
			break
		} else if c == '/' {
			lastCommonSep = i
		}
	}
	if i == length {
		if toLen > length {
			if to[1+i] == '/' {
				return to[1+i+1:]
			}
			if i == 0 {
				return to[1+i:]
			}
		} else if fromLen > length {
			if from[1+i] == '/' {
				lastCommonSep = i
			} else if i == 0 {
				lastCommonSep = 0
			}
		}
	}
	out := ""
	for i = 1 + lastCommonSep + 1; i <= len(from); i++ {
		if i == len(from) || from[i] == '/' {
			if out == "" {
				out = ".."
			} else {
				out += "/.."
			}
		}
	}
	return out + to[1+lastCommonSep:]
}

// pathDirname is path.dirname: trailing slashes do not count.
func pathDirname(path string) string {
	if path == "" {
		return "."
	}
	hasRoot := path[0] == '/'
	end, matchedSlash := -1, true
	for i := len(path) - 1; i >= 1; i-- {
		if path[i] == '/' {
			if !matchedSlash {
				end = i
				break
			}
		} else {
			matchedSlash = false
		}
	}
	switch {
	case end == -1 && hasRoot:
		return "/"
	case end == -1:
		return "."
	case hasRoot && end == 1:
		return "//"
	}
	return path[:end]
}

// pathBasename is path.basename: the last segment, without suffix when it
// ends with it (and is not all suffix).
func pathBasename(path, suffix string) string {
	start, end, matchedSlash := 0, -1, true
	if len(suffix) > 0 && len(suffix) <= len(path) {
		if suffix == path {
			return ""
		}
		extIdx, firstNonSlashEnd := len(suffix)-1, -1
		for i := len(path) - 1; i >= 0; i-- {
			c := path[i]
			if c == '/' {
				if !matchedSlash {
					start = i + 1
					break
				}
				continue
			}
			if firstNonSlashEnd == -1 {
				matchedSlash = false
				firstNonSlashEnd = i + 1
			}
			if extIdx >= 0 {
				if c == suffix[extIdx] {
					if extIdx--; extIdx == -1 {
						end = i
					}
				} else {
					extIdx = -1
					end = firstNonSlashEnd
				}
			}
		}
		if start == end {
			end = firstNonSlashEnd
		} else if end == -1 {
			end = len(path)
		}
		return path[start:end]
	}
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			if !matchedSlash {
				start = i + 1
				break
			}
		} else if end == -1 {
			matchedSlash = false
			end = i + 1
		}
	}
	if end == -1 {
		return ""
	}
	return path[start:end]
}

// parsedPath is path.parse's result.
type parsedPath struct{ root, dir, base, ext, name string }

// pathExtname is path.extname: from the last dot of the last segment,
// "" for names with no dot but a leading one, and for "..".
func pathExtname(path string) string {
	startDot, startPart, end, matchedSlash, preDotState := -1, 0, -1, true, 0
	for i := len(path) - 1; i >= 0; i-- {
		c := path[i]
		if c == '/' {
			if !matchedSlash {
				startPart = i + 1
				break
			}
			continue
		}
		if end == -1 {
			matchedSlash = false
			end = i + 1
		}
		if c == '.' {
			if startDot == -1 {
				startDot = i
			} else if preDotState != 1 {
				preDotState = 1
			}
		} else if startDot != -1 {
			preDotState = -1
		}
	}
	if startDot == -1 || end == -1 || preDotState == 0 || (preDotState == 1 && startDot == end-1 && startDot == startPart+1) {
		return ""
	}
	return path[startDot:end]
}

// pathParse is path.parse. Its loop stops before an absolute path's root,
// so its ext may differ from path.extname's ("/.." has ext ".").
func pathParse(path string) parsedPath {
	var ret parsedPath
	if path == "" {
		return ret
	}
	absolute := path[0] == '/'
	start := 0
	if absolute {
		ret.root, start = "/", 1
	}
	startDot, startPart, end, matchedSlash, preDotState := -1, 0, -1, true, 0
	for i := len(path) - 1; i >= start; i-- {
		c := path[i]
		if c == '/' {
			if !matchedSlash {
				startPart = i + 1
				break
			}
			continue
		}
		if end == -1 {
			matchedSlash = false
			end = i + 1
		}
		if c == '.' {
			if startDot == -1 {
				startDot = i
			} else if preDotState != 1 {
				preDotState = 1
			}
		} else if startDot != -1 {
			preDotState = -1
		}
	}
	if end != -1 {
		s := startPart
		if startPart == 0 && absolute {
			s = 1
		}
		if startDot == -1 || preDotState == 0 || (preDotState == 1 && startDot == end-1 && startDot == startPart+1) {
			ret.base, ret.name = path[s:end], path[s:end]
		} else {
			ret.name, ret.base, ret.ext = path[s:startDot], path[s:end], path[startDot:end]
		}
	}
	if startPart > 0 {
		ret.dir = path[:startPart-1]
	} else if absolute {
		ret.dir = "/"
	}
	return ret
}

// pathFormat is path.format: dir (or root), then base or name and ext.
func pathFormat(o *Object) string {
	get := func(name string) Value { return o.Get(Key(name), ObjectValue(o)) }
	root := get("root")
	dir := get("dir")
	if !dir.Truthy() {
		dir = root
	}
	base := get("base")
	if !base.Truthy() {
		name := ""
		if n := get("name"); n.Truthy() {
			name = ToGoString(n)
		}
		ext := ""
		if e := get("ext"); e.Truthy() {
			ext = ToGoString(e)
			if !strings.HasPrefix(ext, ".") {
				ext = "." + ext
			}
		}
		base = Str(name + ext)
	}
	if !dir.Truthy() {
		return ToGoString(base)
	}
	if StrictEquals(dir, root) {
		return ToGoString(dir) + ToGoString(base)
	}
	return ToGoString(dir) + "/" + ToGoString(base)
}
