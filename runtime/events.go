package runtime

// eventsModule is the exports object of node:events.
func eventsModule() *Object {
	return NewPlainObject()
}
