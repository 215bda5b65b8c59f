//go:build race

package runtime

// racyTop returns th's innermost frame for a dump. Under the race
// detector another running thread's frames are not read (the read is a
// benign race that the detector would report); own frames always are.
func racyTop(th *Thread, st ThreadState, own bool) *StackFrame {
	if own {
		return th.Top
	}
	if st == StateRunning {
		return nil
	}
	th.mu.Lock()
	defer th.mu.Unlock()
	return th.Top
}
