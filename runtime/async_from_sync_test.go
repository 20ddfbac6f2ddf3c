package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAsyncFromSync: for await over a sync iterable of plain values and
// promises sees each settled value, then done (node: 1, 2, 4).
func TestAsyncFromSync(t *testing.T) {
	settled := func(p Value) string {
		RunJobs()
		_, v := PromiseStateOf(p.Object())
		return ToGoString(GetProp(v, Key("value"))) + "/" + ToGoString(GetProp(v, Key("done")))
	}
	fulfilled := NewPromise()
	ResolvePromise(fulfilled, Int(2))
	array := ObjectValue(NewArray([]Value{Int(1), ObjectValue(fulfilled), Int(4)}))
	iter, next := getAsyncIterator(array, "")
	var got []string
	for i := 0; i < 4; i++ {
		got = append(got, settled(Call(next, iter)))
	}
	assert.Equal(t, []string{"1/false", "2/false", "4/false", "undefined/true"}, got)

	exc := TryCatch(func() { getAsyncIterator(Int(5), "5") })
	if assert.NotNil(t, exc) {
		assert.Equal(t, "TypeError: 5 is not async iterable", ToGoString(ToString(exc.Value)))
	}
}
