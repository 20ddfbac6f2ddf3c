package runtime

import "path/filepath"

// Global variables: an undeclared name in compiled code is a property of
// the global object, and the CommonJS module wrapper's variables.

// GetGlobal reads an undeclared name: ReferenceError when there is no such
// global property.
func GetGlobal(name string) Value {
	k := Key(name)
	if !Global.HasProperty(k) {
		ThrowReferenceError(name + " is not defined")
	}
	return Global.Get(k, ObjectValue(Global))
}

// TypeofGlobal is `typeof name` for an undeclared name: "undefined" rather
// than a ReferenceError when it does not exist.
func TypeofGlobal(name string) Value {
	k := Key(name)
	if !Global.HasProperty(k) {
		return strUndefined
	}
	return TypeOf(Global.Get(k, ObjectValue(Global)))
}

// SetGlobal assigns an undeclared name: sloppy code creates a global
// property, strict code throws a ReferenceError unless it exists.
func SetGlobal(name string, v Value, strict bool) {
	k := Key(name)
	if strict && !Global.HasProperty(k) {
		ThrowReferenceError(name + " is not defined")
	}
	if !Global.Set(k, v, ObjectValue(Global)) && strict {
		ThrowTypeError("Cannot assign to read only property '" + name + "' of object '#<Object>'")
	}
}

// DeleteGlobal is `delete name` for an undeclared name (sloppy mode).
func DeleteGlobal(name string) bool {
	return Global.Delete(Key(name))
}

// NewModule makes the `module` object of a CommonJS program at path:
// module.exports is a fresh object, and module.id, filename and path are set.
func NewModule(path string) Value {
	m := NewPlainObject()
	m.CreateDataProperty(Key("id"), Str("."))
	m.CreateDataProperty(Key("path"), Str(filepath.Dir(path)))
	m.CreateDataProperty(Key("exports"), ObjectValue(NewPlainObject()))
	m.CreateDataProperty(Key("filename"), Str(path))
	m.CreateDataProperty(Key("loaded"), False)
	m.CreateDataProperty(Key("children"), ObjectValue(NewArray(nil)))
	return ObjectValue(m)
}

// NewRequire makes a program's `require`: modules cannot be loaded at run
// time, so every call throws node's "Cannot find module" error.
func NewRequire() Value {
	return ObjectValue(NewFunction("require", 1, func(this Value, args []Value) Value {
		name := ToGoString(Arg(args, 0))
		e := NewError(ErrorPrototype, "Cannot find module '"+name+"'")
		e.DefineData(Key("code"), Str("MODULE_NOT_FOUND"), Default)
		Throw(ObjectValue(e))
		return Undefined
	}))
}
