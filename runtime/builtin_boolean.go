package runtime

// The Boolean constructor and Boolean.prototype.

// BooleanConstructor is the Boolean function.
var BooleanConstructor *Object

func init() {
	BooleanConstructor = NewConstructor("Boolean", 1, func(_ Value, args []Value) Value {
		return Bool(ToBoolean(Arg(args, 0)))
	}, func(args []Value, newTarget *Object) Value {
		o := OrdinaryCreateFromConstructor(newTarget, BooleanPrototype)
		o.class, o.Internal = ClassBoolean, Bool(ToBoolean(Arg(args, 0)))
		return ObjectValue(o)
	})
	DefineConstructor(BooleanConstructor, BooleanPrototype)
	DefineMethod(BooleanPrototype, "toString", 0, func(this Value, _ []Value) Value {
		return ToString(thisBooleanValue(this, "Boolean.prototype.toString"))
	})
	DefineMethod(BooleanPrototype, "valueOf", 0, func(this Value, _ []Value) Value {
		return thisBooleanValue(this, "Boolean.prototype.valueOf")
	})
}

// thisBooleanValue is the boolean a Boolean.prototype method works on.
func thisBooleanValue(this Value, method string) Value {
	if this.IsBool() {
		return this
	}
	if o := this.Object(); o != nil && o.class == ClassBoolean {
		if v, ok := o.Internal.(Value); ok {
			return v
		}
	}
	ThrowTypeError(method + " requires that 'this' be a Boolean")
	return Undefined
}
