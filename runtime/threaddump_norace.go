//go:build !race

package runtime

// racyTop returns th's innermost frame for a dump. For a running thread
// this is a benign race: a word-sized pointer read while the thread may
// be pushing or popping frames; the frame it finds stays valid memory.
func racyTop(th *Thread, st ThreadState, own bool) *StackFrame {
	return th.Top
}
