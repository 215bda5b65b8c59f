//go:build race

package runtime

// racyLoc returns the file, line and function of th's innermost frame
// for a dump (ok false: none). Under the race detector another running
// thread's frames are not read (the read is a benign race that the
// detector would report); own frames always are. A waiting, sleeping or
// blocked thread is read under th.mu with its state checked again: it
// takes th.mu to become running (endWait, endSleep, Block), so it
// cannot move on while its frame is read.
func racyLoc(th *Thread, st ThreadState, own bool) (file string, line int, function string, ok bool) {
	if own {
		return frameLoc(th.Top)
	}
	if st == StateRunning {
		return
	}
	th.mu.Lock()
	defer th.mu.Unlock()
	if ThreadState(th.state.Load()) == StateRunning {
		return
	}
	return frameLoc(th.Top)
}
