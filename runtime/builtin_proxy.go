package runtime

// ProxyConstructor is the global Proxy: a constructor without a prototype
// property, since proxies take their target's.
var ProxyConstructor *Object

func init() {
	ProxyConstructor = NewConstructor("Proxy", 2, func(Value, []Value) Value {
		ThrowTypeError("Constructor Proxy requires 'new'")
		return Undefined
	}, func(args []Value, _ *Object) Value {
		return ObjectValue(NewProxy(Arg(args, 0), Arg(args, 1)))
	})
	DefineMethod(ProxyConstructor, "revocable", 2, func(_ Value, args []Value) Value {
		p := NewProxy(Arg(args, 0), Arg(args, 1))
		data := p.Internal.(*proxyData)
		revoke := NewFunction("", 0, func(Value, []Value) Value {
			data.revoke()
			return Undefined
		})
		r := NewPlainObject()
		r.CreateDataProperty(Key("proxy"), ObjectValue(p))
		r.CreateDataProperty(Key("revoke"), ObjectValue(revoke))
		return ObjectValue(r)
	})
	DefineGlobal("Proxy", ObjectValue(ProxyConstructor))
}
