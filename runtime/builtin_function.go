package runtime

// BoundFunction is the Internal of a function made by
// Function.prototype.bind.
type BoundFunction struct {
	Target *Object
	This   Value
	Args   []Value
}

// functionSourceText is Function.prototype.toString's result for f.
func functionSourceText(f *Object) string {
	if FunctionSource != nil {
		if src, ok := FunctionSource(f); ok {
			return src
		}
	}
	name := ""
	if d, ok := f.GetOwnProperty(Key("name")); ok && d.Value.kind == KindString {
		name = d.Value.Text()
	}
	return "function " + name + "() { [native code] }"
}

// FunctionSource, when set by the code generator's support code, returns
// the source text of a user function (its exact range in Program.Source);
// ok is false for builtins and bound functions, which print as native code.
var FunctionSource func(f *Object) (src string, ok bool)
