package runtime

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSpreadAndRest(t *testing.T) {
	// [...'a😀', ...[1, 2]] has 3 + ... elements: [ 'a', '😀', 1, 2 ]
	got := AppendSpread(AppendSpread(nil, "s", Str("a😀")), "a", ArrayOf(Int(1), Int(2)))
	if len(got) != 4 || got[1].Text() != "😀" || !StrictEquals(got[3], Int(2)) {
		t.Errorf("spread: %v", got)
	}
	if msg := thrown(func() { AppendSpread(nil, "x", Int(5)) }); msg != "TypeError: x is not iterable" {
		t.Errorf("array spread of 5: %q", msg)
	}
	if msg := thrown(func() { AppendSpread(nil, "", ObjectValue(NewPlainObject())) }); msg != "TypeError: Spread syntax requires ...iterable[Symbol.iterator] to be a function" {
		t.Errorf("call spread of {}: %q", msg)
	}
	// const {a, ...rest} = {a: 1, b: 2, c: 3} -> rest is { b: 2, c: 3 }
	src := ObjectLiteral([]string{"a", "b", "c"}, Int(1), Int(2), Int(3))
	rest := ObjectRest(src, Key("a")).Object()
	if keys := rest.OwnKeys(); len(keys) != 2 || keys[0].Name != "b" || keys[1].Name != "c" {
		t.Errorf("rest keys %v", keys)
	}
	// ({...'hi'}) is { '0': 'h', '1': 'i' }
	o := NewPlainObject()
	SpreadInto(o, Str("hi"))
	if keys := o.OwnKeys(); len(keys) != 2 || keys[1].Name != "1" {
		t.Errorf("string spread keys %v", keys)
	}
	// const [x, ...ys] = [1, 2, 3]
	it := GetIterator(ArrayOf(Int(1), Int(2), Int(3)))
	if x := IteratorValue(it); !StrictEquals(x, Int(1)) {
		t.Errorf("first %v", x)
	}
	if ys := IteratorRest(it).Object().Elements(); len(ys) != 2 {
		t.Errorf("rest %v", ys)
	}
	if !IteratorValue(it).IsUndefined() {
		t.Error("a done iterator gives undefined")
	}
}

func TestDestructureErrors(t *testing.T) {
	// node: const {a} = undefined; const {} = null
	for _, tc := range []struct {
		v     Value
		first string
		want  string
	}{
		{Undefined, "a", "TypeError: Cannot destructure property 'a' of 'undefined' as it is undefined."},
		{Null, "", "TypeError: Cannot destructure 'null' as it is null."},
		{Int(1), "a", ""},
	} {
		if got := thrown(func() { RequireObjectCoercible(tc.v, tc.first) }); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

func TestLiteralHelpers(t *testing.T) {
	o := NewPlainObject()
	getter := NewUserFunction(&FuncInfo{Name: "get v", Kind: FuncMethod}, func(Value, []Value) Value { return Int(1) })
	setter := NewUserFunction(&FuncInfo{Name: "set v", Kind: FuncMethod}, func(Value, []Value) Value { return Undefined })
	DefineGetterProp(o, Key("v"), getter, true)
	DefineSetterProp(o, Key("v"), setter, true)
	d, _ := o.GetOwnProperty(Key("v"))
	if d.Getter == nil || d.Setter == nil || d.Flags&Enumerable == 0 {
		t.Errorf("accessor pair %+v", d)
	}
	SetProtoLiteral(o, Int(1))
	if o.Proto() != ObjectPrototype {
		t.Error("__proto__: 1 is ignored")
	}
	SetProtoLiteral(o, Null)
	if o.Proto() != nil {
		t.Error("__proto__: null")
	}
	if a := ArrayOf(Int(1), Hole, Int(3)).Object(); a.HasProperty(Key("1")) || len(a.Elements()) != 3 {
		t.Error("[1, , 3] has a hole")
	}
}

func TestSpreadAndRestReadDescriptorThenValue(t *testing.T) {
	// const log = []; h logs ownKeys, getOwnPropertyDescriptor:k and get:k, forwarding to Reflect;
	// const p = new Proxy({a: 1, b: 2, c: 3}, h)
	var log []string
	traced := func() Value {
		log = nil
		h := NewPlainObject()
		for _, trap := range []string{"ownKeys", "getOwnPropertyDescriptor", "get"} {
			h.Set(Key(trap), opsFn(func(_ Value, args []Value) Value {
				entry := trap
				if k := Arg(args, 1); k.IsString() {
					entry += ":" + k.Text()
				}
				log = append(log, entry)
				return opsCall(opsGlobal("Reflect"), trap, args...)
			}), ObjectValue(h))
		}
		return proxyOf(opsObj("a", Int(1), "b", Int(2), "c", Int(3)), ObjectValue(h))
	}
	json := func(v Value) string { return callJS(ObjectValue(JSONObject), "stringify", v).Text() }
	for _, c := range []struct {
		js, want string
		got      func() string
	}{
		{`const o = {...p}`, `{"a":1,"b":2,"c":3} ownKeys getOwnPropertyDescriptor:a get:a getOwnPropertyDescriptor:b get:b getOwnPropertyDescriptor:c get:c`, func() string {
			o := NewPlainObject()
			SpreadInto(o, traced())
			return json(ObjectValue(o)) + " " + strings.Join(log, " ")
		}},
		{`const {a, ...rest} = p`, `{"b":2,"c":3} get:a ownKeys getOwnPropertyDescriptor:b get:b getOwnPropertyDescriptor:c get:c`, func() string {
			p := traced()
			GetProp(p, Key("a"))
			return json(ObjectRest(p, Key("a"))) + " " + strings.Join(log, " ")
		}},
		{`({..."hi"})`, `{"0":"h","1":"i"}`, func() string {
			o := NewPlainObject()
			SpreadInto(o, Str("hi"))
			return json(ObjectValue(o))
		}},
		{`(({0: x, ...r}) => r)('abc')`, `{"1":"b","2":"c"}`, func() string { return json(ObjectRest(Str("abc"), Key("0"))) }},
	} {
		assert.Equal(t, c.want, c.got(), c.js)
	}
}
