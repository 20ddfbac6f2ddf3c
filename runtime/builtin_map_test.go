package runtime

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func newMap(entries ...any) Value {
	pairs := make([]any, 0, len(entries)/2)
	for i := 0; i < len(entries); i += 2 {
		pairs = append(pairs, []any{entries[i], entries[i+1]})
	}
	return Construct(ObjectValue(MapConstructor), nil, toJS(pairs))
}

// spread is [...iterable].
func spread(iterable Value) Value { return callJS(ObjectValue(ArrayConstructor), "from", iterable) }

func TestMap(t *testing.T) {
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"[...new Map([[1,'a'],['1','b'],[1,'c']])]", func() Value { return spread(newMap(1, "a", "1", "b", 1, "c")) }, "[[1,\"c\"],[\"1\",\"b\"]]"},
		{"new Map([[NaN,1]]).get(NaN)", func() Value { return callJS(newMap(math.NaN(), 1), "get", math.NaN()) }, "1"},
		{"new Map([[-0,1]]).has(0)", func() Value { return callJS(newMap(math.Copysign(0, -1), 1), "has", 0) }, "true"},
		{"[...new Map([[-0,1]]).keys()].map(k => Object.is(k, -0))", func() Value {
			return callJS(spread(callJS(newMap(math.Copysign(0, -1), 1), "keys")), "map", jsFunc(func(a []Value) Value { return Bool(SameValue(a[0], Number(math.Copysign(0, -1)))) }))
		}, "[false]"},
		{"new Map([[1,2],[3,4]]).size", func() Value { return getV(newMap(1, 2, 3, 4), Key("size")) }, "2"},
		{"(m = new Map([[1,2]]), [m.delete(1), m.delete(1), m.size])", func() Value {
			m := newMap(1, 2)
			return toJS([]any{callJS(m, "delete", 1), callJS(m, "delete", 1), getV(m, Key("size"))})
		}, "[true,false,0]"},
		{"[...new Map([['a',1],['b',2]]).values()]", func() Value { return spread(callJS(newMap("a", 1, "b", 2), "values")) }, "[1,2]"},
		{"(m = new Map([[1,'a'],[2,'b'],[3,'c']]), out = [], m.forEach((v, k) => { out.push(k); if (k === 1) { m.delete(2); m.set(4, 'd') } if (k === 3) { m.clear(); m.set(5, 'e') } }), out)", func() Value {
			m := newMap(1, "a", 2, "b", 3, "c")
			var out []any
			callJS(m, "forEach", jsFunc(func(a []Value) Value {
				out = append(out, a[1])
				switch a[1].num {
				case 1:
					callJS(m, "delete", 2)
					callJS(m, "set", 4, "d")
				case 3:
					callJS(m, "clear")
					callJS(m, "set", 5, "e")
				}
				return Undefined
			}))
			return toJS(out)
		}, "[1,3,5]"},
		{"(m = new Map([[1,1],[2,2]]), it = m.keys(), it.next(), m.delete(1), m.delete(2), m.set(3,3), [...it])", func() Value {
			m := newMap(1, 1, 2, 2)
			it := callJS(m, "keys")
			callJS(it, "next")
			callJS(m, "delete", 1)
			callJS(m, "delete", 2)
			callJS(m, "set", 3, 3)
			return spread(it)
		}, "[3]"},
		{"Object.prototype.toString.call(new Map().entries())", func() Value {
			return Concat(Str("[object "), Concat(getV(callJS(newMap(), "entries"), SymbolKey(SymToStringTag)), Str("]")))
		}, "\"[object Map Iterator]\""},
		{"new Map([[{}, 1]]).get({})", func() Value {
			return callJS(newMap(ObjectValue(NewPlainObject()), 1), "get", ObjectValue(NewPlainObject()))
		}, "undefined"},
		{"new Map([[1n, 'big']]).get(1n)", func() Value { return callJS(newMap(BigInt(bigOne), "big"), "get", BigInt(bigOne)) }, "\"big\""},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

func TestMapErrors(t *testing.T) {
	for _, c := range []struct {
		js   string
		f    func()
		want string
	}{
		{"new Map([1])", func() { Construct(ObjectValue(MapConstructor), nil, toJS([]any{1})) }, "TypeError: Iterator value 1 is not an entry object"},
		{"Map()", func() { Call(ObjectValue(MapConstructor), Undefined) }, "TypeError: Constructor Map requires 'new'"},
		{"Map.prototype.get.call({}, 1)", func() { Call(getV(ObjectValue(MapPrototype), Key("get")), ObjectValue(NewPlainObject()), Int(1)) }, "TypeError: Method Map.prototype.get called on incompatible receiver #<Object>"},
		{"new Map(5)", func() { Construct(ObjectValue(MapConstructor), nil, Int(5)) }, "TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"},
		{"new Map().forEach(null)", func() { callJS(newMap(), "forEach", Null) }, "TypeError: object null is not a function"},
		{"new Map().forEach(1)", func() { callJS(newMap(), "forEach", 1) }, "TypeError: number 1 is not a function"},
		{"new Map().forEach('s')", func() { callJS(newMap(), "forEach", "s") }, `TypeError: string "s" is not a function`},
		{"new Map().forEach({})", func() { callJS(newMap(), "forEach", ObjectValue(NewPlainObject())) }, "TypeError: object is not a function"},
		{"new Map().forEach()", func() { callJS(newMap(), "forEach") }, "TypeError: undefined is not a function"},
		{"new Map().keys().next.call({})", func() { Call(getV(callJS(newMap(), "keys"), Key("next")), ObjectValue(NewPlainObject())) }, "TypeError: Method Map Iterator.prototype.next called on incompatible receiver #<Object>"},
		{"new Map().keys().next.call(new Set().keys())", func() {
			Call(getV(callJS(newMap(), "keys"), Key("next")), callJS(Construct(ObjectValue(SetConstructor), nil), "keys"))
		}, "TypeError: Method Map Iterator.prototype.next called on incompatible receiver #<Object>"},
		{"new Set().keys().next.call(new Map().keys())", func() {
			Call(getV(callJS(Construct(ObjectValue(SetConstructor), nil), "keys"), Key("next")), callJS(newMap(), "keys"))
		}, "TypeError: Method Set Iterator.prototype.next called on incompatible receiver #<Object>"},
	} {
		assert.Equal(t, c.want, thrownText(c.f), c.js)
	}
}
