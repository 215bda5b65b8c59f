package repl

import (
	"errors"
	"io"

	"github.com/chzyer/readline"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/runtime"
)

// stdinReader is sys.stdin while an input runs: input() and
// sys.stdin.readline() read their lines through the REPL's line reader,
// as CPython's input() uses readline at the prompt (the line is edited
// after input()'s prompt, and kept in the history). Ctrl-C there raises
// KeyboardInterrupt in the input; Ctrl-D is the end of the input.
type stdinReader struct {
	lr   lineReader
	s    *interp.Session
	done chan struct{} // closed when the input has ended
	buf  []byte
}

// redirectStdin makes sys.stdin read through lr until the returned
// function is called, at the end of the input.
func redirectStdin(lr lineReader, s *interp.Session) (restore func()) {
	r := &stdinReader{lr: lr, s: s, done: make(chan struct{})}
	undo := runtime.RedirectStdin(r)
	return func() {
		close(r.done)
		undo()
	}
}

func (r *stdinReader) Read(p []byte) (int, error) {
	if len(r.buf) == 0 {
		runtime.FlushStdio() // input()'s prompt, which the editor redraws
		line, err := r.lr.readLine("")
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			// The terminal was in raw mode: no SIGINT came.
			r.s.Interrupt()
			<-r.done // the input ends with the KeyboardInterrupt
			return 0, io.EOF
		case err != nil:
			return 0, io.EOF
		}
		r.buf = []byte(line + "\n")
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}
