package repl

import (
	"bytes"
	"io"
	"sync"
)

// lineTail remembers the unfinished last line of the program's output,
// so the next prompt can be drawn after it: print('a', end="") followed
// by a prompt shows "a>>> ", as in CPython. readline erases the line
// when it draws its prompt, so the tail becomes part of the prompt.
//
// Output written while the editor reads a line (a background thread's)
// is drawn by readline above that line: it leaves no tail.
type lineTail struct {
	mu      sync.Mutex
	tail    []byte
	reading bool // the editor is reading a line
}

// writer returns a writer that writes through w and records the tail.
func (t *lineTail) writer(w io.Writer) io.Writer {
	return tailWriter{t, w}
}

type tailWriter struct {
	t *lineTail
	w io.Writer
}

func (tw tailWriter) Write(p []byte) (int, error) {
	tw.t.record(p)
	return tw.w.Write(p)
}

func (t *lineTail) record(p []byte) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.reading {
		t.tail = t.tail[:0]
		return
	}
	if i := bytes.LastIndexAny(p, "\n\r"); i >= 0 {
		t.tail = append(t.tail[:0], p[i+1:]...)
		return
	}
	t.tail = append(t.tail, p...)
}

// take returns the tail and forgets it, as the editor starts reading a
// line (the prompt drawn after the tail ends the line for the user).
func (t *lineTail) take() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := string(t.tail)
	t.tail = t.tail[:0]
	t.reading = true
	return s
}

// done says the editor has read its line.
func (t *lineTail) done() {
	t.mu.Lock()
	t.reading = false
	t.mu.Unlock()
}
