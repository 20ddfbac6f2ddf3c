package runtime

// NewError makes an error object with the given prototype and message, as
// `new TypeError(message)` does.
func NewError(proto *Object, message string) *Object {
	e := NewClassObject(proto, ClassError, nil)
	e.DefineData(Key("message"), Str(message), Hidden)
	return e
}
