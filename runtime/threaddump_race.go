//go:build race

package runtime

// racyTop returns th's innermost frame for a dump. Under the race
// detector a running thread's frames are not read (the read is a benign
// race that the detector would report).
func racyTop(th *Thread, st ThreadState) *StackFrame {
	if st == StateRunning {
		return nil
	}
	th.mu.Lock()
	defer th.mu.Unlock()
	return th.Top
}
