package runtime

import "testing"

// TestAsyncTryTable checks how a frame's try table routes throws, returns
// and jumps. The table is that of
//
//	try {            // states 1-2, entry 0
//	  try { } catch { } finally { }   // body 2, catch 3, finally 4, end 5 (entry 1)
//	} finally { }    // finally 6, end 7
func TestAsyncTryTable(t *testing.T) {
	tries := []TryEntry{
		{Start: 1, Catch: -1, Finally: 6, End: 7},
		{Start: 2, Catch: 3, Finally: 4, End: 5},
	}
	for _, tc := range []struct {
		name  string
		state int
		do    func(a *Async, comps []Completion) bool
		done  bool
		next  int
		comps [2]CompletionKind
	}{
		{"throw in inner body goes to its catch", 2, func(a *Async, c []Completion) bool { return !a.Catch(tries, c, Int(1)) }, false, 3, [2]CompletionKind{}},
		{"throw in inner catch runs its finally", 3, func(a *Async, c []Completion) bool { return !a.Catch(tries, c, Int(1)) }, false, 4, [2]CompletionKind{0, CompleteThrow}},
		{"throw in inner finally runs the outer finally", 4, func(a *Async, c []Completion) bool { return !a.Catch(tries, c, Int(1)) }, false, 6, [2]CompletionKind{CompleteThrow, 0}},
		{"throw outside every try rejects", 7, func(a *Async, c []Completion) bool { return !a.Catch(tries, c, Int(1)) }, true, 7, [2]CompletionKind{}},
		{"return in inner body runs the inner finally first", 2, func(a *Async, c []Completion) bool {
			return a.Complete(tries, c, CompleteReturn, Int(2), -1)
		}, false, 4, [2]CompletionKind{0, CompleteReturn}},
		{"break to a state inside the outer body runs only the inner finally", 2, func(a *Async, c []Completion) bool {
			return a.Complete(tries, c, CompleteJump, Undefined, 5)
		}, false, 4, [2]CompletionKind{0, CompleteJump}},
		{"a jump inside the protected range runs no finally", 2, func(a *Async, c []Completion) bool {
			return a.Complete(tries, c, CompleteJump, Undefined, 3)
		}, false, 3, [2]CompletionKind{}},
		{"a pending return goes on from the inner finally to the outer one", 4, func(a *Async, c []Completion) bool {
			c[1] = Completion{Kind: CompleteReturn, Value: Int(2)}
			return a.EndFinally(tries, c, 1)
		}, false, 6, [2]CompletionKind{CompleteReturn, 0}},
		{"a normal completion goes on after the try", 4, func(a *Async, c []Completion) bool { return a.EndFinally(tries, c, 1) }, false, 5, [2]CompletionKind{}},
		{"a return with no finally left resolves", 6, func(a *Async, c []Completion) bool {
			c[0] = Completion{Kind: CompleteReturn, Value: Int(3)}
			return a.EndFinally(tries, c, 0)
		}, true, 6, [2]CompletionKind{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &Async{State: tc.state}
			a.promise.init(PromisePrototype)
			comps := make([]Completion, 2)
			if done := tc.do(a, comps); done != tc.done {
				t.Fatalf("done %v, want %v", done, tc.done)
			}
			if a.State != tc.next {
				t.Errorf("state %d, want %d", a.State, tc.next)
			}
			for i, c := range comps {
				if c.Kind != tc.comps[i] {
					t.Errorf("completion %d is %d, want %d", i, c.Kind, tc.comps[i])
				}
			}
		})
	}
}

// TestAsyncEndFinallyRethrows: a finally entered by a throw rethrows it.
func TestAsyncEndFinallyRethrows(t *testing.T) {
	a := &Async{State: 4}
	comps := []Completion{{}, {Kind: CompleteThrow, Value: Str("boom")}}
	exc := TryCatch(func() { a.EndFinally([]TryEntry{{1, -1, 6, 7}, {2, 3, 4, 5}}, comps, 1) })
	if exc == nil || exc.Value.Text() != "boom" {
		t.Fatalf("EndFinally threw %v, want boom", exc)
	}
}
