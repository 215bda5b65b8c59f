package runtime

import (
	"bufio"
	"io"
)

// RedirectStdio makes sys.stdout and sys.stderr write through stdout and
// stderr (nil leaves a stream as it is) and returns a function that
// restores them. The file objects stay the same (sys.stdout keeps its
// identity, fileno() and isatty()); only the writer below their buffer
// changes.
//
// The REPL routes the standard streams through its line editor, which
// erases the prompt and the line being typed, writes the output and
// draws them again: a background thread that prints or fails while the
// user types does not garble the line. Tests use it to capture output.
// sys.stdout becomes line-buffered (the REPL also flushes it before each
// prompt).
func RedirectStdio(stdout, stderr io.Writer) (restore func()) {
	var undo []func()
	redirect := func(f *File, w io.Writer, lineFlush bool) {
		if w == nil {
			return
		}
		f.mu.Lock()
		f.flushLocked()
		oldW, oldLine := f.w, f.lineFlush
		f.w = newWriteBuf(w, 4096)
		f.lineFlush = lineFlush || oldLine
		f.mu.Unlock()
		undo = append(undo, func() {
			f.mu.Lock()
			f.flushLocked()
			f.w, f.lineFlush = oldW, oldLine
			f.mu.Unlock()
		})
	}
	redirect(Stdout, stdout, true)
	redirect(Stderr, stderr, false)
	return func() {
		for i := len(undo) - 1; i >= 0; i-- {
			undo[i]()
		}
	}
}

// RedirectStdin makes sys.stdin read from r (through a cancellable
// reader, as a terminal) and returns a function that restores it. The
// REPL reads input() and sys.stdin through its line editor, one reader
// per input: a read that Ctrl-C abandoned does not take the next line
// typed at the prompt.
func RedirectStdin(r io.Reader) (restore func()) {
	f := Stdin
	f.mu.Lock()
	oldBg, oldR := f.bg, f.r
	f.bg = newBgReader(r)
	f.r = bufio.NewReaderSize(fdReader{f}, 4096)
	f.mu.Unlock()
	return func() {
		f.mu.Lock()
		f.bg, f.r = oldBg, oldR
		f.mu.Unlock()
	}
}
