package runtime

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func newSet(values ...any) Value {
	return Construct(ObjectValue(SetConstructor), nil, toJS(values))
}

func TestSet(t *testing.T) {
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"[...new Set([3,1,3,'3',NaN,NaN])]", func() Value { return spread(newSet(3, 1, 3, "3", math.NaN(), math.NaN())) }, "[3,1,\"3\",NaN]"},
		{"new Set('hello').size", func() Value { return getV(Construct(ObjectValue(SetConstructor), nil, Str("hello")), Key("size")) }, "4"},
		{"[...new Set([1,2]).entries()]", func() Value { return spread(callJS(newSet(1, 2), "entries")) }, "[[1,1],[2,2]]"},
		{"(s = new Set([1,2,3]), out = [], s.forEach(v => { out.push(v); if (v === 1) { s.delete(1); s.delete(2); s.add(4) } }), out)", func() Value {
			s := newSet(1, 2, 3)
			var out []any
			callJS(s, "forEach", jsFunc(func(a []Value) Value {
				out = append(out, a[0])
				if a[0].num == 1 {
					callJS(s, "delete", 1)
					callJS(s, "delete", 2)
					callJS(s, "add", 4)
				}
				return Undefined
			}))
			return toJS(out)
		}, "[1,3,4]"},
		{"(s = new Set([1]), s.add(1).add(2) === s && s.size)", func() Value {
			s := newSet(1)
			if !StrictEquals(callJS(callJS(s, "add", 1), "add", 2), s) {
				return False
			}
			return getV(s, Key("size"))
		}, "2"},
		{"[new Set([1]).has(1), new Set([1]).has('1')]", func() Value {
			return toJS([]any{callJS(newSet(1), "has", 1), callJS(newSet(1), "has", "1")})
		}, "[true,false]"},
		{"Set.prototype.keys === Set.prototype.values", func() Value {
			return Bool(StrictEquals(getV(ObjectValue(SetPrototype), Key("keys")), getV(ObjectValue(SetPrototype), Key("values"))))
		}, "true"},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

func TestSetErrors(t *testing.T) {
	for _, c := range []struct {
		js   string
		f    func()
		want string
	}{
		{"new Set(5)", func() { Construct(ObjectValue(SetConstructor), nil, Int(5)) }, "TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"},
		{"Set.prototype.add.call([], 1)", func() { Call(getV(ObjectValue(SetPrototype), Key("add")), toJS([]any{}), Int(1)) }, "TypeError: Method Set.prototype.add called on incompatible receiver [object Array]"},
		{"Set()", func() { Call(ObjectValue(SetConstructor), Undefined) }, "TypeError: Constructor Set requires 'new'"},
		{"Set.prototype.add = {}; new Set([1])", func() {
			add := getV(ObjectValue(SetPrototype), Key("add"))
			defer SetProp(ObjectValue(SetPrototype), Key("add"), add, true)
			SetProp(ObjectValue(SetPrototype), Key("add"), ObjectValue(NewPlainObject()), true)
			Construct(ObjectValue(SetConstructor), nil, toJS([]any{1}))
		}, "TypeError: '#<Object>' returned for property 'add' of object '#<Set>' is not a function"},
	} {
		assert.Equal(t, c.want, thrownText(c.f), c.js)
	}
}
