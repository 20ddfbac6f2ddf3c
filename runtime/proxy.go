package runtime

// Proxy exotic objects (ECMA-262 §10.5). A proxy is an Object of class
// ClassProxy whose Internal is its *proxyData; object.go sends every
// internal method of such an object here. The TypeErrors are V8's words.

// proxyData is a proxy's [[ProxyTarget]] and [[ProxyHandler]]; both are
// nil once the proxy is revoked.
type proxyData struct {
	target, handler *Object
	// chain is how many proxies this one's operations may pass through
	// before reaching an ordinary object (itself included): forwarding to
	// a target without a trap recurses in Go, and a long chain must end in
	// a RangeError, not Go's fatal stack overflow.
	chain int
}

// NewProxy is ProxyCreate(target, handler).
func NewProxy(target, handler Value) *Object {
	t, h := target.Object(), handler.Object()
	if t == nil || h == nil {
		ThrowTypeError("Cannot create proxy with a non-object as target or handler")
	}
	data := &proxyData{target: t, handler: h, chain: 1}
	if inner, ok := t.Internal.(*proxyData); ok && t.class == ClassProxy {
		data.chain += inner.chain
	}
	p := &Object{class: ClassProxy, extensible: true, Internal: data}
	if t.IsCallable() {
		p.call = data.callTrap
		if t.IsConstructor() {
			p.construct = data.constructTrap
		}
	}
	return p
}

// ProxyTarget returns a proxy's target (nil once revoked); ok is false when
// o is not a proxy. console.log shows a proxy as its target.
func ProxyTarget(o *Object) (target *Object, ok bool) {
	if o.class != ClassProxy {
		return nil, false
	}
	data, ok := o.Internal.(*proxyData)
	if !ok {
		return nil, false
	}
	return data.target, true
}

func (p *proxyData) revoke() { p.target, p.handler = nil, nil }

// trapCall is a trap looked up on a proxy, with the target and handler as
// they were then: a trap that revokes its own proxy must not pull them away
// from the checks that follow it.
type trapCall struct {
	target, handler, fn *Object // fn is nil when the handler has no such trap
}

// trap checks that the proxy is not revoked and looks up handler[name].
func (p *proxyData) trap(name string) trapCall {
	if p.handler == nil {
		ThrowTypeError("Cannot perform '" + name + "' on a proxy that has been revoked")
	}
	t := trapCall{target: p.target, handler: p.handler}
	v := t.handler.Get(Key(name), ObjectValue(t.handler))
	if v.IsNullish() {
		if callDepth+p.chain >= maxCallDepth {
			ThrowRangeError("Maximum call stack size exceeded")
		}
		return t
	}
	t.fn = v.Object()
	if t.fn == nil || !t.fn.IsCallable() {
		ThrowTypeError("'" + proxyValueText(v) + "' returned for property '" + name + "' of object '" + objectDescription(t.handler) + "' is not a function")
	}
	return t
}

// call runs the trap with the handler as this and the target first.
func (t trapCall) call(args ...Value) Value {
	return t.fn.CallWith(ObjectValue(t.handler), append([]Value{ObjectValue(t.target)}, args...))
}

// proxyValueText is how V8 shows a value inside its proxy messages.
func proxyValueText(v Value) string {
	if v.kind == KindObject || v.kind == KindSymbol {
		return inspectShort(v)
	}
	return ToGoString(v)
}

func proxyError(trap, msg string) {
	ThrowTypeError("'" + trap + "' on proxy: " + msg)
}

func proxyKeyText(k PropertyKey) string { return "'" + keyText(k.Value()) + "'" }

// proxyIsArray is IsArray for a proxy: that of its target.
func proxyIsArray(o *Object) bool {
	data := o.Internal.(*proxyData)
	if data.handler == nil {
		ThrowTypeError("Cannot perform 'IsArray' on a proxy that has been revoked")
	}
	return data.target.IsArray()
}

func (p *proxyData) getPrototypeOf(*Object) (*Object, bool) {
	t := p.trap("getPrototypeOf")
	if t.fn == nil {
		return t.target.Proto(), true
	}
	r := t.call()
	if !r.IsObject() && !r.IsNull() {
		proxyError("getPrototypeOf", "trap returned neither object nor null")
	}
	if !t.target.Extensible() && r.Object() != t.target.Proto() {
		proxyError("getPrototypeOf", "proxy target is non-extensible but the trap did not return its actual prototype")
	}
	return r.Object(), true
}

// proxySetPrototypeOf is [[SetPrototypeOf]] for a proxy.
func proxySetPrototypeOf(o *Object, proto *Object) bool {
	p := o.Internal.(*proxyData)
	t := p.trap("setPrototypeOf")
	if t.fn == nil {
		return setPrototype(t.target, proto) == ""
	}
	if !ToBoolean(t.call(ObjectValue(proto))) {
		return false
	}
	if !t.target.Extensible() && t.target.Proto() != proto {
		proxyError("setPrototypeOf", "trap returned truish for setting a new prototype on the non-extensible proxy target")
	}
	return true
}

func (p *proxyData) isExtensible(*Object) (bool, bool) {
	t := p.trap("isExtensible")
	if t.fn == nil {
		return t.target.Extensible(), true
	}
	r := ToBoolean(t.call())
	if want := t.target.Extensible(); r != want {
		proxyError("isExtensible", "trap result does not reflect extensibility of proxy target (which is '"+ToGoString(Bool(want))+"')")
	}
	return r, true
}

func (p *proxyData) preventExtensions(*Object) (bool, bool) {
	t := p.trap("preventExtensions")
	if t.fn == nil {
		return t.target.PreventExtensions(), true
	}
	r := ToBoolean(t.call())
	if r && t.target.Extensible() {
		proxyError("preventExtensions", "trap returned truish but the proxy target is extensible")
	}
	return r, true
}

func (p *proxyData) getOwnProperty(_ *Object, k PropertyKey) (Descriptor, bool, bool) {
	t := p.trap("getOwnPropertyDescriptor")
	if t.fn == nil {
		d, ok := t.target.GetOwnProperty(k)
		return d, ok, true
	}
	r := t.call(k.Value())
	if !r.IsObject() && !r.IsUndefined() {
		proxyError("getOwnPropertyDescriptor", "trap returned neither object nor undefined for property "+proxyKeyText(k))
	}
	targetDesc, exists := t.target.GetOwnProperty(k)
	if r.IsUndefined() {
		if !exists {
			return Descriptor{}, false, true
		}
		if targetDesc.Flags&Configurable == 0 {
			proxyError("getOwnPropertyDescriptor", "trap returned undefined for property "+proxyKeyText(k)+" which is non-configurable in the proxy target")
		}
		if !t.target.Extensible() {
			proxyError("getOwnPropertyDescriptor", "trap returned undefined for property "+proxyKeyText(k)+" which exists in the non-extensible proxy target")
		}
		return Descriptor{}, false, true
	}
	extensible := t.target.Extensible()
	d := completeDescriptor(ToPropertyDescriptor(r))
	if !compatibleDescriptor(extensible, d, targetDesc, exists) {
		proxyError("getOwnPropertyDescriptor", "trap returned descriptor for property "+proxyKeyText(k)+" that is incompatible with the existing property in the proxy target")
	}
	if d.Flags&Configurable == 0 {
		if !exists || targetDesc.Flags&Configurable != 0 {
			proxyError("getOwnPropertyDescriptor", "trap reported non-configurability for property "+proxyKeyText(k)+" which is either non-existent or configurable in the proxy target")
		}
		if d.HasWrite && d.Flags&Writable == 0 && targetDesc.Flags&Writable != 0 {
			proxyError("getOwnPropertyDescriptor", "trap reported non-configurable and writable for property "+proxyKeyText(k)+" which is non-configurable, non-writable in the proxy target")
		}
	}
	return d, true, true
}

// completeDescriptor is CompletePropertyDescriptor.
func completeDescriptor(d Descriptor) Descriptor {
	if d.IsAccessor() {
		d.HasGet, d.HasSet = true, true
	} else {
		d.HasValue, d.HasWrite = true, true
	}
	d.HasEnum, d.HasConfig = true, true
	return d
}

// compatibleDescriptor is IsCompatiblePropertyDescriptor: whether an object
// with the property current (if exists) could accept the definition d.
func compatibleDescriptor(extensible bool, d, current Descriptor, exists bool) bool {
	if !exists {
		return extensible
	}
	if current.Flags&Configurable != 0 {
		return true
	}
	if d.HasConfig && d.Flags&Configurable != 0 || d.HasEnum && d.Flags&Enumerable != current.Flags&Enumerable {
		return false
	}
	generic := !d.IsAccessor() && !d.HasValue && !d.HasWrite
	if !generic && d.IsAccessor() != current.IsAccessor() {
		return false
	}
	if current.IsAccessor() {
		return !(d.HasGet && d.Getter != current.Getter || d.HasSet && d.Setter != current.Setter)
	}
	if current.Flags&Writable == 0 {
		return !(d.HasWrite && d.Flags&Writable != 0 || d.HasValue && !SameValue(d.Value, current.Value))
	}
	return true
}

// partialDescriptorObject is FromPropertyDescriptor: only the fields d has.
func partialDescriptorObject(d Descriptor) Value {
	o := NewPlainObject()
	if d.HasValue {
		o.CreateDataProperty(Key("value"), d.Value)
	}
	if d.HasWrite {
		o.CreateDataProperty(Key("writable"), Bool(d.Flags&Writable != 0))
	}
	if d.HasGet {
		o.CreateDataProperty(Key("get"), objectOrUndefined(d.Getter))
	}
	if d.HasSet {
		o.CreateDataProperty(Key("set"), objectOrUndefined(d.Setter))
	}
	if d.HasEnum {
		o.CreateDataProperty(Key("enumerable"), Bool(d.Flags&Enumerable != 0))
	}
	if d.HasConfig {
		o.CreateDataProperty(Key("configurable"), Bool(d.Flags&Configurable != 0))
	}
	return ObjectValue(o)
}

func (p *proxyData) defineOwnProperty(_ *Object, k PropertyKey, d Descriptor) (bool, bool) {
	t := p.trap("defineProperty")
	if t.fn == nil {
		return t.target.DefineOwnProperty(k, d), true
	}
	if !ToBoolean(t.call(k.Value(), partialDescriptorObject(d))) {
		return false, true
	}
	targetDesc, exists := t.target.GetOwnProperty(k)
	extensible := t.target.Extensible()
	settingConfigFalse := d.HasConfig && d.Flags&Configurable == 0
	if !exists {
		if !extensible {
			proxyError("defineProperty", "trap returned truish for adding property "+proxyKeyText(k)+"  to the non-extensible proxy target")
		}
		if settingConfigFalse {
			proxyError("defineProperty", "trap returned truish for defining non-configurable property "+proxyKeyText(k)+" which is either non-existent or configurable in the proxy target")
		}
		return true, true
	}
	if !compatibleDescriptor(extensible, d, targetDesc, true) {
		proxyError("defineProperty", "trap returned truish for adding property "+proxyKeyText(k)+"  that is incompatible with the existing property in the proxy target")
	}
	if settingConfigFalse && targetDesc.Flags&Configurable != 0 {
		proxyError("defineProperty", "trap returned truish for defining non-configurable property "+proxyKeyText(k)+" which is either non-existent or configurable in the proxy target")
	}
	if !targetDesc.IsAccessor() && targetDesc.Flags&(Configurable|Writable) == Writable && d.HasWrite && d.Flags&Writable == 0 {
		proxyError("defineProperty", "trap returned truish for defining non-configurable property "+proxyKeyText(k)+" which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.")
	}
	return true, true
}

func (p *proxyData) hasProperty(_ *Object, k PropertyKey) (bool, bool) {
	t := p.trap("has")
	if t.fn == nil {
		if _, ok := t.target.GetOwnProperty(k); ok {
			return true, true
		}
		return t.target.HasProperty(k), true
	}
	if ToBoolean(t.call(k.Value())) {
		return true, true
	}
	if targetDesc, exists := t.target.GetOwnProperty(k); exists {
		if targetDesc.Flags&Configurable == 0 {
			proxyError("has", "trap returned falsish for property "+proxyKeyText(k)+" which exists in the proxy target as non-configurable")
		}
		if !t.target.Extensible() {
			proxyError("has", "trap returned falsish for property "+proxyKeyText(k)+" but the proxy target is not extensible")
		}
	}
	return false, true
}

func (p *proxyData) get(_ *Object, k PropertyKey, this Value) (Value, bool) {
	t := p.trap("get")
	if t.fn == nil {
		return t.target.Get(k, this), true
	}
	r := t.call(k.Value(), this)
	if targetDesc, exists := t.target.GetOwnProperty(k); exists && targetDesc.Flags&Configurable == 0 {
		if !targetDesc.IsAccessor() && targetDesc.Flags&Writable == 0 && !SameValue(r, targetDesc.Value) {
			proxyError("get", "property "+proxyKeyText(k)+" is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '"+
				proxyValueText(targetDesc.Value)+"' but got '"+proxyValueText(r)+"')")
		}
		if targetDesc.IsAccessor() && targetDesc.Getter == nil && !r.IsUndefined() {
			proxyError("get", "property "+proxyKeyText(k)+" is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '"+
				proxyValueText(r)+"')")
		}
	}
	return r, true
}

func (p *proxyData) set(_ *Object, k PropertyKey, v Value, this Value) (bool, bool) {
	t := p.trap("set")
	if t.fn == nil {
		return t.target.Set(k, v, this), true
	}
	if !ToBoolean(t.call(k.Value(), v, this)) {
		return false, true
	}
	if targetDesc, exists := t.target.GetOwnProperty(k); exists && targetDesc.Flags&Configurable == 0 {
		if !targetDesc.IsAccessor() && targetDesc.Flags&Writable == 0 && !SameValue(v, targetDesc.Value) {
			proxyError("set", "trap returned truish for property "+proxyKeyText(k)+" which exists in the proxy target as a non-configurable and non-writable data property with a different value")
		}
		if targetDesc.IsAccessor() && targetDesc.Setter == nil {
			proxyError("set", "trap returned truish for property "+proxyKeyText(k)+" which exists in the proxy target as a non-configurable and non-writable accessor property without a setter")
		}
	}
	return true, true
}

func (p *proxyData) delete(_ *Object, k PropertyKey) (bool, bool) {
	t := p.trap("deleteProperty")
	if t.fn == nil {
		return t.target.Delete(k), true
	}
	if !ToBoolean(t.call(k.Value())) {
		return false, true
	}
	if targetDesc, exists := t.target.GetOwnProperty(k); exists {
		if targetDesc.Flags&Configurable == 0 {
			proxyError("deleteProperty", "trap returned truish for property "+proxyKeyText(k)+" which is non-configurable in the proxy target")
		}
		if !t.target.Extensible() {
			proxyError("deleteProperty", "trap returned truish for property "+proxyKeyText(k)+" but the proxy target is non-extensible")
		}
	}
	return true, true
}

func (p *proxyData) ownKeys(*Object) ([]PropertyKey, bool) {
	t := p.trap("ownKeys")
	if t.fn == nil {
		return t.target.OwnKeys(), true
	}
	list := CreateListFromArrayLike(t.call())
	keys := make([]PropertyKey, len(list))
	unchecked := make(map[PropertyKey]bool, len(list))
	for i, v := range list {
		if v.kind != KindString && v.kind != KindSymbol {
			ThrowTypeError(proxyValueText(v) + " is not a valid property name")
		}
		keys[i] = ToPropertyKey(v)
		if unchecked[keys[i]] {
			proxyError("ownKeys", "trap returned duplicate entries")
		}
		unchecked[keys[i]] = true
	}
	extensible := t.target.Extensible()
	var configurable, fixed []PropertyKey
	for _, k := range t.target.OwnKeys() {
		if d, ok := t.target.GetOwnProperty(k); ok && d.Flags&Configurable == 0 {
			fixed = append(fixed, k)
		} else {
			configurable = append(configurable, k)
		}
	}
	if extensible && len(fixed) == 0 {
		return keys, true
	}
	for _, k := range fixed {
		if !unchecked[k] {
			proxyError("ownKeys", "trap result did not include "+proxyKeyText(k))
		}
		delete(unchecked, k)
	}
	if extensible {
		return keys, true
	}
	for _, k := range configurable {
		if !unchecked[k] {
			proxyError("ownKeys", "trap result did not include "+proxyKeyText(k))
		}
		delete(unchecked, k)
	}
	if len(unchecked) > 0 {
		proxyError("ownKeys", "trap returned extra keys but proxy target is non-extensible")
	}
	return keys, true
}

// callTrap is [[Call]] of a proxy whose target is callable.
func (p *proxyData) callTrap(this Value, args []Value) Value {
	t := p.trap("apply")
	if t.fn == nil {
		return t.target.CallWith(this, args)
	}
	return t.call(this, ObjectValue(NewArray(append([]Value(nil), args...))))
}

// constructTrap is [[Construct]] of a proxy whose target is a constructor.
func (p *proxyData) constructTrap(args []Value, newTarget *Object) Value {
	t := p.trap("construct")
	if t.fn == nil {
		return Construct(ObjectValue(t.target), newTarget, args...)
	}
	r := t.call(ObjectValue(NewArray(append([]Value(nil), args...))), ObjectValue(newTarget))
	if !r.IsObject() {
		proxyError("construct", "trap returned non-object ('"+proxyValueText(r)+"')")
	}
	return r
}

// exoticSetIntegrityLevel is SetIntegrityLevel through the internal
// methods, for objects whose properties object.go does not hold itself.
func exoticSetIntegrityLevel(o *Object, frozen bool) {
	ta := asTypedArray(ObjectValue(o))
	if ta != nil && frozen && ta.len() > 0 {
		ThrowTypeError("Cannot freeze array buffer views with elements")
	}
	if !o.PreventExtensions() {
		ThrowTypeError("'preventExtensions' on proxy: trap returned falsish")
	}
	for _, k := range o.OwnKeys() {
		if _, isElement := numericKey(k); ta != nil && isElement {
			// V8 seals a typed array without touching its elements.
			continue
		}
		d := Descriptor{HasConfig: true}
		if frozen {
			if cur, ok := o.GetOwnProperty(k); ok && !cur.IsAccessor() {
				d.HasWrite = true
			}
		}
		definePropertyOrThrow(o, k, d)
	}
}
