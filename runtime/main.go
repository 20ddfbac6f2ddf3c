package runtime

import (
	"os"
	"runtime/debug"
	"time"
)

// Program is a compiled JavaScript program, as the generated code hands it
// to Main.
type Program struct {
	Name   string // absolute path of the JS file, as node prints it in stack traces
	Source string // the JS source text (uncaught-error headers, Function.prototype.toString)
	Run    func() // the top-level code of the script (of a module: what starts its evaluation)
	// Module: the program is an ES module, which node names by its file URL
	// in stack traces and error reports (module.go).
	Module bool
	// TypeModule is the package.json whose "type": "module" made the
	// program's .js file a module, which node's errors name.
	TypeModule string
}

// CurrentProgram is the program running, for the parts of the runtime that
// print its name or source.
var CurrentProgram *Program

// Main runs p and its event loop to the end, writes out all output and
// exits with the program's status.
func Main(p *Program) {
	if os.Getenv("GOGC") == "" {
		// Promise-heavy programs allocate a small record per job and keep
		// little alive: collecting at 5× the live heap instead of 2× halves
		// the time of a long then-chain.
		debug.SetGCPercent(400)
	}
	stopProfiles := startProfiles()
	status := RunProgram(p)
	stopProfiles()
	os.Exit(status)
}

// RunProgram runs p as node runs a script: the top-level code, the job
// queues, then the event loop until nothing keeps it alive; then the
// 'beforeExit' event (which may start the loop again) and the 'exit' event.
// It returns the exit status: process.exitCode, or 1 after an uncaught
// exception or unhandled rejection. Output is flushed however it ends.
func RunProgram(p *Program) (status int) {
	CurrentProgram = p
	SetScript(p.Name, p.Source)
	moduleFiles = map[string]bool{}
	if p.Module {
		moduleFiles[p.Name] = true
	}
	moduleFailure, moduleFailed = Undefined, false
	resetLoop()
	defer FlushOutput()
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*programExit)
			if !ok {
				panic(r)
			}
			status = e.code
		}
	}()
	runMacrotask(p.Run)
	if p.Module {
		// Node evaluates an entry module when its loader's file reads
		// complete, in the loop's poll phase: the check phase follows, so
		// the immediates the module set (even unref'd ones) run before
		// any timer.
		runImmediates()
	} else if stdoutWriter.Buffered() > 0 && len(timerListQueue) > 0 {
		// A script that printed also finds its 1 ms timers due at the
		// first timers phase (node's setTimeout(f, 0) then runs before
		// setImmediate(g) nearly always): the stream's set-up goes on
		// after the script.
		payFirstOutputCost()
		time.Sleep(time.Millisecond)
	}
	for {
		runLoop()
		runMacrotask(func() { processEmit("beforeExit", Int(exitCode())) })
		if !loopAlive() {
			break
		}
	}
	emitExit()
	return exitCode()
}

// resetLoop empties every queue, timer and pending rejection and leaves the
// process's listeners as node starts with them, so that a process (a test)
// may run programs one after another.
func resetLoop() {
	tickQueue, microtaskQueue = jobQueue{}, jobQueue{}
	pendingRejections, handledLate, lastRejectionID = nil, nil, 0
	resetTimers()
	hostOutstanding = 0
	for receiveHost() != nil {
	}
	asyncID = 1
	resetProcessListeners()
	traceWarningHelperShown = false
	loopStart, firstOutputPaid = time.Now(), false
	Process.Set(Key("exitCode"), Undefined, ObjectValue(Process))
}
