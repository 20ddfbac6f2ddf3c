package runtime

import "testing"

// countJob records its number in the order jobs run.
type countJob struct {
	n   int
	ran *[]int
}

func (j *countJob) Run() { *j.ran = append(*j.ran, j.n) }

// TestJobQueueOrder: jobs come out in the order they went in, across block
// boundaries, when pushes and pops interleave, and after the queue empties.
func TestJobQueueOrder(t *testing.T) {
	for _, tc := range []struct {
		name    string
		batches []int // push this many, then run half of what is queued
	}{
		{"one job", []int{1}},
		{"a full block", []int{jobBlockSize}},
		{"a block and one", []int{jobBlockSize + 1}},
		{"interleaved over blocks", []int{700, 900, 1500, 3, jobBlockSize * 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var q jobQueue
			var ran []int
			pushed, queued := 0, 0
			for _, n := range tc.batches {
				for i := 0; i < n; i++ {
					q.push(&countJob{n: pushed, ran: &ran})
					pushed++
					queued++
				}
				for i := 0; i < queued/2; i++ {
					q.pop().Run()
				}
				queued -= queued / 2
			}
			for j := q.pop(); j != nil; j = q.pop() {
				j.Run()
			}
			if !q.empty() || len(ran) != pushed {
				t.Fatalf("ran %d of %d jobs, empty %v", len(ran), pushed, q.empty())
			}
			for i, n := range ran {
				if n != i {
					t.Fatalf("job %d ran at position %d", n, i)
				}
			}
			q.push(&countJob{n: -1, ran: &ran})
			if j := q.pop(); j == nil || j.(*countJob).n != -1 || q.pop() != nil {
				t.Fatal("the emptied queue does not take a job again")
			}
		})
	}
}

// BenchmarkJobBurst queues b.N jobs and then runs them, as a million
// awaits resuming at once do.
func BenchmarkJobBurst(b *testing.B) {
	var q jobQueue
	var ran []int
	j := &countJob{ran: &ran}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		q.push(j)
	}
	for q.pop() != nil {
	}
}
