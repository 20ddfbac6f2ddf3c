package runtime

import "math/big"

// Template literals, and the other literals that need the runtime.

// TemplateString is an untagged template literal: its strings and
// substitutions, each converted with ToString, concatenated.
func TemplateString(parts ...Value) Value {
	if len(parts) == 1 {
		return ToString(parts[0])
	}
	r := ToString(parts[0])
	for _, p := range parts[1:] {
		r = Concat(r, ToString(p))
	}
	return r
}

// TemplateSite is a tagged template's call site: its template object is
// made once and reused, as the spec caches it per site.
type TemplateSite struct {
	cooked []Value
	raw    []string
	object Value
}

// NewTemplateSite describes a call site: cooked strings (undefined for an
// invalid escape) and raw strings.
func NewTemplateSite(cooked []Value, raw []string) *TemplateSite {
	return &TemplateSite{cooked: cooked, raw: raw}
}

// Object is the site's template object: a frozen array of the cooked
// strings with a frozen `raw` array.
func (s *TemplateSite) Object() Value {
	if s.object.IsObject() {
		return s.object
	}
	raw := make([]Value, len(s.raw))
	for i, r := range s.raw {
		raw[i] = Str(r)
	}
	rawArray := NewArray(raw)
	strs := NewArray(append([]Value(nil), s.cooked...))
	strs.DefineData(Key("raw"), ObjectValue(rawArray), 0)
	freezeArray(rawArray)
	freezeArray(strs)
	s.object = ObjectValue(strs)
	return s.object
}

// freezeArray makes an array's elements and length read-only and the array
// not extensible.
func freezeArray(a *Object) {
	a.elemFlags |= Writable | Configurable
	a.extensible = false
}

// BigIntLiteral is the value of a BigInt literal's decimal digits.
func BigIntLiteral(digits string) Value {
	b, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		panic("runtime: bad BigInt literal " + digits)
	}
	return BigInt(b)
}
