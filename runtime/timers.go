package runtime

import (
	"container/heap"
	"math"
	"strconv"
)

// Timers as node's lib/internal/timers.js keeps them, so that they fire in
// the same order: one list per duration, its timers in insertion order, and
// a priority queue of the lists by expiry (ties by list id). A list's
// timers share their duration, so insertion order is expiry order.

// timeoutMax is the largest delay node accepts (2³¹-1 ms); a larger one
// becomes 1 ms with a TimeoutOverflowWarning.
const timeoutMax = 1<<31 - 1

// timer is the Internal of a Timeout object.
type timer struct {
	obj      *Object
	callback *Object // nil once cleared or fired (node's _onTimeout = null)
	args     []Value
	duration float64 // _idleTimeout; -1 once cleared
	repeat   float64 // _repeat: the interval, 0 for a timeout
	start    float64 // _idleStart
	list     *timerList
	prev     *timer
	next     *timer
	asyncID  int
	refed    bool
	// destroyed is set once the timer is cleared, or has fired and was
	// not rearmed.
	destroyed bool
	// knownByID: [Symbol.toPrimitive] was called, so clearTimeout
	// accepts the id.
	knownByID bool
}

// timeoutObject is a timer and its Timeout object in one allocation.
type timeoutObject struct {
	timer
	obj Object
}

// timerList holds the armed timers of one duration.
type timerList struct {
	msecs      float64
	expiry     float64
	id         int
	head, tail *timer
	index      int // position in timerQueue
}

func (l *timerList) append(t *timer) {
	if t.list != nil {
		t.list.remove(t)
	}
	t.list, t.prev, t.next = l, l.tail, nil
	if l.tail == nil {
		l.head = t
	} else {
		l.tail.next = t
	}
	l.tail = t
}

func (l *timerList) remove(t *timer) {
	if t.prev == nil {
		l.head = t.next
	} else {
		t.prev.next = t.next
	}
	if t.next == nil {
		l.tail = t.prev
	} else {
		t.next.prev = t.prev
	}
	t.list, t.prev, t.next = nil, nil, nil
}

// timerQueue is the priority queue of lists (container/heap).
type timerQueue []*timerList

func (q timerQueue) Len() int { return len(q) }
func (q timerQueue) Less(i, j int) bool {
	if q[i].expiry != q[j].expiry {
		return q[i].expiry < q[j].expiry
	}
	return q[i].id < q[j].id
}
func (q timerQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index, q[j].index = i, j
}
func (q *timerQueue) Push(x any) {
	l := x.(*timerList)
	l.index = len(*q)
	*q = append(*q, l)
}
func (q *timerQueue) Pop() any {
	old := *q
	l := old[len(old)-1]
	old[len(old)-1] = nil
	*q = old[:len(old)-1]
	return l
}

var (
	timerListMap   map[float64]*timerList
	timerListQueue timerQueue
	timerListID    int
	// refedTimers is node's timer refCount: armed timers that keep the
	// loop alive.
	refedTimers int
	knownTimers map[string]*timer
)

// insertTimer is node's insert(item, msecs, start).
func insertTimer(t *timer, msecs, start float64) {
	msecs = math.Trunc(msecs)
	t.start = start
	l := timerListMap[msecs]
	if l == nil {
		l = &timerList{msecs: msecs, expiry: start + msecs, id: timerListID}
		timerListID++
		timerListMap[msecs] = l
		heap.Push(&timerListQueue, l)
	}
	l.append(t)
}

// unenrollTimer is node's unenroll: clearTimeout.
func unenrollTimer(t *timer) {
	if t.destroyed {
		return
	}
	t.destroyed = true
	if t.knownByID {
		delete(knownTimers, strconv.Itoa(t.asyncID))
	}
	if l := t.list; l != nil {
		l.remove(t)
		if l.head == nil && timerListMap[l.msecs] == l {
			heap.Remove(&timerListQueue, l.index)
			delete(timerListMap, l.msecs)
		}
	}
	t.duration = -1
	if t.refed {
		refedTimers--
	}
}

// nextTimerExpiry is the expiry of the earliest timer list.
func nextTimerExpiry() (float64, bool) {
	if len(timerListQueue) == 0 {
		return 0, false
	}
	return timerListQueue[0].expiry, true
}

// runTimers is the timers phase: node's RunTimers, which calls
// processTimers again, with the same now and without draining the job
// queues, after a callback threw and a listener handled it; the queues are
// drained between timers and when the phase ends.
func runTimers() {
	if len(timerListQueue) == 0 || timerListQueue[0].expiry > loopNow() {
		return
	}
	now := loopNow()
	for {
		exc := CatchUncaught(func() { processTimers(now) })
		if exc == nil {
			break
		}
		handleUncaught(exc.Value, false)
	}
	drainJobs()
}

// processTimers runs the due lists in expiry order.
func processTimers(now float64) {
	ranAtLeastOneList := false
	for len(timerListQueue) > 0 {
		l := timerListQueue[0]
		if l.expiry > now {
			return
		}
		if ranAtLeastOneList {
			RunJobs()
		}
		ranAtLeastOneList = true
		listOnTimeout(l, now)
	}
}

// listOnTimeout runs the due timers of one list; a timer not due yet puts
// the list back in the queue at its expiry.
func listOnTimeout(l *timerList, now float64) {
	ranAtLeastOneTimer := false
	for t := l.head; t != nil; t = l.head {
		if now-t.start < l.msecs {
			l.expiry = math.Max(t.start+l.msecs, now+1)
			l.id = timerListID
			timerListID++
			heap.Fix(&timerListQueue, l.index)
			return
		}
		if ranAtLeastOneTimer {
			RunJobs()
		}
		ranAtLeastOneTimer = true
		l.remove(t)
		if t.callback == nil {
			t.settle()
			continue
		}
		t.fire()
	}
	if timerListMap[l.msecs] == l {
		delete(timerListMap, l.msecs)
		heap.Remove(&timerListQueue, l.index)
	}
}

// fire calls the timer's callback with the Timeout as this; then, even if
// the callback threw, it rearms an interval or retires a timeout.
func (t *timer) fire() {
	var start float64
	if t.repeat != 0 {
		start = loopNow()
	}
	defer func() {
		if t.repeat != 0 && t.duration != -1 {
			t.duration = t.repeat
			insertTimer(t, t.duration, start)
		} else if t.list == nil {
			t.settle()
		}
	}()
	t.callback.CallWith(ObjectValue(t.obj), t.args)
}

// settle marks a timer that is no longer armed as destroyed.
func (t *timer) settle() {
	if !t.destroyed {
		t.destroyed = true
		if t.refed {
			refedTimers--
		}
	}
}

func resetTimers() {
	timerListMap = map[float64]*timerList{}
	timerListQueue = nil
	timerListID = 0
	refedTimers = 0
	knownTimers = map[string]*timer{}
	immediateQueue, outstandingImmediates = nil, nil
	refedImmediates = 0
}

// TimeoutPrototype and ImmediatePrototype are the prototypes of the objects
// setTimeout and setImmediate return (node's Timeout and Immediate classes,
// which are not globals).
var (
	TimeoutPrototype   = NewObject(ObjectPrototype)
	ImmediatePrototype = NewObject(ObjectPrototype)
)

// newTimer is node's new Timeout(callback, after, args, isRepeat, true)
// followed by insert.
func newTimer(args []Value, repeat bool) Value {
	fn := requireCallback(Arg(args, 0))
	after := ToNumber(Arg(args, 1))
	if !(after >= 1 && after <= timeoutMax) {
		if after > timeoutMax {
			emitWarning(NumberToString(after)+" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.", "TimeoutOverflowWarning")
		}
		after = 1
	}
	rec := &timeoutObject{timer: timer{callback: fn, duration: after, refed: true, asyncID: nextAsyncID()}}
	t := &rec.timer
	if len(args) > 2 {
		t.args = append([]Value(nil), args[2:]...)
	}
	if repeat {
		t.repeat = after
	}
	rec.obj = Object{proto: TimeoutPrototype, class: ClassObject, extensible: true, Internal: t}
	t.obj = &rec.obj
	refedTimers++
	payFirstOutputCost()
	insertTimer(t, after, loopNow())
	return ObjectValue(t.obj)
}

// thisTimer is the timer a Timeout method was called on.
func thisTimer(this Value, method string) *timer {
	if o := this.Object(); o != nil {
		if t, ok := o.Internal.(*timer); ok {
			return t
		}
	}
	ThrowTypeError("Cannot read properties of " + inspectShort(this) + " (reading '" + method + "')")
	return nil
}

// clearTimer is clearTimeout and clearInterval: a Timeout, or the id of
// one whose [Symbol.toPrimitive] was used.
func clearTimer(v Value) {
	if o := v.Object(); o != nil {
		if t, ok := o.Internal.(*timer); ok && t.callback != nil {
			t.callback = nil
			unenrollTimer(t)
		}
		return
	}
	if v.IsNumber() || v.IsString() {
		if t := knownTimers[ToGoString(v)]; t != nil {
			t.callback = nil
			unenrollTimer(t)
		}
	}
}

// immediate is the Internal of an Immediate object.
type immediate struct {
	obj       *Object
	callback  *Object
	args      []Value
	refed     bool
	destroyed bool
}

var (
	// immediateQueue holds the immediates set since the last check phase.
	immediateQueue []*immediate
	// outstandingImmediates are those a check phase left when a callback
	// threw; the next check phase runs them before any newer ones.
	outstandingImmediates []*immediate
	refedImmediates       int
)

// runImmediates is the check phase: node's CheckImmediate, which runs
// processImmediate once, and again for the immediates left when a callback
// threw (the job queues are not drained in between); immediates set by
// these callbacks wait for the next turn.
func runImmediates() {
	if len(immediateQueue) == 0 && len(outstandingImmediates) == 0 {
		return
	}
	for {
		exc := CatchUncaught(processImmediates)
		if exc == nil {
			drainJobs()
			return
		}
		handleUncaught(exc.Value, false)
		if len(outstandingImmediates) == 0 {
			return
		}
	}
}

// processImmediates is node's processImmediate: the immediates left by a
// callback that threw, or else all those queued so far.
func processImmediates() {
	queue := outstandingImmediates
	if len(queue) == 0 {
		queue, immediateQueue = immediateQueue, nil
	}
	ranAtLeastOne := false
	for len(queue) > 0 {
		if ranAtLeastOne {
			outstandingImmediates = queue
			RunJobs()
		}
		ranAtLeastOne = true
		im := queue[0]
		queue = queue[1:]
		outstandingImmediates = queue
		if im.destroyed {
			continue
		}
		im.destroyed = true
		if im.refed {
			refedImmediates--
		}
		im.refed = false
		im.fire()
	}
	outstandingImmediates = nil
}

// newImmediate is node's new Immediate(callback, args): queued and ref'd.
func newImmediate(fn *Object, args []Value) *immediate {
	nextAsyncID()
	im := &immediate{callback: fn, args: args, refed: true}
	im.obj = NewClassObject(ImmediatePrototype, ClassObject, im)
	refedImmediates++
	immediateQueue = append(immediateQueue, im)
	return im
}

// setImmediateNoop is setImmediate(() => {}).
func setImmediateNoop() { newImmediate(noopFunction, nil) }

var noopFunction = NewFunction("noop", 0, func(Value, []Value) Value { return Undefined })

func (im *immediate) fire() {
	fn := im.callback
	im.callback = nil
	fn.CallWith(ObjectValue(im.obj), im.args)
}

func thisImmediate(this Value, method string) *immediate {
	if o := this.Object(); o != nil {
		if im, ok := o.Internal.(*immediate); ok {
			return im
		}
	}
	ThrowTypeError("Cannot read properties of " + inspectShort(this) + " (reading '" + method + "')")
	return nil
}

func init() {
	timeoutCtor := NewConstructor("Timeout", 5, nil, nil)
	timeoutCtor.DefineData(Key("prototype"), ObjectValue(TimeoutPrototype), 0)
	TimeoutPrototype.DefineData(Key("constructor"), ObjectValue(timeoutCtor), Hidden)
	DefineMethod(TimeoutPrototype, "refresh", 0, func(this Value, _ []Value) Value {
		t := thisTimer(this, "refresh")
		if t.duration >= 0 {
			insertTimer(t, t.duration, loopNow())
			if t.destroyed {
				t.destroyed = false
				if t.refed {
					refedTimers++
				}
			}
		}
		return this
	})
	DefineMethod(TimeoutPrototype, "unref", 0, func(this Value, _ []Value) Value {
		t := thisTimer(this, "unref")
		if t.refed && !t.destroyed {
			refedTimers--
		}
		t.refed = false
		return this
	})
	DefineMethod(TimeoutPrototype, "ref", 0, func(this Value, _ []Value) Value {
		t := thisTimer(this, "ref")
		if !t.refed && !t.destroyed {
			refedTimers++
		}
		t.refed = true
		return this
	})
	DefineMethod(TimeoutPrototype, "hasRef", 0, func(this Value, _ []Value) Value {
		return Bool(thisTimer(this, "hasRef").refed)
	})
	DefineMethod(TimeoutPrototype, "close", 0, func(this Value, _ []Value) Value {
		clearTimer(this)
		return this
	})
	DefineSymbolMethod(TimeoutPrototype, SymToPrimitive, 0, func(this Value, _ []Value) Value {
		t := thisTimer(this, "Symbol(Symbol.toPrimitive)")
		if !t.knownByID {
			t.knownByID = true
			knownTimers[strconv.Itoa(t.asyncID)] = t
		}
		return Int(t.asyncID)
	})

	immediateCtor := NewConstructor("Immediate", 2, nil, nil)
	immediateCtor.DefineData(Key("prototype"), ObjectValue(ImmediatePrototype), 0)
	ImmediatePrototype.DefineData(Key("constructor"), ObjectValue(immediateCtor), Hidden)
	DefineMethod(ImmediatePrototype, "ref", 0, func(this Value, _ []Value) Value {
		im := thisImmediate(this, "ref")
		if !im.refed && !im.destroyed {
			im.refed = true
			refedImmediates++
		}
		return this
	})
	DefineMethod(ImmediatePrototype, "unref", 0, func(this Value, _ []Value) Value {
		im := thisImmediate(this, "unref")
		if im.refed && !im.destroyed {
			im.refed = false
			refedImmediates--
		}
		return this
	})
	DefineMethod(ImmediatePrototype, "hasRef", 0, func(this Value, _ []Value) Value {
		return Bool(thisImmediate(this, "hasRef").refed)
	})

	DefineGlobal("setTimeout", ObjectValue(NewFunction("setTimeout", 5, func(_ Value, args []Value) Value {
		return newTimer(args, false)
	})))
	DefineGlobal("setInterval", ObjectValue(NewFunction("setInterval", 5, func(_ Value, args []Value) Value {
		return newTimer(args, true)
	})))
	DefineGlobal("setImmediate", ObjectValue(NewFunction("setImmediate", 4, func(_ Value, args []Value) Value {
		fn := requireCallback(Arg(args, 0))
		var rest []Value
		if len(args) > 1 {
			rest = append(rest, args[1:]...)
		}
		return ObjectValue(newImmediate(fn, rest).obj)
	})))
	clear := func(_ Value, args []Value) Value {
		clearTimer(Arg(args, 0))
		return Undefined
	}
	DefineGlobal("clearTimeout", ObjectValue(NewFunction("clearTimeout", 1, clear)))
	DefineGlobal("clearInterval", ObjectValue(NewFunction("clearInterval", 1, clear)))
	DefineGlobal("clearImmediate", ObjectValue(NewFunction("clearImmediate", 1, func(_ Value, args []Value) Value {
		if o := Arg(args, 0).Object(); o != nil {
			if im, ok := o.Internal.(*immediate); ok && !im.destroyed {
				im.destroyed = true
				if im.refed {
					refedImmediates--
				}
				im.refed = false
				im.callback = nil
			}
		}
		return Undefined
	})))
}
