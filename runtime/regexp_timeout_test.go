package runtime

import (
	"strings"
	"testing"
	"time"
)

// A catastrophic pattern ends in a RangeError after regexpMatchTimeout
// instead of hanging as V8 would; an ordinary match is not affected.
func TestRegExpMatchTimeout(t *testing.T) {
	defer func(old time.Duration) { regexpMatchTimeout = old }(regexpMatchTimeout)
	regexpMatchTimeout = 200 * time.Millisecond
	re := ObjectValue(NewRegExp("^(a+)+$", ""))
	subject := Str(strings.Repeat("a", 40) + "!")
	start := time.Now()
	exc := TryCatch(func() { CallMethod("re.test", re, Key("test"), subject) })
	if exc == nil {
		t.Fatal("catastrophic match returned")
	}
	if msg := ToGoString(GetProp(exc.Value, Key("message"))); !strings.Contains(msg, "RegExp match took longer than 200ms") {
		t.Errorf("message %q", msg)
	}
	if !InstanceOf(exc.Value, ObjectValue(RangeErrorPrototype.Get(Key("constructor"), Undefined).Object())) {
		t.Errorf("not a RangeError: %s", Inspect(exc.Value))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	if got := CallMethod("re.test", re, Key("test"), Str(strings.Repeat("a", 40))); !got.BoolValue() {
		t.Error("ordinary match failed")
	}
}
