package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWeakCollections(t *testing.T) {
	k := ObjectValue(NewPlainObject())
	for _, c := range []struct {
		js   string
		got  func() Value
		want string
	}{
		{"(k = {}, w = new WeakMap([[k, 1]]), [w.get(k), w.has(k), w.has({}), w.delete(k), w.has(k), w.get(1)])", func() Value {
			w := Construct(ObjectValue(WeakMapConstructor), nil, toJS([]any{[]any{k, 1}}))
			return toJS([]any{callJS(w, "get", k), callJS(w, "has", k), callJS(w, "has", ObjectValue(NewPlainObject())), callJS(w, "delete", k), callJS(w, "has", k), callJS(w, "get", 1)})
		}, "[1,true,false,true,false,undefined]"},
		{"(k = {}, w = new WeakSet([k]), [w.has(k), w.has(1), w.delete(k), w.has(k)])", func() Value {
			w := Construct(ObjectValue(WeakSetConstructor), nil, toJS([]any{k}))
			return toJS([]any{callJS(w, "has", k), callJS(w, "has", 1), callJS(w, "delete", k), callJS(w, "has", k)})
		}, "[true,false,true,false]"},
		{"(k = {}, new WeakRef(k).deref() === k)", func() Value {
			return Bool(StrictEquals(callJS(Construct(ObjectValue(WeakRefConstructor), nil, k), "deref"), k))
		}, "true"},
		{"(t = {}, k = {}, r = new FinalizationRegistry(() => {}), [r.register(t, 1, k), r.register(t, 2, k), r.unregister(k), r.unregister(k)])", func() Value {
			r := Construct(ObjectValue(FinalizationRegistryConstructor), nil, jsFunc(func([]Value) Value { return Undefined }))
			target := ObjectValue(NewPlainObject())
			return toJS([]any{callJS(r, "register", target, 1, k), callJS(r, "register", target, 2, k), callJS(r, "unregister", k), callJS(r, "unregister", k)})
		}, "[undefined,undefined,true,false]"},
		{"new WeakMap().set(Symbol(), 1).has(Symbol())", func() Value {
			return callJS(callJS(Construct(ObjectValue(WeakMapConstructor), nil), "set", SymbolValue(NewSymbol("")), 1), "has", SymbolValue(NewSymbol("")))
		}, "false"},
	} {
		got := ""
		if exc := TryCatch(func() { got = showValue(c.got()) }); exc != nil {
			got = "threw " + ToGoString(exc.Value)
		}
		assert.Equal(t, c.want, got, c.js)
	}
}

func TestWeakErrors(t *testing.T) {
	for _, c := range []struct {
		js   string
		f    func()
		want string
	}{
		{"new WeakMap().set(1, 1)", func() { callJS(Construct(ObjectValue(WeakMapConstructor), nil), "set", 1, 1) }, "TypeError: Invalid value used as weak map key"},
		{"new WeakSet().add(1)", func() { callJS(Construct(ObjectValue(WeakSetConstructor), nil), "add", 1) }, "TypeError: Invalid value used in weak set"},
		{"new WeakRef(1)", func() { Construct(ObjectValue(WeakRefConstructor), nil, Int(1)) }, "TypeError: WeakRef: invalid target"},
		{"(t = {}, new FinalizationRegistry(() => {}).register(t, t))", func() {
			r := Construct(ObjectValue(FinalizationRegistryConstructor), nil, jsFunc(func([]Value) Value { return Undefined }))
			target := ObjectValue(NewPlainObject())
			callJS(r, "register", target, target)
		}, "TypeError: FinalizationRegistry.prototype.register: target and holdings must not be same"},
		{"new FinalizationRegistry(() => {}).unregister(1)", func() {
			callJS(Construct(ObjectValue(FinalizationRegistryConstructor), nil, jsFunc(func([]Value) Value { return Undefined })), "unregister", 1)
		}, "TypeError: Invalid unregisterToken ('1')"},
		{"FinalizationRegistry.prototype.register.call({}, {})", func() {
			Call(getV(ObjectValue(FinalizationRegistryPrototype), Key("register")), ObjectValue(NewPlainObject()), ObjectValue(NewPlainObject()))
		}, "TypeError: Method FinalizationRegistry.prototype.register called on incompatible receiver #<Object>"},
		{"new FinalizationRegistry(1)", func() { Construct(ObjectValue(FinalizationRegistryConstructor), nil, Int(1)) }, "TypeError: FinalizationRegistry: cleanup must be callable"},
	} {
		assert.Equal(t, c.want, thrownText(c.f), c.js)
	}
}
