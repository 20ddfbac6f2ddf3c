package runtime

// The two job queues node drains after the script and after every macrotask:
// process.nextTick callbacks and the promise job queue (reactions,
// queueMicrotask, thenable-resolve jobs). Node's processTicksAndRejections
// runs every tick, then the whole microtask queue (including microtasks
// queued meanwhile), and repeats while ticks were queued by microtasks or
// unhandled rejections were dealt with.

// Job is one queued unit of work. Queue a pointer to a record that already
// exists (a reaction, a frame): storing it in the interface does not allocate.
type Job interface {
	Run()
}

// jobQueue is a FIFO of jobs in fixed-size blocks: a burst of a million
// jobs (a million awaits resuming) takes as many blocks and gives each back
// once run, instead of a ring that doubles, copies and keeps its peak size.
type jobQueue struct {
	head, tail *jobBlock // oldest and newest blocks
	first      int       // index of the oldest job in head
	end        int       // index after the newest job in tail
	spare      *jobBlock // an emptied block, kept for the next one needed
}

// jobBlockSize jobs make a block (16 KB).
const jobBlockSize = 1024

type jobBlock struct {
	jobs [jobBlockSize]Job
	next *jobBlock
}

func (q *jobQueue) push(j Job) {
	if q.tail == nil || q.end == jobBlockSize {
		b := q.spare
		if b == nil {
			b = new(jobBlock)
		}
		q.spare = nil
		if q.tail == nil {
			q.head, q.first = b, 0
		} else {
			q.tail.next = b
		}
		q.tail, q.end = b, 0
	}
	q.tail.jobs[q.end] = j
	q.end++
}

// pop returns the oldest job, or nil when the queue is empty.
func (q *jobQueue) pop() Job {
	if q.empty() {
		return nil
	}
	b := q.head
	j := b.jobs[q.first]
	b.jobs[q.first] = nil // let the job be collected once run
	q.first++
	switch {
	case b == q.tail && q.first == q.end:
		// Empty: start over in the same block.
		q.first, q.end = 0, 0
	case q.first == jobBlockSize:
		q.head, q.first = b.next, 0
		b.next = nil
		q.spare = b
	}
	return j
}

func (q *jobQueue) empty() bool { return q.head == nil || (q.head == q.tail && q.first == q.end) }

var (
	tickQueue      jobQueue // process.nextTick
	microtaskQueue jobQueue // promise jobs and queueMicrotask
)

// EnqueueJob is HostEnqueuePromiseJob: j runs when the microtask queue is
// next drained.
func EnqueueJob(j Job) { microtaskQueue.push(j) }

// EnqueueTick queues j as process.nextTick does.
func EnqueueTick(j Job) { tickQueue.push(j) }

// RunJobs drains the queues as node's processTicksAndRejections does: all
// ticks, then all microtasks, until both are empty and no unhandled
// rejection is left to report. A callback that throws propagates; the
// caller reports it and calls RunJobs again, which goes on where it stopped.
func RunJobs() {
	for {
		for j := tickQueue.pop(); j != nil; j = tickQueue.pop() {
			j.Run()
		}
		for j := microtaskQueue.pop(); j != nil; j = microtaskQueue.pop() {
			j.Run()
		}
		if tickQueue.empty() && !processRejections() {
			return
		}
	}
}

// callbackJob calls a JavaScript function with arguments: a nextTick
// callback.
type callbackJob struct {
	fn   *Object
	args []Value
}

func (j *callbackJob) Run() { j.fn.CallWith(Undefined, j.args) }

// microtaskJob is a queueMicrotask callback. Node runs it inside a catch
// that hands the exception to the uncaught-exception handling at once, so
// that, once a listener has dealt with it, the microtask queue goes on
// before any tick.
type microtaskJob struct {
	fn *Object
}

func (j *microtaskJob) Run() {
	if _, exc := callCatching(j.fn, Undefined, nil); exc != nil {
		handleUncaught(exc.Value, false)
	}
}

// QueueMicrotask queues a call of fn (a callable object) with no arguments
// on the microtask queue.
func QueueMicrotask(fn *Object) { microtaskQueue.push(&microtaskJob{fn: fn}) }

// NextTick queues a call of fn with args as process.nextTick does: not at
// all once the process is exiting.
func NextTick(fn *Object, args ...Value) {
	if processExiting {
		return
	}
	nextAsyncID()
	tickQueue.push(&callbackJob{fn: fn, args: args})
}

// asyncID counts node's async resources (timers, immediates, ticks): a
// timer's [Symbol.toPrimitive] is its id. Node gives 1 to the main script.
var asyncID = 1

func nextAsyncID() int {
	asyncID++
	return asyncID
}

// nextTick is process.nextTick.
func nextTick(_ Value, args []Value) Value {
	fn := requireCallback(Arg(args, 0))
	var rest []Value
	if len(args) > 1 {
		rest = append(rest, args[1:]...)
	}
	NextTick(fn, rest...)
	return Undefined
}

// requireCallback returns v as a function, or throws node's
// ERR_INVALID_ARG_TYPE for the argument named "callback".
func requireCallback(v Value) *Object {
	if f := v.Object(); f != nil && f.IsCallable() {
		return f
	}
	throwInvalidArgType("callback", "function", v)
	return nil
}

// throwInvalidArgType throws node's ERR_INVALID_ARG_TYPE TypeError:
// `The "name" argument must be of type function. Received …`.
func throwInvalidArgType(name, want string, v Value) {
	e := NewError(TypeErrorPrototype, "The \""+name+"\" argument must be of type "+want+". Received "+describeReceived(v))
	withCode(e, "ERR_INVALID_ARG_TYPE") // events.go
	Throw(ObjectValue(e))
}

// describeReceived is the end of node's invalid-argument messages
// (determineSpecificType in lib/internal/errors.js).
func describeReceived(v Value) string {
	switch v.Kind() {
	case KindUndefined, KindNull:
		return ToGoString(v)
	case KindObject:
		o := v.Object()
		if o.IsCallable() {
			if name := o.Get(Key("name"), v); name.IsString() && name.StrLen() > 0 {
				return "function " + name.Text()
			}
			return "function "
		}
		if c := o.Get(Key("constructor"), v).Object(); c != nil {
			if name := c.Get(Key("name"), ObjectValue(c)); name.IsString() && name.StrLen() > 0 {
				return "an instance of " + name.Text()
			}
		}
		return Inspect(v)
	case KindString:
		s := v.Text()
		if len(s) > 28 {
			s = s[:25] + "..."
		}
		return "type string (" + Inspect(Str(s)) + ")"
	case KindSymbol:
		return "type symbol (" + ToGoString(Str(symbolDescriptiveString(v.Symbol()))) + ")"
	case KindBigInt:
		return "type bigint (" + ToGoString(v) + "n)"
	}
	return "type " + TypeOf(v).Text() + " (" + Inspect(v) + ")"
}

func init() {
	Process.DefineData(Key("nextTick"), ObjectValue(NewFunction("nextTick", 1, nextTick)), Default)
	DefineGlobal("queueMicrotask", ObjectValue(NewFunction("queueMicrotask", 1, func(_ Value, args []Value) Value {
		QueueMicrotask(requireCallback(Arg(args, 0)))
		return Undefined
	})))
}
