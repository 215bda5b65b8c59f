//go:build !race

package runtime

// racyLoc returns the file, line and function of th's innermost frame
// for a dump (ok false: none). For a running thread this is a benign
// race: word-sized reads while the thread may be pushing or popping
// frames or moving to another line; the frame it finds stays valid
// memory.
func racyLoc(th *Thread, st ThreadState, own bool) (file string, line int, function string, ok bool) {
	return frameLoc(th.Top)
}
