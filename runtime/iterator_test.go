package runtime

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// opsForOf runs for (const x of v) and joins what it yields; stop ends the
// loop early (break) after that many values.
func opsForOf(v Value, stop int) Value {
	var got []string
	it := GetIterator(v)
	for x, ok := it.Next(); ok; x, ok = it.Next() {
		got = append(got, ToGoString(x))
		if len(got) == stop {
			it.Close()
			break
		}
	}
	return Str(strings.Join(got, ","))
}

// opsCountingIterator is an iterable yielding 1..n whose return() records
// that it ran in log.
func opsCountingIterator(n int, log *[]string) Value {
	i := 0
	iter := opsObj(
		"next", opsFn(func(Value, []Value) Value {
			i++
			return opsObj("value", Int(i), "done", Bool(i > n))
		}),
		"return", opsFn(func(Value, []Value) Value {
			*log = append(*log, "return")
			return opsObj()
		}))
	o := NewPlainObject()
	o.DefineData(SymbolKey(SymIterator), opsFn(func(Value, []Value) Value { return iter }), Default)
	return ObjectValue(o)
}

// opsWithArrayPrototype runs f with Array.prototype[key] set to v.
func opsWithArrayPrototype(key PropertyKey, v Value, f func() Value) Value {
	old, had := ArrayPrototype.GetOwnProperty(key)
	ArrayPrototype.DefineData(key, v, Hidden)
	defer func() {
		if had {
			ArrayPrototype.DefineOwnProperty(key, old)
		} else {
			ArrayPrototype.Delete(key)
		}
	}()
	return f()
}

func TestIterators(t *testing.T) {
	iterableOf := func(iter Value) Value {
		o := NewPlainObject()
		o.DefineData(SymbolKey(SymIterator), opsFn(func(Value, []Value) Value { return iter }), Default)
		return ObjectValue(o)
	}
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`r = []; for (const x of [1, 2, 3]) r.push(x); r.join()`, "1,2,3", func() Value { return opsForOf(opsArr(Int(1), Int(2), Int(3)), 0) }},
		{`r = []; for (const x of [1, , 3]) r.push(x); r.map(String).join()`, "1,undefined,3", func() Value { return opsForOf(opsArr(Int(1), hole, Int(3)), 0) }},
		{`Array.prototype[1] = 'p'; r = []; for (const x of [1, , 3]) r.push(x); delete Array.prototype[1]; r.join()`, "1,p,3", func() Value {
			return opsWithArrayPrototype(Key("1"), Str("p"), func() Value { return opsForOf(opsArr(Int(1), hole, Int(3)), 0) })
		}},
		{`a = [1, 2]; r = []; for (const x of a) { r.push(x); if (x < 3) a.push(x + 2) } r.join()`, "1,2,3,4", func() Value {
			a := opsArr(Int(1), Int(2))
			var got []string
			it := GetIterator(a)
			for x, ok := it.Next(); ok; x, ok = it.Next() {
				got = append(got, ToGoString(x))
				if Lt(x, Int(3)) {
					opsCall(a, "push", Add(x, Int(2)))
				}
			}
			return Str(strings.Join(got, ","))
		}},
		{`r = []; for (const x of [1, 2].entries()) r.push(x); r.join()`, "0,1,1,2", func() Value { return opsForOf(opsCall(opsArr(Int(1), Int(2)), "entries"), 0) }},
		{`r = []; for (const x of [5, 6].keys()) r.push(x); r.join()`, "0,1", func() Value { return opsForOf(opsCall(opsArr(Int(5), Int(6)), "keys"), 0) }},
		{`saved = Array.prototype[Symbol.iterator]; Array.prototype[Symbol.iterator] = function* () { yield 'own' }; r = [...[1, 2]]; Array.prototype[Symbol.iterator] = saved; r.join()`, "own", func() Value {
			done := false
			custom := opsFn(func(Value, []Value) Value {
				return opsObj("next", opsFn(func(Value, []Value) Value {
					r := opsObj("value", Str("own"), "done", Bool(done))
					done = true
					return r
				}))
			})
			return opsWithArrayPrototype(SymbolKey(SymIterator), custom, func() Value { return opsForOf(opsArr(Int(1), Int(2)), 0) })
		}},
		{`p = Object.getPrototypeOf([][Symbol.iterator]()); saved = p.next; p.next = function () { const r = saved.call(this); if (!r.done) r.value *= 10; return r }; r = [...[1, 2]]; p.next = saved; r.join()`, "10,20", func() Value {
			saved := ArrayIteratorPrototype.Get(Key("next"), Undefined)
			defer ArrayIteratorPrototype.DefineData(Key("next"), saved, Hidden)
			ArrayIteratorPrototype.DefineData(Key("next"), opsFn(func(this Value, _ []Value) Value {
				r := CallThis("saved", saved, this)
				if !ToBoolean(GetProp(r, Key("done"))) {
					SetProp(r, Key("value"), Mul(GetProp(r, Key("value")), Int(10)), true)
				}
				return r
			}), Hidden)
			return opsForOf(opsArr(Int(1), Int(2)), 0)
		}},
		{`log = []; for (const x of counting(3, log)) if (x == 2) break; log.join()`, "return", func() Value {
			var log []string
			opsForOf(opsCountingIterator(3, &log), 2)
			return Str(strings.Join(log, ","))
		}},
		{`log = []; for (const x of counting(2, log)); log.join()`, "", func() Value {
			var log []string
			opsForOf(opsCountingIterator(2, &log), 0)
			return Str(strings.Join(log, ","))
		}},
		{`try { for (const x of {[Symbol.iterator]() { return {next() { return {value: 1} }, return() { throw new Error('from return') }} }}) throw new Error('body') } catch (e) { e.message }`, "body", func() Value {
			iter := opsObj("next", opsFn(func(Value, []Value) Value { return opsObj("value", Int(1)) }),
				"return", opsFn(func(Value, []Value) Value { ThrowError(ErrorPrototype, "from return"); return Undefined }))
			exc := TryCatch(func() {
				it := GetIterator(iterableOf(iter))
				it.Next()
				if exc := TryCatch(func() { ThrowError(ErrorPrototype, "body") }); exc != nil {
					it.CloseOnThrow()
					panic(exc)
				}
			})
			return GetProp(exc.Value, Key("message"))
		}},
		{`for (const x of {[Symbol.iterator]() { return {next() { return {value: 1} }, return() { return 1 }} }}) break`, "TypeError: Iterator result 1 is not an object", func() Value {
			iter := opsObj("next", opsFn(func(Value, []Value) Value { return opsObj("value", Int(1)) }),
				"return", opsFn(func(Value, []Value) Value { return Int(1) }))
			return opsForOf(iterableOf(iter), 1)
		}},
		{`for (const x of {[Symbol.iterator]() { return {next() { return {value: 1} }, return: 1} }}) break`, "TypeError: number 1 is not a function", func() Value {
			return opsForOf(iterableOf(opsObj("next", opsFn(func(Value, []Value) Value { return opsObj("value", Int(1)) }), "return", Int(1))), 1)
		}},
		{`for (const x of {[Symbol.iterator]() { return {next: 1} }});`, "TypeError: number 1 is not a function", func() Value {
			return opsForOf(iterableOf(opsObj("next", Int(1))), 0)
		}},
		{`for (const x of {[Symbol.iterator]() { return {} }});`, "TypeError: undefined is not a function", func() Value { return opsForOf(iterableOf(opsObj()), 0) }},
		{`for (const x of {[Symbol.iterator]() { return {next() { return 1 }} }});`, "TypeError: Iterator result 1 is not an object", func() Value {
			return opsForOf(iterableOf(opsObj("next", opsFn(func(Value, []Value) Value { return Int(1) }))), 0)
		}},
		{`for (const x of {[Symbol.iterator]() { return 1 }});`, "TypeError: Result of the Symbol.iterator method is not an object", func() Value {
			return opsForOf(iterableOf(Int(1)), 0)
		}},
		{`new Map({})`, "TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))", func() Value { return opsForOf(opsObj(), 0) }},
		{`new Map(() => 1)`, "TypeError: function is not iterable (cannot read property Symbol(Symbol.iterator))", func() Value {
			return opsForOf(opsFn(func(Value, []Value) Value { return Undefined }), 0)
		}},
		{`new Map(true)`, "TypeError: boolean true is not iterable (cannot read property Symbol(Symbol.iterator))", func() Value { return opsForOf(True, 0) }},
		{`Array.from(undefined)`, "TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))", func() Value {
			return opsForOf(Undefined, 0)
		}},
		{`const u = 1; for (const x of u);`, "TypeError: u is not iterable", func() Value { GetIteratorNamed("u", Int(1)); return Undefined }},
		{`const o = {}; [...o]`, "TypeError: o is not iterable", func() Value { GetIteratorNamed("o", opsObj()); return Undefined }},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

// opsForIn runs for (const k in v) and joins the keys; each runs on every key.
func opsForIn(v Value, each func(k Value)) Value {
	var got []string
	it := ForIn(v)
	for k, ok := it.Next(); ok; k, ok = it.Next() {
		got = append(got, k.Text())
		if each != nil {
			each(k)
		}
	}
	return Str(strings.Join(got, ","))
}

func TestForIn(t *testing.T) {
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`r = []; for (const k in {b: 1, 2: 1, a: 1, 1: 1}) r.push(k); r.join()`, "1,2,b,a", func() Value {
			return opsForIn(opsObj("b", Int(1), "2", Int(1), "a", Int(1), "1", Int(1)), nil)
		}},
		{`p = {x: 1, y: 2}; o = Object.create(p); o.a = 1; o.x = 3; r = []; for (const k in o) r.push(k); r.join()`, "a,x,y", func() Value {
			o := opsObject("create", opsObj("x", Int(1), "y", Int(2)))
			SetProp(o, Key("a"), Int(1), true)
			SetProp(o, Key("x"), Int(3), true)
			return opsForIn(o, nil)
		}},
		{`o = Object.create({x: 1, y: 2}); Object.defineProperty(o, 'x', {value: 0}); r = []; for (const k in o) r.push(k); r.join()`, "y", func() Value {
			o := opsObject("create", opsObj("x", Int(1), "y", Int(2)))
			opsObject("defineProperty", o, Str("x"), opsObj("value", Int(0)))
			return opsForIn(o, nil)
		}},
		{`o = {a: 1, b: 2, c: 3}; r = []; for (const k in o) { r.push(k); delete o.b } r.join()`, "a,c", func() Value {
			o := opsObj("a", Int(1), "b", Int(2), "c", Int(3))
			return opsForIn(o, func(Value) { DeleteProp(o, Str("b"), true) })
		}},
		{`o = {a: 1}; r = []; for (const k in o) { r.push(k); o.z = 1 } r.join()`, "a", func() Value {
			o := opsObj("a", Int(1))
			return opsForIn(o, func(Value) { SetProp(o, Key("z"), Int(1), true) })
		}},
		{`r = []; for (const k in [7, , 9]) r.push(k); r.join()`, "0,2", func() Value { return opsForIn(opsArr(Int(7), hole, Int(9)), nil) }},
		{`r = []; for (const k in 'ab') r.push(k); r.join()`, "0,1", func() Value { return opsForIn(Str("ab"), nil) }},
		{`r = []; for (const k in null) r.push(k); r.join()`, "", func() Value { return opsForIn(Null, nil) }},
		{`r = []; for (const k in 5) r.push(k); r.join()`, "", func() Value { return opsForIn(Int(5), nil) }},
		{`o = {a: 1}; o[Symbol()] = 2; r = []; for (const k in o) r.push(k); r.join()`, "a", func() Value {
			o := opsObj("a", Int(1))
			SetIndex(o, SymbolValue(NewSymbol("s")), Int(2), true)
			return opsForIn(o, nil)
		}},
	} {
		assert.Equal(t, c.want, opsShow(c.got), c.js)
	}
}

func TestForInExotic(t *testing.T) {
	// const log = []; h = a handler logging ownKeys, getOwnPropertyDescriptor:k,
	// getPrototypeOf, has and get, each forwarding to Reflect;
	// target = {a: 1, b: 2, h: 3 (not enumerable)} with prototype {c: 3}
	var log []string
	traced := func() (Value, Value) {
		log = nil
		h := NewPlainObject()
		for _, trap := range []string{"ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf", "has", "get"} {
			h.Set(Key(trap), opsFn(func(_ Value, args []Value) Value {
				entry := trap
				if k := Arg(args, 1); k.IsString() {
					entry += ":" + k.Text()
				}
				log = append(log, entry)
				return opsCall(opsGlobal("Reflect"), trap, args...)
			}), ObjectValue(h))
		}
		target := opsObject("create", opsObj("c", Int(3)))
		SetProp(target, Key("a"), Int(1), true)
		SetProp(target, Key("b"), Int(2), true)
		opsObject("defineProperty", target, Str("h"), opsObj("value", Int(3)))
		return proxyOf(target, ObjectValue(h)), target
	}
	withLog := func(keys Value) Value { return Str(keys.Text() + " " + strings.Join(log, " ")) }
	for _, c := range []struct {
		js, want string
		got      func() Value
	}{
		{`for (const k in p) ks.push(k)`, "a,b,c ownKeys getPrototypeOf getOwnPropertyDescriptor:a getOwnPropertyDescriptor:b getOwnPropertyDescriptor:h getOwnPropertyDescriptor:c getPrototypeOf", func() Value {
			p, _ := traced()
			return withLog(opsForIn(p, nil))
		}},
		{`for (const k in p) { ks.push(k); if (k === 'a') delete target.b }`, "a,c ownKeys getPrototypeOf getOwnPropertyDescriptor:a getOwnPropertyDescriptor:b getPrototypeOf getOwnPropertyDescriptor:h getOwnPropertyDescriptor:c getPrototypeOf", func() Value {
			p, target := traced()
			return withLog(opsForIn(p, func(k Value) {
				if k.Text() == "a" {
					DeleteProp(target, Str("b"), true)
				}
			}))
		}},
		{`const ta = new Uint8Array([5, 6, 7]); ta.x = 1; for (const k in ta)`, "0,1,2,x", func() Value {
			ta := taNew("Uint8Array", opsArr(Int(5), Int(6), Int(7)))
			SetProp(ta, Key("x"), Int(1), true)
			return opsForIn(ta, nil)
		}},
		{`const o = Object.create(new Uint8Array(2)); o.y = 1; for (const k in o)`, "y,0,1", func() Value {
			o := opsObject("create", taNew("Uint8Array", Int(2)))
			SetProp(o, Key("y"), Int(1), true)
			return opsForIn(o, nil)
		}},
		{`for (const k in new Proxy([1, 2], {}))`, "0,1", func() Value { return opsForIn(proxyOf(opsArr(Int(1), Int(2)), opsObj()), nil) }},
	} {
		assert.Equal(t, c.want, c.got().Text(), c.js)
	}
}

func TestTypedArrayIterationReadsItsOwnLength(t *testing.T) {
	// const ta = new Uint8Array([1, 2, 3]); Object.defineProperty(ta, 'length', {get() { return 1 }});
	// and the same getter on %TypedArray%.prototype
	ta := taNew("Uint8Array", opsArr(Int(1), Int(2), Int(3)))
	one := opsFn(func(Value, []Value) Value { return Int(1) })
	opsObject("defineProperty", ta, Str("length"), opsObj("get", one))
	typedArrayProto := TypedArrayPrototype
	saved, _ := typedArrayProto.GetOwnProperty(Key("length"))
	typedArrayProto.DefineAccessor(Key("length"), one.Object(), nil, Configurable)
	defer typedArrayProto.DefineOwnProperty(Key("length"), saved)
	join := func(v Value) string { return callJS(v, "join").Text() }
	for _, c := range []struct {
		js, want string
		got      func() string
	}{
		{`[...ta].join()`, "1,2,3", func() string { return join(spread(ta)) }},
		{`[...ta.keys()].join()`, "0,1,2", func() string { return join(spread(callJS(ta, "keys"))) }},
		{`Array.from(ta.entries()).join('|')`, "0,1|1,2|2,3", func() string { return callJS(spread(callJS(ta, "entries")), "join", "|").Text() }},
		{`[...Array.prototype.values.call(ta)].join()`, "1,2,3", func() string {
			return join(spread(Call(getV(ObjectValue(ArrayPrototype), Key("values")), ta)))
		}},
		{`Array.prototype.map.call(ta, x => x).join()`, "1", func() string {
			return join(Call(getV(ObjectValue(ArrayPrototype), Key("map")), ta, opsFn(func(_ Value, a []Value) Value { return a[0] })))
		}},
	} {
		assert.Equal(t, c.want, c.got(), c.js)
	}
	// const buf = new ArrayBuffer(4, {maxByteLength: 8}); const it = new Uint8Array(buf, 0, 4).values(); it.next(); buf.resize(2); it.next()
	buf := New("ArrayBuffer", opsGlobal("ArrayBuffer"), Int(4), opsObj("maxByteLength", Int(8)))
	it := callJS(taNew("Uint8Array", buf, Int(0), Int(4)), "values")
	callJS(it, "next")
	callJS(buf, "resize", 2)
	assert.Equal(t, "TypeError: Cannot perform Array Iterator.prototype.next on a detached ArrayBuffer", thrownText(func() { callJS(it, "next") }))
}

func TestForOfFastPathsKeepNextObservable(t *testing.T) {
	// for (const [P, v] of [[MapIteratorPrototype, new Map([[1, 'a'], [2, 'b']])], [SetIteratorPrototype, new Set([1, 2])],
	//   [StringIteratorPrototype, 'a😀']]) { const orig = P.next; let n = 0; P.next = function () { n++; return orig.call(this) };
	//   r = []; for (const x of v) r.push(String(x)); P.next = orig; console.log(r.join('|'), n) }
	m := New("Map", opsGlobal("Map"), opsArr(opsArr(Int(1), Str("a")), opsArr(Int(2), Str("b"))))
	s := New("Set", opsGlobal("Set"), opsArr(Int(1), Int(2)))
	for _, c := range []struct {
		name  string
		proto *Object
		v     Value
		want  string
	}{
		{"Map", MapIteratorPrototype, m, "1,a|2,b"},
		{"Set", SetIteratorPrototype, s, "1|2"},
		{"string", StringIteratorPrototype, Str("a😀"), "a|😀"},
	} {
		forOf := func() string {
			var got []string
			it := GetIterator(c.v)
			for x, ok := it.Next(); ok; x, ok = it.Next() {
				got = append(got, ToGoString(x))
			}
			return strings.Join(got, "|")
		}
		assert.Equal(t, c.want, forOf(), c.name+" through the fast path")
		orig, _ := c.proto.GetOwnProperty(Key("next"))
		calls := 0
		c.proto.DefineData(Key("next"), opsFn(func(this Value, args []Value) Value {
			calls++
			return Call(orig.Value, this, args...)
		}), Hidden)
		got := forOf()
		c.proto.DefineOwnProperty(Key("next"), orig)
		assert.Equal(t, c.want+" 3", got+" "+strconv.Itoa(calls), c.name+" with a replaced next")
	}
}
