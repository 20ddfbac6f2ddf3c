package runtime

import (
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
)

func callProcess(method string, args ...Value) Value {
	return Call(Process.Get(Key(method), ObjectValue(Process)), ObjectValue(Process), args...)
}

// recorder is a listener that appends its name and first argument to log.
func recorder(log *[]string, name string) Value {
	return ObjectValue(NewFunction(name, 1, func(_ Value, args []Value) Value {
		*log = append(*log, name+":"+ToGoString(Arg(args, 0)))
		return Undefined
	}))
}

// As node v20.20.2: on/once/off/emit return and call in this order, and a
// once listener runs a single time.
func TestProcessEvents(t *testing.T) {
	defer resetProcessListeners()
	var log []string
	a, b, c := recorder(&log, "a"), recorder(&log, "b"), recorder(&log, "c")
	assert.Equal(t, ObjectValue(Process), callProcess("on", Str("custom"), a))
	callProcess("once", Str("custom"), b)
	callProcess("prependListener", Str("custom"), c)
	assert.Equal(t, True, callProcess("emit", Str("custom"), Int(1)))
	assert.Equal(t, True, callProcess("emit", Str("custom"), Int(2)))
	callProcess("off", Str("custom"), a)
	assert.Equal(t, True, callProcess("emit", Str("custom"), Int(3)))
	callProcess("off", Str("custom"), c)
	assert.Equal(t, False, callProcess("emit", Str("custom"), Int(4)))
	assert.Equal(t, []string{"c:1", "a:1", "b:1", "c:2", "a:2", "c:3"}, log)
	callProcess("on", Str("uncaughtException"), a)
	assert.Equal(t, []Value{a}, ProcessListeners("uncaughtException"))
	assert.Equal(t, Int(1), callProcess("listenerCount", Str("uncaughtException")))
}

func TestProcessProperties(t *testing.T) {
	defer func(p *Program) { CurrentProgram = p; SetScript("", "") }(CurrentProgram)
	SetScript("/abs/app.js", "")
	argv := Process.Get(Key("argv"), ObjectValue(Process)).Object()
	assert.Equal(t, "/abs/app.js", argv.Get(Key("1"), ObjectValue(argv)).Text())
	assert.Equal(t, "v20.20.2", Process.Get(Key("version"), ObjectValue(Process)).Text())
	versions := Process.Get(Key("versions"), ObjectValue(Process)).Object()
	assert.Equal(t, "20.20.2", versions.Get(Key("node"), ObjectValue(versions)).Text())
	hr := callProcess("hrtime").Object()
	assert.Len(t, hr.Elements(), 2)
	diff := callProcess("hrtime", ObjectValue(hr)).Object().Elements()
	assert.Equal(t, 0.0, diff[0].NumberValue())
	assert.GreaterOrEqual(t, diff[1].NumberValue(), 0.0)
	assert.Equal(t, KindBigInt, Process.Get(Key("hrtime"), ObjectValue(Process)).Object().Get(Key("bigint"), Undefined).Object().CallWith(Undefined, nil).Kind())
	env := Process.Get(Key("env"), ObjectValue(Process)).Object()
	assert.Equal(t, os.Getenv("PATH"), env.Get(Key("PATH"), ObjectValue(env)).Text())

	stdout, _ := captureOutput(func() {
		stream := Process.Get(Key("stdout"), ObjectValue(Process)).Object()
		assert.Equal(t, True, CallMethod("process.stdout.write", ObjectValue(stream), Key("write"), Str("no newline")))
	})
	assert.Equal(t, "no newline", stdout)
}

// As node v20.20.2: typed arrays are written as their bytes (here a
// Uint16Array of 0x6968, 0x0a0a), other chunks are refused.
func TestProcessStdoutWrite(t *testing.T) {
	stream := Process.Get(Key("stdout"), ObjectValue(Process))
	stdout, _ := captureOutput(func() {
		CallMethod("process.stdout.write", stream, Key("write"), ObjectValue(NewTypedArray("Uint16Array", []byte{0x68, 0x69, 0x0a, 0x0a})))
		CallMethod("process.stdout.write", stream, Key("write"), ObjectValue(NewTypedArray("Uint8Array", []byte{0xed, 0xa0, 0x80})))
	})
	assert.Equal(t, "hi\n\n\xed\xa0\x80", stdout)
	exc := TryCatch(func() { CallMethod("process.stdout.write", stream, Key("write"), Int(5)) })
	if assert.NotNil(t, exc) {
		assert.Equal(t, `The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)`,
			ToGoString(exc.Value.Object().Get(Key("message"), exc.Value)))
	}
}

// process.exit runs the 'exit' listeners, flushes buffered output and ends
// the process with the code; checked in a child process.
func TestProcessExit(t *testing.T) {
	if os.Getenv("JS2GO_PROCESS_EXIT_CHILD") == "1" {
		callProcess("on", Str("exit"), ObjectValue(NewFunction("onExit", 1, func(_ Value, args []Value) Value {
			WriteStdout("exit event " + ToGoString(Arg(args, 0)) + "\n")
			return Undefined
		})))
		WriteStdout("buffered\n")
		callProcess("exit", Int(3))
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestProcessExit$")
	cmd.Env = append(os.Environ(), "JS2GO_PROCESS_EXIT_CHILD=1")
	out, err := cmd.Output()
	exitErr, ok := err.(*exec.ExitError)
	if assert.True(t, ok, "exit error") {
		assert.Equal(t, 3, exitErr.ExitCode())
	}
	assert.Equal(t, "buffered\nexit event 3\n", string(out))
}
