package runtime

// Builtins that recurse in Go over a value's structure (structuredClone,
// flat, …) without calling JavaScript count each level as a call, so that a
// deeply nested value ends in node's RangeError instead of Go's fatal stack
// overflow. A throw restores callDepth in TryCatch, so only the normal
// return needs leaveRecursion.
func enterRecursion() {
	if callDepth >= maxCallDepth {
		ThrowRangeError("Maximum call stack size exceeded")
	}
	callDepth++
}

func leaveRecursion() { callDepth-- }
