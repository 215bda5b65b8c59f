package runtime

// Pusher is an iterable that can feed its items to a consumer on the
// caller's goroutine instead of being pulled with Next: the interpreter's
// generators owned by one consumer (interp/generator_push.go). Push calls
// fn for each item until the end, fn's error, or fn's stop=true; an
// iterator stopped early is closed, not left suspended, so only a
// consumer that owns the value may push it.
type Pusher interface {
	Push(th *Thread, fn func(v Value) (stop bool, err error)) error
}

// Collector is an iterable that can produce all its items at once faster
// than Next would, when it is in a state that allows it (ok=false: use
// Next). IterateAll uses it: a generator that has not started runs to its
// end without a goroutine switch per item.
type Collector interface {
	CollectAll(th *Thread) (items []Value, ok bool, err error)
}
