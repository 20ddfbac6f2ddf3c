package runtime

import (
	"os"
	goruntime "runtime"
	"runtime/pprof"
	"strconv"
	"time"
)

// The event loop, turn by turn as libuv runs node's: host completions
// (libuv's poll phase), then immediates (the check phase), then due timers.
// The job queues are drained after the script and after every callback. The
// loop ends when, after a timers phase, no ref'd timer or immediate and no
// host work is left.

// loopStart is the origin of the loop's millisecond clock.
var loopStart = time.Now()

// loopNow is libuv's uv_now after an update: whole milliseconds.
func loopNow() float64 {
	return float64(time.Since(loopStart) / time.Millisecond)
}

// firstOutputCost is what node's first write to stdout costs it: it makes
// process.stdout then, loading the stream code, 6 to 10 ms on an idle
// machine (more on a busy one). Timers set before a program's first output
// are therefore due that much earlier, relative to those set after it,
// than the runtime's own fast write would make them. So that timers fire
// in node's order (a 10 ms timer set before the first console.log fires
// before a 0 ms one set after it), the loop spends that time too, once
// output has begun and a timer is about to be set or waited for.
const firstOutputCost = 10 * time.Millisecond

// firstOutputPaid says the loop has spent firstOutputCost.
var firstOutputPaid bool

// payFirstOutputCost spends firstOutputCost if output has begun.
func payFirstOutputCost() {
	if !firstOutputPaid && stdoutWriter.Buffered() > 0 {
		firstOutputPaid = true
		time.Sleep(firstOutputCost)
	}
}

// programExit unwinds to RunProgram when the program must end now: an
// uncaught exception nothing handled.
type programExit struct {
	code int
}

// runMacrotask runs one callback of the loop and then the job queues, and
// sends whatever they throw to the uncaught-exception handling.
func runMacrotask(fn func()) {
	if exc := CatchUncaught(fn); exc != nil {
		handleUncaught(exc.Value, false)
	}
	drainJobs()
}

// drainJobs runs the job queues to the end, handling each exception a tick
// or a microtask throws and then going on where it stopped, as node does
// once an 'uncaughtException' listener returns.
func drainJobs() {
	for {
		exc := CatchUncaught(RunJobs)
		if exc == nil {
			return
		}
		handleUncaught(exc.Value, false)
	}
}

// handleUncaught is node's process._fatalException and what its caller,
// TriggerUncaughtException, does with the answer: the error goes to the
// process's 'uncaughtException' listeners (with the origin
// 'unhandledRejection' for an unhandled rejection) or, when there are none,
// the program ends after the 'exit' event (unless it is already exiting)
// and the report, with process.exitCode or else status 1. A listener that
// throws ends it at once with that exception's report and status 7 (node's
// kExceptionInFatalExceptionHandler), without 'exit'. For a rejection, err
// is the error made of reason.
func handleUncaught(err Value, fromPromise bool, reason ...Value) {
	origin := "uncaughtException"
	if fromPromise {
		origin = "unhandledRejection"
	}
	handled := false
	if exc := CatchUncaught(func() {
		processEmit("uncaughtExceptionMonitor", err, Str(origin))
		handled = processEmit("uncaughtException", err, Str(origin))
	}); exc != nil {
		ReportUncaught(exc.Value)
		panic(&programExit{code: 7})
	}
	if handled {
		// As node does, so that the loop turns once more and runs the
		// jobs the failed callback left before it sleeps.
		setImmediateNoop()
		return
	}
	if !processExiting {
		processExiting = true
		setExitCode(1)
		// Node ignores what an 'exit' listener throws here.
		TryCatch(func() { processEmit("exit", Int(1)) })
	}
	if fromPromise {
		ReportUnhandledRejection(reason[0])
	} else {
		ReportUncaught(err)
	}
	panic(&programExit{code: exitCodeOr(1)})
}

// emitExit is node's EmitProcessExitInternal at the natural end of a
// program: the process's 'exit' event, emitted from C++ in a callback scope
// whose end runs the promise jobs and reports unhandled rejections
// (process.nextTick does nothing once the process is exiting). A listener
// that throws skips the listeners after it and fails the scope: its
// exception is handled as any uncaught one and no job runs.
func emitExit() {
	processExiting = true
	if exc := CatchUncaught(func() { processEmit("exit", Int(exitCode())) }); exc != nil {
		handleUncaught(exc.Value, false)
		return
	}
	drainJobs()
}

// processEmit is process.emit(event, ...args): it reports whether the event
// had listeners. Node calls the same JavaScript method, so a program that
// replaces it sees these events too.
func processEmit(event string, args ...Value) bool {
	p := Process
	emit := callableOrNil(p.Get(Key("emit"), ObjectValue(p)))
	if emit == nil {
		return false
	}
	return ToBoolean(emit.CallWith(ObjectValue(p), append([]Value{Str(event)}, args...)))
}

// exitCode is process.exitCode as the status to exit with (0 when unset).
func exitCode() int { return exitCodeOr(0) }

// exitCodeOr is node's env->exit_code(def): process.exitCode, or def when
// it is unset.
func exitCodeOr(def int) int {
	p := Process
	v := p.Get(Key("exitCode"), ObjectValue(p))
	if v.IsNullish() {
		return def
	}
	return int(ToInt32(v))
}

func setExitCode(code int) {
	Process.Set(Key("exitCode"), Int(code), ObjectValue(Process))
}

// Unhandled rejections, as node v20's lib/internal/process/promises.js
// tracks them in its default mode (throw): a promise rejected without a
// handler waits in pendingRejections until the job queues are empty; if no
// handler was added by then it goes to 'unhandledRejection' listeners, or
// becomes an uncaught exception.
var (
	pendingRejections []*Object
	// handledLate are reported rejections that got a handler afterwards:
	// node emits 'rejectionHandled' for them.
	handledLate []*Object
)

// trackRejection is HostPromiseRejectionTracker(p, "reject").
func trackRejection(p *Object, pd *promiseData) {
	lastRejectionID++
	pd.tracked, pd.warned, pd.uid = true, false, lastRejectionID
	pendingRejections = append(pendingRejections, p)
}

// lastRejectionID numbers the rejections tracked, as node's lastPromiseId.
var lastRejectionID int32

// untrackRejection is HostPromiseRejectionTracker(p, "handle").
func untrackRejection(p *Object, pd *promiseData) {
	if !pd.tracked {
		return
	}
	pd.tracked = false
	if pd.warned {
		handledLate = append(handledLate, p)
	}
}

// processRejections is node's processPromiseRejections: it reports the
// rejections still unhandled, and says whether it did anything (listeners
// may have queued jobs, so the queues must be drained again).
func processRejections() bool {
	did := len(handledLate) > 0
	for len(handledLate) > 0 {
		p := handledLate[0]
		handledLate = handledLate[1:]
		if !processEmit("rejectionHandled", ObjectValue(p)) {
			id := p.Internal.(*promiseData).uid
			emitWarning("Promise rejection was handled asynchronously (rejection id: "+strconv.Itoa(int(id))+")", "PromiseRejectionHandledWarning")
		}
	}
	for n := len(pendingRejections); n > 0; n-- {
		p := pendingRejections[0]
		pendingRejections = pendingRejections[1:]
		pd := p.Internal.(*promiseData)
		if !pd.tracked {
			continue
		}
		pd.warned = true
		did = true
		reason := pd.result
		if processEmit("unhandledRejection", reason, ObjectValue(p)) {
			continue
		}
		err := reason
		if !isErrorLike(reason) {
			err = ObjectValue(newUnhandledPromiseRejection(reason))
		}
		handleUncaught(err, true, reason)
	}
	if len(pendingRejections) == 0 {
		pendingRejections = nil
	}
	return did || len(pendingRejections) > 0
}

// isErrorLike is node's test for a rejection reason it throws as it is:
// an object with an own stack property (any Error).
func isErrorLike(v Value) bool {
	o := v.Object()
	if o == nil {
		return false
	}
	if o.class == ClassError {
		return true
	}
	_, ok := o.GetOwnProperty(Key("stack"))
	return ok
}

// newUnhandledPromiseRejection is the error node throws for a rejection
// with a reason that is not an error.
func newUnhandledPromiseRejection(reason Value) *Object {
	e := NewError(ErrorPrototype, "This error originated either by throwing inside of an async function without a catch block, "+
		"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \""+Inspect(reason)+"\".")
	e.DefineData(Key("name"), Str("UnhandledPromiseRejection"), Hidden)
	e.DefineData(Key("code"), Str("ERR_UNHANDLED_REJECTION"), Default)
	return e
}

// loopAlive is libuv's uv_loop_alive for what the runtime schedules.
func loopAlive() bool {
	return refedTimers > 0 || refedImmediates > 0 || hostOutstanding > 0
}

// runLoop is libuv 1.46's uv_run in its default mode: due timers once on
// entry, then turns of poll, check and timers. Whether the loop is alive is
// decided on entry and after each turn's timers phase, not before its check
// phase: an unref'd immediate queued by the last ref'd timer never runs,
// while one queued by the timers run on entry does (the turn that follows
// was already decided on).
func runLoop() {
	alive := loopAlive()
	if alive {
		runDueTimers()
	}
	for alive {
		pollHost()
		runImmediates()
		runDueTimers()
		alive = loopAlive()
	}
}

// runDueTimers is the timers phase, once output has paid its start-up cost.
func runDueTimers() {
	if len(timerListQueue) > 0 {
		payFirstOutputCost()
	}
	runTimers()
}

// pollHost is the poll phase: it runs the host completions that have
// arrived, first waiting for one when nothing else is due (until the next
// timer, or without limit when only host work keeps the loop alive).
func pollHost() {
	var w *HostWork
	if refedImmediates > 0 || !loopAlive() {
		w = receiveHost()
	} else {
		w = waitHost()
	}
	for w != nil {
		hostOutstanding--
		runMacrotask(w.done)
		w = receiveHost()
	}
}

// receiveHost returns a completion that has arrived, or nil.
func receiveHost() *HostWork {
	select {
	case w := <-hostCompletions:
		return w
	default:
		return nil
	}
}

// sleepTimer is reused by every wait of the poll phase.
var sleepTimer *time.Timer

// waitHost blocks until a host completion arrives or the next timer is
// due, and returns the completion if one came.
func waitHost() *HostWork {
	FlushOutput()
	next, ok := nextTimerExpiry()
	if !ok {
		return <-hostCompletions
	}
	// Wake at the start of the due millisecond, not before it.
	d := time.Until(loopStart.Add(time.Duration(next) * time.Millisecond))
	if d <= 0 {
		return receiveHost()
	}
	if sleepTimer == nil {
		sleepTimer = time.NewTimer(d)
	} else {
		sleepTimer.Reset(d)
	}
	select {
	case w := <-hostCompletions:
		sleepTimer.Stop()
		return w
	case <-sleepTimer.C:
		return nil
	}
}

// startProfiles starts the profiles the environment asks for, to find where
// a compiled program spends its time: JS2GO_CPUPROFILE=file writes a CPU
// profile, JS2GO_MEMPROFILE=file an allocation profile (every allocation
// site, by bytes and by count; read it with go tool pprof -sample_index).
// The returned function writes them; Main calls it before exiting.
func startProfiles() (stop func()) {
	cpu, mem := os.Getenv("JS2GO_CPUPROFILE"), os.Getenv("JS2GO_MEMPROFILE")
	var cpuFile *os.File
	if cpu != "" {
		f, err := os.Create(cpu)
		if err == nil && pprof.StartCPUProfile(f) == nil {
			cpuFile = f
		}
	}
	return func() {
		if cpuFile != nil {
			pprof.StopCPUProfile()
			cpuFile.Close()
		}
		if mem != "" {
			// The profile counts what was allocated up to the last
			// collection: one more makes it count everything.
			goruntime.GC()
			if f, err := os.Create(mem); err == nil {
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}
	}
}
