package runtime

// Host work is Go code that runs off the loop (file and network I/O, work
// handed in by a Go program) and whose result JavaScript must see. Each
// piece keeps the loop alive, as a libuv request does, until its completion
// has run on the loop.

// HostWork is one outstanding piece of host work.
type HostWork struct {
	done func()
}

// hostCompletions carries finished host work to the loop; the buffer lets
// most goroutines post without waiting for the loop to look.
var hostCompletions = make(chan *HostWork, 256)

// hostOutstanding counts host work started and not yet completed on the loop.
var hostOutstanding int

// StartHostWork registers host work about to start; call it on the loop,
// before handing the work to a goroutine.
func StartHostWork() *HostWork {
	hostOutstanding++
	return &HostWork{}
}

// Complete is called once, from any goroutine, when the work is done: done
// then runs on the loop, in the poll phase, followed by the job queues like
// any other callback. It may settle promises, call JavaScript, throw.
func (w *HostWork) Complete(done func()) {
	w.done = done
	hostCompletions <- w
}

// HostPromise starts host work whose result settles a new promise: work
// runs on its own goroutine and returns a result or an error. On the loop,
// toValue makes the result the promise's value (undefined when toValue is
// nil), or toReason makes the error its rejection reason (an Error with
// the error's text when toReason is nil).
func HostPromise(work func() (any, error), toValue func(any) Value, toReason func(error) Value) *Object {
	p := NewPromise()
	w := StartHostWork()
	go func() {
		result, err := work()
		w.Complete(func() {
			switch {
			case err == nil && toValue == nil:
				ResolvePromise(p, Undefined)
			case err == nil:
				ResolvePromise(p, toValue(result))
			case toReason != nil:
				RejectPromise(p, toReason(err))
			default:
				RejectPromise(p, ObjectValue(NewError(ErrorPrototype, err.Error())))
			}
		})
	}()
	return p
}
