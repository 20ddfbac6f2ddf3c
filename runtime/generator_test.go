package runtime

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// genTestFrame is the machine the compiler makes of
//
//	function* g() { const a = yield 1; log.push('got ' + a);
//	  try { const b = yield 2; if (b === 'throw-me') throw b; }
//	  finally { log.push('finally'); } return 'end'; }
//
// written by hand: the try body is states 2-3, its finally state 4.
type genTestFrame struct {
	Async
	comps [1]Completion
	log   []string
}

var genTestTries = []TryEntry{{Start: 2, Catch: -1, Finally: 4, End: 5}}

func (fr *genTestFrame) Resume(v Value, threw bool) {
	for {
		if threw && !fr.Catch(genTestTries, fr.comps[:], v) {
			return
		}
		if v, threw = fr.step(v); !threw {
			return
		}
	}
}

func (fr *genTestFrame) step(v Value) (exc Value, threw bool) {
	fr.Enter()
	defer fr.Recover(&exc, &threw)
	for {
		switch fr.State {
		case 0:
			fr.Yield(Int(1))
			fr.State = 1
			return Undefined, false
		case 1:
			fr.log = append(fr.log, "got "+ToGoString(v))
			fr.State = 2
		case 2:
			fr.Yield(Int(2))
			fr.State = 3
			return Undefined, false
		case 3:
			if StrictEquals(v, Str("throw-me")) {
				Throw(v)
			}
			fr.comps[0] = Completion{}
			fr.State = 4
		case 4:
			fr.log = append(fr.log, "finally")
			if fr.EndFinally(genTestTries, fr.comps[:], 0) {
				return Undefined, false
			}
		case 5:
			fr.Return(Str("end"))
			return Undefined, false
		}
	}
}

// TestGeneratorResume drives the frame through next, return and throw as
// node drives the generator above (the expected values are node's).
func TestGeneratorResume(t *testing.T) {
	for _, tc := range []struct {
		calls string // method:argument, space-separated
		want  string
		log   string
	}{
		{"next next:a next next", "1/false 2/false end/true undefined/true", "got a,finally"},
		{"next next:a return:r next", "1/false 2/false r/true undefined/true", "got a,finally"},
		{"next return:r next", "1/false r/true undefined/true", ""},
		{"next next:a next:throw-me next", "1/false 2/false threw throw-me undefined/true", "got a,finally"},
		{"throw:t next", "threw t undefined/true", ""},
		{"next next:a throw:t", "1/false 2/false threw t", "got a,finally"},
	} {
		fr := &genTestFrame{}
		it := fr.StartGenerator(fr)
		var out []string
		for _, c := range strings.Fields(tc.calls) {
			method, arg, _ := strings.Cut(c, ":")
			var args []Value
			if arg != "" {
				args = []Value{Str(arg)}
			}
			var r Value
			if exc := TryCatch(func() { r = Call(GetProp(it, Key(method)), it, args...) }); exc != nil {
				out = append(out, "threw "+ToGoString(exc.Value))
				continue
			}
			out = append(out, ToGoString(GetProp(r, Key("value")))+"/"+ToGoString(GetProp(r, Key("done"))))
		}
		assert.Equal(t, tc.want, strings.Join(out, " "), tc.calls)
		assert.Equal(t, tc.log, strings.Join(fr.log, ","), tc.calls)
	}
}

// TestGeneratorRunning: a generator that resumes itself throws V8's TypeError.
func TestGeneratorRunning(t *testing.T) {
	fr := &genTestFrame{}
	it := fr.StartGenerator(fr)
	g := it.Object().Internal.(*Generator)
	g.state = genExecuting
	exc := TryCatch(func() { Call(GetProp(it, Key("next")), it) })
	if assert.NotNil(t, exc) {
		assert.Equal(t, "TypeError: Generator is already running", ToGoString(ToString(exc.Value)))
	}
}
