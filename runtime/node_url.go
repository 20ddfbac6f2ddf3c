package runtime

import (
	"net"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// URL and URLSearchParams (globals and node:url), after the WHATWG URL
// standard for what programs commonly parse: special schemes (http, https,
// ws, wss, ftp, file) with their authority, default ports, IPv4 numbers,
// path dot-segments and percent-encode sets; non-special URLs with an
// opaque host or an opaque path; relative references against a base. Go's
// net/url follows RFC 3986 and differs on most of these, so it is not used.
// Not done: IDNA's mapping table and normalisation (non-ASCII hosts are
// lowercased and Punycoded), Windows drive letters in file URLs.

// urlRecord is a parsed URL; path holds the segments of a hierarchical
// path, opaque the whole path of a URL that has no hierarchy (mailto:x).
type urlRecord struct {
	scheme, username, password string
	host                       string
	hasHost                    bool
	port                       string
	path                       []string
	opaque                     string
	isOpaque                   bool
	query, fragment            string
	hasQuery, hasFragment      bool
}

var specialPorts = map[string]string{"http": "80", "https": "443", "ws": "80", "wss": "443", "ftp": "21", "file": ""}

func (u *urlRecord) special() bool { _, ok := specialPorts[u.scheme]; return ok }

// Percent-encode sets: a byte is encoded when the set's function says so.
func c0Set(c byte) bool { return c < 0x20 || c > 0x7E }
func fragmentSet(c byte) bool {
	return c0Set(c) || c == ' ' || c == '"' || c == '<' || c == '>' || c == '`'
}
func querySet(c byte) bool {
	return c0Set(c) || c == ' ' || c == '"' || c == '#' || c == '<' || c == '>'
}
func specialQuerySet(c byte) bool {
	return querySet(c) || c == '\''
}
func pathSet(c byte) bool {
	return querySet(c) || c == '?' || c == '^' || c == '`' || c == '{' || c == '}'
}
func userinfoSet(c byte) bool {
	return pathSet(c) || strings.IndexByte("/:;=@[\\]|", c) >= 0
}

func percentEncode(s string, set func(byte) bool) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; set(c) {
			sb.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c)|0x100, 16)[1:]))
		} else {
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// percentDecode decodes %XX escapes to bytes, leaving malformed ones.
func percentDecode(s string) []byte {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			b = append(b, byte(v))
			i += 2
			continue
		}
		b = append(b, s[i])
	}
	return b
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// parseIPv4Number is one dotted part: 0x hex, leading-0 octal or decimal.
func parseIPv4Number(s string) (uint64, bool) {
	base := 10
	switch {
	case len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X"):
		s, base = s[2:], 16
		if s == "" {
			return 0, true
		}
	case len(s) >= 2 && s[0] == '0':
		s, base = s[1:], 8
	}
	n, err := strconv.ParseUint(s, base, 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		return 0, false
	}
	if err != nil {
		return 1 << 40, true
	}
	return n, true
}

// parseHost is the host parser for a special URL: "" and false when the
// host is invalid.
func parseHost(s string, special bool) (string, bool) {
	if strings.HasPrefix(s, "[") {
		if !strings.HasSuffix(s, "]") {
			return "", false
		}
		ip := net.ParseIP(s[1 : len(s)-1])
		if ip == nil || strings.Contains(s, ".") && ip.To4() != nil && !strings.Contains(s, ":") {
			return "", false
		}
		return "[" + serializeIPv6(ip.To16()) + "]", true
	}
	if !special {
		for i := 0; i < len(s); i++ {
			if strings.IndexByte("\x00\t\n\r #/:<>?@[\\]^|", s[i]) >= 0 {
				return "", false
			}
		}
		return percentEncode(s, c0Set), true
	}
	domain := strings.ToLower(string(percentDecode(s)))
	if domain == "" {
		return "", false
	}
	for i := 0; i < len(domain); i++ {
		if c := domain[i]; c < 0x20 || c == 0x7F || strings.IndexByte(" #%/:<>?@[\\]^|", c) >= 0 {
			return "", false
		}
	}
	// IDNA maps Unicode spaces to U+0020, which is forbidden.
	if strings.IndexFunc(domain, unicode.IsSpace) >= 0 {
		return "", false
	}
	if !isASCII(domain) {
		var ok bool
		if domain, ok = domainToASCII(domain); !ok {
			return "", false
		}
	}
	parts := strings.Split(domain, ".")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	_, hexOK := parseIPv4Number(last)
	endsInNumber := last != "" && (strings.Trim(last, "0123456789") == "" || hexOK && (strings.HasPrefix(last, "0x") || strings.HasPrefix(last, "0X")))
	if !endsInNumber {
		return domain, true
	}
	// The host ends in a number: it must be an IPv4 address.
	if len(parts) > 4 {
		return "", false
	}
	var nums []uint64
	for _, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok || p == "" {
			return "", false
		}
		nums = append(nums, n)
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return "", false
		}
	}
	if nums[len(nums)-1] >= 1<<(8*(5-len(nums))) {
		return "", false
	}
	ip := nums[len(nums)-1]
	for i, n := range nums[:len(nums)-1] {
		ip += n << (8 * (3 - i))
	}
	return strconv.Itoa(int(ip>>24)) + "." + strconv.Itoa(int(ip>>16&255)) + "." + strconv.Itoa(int(ip>>8&255)) + "." + strconv.Itoa(int(ip&255)), true
}

// serializeIPv6 is the URL standard's IPv6 serializer: lowercase hex
// pieces, the first longest run of two or more zero pieces as "::" (an
// embedded IPv4 address is written as two pieces, unlike Go's String).
func serializeIPv6(ip net.IP) string {
	var pieces [8]uint16
	for i := range pieces {
		pieces[i] = uint16(ip[2*i])<<8 | uint16(ip[2*i+1])
	}
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		j := i
		for j < 8 && pieces[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = max(j, i+1)
	}
	var sb strings.Builder
	for i := 0; i < 8; i++ {
		if i == best {
			sb.WriteString("::")
			i += bestLen - 1
			continue
		}
		if i > 0 && i != best+bestLen {
			sb.WriteByte(':')
		}
		sb.WriteString(strconv.FormatUint(uint64(pieces[i]), 16))
	}
	return sb.String()
}

// domainToASCII is the part of IDNA's ToASCII that common hosts need:
// ideographic full stops as dots, then each non-ASCII label (already
// lowercased) as "xn--" and its Punycode. Unicode normalisation and
// IDNA's mapping table are not applied.
func domainToASCII(domain string) (string, bool) {
	domain = strings.NewReplacer("\u3002", ".", "\uff0e", ".", "\uff61", ".").Replace(domain)
	labels := strings.Split(domain, ".")
	for i, l := range labels {
		if !isASCII(l) {
			if strings.HasPrefix(l, "xn--") {
				return "", false
			}
			labels[i] = "xn--" + punycode([]rune(l))
		}
	}
	return strings.Join(labels, "."), true
}

// punycode is RFC 3492's encoding of a label.
func punycode(label []rune) string {
	const base, tmin, tmax, skew, damp = 36, 1, 26, 38, 700
	digit := func(d int) byte {
		if d < 26 {
			return byte('a' + d)
		}
		return byte('0' + d - 26)
	}
	adapt := func(delta, points int, first bool) int {
		if first {
			delta /= damp
		} else {
			delta /= 2
		}
		delta += delta / points
		k := 0
		for delta > ((base-tmin)*tmax)/2 {
			delta /= base - tmin
			k += base
		}
		return k + (base-tmin+1)*delta/(delta+skew)
	}
	var out []byte
	for _, r := range label {
		if r < 0x80 {
			out = append(out, byte(r))
		}
	}
	basic := len(out)
	h := basic
	if basic > 0 {
		out = append(out, '-')
	}
	n, delta, bias := 128, 0, 72
	for h < len(label) {
		m := int(^uint(0) >> 1)
		for _, r := range label {
			if int(r) >= n && int(r) < m {
				m = int(r)
			}
		}
		delta += (m - n) * (h + 1)
		n = m
		for _, r := range label {
			if int(r) < n {
				delta++
			}
			if int(r) != n {
				continue
			}
			q := delta
			for k := base; ; k += base {
				t := min(max(k-bias, tmin), tmax)
				if q < t {
					break
				}
				out = append(out, digit(t+(q-t)%(base-t)))
				q = (q - t) / (base - t)
			}
			out = append(out, digit(q))
			bias = adapt(delta, h+1, h == basic)
			delta = 0
			h++
		}
		delta++
		n++
	}
	return string(out)
}

func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }
func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

// parsePath appends the segments of p (after its leading slash) to u.path.
func (u *urlRecord) parsePath(p string) {
	sep := func(r rune) bool { return r == '/' || (r == '\\' && u.special()) }
	var segs []string
	start := 0
	for i, r := range p {
		if sep(r) {
			segs = append(segs, p[start:i])
			start = i + 1
		}
	}
	segs = append(segs, p[start:])
	for i, s := range segs {
		last := i == len(segs)-1
		switch {
		case isDoubleDot(s):
			if len(u.path) > 0 {
				u.path = u.path[:len(u.path)-1]
			}
			if last {
				u.path = append(u.path, "")
			}
		case isSingleDot(s):
			if last {
				u.path = append(u.path, "")
			}
		default:
			u.path = append(u.path, percentEncode(s, pathSet))
		}
	}
}

// parseAuthority parses userinfo@host:port, false when invalid.
func (u *urlRecord) parseAuthority(a string) bool {
	// A file URL's host has neither userinfo nor port.
	if u.scheme == "file" && (strings.Contains(a, "@") || strings.Contains(a, ":") && !strings.HasPrefix(a, "[")) {
		return false
	}
	if at := strings.LastIndexByte(a, '@'); at >= 0 {
		info := a[:at]
		a = a[at+1:]
		user, pass, _ := strings.Cut(info, ":")
		u.username, u.password = percentEncode(user, userinfoSet), percentEncode(pass, userinfoSet)
		if a == "" {
			return false
		}
	}
	hostPart, port := a, ""
	if i := strings.LastIndexByte(a, ':'); i >= 0 && !strings.Contains(a[i:], "]") {
		hostPart, port = a[:i], a[i+1:]
	}
	if u.scheme == "file" {
		hostPart = a
		if hostPart == "" {
			u.host, u.hasHost = "", true
			return true
		}
	}
	if hostPart == "" && (u.special() || port != "" || u.username != "" || u.password != "") {
		return false
	}
	h, ok := parseHost(hostPart, u.special())
	if !ok {
		return false
	}
	if u.scheme == "file" && h == "localhost" {
		h = ""
	}
	u.host, u.hasHost = h, true
	if port != "" {
		if strings.Trim(port, "0123456789") != "" {
			return false
		}
		n, err := strconv.Atoi(port)
		if err != nil || n > 65535 {
			return false
		}
		u.port = strconv.Itoa(n)
		if u.port == specialPorts[u.scheme] && u.special() {
			u.port = ""
		}
	}
	return true
}

// setQueryFragment takes ?query#fragment off the end of rest.
func (u *urlRecord) setQueryFragment(rest string) string {
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		u.fragment, u.hasFragment = percentEncode(rest[i+1:], fragmentSet), true
		rest = rest[:i]
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		set := querySet
		if u.special() {
			set = specialQuerySet
		}
		u.query, u.hasQuery = percentEncode(rest[i+1:], set), true
		rest = rest[:i]
	}
	return rest
}

// parseURL is the basic URL parser, nil for a failure.
func parseURL(input string, base *urlRecord) *urlRecord {
	input = strings.TrimFunc(input, func(r rune) bool { return r <= ' ' })
	input = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(input)
	u := &urlRecord{}
	rest := input
	if i := strings.IndexByte(input, ':'); i > 0 && isAlpha(input[0]) && strings.Trim(strings.ToLower(input[:i]), "abcdefghijklmnopqrstuvwxyz0123456789+-.") == "" {
		u.scheme, rest = strings.ToLower(input[:i]), input[i+1:]
	} else if base == nil {
		return nil
	}
	slash := func(c byte) bool { return c == '/' || (c == '\\' && u.special()) }
	authorityEnd := func(s string) int {
		for i := 0; i < len(s); i++ {
			if slash(s[i]) || s[i] == '?' || s[i] == '#' {
				return i
			}
		}
		return len(s)
	}
	withAuthority := func(s string) *urlRecord {
		s = u.setQueryFragment(s)
		end := authorityEnd(s)
		if !u.parseAuthority(s[:end]) {
			return nil
		}
		if end < len(s) {
			u.parsePath(s[end+1:])
		} else if u.special() {
			u.path = []string{""}
		}
		return u
	}
	twoSlashes := len(rest) >= 2 && slash(rest[0]) && slash(rest[1])
	if u.scheme == "" || (base != nil && u.scheme == base.scheme && u.special() && u.scheme != "file" && !twoSlashes) {
		// A relative reference: what it does not say comes from base.
		if base.isOpaque {
			if !strings.HasPrefix(rest, "#") {
				return nil
			}
			*u = *base
			u.fragment, u.hasFragment = percentEncode(rest[1:], fragmentSet), true
			return u
		}
		u.scheme = base.scheme
		if len(rest) >= 2 && slash(rest[0]) && slash(rest[1]) {
			if u.special() && u.scheme != "file" {
				return withAuthority(strings.TrimLeft(rest, "/\\"))
			}
			return withAuthority(rest[2:])
		}
		u.username, u.password, u.host, u.hasHost, u.port = base.username, base.password, base.host, base.hasHost, base.port
		switch {
		case rest == "":
			u.path, u.query, u.hasQuery = slices.Clone(base.path), base.query, base.hasQuery
			return u
		case rest[0] == '#':
			u.path, u.query, u.hasQuery = slices.Clone(base.path), base.query, base.hasQuery
			u.setQueryFragment(rest)
			return u
		case rest[0] == '?':
			u.path = slices.Clone(base.path)
			u.setQueryFragment(rest)
			return u
		}
		rest = u.setQueryFragment(rest)
		if slash(rest[0]) {
			u.parsePath(rest[1:])
		} else {
			u.path = slices.Clone(base.path)
			if len(u.path) > 0 {
				u.path = u.path[:len(u.path)-1]
			}
			u.parsePath(rest)
		}
		return u
	}
	if u.special() {
		if u.scheme == "file" {
			if len(rest) >= 2 && slash(rest[0]) && slash(rest[1]) {
				return withAuthority(rest[2:])
			}
			u.host, u.hasHost = "", true
			if base != nil && base.scheme == "file" && (rest == "" || rest[0] == '?' || rest[0] == '#') {
				// file:, file:?q and file:#f keep the base's path.
				u.host, u.path = base.host, slices.Clone(base.path)
				if rest == "" || rest[0] == '#' {
					u.query, u.hasQuery = base.query, base.hasQuery
				}
				u.setQueryFragment(rest)
				return u
			}
			rest = u.setQueryFragment(rest)
			switch {
			case rest != "" && slash(rest[0]):
				rest = rest[1:]
			case base != nil && base.scheme == "file":
				// file:x against a file: base is relative to it.
				u.host = base.host
				u.path = slices.Clone(base.path)
				if len(u.path) > 0 {
					u.path = u.path[:len(u.path)-1]
				}
			}
			u.parsePath(rest)
			return u
		}
		return withAuthority(strings.TrimLeft(rest, "/\\"))
	}
	if strings.HasPrefix(rest, "//") {
		return withAuthority(rest[2:])
	}
	rest = u.setQueryFragment(rest)
	if strings.HasPrefix(rest, "/") {
		u.parsePath(rest[1:])
		return u
	}
	u.opaque, u.isOpaque = percentEncode(rest, c0Set), true
	return u
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func (u *urlRecord) pathname() string {
	if u.isOpaque {
		return u.opaque
	}
	var sb strings.Builder
	for _, s := range u.path {
		sb.WriteString("/" + s)
	}
	return sb.String()
}

func (u *urlRecord) hostText() string {
	if u.port != "" {
		return u.host + ":" + u.port
	}
	return u.host
}

func (u *urlRecord) href() string {
	s := u.scheme + ":"
	if u.hasHost {
		s += "//"
		if u.username != "" || u.password != "" {
			s += u.username
			if u.password != "" {
				s += ":" + u.password
			}
			s += "@"
		}
		s += u.hostText()
	} else if !u.isOpaque && len(u.path) > 1 && u.path[0] == "" {
		s += "/."
	}
	s += u.pathname()
	if u.hasQuery {
		s += "?" + u.query
	}
	if u.hasFragment {
		s += "#" + u.fragment
	}
	return s
}

func (u *urlRecord) origin() string {
	if !u.special() || u.scheme == "file" {
		if u.scheme == "blob" {
			if inner := parseURL(u.pathname(), nil); inner != nil && (inner.scheme == "http" || inner.scheme == "https") {
				return inner.origin()
			}
		}
		return "null"
	}
	return u.scheme + "://" + u.hostText()
}

// urlState is a URL object's state: its record and its searchParams.
type urlState struct {
	rec    *urlRecord
	params *Object
}

// searchParams is a URLSearchParams object's state: its list of name and
// value pairs and the URL whose query it is, if any.
type searchParams struct {
	list [][2]Value
	url  *urlState
}

// formEncode is application/x-www-form-urlencoded serialisation of one
// string.
func formEncode(v Value) string {
	var sb strings.Builder
	for _, c := range utf8Encode(v) {
		switch {
		case c == ' ':
			sb.WriteByte('+')
		case isAlpha(c) || c >= '0' && c <= '9' || c == '*' || c == '-' || c == '.' || c == '_':
			sb.WriteByte(c)
		default:
			sb.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c)|0x100, 16)[1:]))
		}
	}
	return sb.String()
}

func (p *searchParams) String() string {
	parts := make([]string, len(p.list))
	for i, kv := range p.list {
		parts[i] = formEncode(kv[0]) + "=" + formEncode(kv[1])
	}
	return strings.Join(parts, "&")
}

// parseForm fills the list from a query string.
func (p *searchParams) parseForm(s string) {
	p.list = nil
	for _, part := range strings.Split(s, "&") {
		if part == "" {
			continue
		}
		name, value, _ := strings.Cut(part, "=")
		dec := func(x string) Value { return utf8Decode(percentDecode(strings.ReplaceAll(x, "+", " "))) }
		p.list = append(p.list, [2]Value{dec(name), dec(value)})
	}
}

// update is the URLSearchParams update steps: the URL's query follows.
func (p *searchParams) update() {
	if p.url == nil {
		return
	}
	s := p.String()
	p.url.rec.query, p.url.rec.hasQuery = s, s != ""
}

func urlError(input, base Value, hasBase bool) {
	e := NewError(TypeErrorPrototype, "Invalid URL")
	e.DefineData(Key("code"), Str("ERR_INVALID_URL"), Writable|Enumerable|Configurable)
	e.DefineData(Key("input"), input, Writable|Enumerable|Configurable)
	if hasBase {
		e.DefineData(Key("base"), base, Writable|Enumerable|Configurable)
	}
	Throw(ObjectValue(e))
}

// URLPrototype and URLSearchParamsPrototype are the classes' prototypes.
var (
	URLPrototype             = NewObject(ObjectPrototype)
	URLSearchParamsPrototype = NewObject(ObjectPrototype)
	urlSearchParamsIterProto = NewObject(IteratorPrototype)
)

func newSearchParams(p *searchParams, proto *Object) *Object {
	return NewClassObject(proto, ClassObject, p)
}

// parseURLValue is new URL(input, base)'s parse, throwing ERR_INVALID_URL.
func parseURLValue(input, base Value) *urlRecord {
	in := string(utf8Encode(ToString(input)))
	var b *urlRecord
	if !base.IsUndefined() {
		if b = parseURL(string(utf8Encode(ToString(base))), nil); b == nil {
			urlError(ToString(input), ToString(base), true)
		}
	}
	u := parseURL(in, b)
	if u == nil {
		urlError(ToString(input), ToString(base), !base.IsUndefined())
	}
	return u
}

func newURLObject(rec *urlRecord, proto *Object) *Object {
	st := &urlState{rec: rec}
	sp := &searchParams{url: st}
	sp.parseForm(rec.query)
	st.params = newSearchParams(sp, URLSearchParamsPrototype)
	return NewClassObject(proto, ClassObject, st)
}

func thisURL(this Value) *urlState {
	if o := this.Object(); o != nil {
		if st, ok := o.Internal.(*urlState); ok {
			return st
		}
	}
	throwNodeError(TypeErrorPrototype, "ERR_INVALID_THIS", `Value of "this" must be of type URL`)
	return nil
}

func thisParams(this Value) *searchParams {
	if o := this.Object(); o != nil {
		if p, ok := o.Internal.(*searchParams); ok {
			return p
		}
	}
	throwNodeError(TypeErrorPrototype, "ERR_INVALID_THIS", `Value of "this" must be of type URLSearchParams`)
	return nil
}

func init() {
	urlCtor := NewConstructor("URL", 1, nil, func(args []Value, newTarget *Object) Value {
		if len(args) == 0 {
			throwNodeError(TypeErrorPrototype, "ERR_MISSING_ARGS", `The "url" argument must be specified`)
		}
		rec := parseURLValue(args[0], Arg(args, 1))
		return ObjectValue(newURLObject(rec, protoFromConstructor(newTarget, URLPrototype)))
	})
	DefineConstructor(urlCtor, URLPrototype)
	DefineMethod(urlCtor, "canParse", 1, func(_ Value, args []Value) Value {
		return Bool(TryCatch(func() { parseURLValue(Arg(args, 0), Arg(args, 1)) }) == nil)
	})
	p := URLPrototype
	accessor := func(name string, get func(u *urlRecord) string, set func(st *urlState, s string)) {
		g := NewFunction("get "+name, 0, func(this Value, _ []Value) Value { return Str(get(thisURL(this).rec)) })
		var s *Object
		if set != nil {
			s = NewFunction("set "+name, 1, func(this Value, args []Value) Value {
				st := thisURL(this)
				set(st, string(utf8Encode(ToString(Arg(args, 0)))))
				return Undefined
			})
		}
		p.DefineAccessor(Key(name), g, s, Enumerable|Configurable)
	}
	toString := NewFunction("toString", 0, func(this Value, _ []Value) Value { return Str(thisURL(this).rec.href()) })
	p.DefineData(Key("toString"), ObjectValue(toString), Writable|Enumerable|Configurable)
	reparse := func(st *urlState) {
		sp := st.params.Internal.(*searchParams)
		sp.parseForm(st.rec.query)
	}
	accessor("href", (*urlRecord).href, func(st *urlState, s string) {
		u := parseURL(s, nil)
		if u == nil {
			urlError(Str(s), Undefined, false)
		}
		st.rec = u
		reparse(st)
	})
	accessor("origin", (*urlRecord).origin, nil)
	accessor("protocol", func(u *urlRecord) string { return u.scheme + ":" }, func(st *urlState, s string) {
		scheme, _, _ := strings.Cut(s, ":")
		scheme = strings.ToLower(scheme)
		if scheme == "" || !isAlpha(scheme[0]) || strings.Trim(scheme, "abcdefghijklmnopqrstuvwxyz0123456789+-.") != "" {
			return
		}
		_, toSpecial := specialPorts[scheme]
		if toSpecial != st.rec.special() || (scheme == "file" && (st.rec.username != "" || st.rec.password != "" || st.rec.port != "")) || (st.rec.scheme == "file" && st.rec.host == "") {
			return
		}
		st.rec.scheme = scheme
		if st.rec.port == specialPorts[scheme] {
			st.rec.port = ""
		}
	})
	accessor("username", func(u *urlRecord) string { return u.username }, func(st *urlState, s string) {
		if st.rec.hasHost && st.rec.host != "" && st.rec.scheme != "file" {
			st.rec.username = percentEncode(s, userinfoSet)
		}
	})
	accessor("password", func(u *urlRecord) string { return u.password }, func(st *urlState, s string) {
		if st.rec.hasHost && st.rec.host != "" && st.rec.scheme != "file" {
			st.rec.password = percentEncode(s, userinfoSet)
		}
	})
	setHost := func(st *urlState, s string, withPort bool) {
		if st.rec.isOpaque {
			return
		}
		end := len(s)
		for i := 0; i < len(s); i++ {
			if s[i] == '/' || s[i] == '?' || s[i] == '#' || (s[i] == '\\' && st.rec.special()) || (!withPort && s[i] == ':' && !strings.Contains(s[:i], "[")) {
				end = i
				break
			}
		}
		u := *st.rec
		u.port = st.rec.port
		hostPart, port := s[:end], ""
		if withPort {
			if i := strings.LastIndexByte(hostPart, ':'); i >= 0 && !strings.Contains(hostPart[i:], "]") {
				hostPart, port = hostPart[:i], hostPart[i+1:]
			}
		}
		if hostPart == "" && u.special() {
			return
		}
		h, ok := parseHost(hostPart, u.special())
		if !ok {
			return
		}
		st.rec.host, st.rec.hasHost = h, true
		if port != "" {
			digits := port[:len(port)-len(strings.TrimLeft(port, "0123456789"))]
			if n, err := strconv.Atoi(digits); err == nil && n <= 65535 {
				st.rec.port = strconv.Itoa(n)
				if st.rec.port == specialPorts[st.rec.scheme] && st.rec.special() {
					st.rec.port = ""
				}
			}
		}
	}
	accessor("host", (*urlRecord).hostText, func(st *urlState, s string) { setHost(st, s, true) })
	accessor("hostname", func(u *urlRecord) string { return u.host }, func(st *urlState, s string) { setHost(st, s, false) })
	accessor("port", func(u *urlRecord) string { return u.port }, func(st *urlState, s string) {
		if !st.rec.hasHost || st.rec.host == "" || st.rec.scheme == "file" {
			return
		}
		if s == "" {
			st.rec.port = ""
			return
		}
		digits := s[:len(s)-len(strings.TrimLeft(s, "0123456789"))]
		if n, err := strconv.Atoi(digits); err == nil && n <= 65535 {
			st.rec.port = strconv.Itoa(n)
			if st.rec.port == specialPorts[st.rec.scheme] && st.rec.special() {
				st.rec.port = ""
			}
		}
	})
	accessor("pathname", (*urlRecord).pathname, func(st *urlState, s string) {
		if st.rec.isOpaque {
			return
		}
		st.rec.path = nil
		if s != "" && (s[0] == '/' || (s[0] == '\\' && st.rec.special())) {
			s = s[1:]
		}
		if s == "" && !st.rec.special() {
			return
		}
		st.rec.parsePath(s)
	})
	accessor("search", func(u *urlRecord) string {
		if !u.hasQuery || u.query == "" {
			return ""
		}
		return "?" + u.query
	}, func(st *urlState, s string) {
		if s == "" {
			st.rec.query, st.rec.hasQuery = "", false
		} else {
			s = strings.TrimPrefix(s, "?")
			set := querySet
			if st.rec.special() {
				set = specialQuerySet
			}
			st.rec.query, st.rec.hasQuery = percentEncode(s, set), true
		}
		reparse(st)
	})
	p.DefineAccessor(Key("searchParams"), NewFunction("get searchParams", 0, func(this Value, _ []Value) Value {
		return ObjectValue(thisURL(this).params)
	}), nil, Enumerable|Configurable)
	accessor("hash", func(u *urlRecord) string {
		if !u.hasFragment || u.fragment == "" {
			return ""
		}
		return "#" + u.fragment
	}, func(st *urlState, s string) {
		// "" removes the fragment; "#" leaves an empty one.
		hasFragment := s != ""
		s = strings.TrimPrefix(s, "#")
		st.rec.fragment, st.rec.hasFragment = percentEncode(s, fragmentSet), hasFragment
	})
	toJSON := NewFunction("toJSON", 0, func(this Value, _ []Value) Value { return Str(thisURL(this).rec.href()) })
	p.DefineData(Key("toJSON"), ObjectValue(toJSON), Writable|Enumerable|Configurable)
	p.DefineData(SymbolKey(SymToStringTag), Str("URL"), Configurable)
	DefineSymbolMethod(p, customInspectSymbol(), 2, func(this Value, _ []Value) Value {
		thisURL(this)
		o := NewPlainObject()
		for _, name := range []string{"href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "searchParams", "hash"} {
			o.CreateDataProperty(Key(name), p.Get(Key(name), this))
		}
		return Str("URL " + Inspect(ObjectValue(o)))
	})

	defineURLSearchParams()
}

func defineURLSearchParams() {
	p := URLSearchParamsPrototype
	ctor := NewConstructor("URLSearchParams", 0, nil, func(args []Value, newTarget *Object) Value {
		sp := &searchParams{}
		init := Arg(args, 0)
		switch {
		case init.IsUndefined() || init.IsNull():
		case init.IsObject():
			o := init.Object()
			if it := o.Get(SymbolKey(SymIterator), init); !it.IsNullish() {
				if !it.Object().IsCallable() {
					throwNodeError(TypeErrorPrototype, "ERR_ARG_NOT_ITERABLE", "Query pairs must be iterable")
				}
				for _, pair := range iterableOrArrayLike(init, o) {
					po := pair.Object()
					if po == nil || po.Get(SymbolKey(SymIterator), pair).IsNullish() {
						throwNodeError(TypeErrorPrototype, "ERR_INVALID_TUPLE", "Each query pair must be an iterable [name, value] tuple")
					}
					kv := iterableOrArrayLike(pair, po)
					if len(kv) != 2 {
						throwNodeError(TypeErrorPrototype, "ERR_INVALID_TUPLE", "Each query pair must be an iterable [name, value] tuple")
					}
					sp.list = append(sp.list, [2]Value{ToString(kv[0]), ToString(kv[1])})
				}
				break
			}
			for _, k := range o.OwnKeys() {
				if d, ok := o.GetOwnProperty(k); ok && d.Flags&Enumerable != 0 {
					if k.Symbol != nil {
						ToString(SymbolValue(k.Symbol)) // node's toUSVString throws for it
					}
					sp.list = append(sp.list, [2]Value{Str(k.Name), ToString(o.Get(k, init))})
				}
			}
		default:
			s := string(utf8Encode(ToString(init)))
			sp.parseForm(strings.TrimPrefix(s, "?"))
		}
		return ObjectValue(newSearchParams(sp, protoFromConstructor(newTarget, URLSearchParamsPrototype)))
	})
	DefineConstructor(ctor, p)
	p.DefineAccessor(Key("size"), NewFunction("get size", 0, func(this Value, _ []Value) Value {
		return Int(len(thisParams(this).list))
	}), nil, Enumerable|Configurable)
	needArgs := func(args []Value, n int) {
		if len(args) < n {
			msg := `The "name" argument must be specified`
			if n == 2 {
				msg = `The "name" and "value" arguments must be specified`
			}
			throwNodeError(TypeErrorPrototype, "ERR_MISSING_ARGS", msg)
		}
	}
	method := func(name string, length int, fn NativeFunc) {
		p.DefineData(Key(name), ObjectValue(NewFunction(name, length, fn)), Writable|Enumerable|Configurable)
	}
	method("append", 2, func(this Value, args []Value) Value {
		sp := thisParams(this)
		needArgs(args, 2)
		sp.list = append(sp.list, [2]Value{ToString(args[0]), ToString(args[1])})
		sp.update()
		return Undefined
	})
	matches := func(kv [2]Value, args []Value, name Value) bool {
		return StrictEquals(kv[0], name) && (len(args) < 2 || args[1].IsUndefined() || StrictEquals(kv[1], ToString(args[1])))
	}
	method("delete", 1, func(this Value, args []Value) Value {
		sp := thisParams(this)
		needArgs(args, 1)
		name := ToString(args[0])
		sp.list = slices.DeleteFunc(sp.list, func(kv [2]Value) bool { return matches(kv, args, name) })
		sp.update()
		return Undefined
	})
	method("get", 1, func(this Value, args []Value) Value {
		sp := thisParams(this)
		needArgs(args, 1)
		name := ToString(args[0])
		for _, kv := range sp.list {
			if StrictEquals(kv[0], name) {
				return kv[1]
			}
		}
		return Null
	})
	method("getAll", 1, func(this Value, args []Value) Value {
		sp := thisParams(this)
		needArgs(args, 1)
		name := ToString(args[0])
		var out []Value
		for _, kv := range sp.list {
			if StrictEquals(kv[0], name) {
				out = append(out, kv[1])
			}
		}
		return ObjectValue(NewArray(out))
	})
	method("has", 1, func(this Value, args []Value) Value {
		sp := thisParams(this)
		needArgs(args, 1)
		name := ToString(args[0])
		return Bool(slices.ContainsFunc(sp.list, func(kv [2]Value) bool { return matches(kv, args, name) }))
	})
	method("set", 2, func(this Value, args []Value) Value {
		sp := thisParams(this)
		needArgs(args, 2)
		name, value := ToString(args[0]), ToString(args[1])
		found := false
		sp.list = slices.DeleteFunc(sp.list, func(kv [2]Value) bool {
			if !StrictEquals(kv[0], name) {
				return false
			}
			if !found {
				found = true
				return false
			}
			return true
		})
		if i := slices.IndexFunc(sp.list, func(kv [2]Value) bool { return StrictEquals(kv[0], name) }); i >= 0 {
			sp.list[i][1] = value
		} else {
			sp.list = append(sp.list, [2]Value{name, value})
		}
		sp.update()
		return Undefined
	})
	method("sort", 0, func(this Value, _ []Value) Value {
		sp := thisParams(this)
		slices.SortStableFunc(sp.list, func(a, b [2]Value) int { return slices.Compare(a[0].UTF16(), b[0].UTF16()) })
		sp.update()
		return Undefined
	})
	iter := func(kind int) NativeFunc {
		return func(this Value, _ []Value) Value {
			sp := thisParams(this)
			i := 0
			it := NewObject(urlSearchParamsIterProto)
			it.Internal = func() (Value, bool) {
				if i >= len(sp.list) {
					return Undefined, false
				}
				kv := sp.list[i]
				i++
				switch kind {
				case 0:
					return kv[0], true
				case 1:
					return kv[1], true
				}
				return ObjectValue(NewArray([]Value{kv[0], kv[1]})), true
			}
			return ObjectValue(it)
		}
	}
	method("entries", 0, iter(2))
	method("forEach", 1, func(this Value, args []Value) Value {
		sp := thisParams(this)
		cb := Arg(args, 0).Object()
		if cb == nil || !cb.IsCallable() {
			throwArgType("callback", "of type function", Arg(args, 0))
		}
		for i := 0; i < len(sp.list); i++ {
			cb.CallWith(Arg(args, 1), []Value{sp.list[i][1], sp.list[i][0], this})
		}
		return Undefined
	})
	method("keys", 0, iter(0))
	method("values", 0, iter(1))
	method("toString", 0, func(this Value, _ []Value) Value { return Str(thisParams(this).String()) })
	p.DefineData(SymbolKey(SymIterator), p.Get(Key("entries"), ObjectValue(p)), Writable|Configurable)
	p.DefineData(SymbolKey(SymToStringTag), Str("URLSearchParams"), Configurable)
	DefineSymbolMethod(p, customInspectSymbol(), 2, func(this Value, args []Value) Value {
		sp := thisParams(this)
		breakLength := 80
		if o := Arg(args, 1).Object(); o != nil {
			if b := o.Get(Key("breakLength"), Arg(args, 1)); b.IsNumber() {
				breakLength = int(b.num)
			}
		}
		var out []string
		length := -2
		for _, kv := range sp.list {
			s := Inspect(kv[0]) + " => " + Inspect(kv[1])
			out = append(out, s)
			length += len(s) + 2
		}
		switch {
		case length > breakLength:
			return Str("URLSearchParams {\n  " + strings.Join(out, ",\n  ") + " }")
		case len(out) > 0:
			return Str("URLSearchParams { " + strings.Join(out, ", ") + " }")
		}
		return Str("URLSearchParams {}")
	})

	ip := urlSearchParamsIterProto
	DefineMethod(ip, "next", 0, func(this Value, _ []Value) Value {
		o := this.Object()
		next, ok := o.Internal.(func() (Value, bool))
		if o == nil || !ok {
			throwNodeError(TypeErrorPrototype, "ERR_INVALID_THIS", `Value of "this" must be of type URLSearchParamsIterator`)
		}
		v, more := next()
		r := NewPlainObject()
		r.CreateDataProperty(Key("value"), v)
		r.CreateDataProperty(Key("done"), Bool(!more))
		return ObjectValue(r)
	})
	ip.DefineData(SymbolKey(SymToStringTag), Str("URLSearchParams Iterator"), Configurable)
}

// urlModule is the exports object of node:url.
func urlModule() *Object {
	m := NewPlainObject()
	m.CreateDataProperty(Key("URL"), Global.Get(Key("URL"), ObjectValue(Global)))
	m.CreateDataProperty(Key("URLSearchParams"), Global.Get(Key("URLSearchParams"), ObjectValue(Global)))
	m.CreateDataProperty(Key("domainToASCII"), ObjectValue(NewFunction("domainToASCII", 1, func(_ Value, args []Value) Value {
		if len(args) == 0 {
			throwNodeError(TypeErrorPrototype, "ERR_MISSING_ARGS", `The "domain" argument must be specified`)
		}
		h, _ := parseHost(string(utf8Encode(ToString(args[0]))), true)
		return Str(h)
	})))
	m.CreateDataProperty(Key("fileURLToPath"), ObjectValue(NewFunction("fileURLToPath", 1, func(_ Value, args []Value) Value {
		v := Arg(args, 0)
		var rec *urlRecord
		var st *urlState
		if v.IsObject() {
			st, _ = v.Object().Internal.(*urlState)
		}
		if st != nil {
			rec = st.rec
		} else if v.IsString() {
			rec = parseURLValue(v, Undefined)
		} else {
			throwArgType("path", "of type string or an instance of URL", v)
		}
		if rec.scheme != "file" {
			throwNodeError(TypeErrorPrototype, "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file")
		}
		if rec.host != "" {
			throwNodeError(TypeErrorPrototype, "ERR_INVALID_FILE_URL_HOST", `File URL host must be "localhost" or empty on linux`)
		}
		path := rec.pathname()
		if strings.Contains(strings.ToLower(path), "%2f") {
			throwNodeError(TypeErrorPrototype, "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters")
		}
		return utf8Decode(percentDecode(path))
	})))
	m.CreateDataProperty(Key("pathToFileURL"), ObjectValue(NewFunction("pathToFileURL", 1, func(_ Value, args []Value) Value {
		v := Arg(args, 0)
		if !v.IsString() {
			throwArgType("path", "of type string", v)
		}
		s := v.Text()
		resolved := pathResolve([]string{s})
		if strings.HasSuffix(s, "/") && resolved != "/" {
			resolved += "/"
		}
		resolved = strings.NewReplacer("%", "%25", "\\", "%5C", "\n", "%0A", "\r", "%0D", "\t", "%09", "?", "%3F", "#", "%23").Replace(string(utf8Encode(Str(resolved))))
		return ObjectValue(newURLObject(parseURL("file://"+resolved, nil), URLPrototype))
	})))
	return m
}
