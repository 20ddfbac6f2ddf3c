package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The functions at the end of this file stand for generated code: their
// //line directives put them in /app/main.js, as the code generator's do.
func TestErrorStackFrames(t *testing.T) {
	RegisterFuncName("github.com/js2go/js2go/runtime.opsJSThrower", "thrower")
	RegisterFuncNameOf(opsJSAnonymous(), "")
	RegisterColumns("/app/main.js", []int32{0, 0, 10})
	e := ObjectValue(opsJSCaller())
	// Formatting is lazy: the name set after creation shows in the header.
	SetProp(e, Key("name"), Str("Oops"), true)
	assert.Equal(t, "Oops: boom\n    at thrower (/app/main.js:3:10)\n    at /app/main.js:12:1\n    at opsJSCaller (/app/main.js:8:1)",
		GetProp(e, Key("stack")).Text())

	limit := GetProp(ObjectValue(ErrorConstructor), Key("stackTraceLimit"))
	defer SetProp(ObjectValue(ErrorConstructor), Key("stackTraceLimit"), limit, true)
	SetProp(ObjectValue(ErrorConstructor), Key("stackTraceLimit"), Int(1), true)
	assert.Equal(t, "TypeError: boom\n    at thrower (/app/main.js:3:10)", GetProp(ObjectValue(opsJSCaller()), Key("stack")).Text())
}

func TestRegisterFuncNameOf(t *testing.T) {
	fn := opsJSClosure()
	RegisterFuncNameOf(fn, "named")
	assert.Equal(t, "Error: x\n    at named (/app/closure.js:3:1)", GetProp(ObjectValue(fn()), Key("stack")).Text())
}

// A Go closure nobody registered is generated code's own (a try body), not
// a JavaScript function: its frame is left out, and its position (line 4,
// where the error is made) is the position of the function around it.
func TestUnregisteredClosureIsHidden(t *testing.T) {
	RegisterFuncName("github.com/js2go/js2go/runtime.opsJSTryBody", "outer")
	assert.Equal(t, "Error: x\n    at outer (/app/try.js:4:1)", GetProp(ObjectValue(opsJSTryBody()), Key("stack")).Text())
}

func TestCaptureStackTrace(t *testing.T) {
	RegisterFuncName("github.com/js2go/js2go/runtime.opsJSCaptureCtor", "new MyError")
	RegisterFuncName("github.com/js2go/js2go/runtime.opsJSCaptureCaller", "make")
	capture := func(fnName string) string {
		o := NewPlainObject()
		var fn *Object
		if fnName != "" {
			fn = NewFunction(fnName, 0, func(Value, []Value) Value { return Undefined })
		}
		opsJSCaptureCaller(o, fn)
		return GetProp(ObjectValue(o), Key("stack")).Text()
	}
	assert.Equal(t, "Error\n    at new MyError (/app/capture.js:3:1)\n    at make (/app/capture.js:8:1)", capture(""))
	assert.Equal(t, "Error\n    at make (/app/capture.js:8:1)", capture("MyError"), "the constructor's frame and those above it are left out")
	assert.Equal(t, "Error", capture("absent"), "no frame is left when the function is not on the stack")
}

func TestJSNameFromGo(t *testing.T) {
	for _, c := range []struct{ goName, want string }{
		{"example.com/app.f", "f"},
		{"example.com/app.f.func1", ""},
		{"main.(*Counter).inc", "Counter.inc"},
		{"main.init", ""},
	} {
		assert.Equal(t, c.want, jsNameFromGo(c.goName), c.goName)
	}
}

//line /app/main.js:2
func opsJSThrower() *Object {
	return NewError(TypeErrorPrototype, "boom")
}

//line /app/main.js:7
func opsJSCaller() *Object {
	return opsJSAnonymous()()
}

// opsJSAnonymous is not inlined, so that its closure is one Go function
// wherever it is made, as a generated function's closures are.
//
//go:noinline
//line /app/main.js:11
func opsJSAnonymous() func() *Object {
	return func() *Object { return opsJSThrower() }
}

//line /app/closure.js:1
func opsJSClosure() func() *Object {
	return func() *Object {
		return NewError(ErrorPrototype, "x")
	}
}

//line /app/try.js:1
func opsJSTryBody() *Object {
	var e *Object
	TryCatch(func() {
		e = NewError(ErrorPrototype, "x")
	})
	return e
}

//line /app/capture.js:1
//go:noinline
func opsJSCaptureCtor(o, fn *Object) {
	CallMethod("Error.captureStackTrace", ObjectValue(ErrorConstructor), Key("captureStackTrace"), ObjectValue(o), ObjectValue(fn))
}

//line /app/capture.js:6
//go:noinline
func opsJSCaptureCaller(o, fn *Object) {
	opsJSCaptureCtor(o, fn)
}
