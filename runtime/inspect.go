package runtime

// Inspect formats a value as node's util.inspect does with default options.
func Inspect(v Value) string {
	if v.IsString() {
		return "'" + v.Text() + "'"
	}
	if v.IsObject() {
		return "[object Object]"
	}
	return ToGoString(v)
}
