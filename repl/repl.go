// Package repl is Spindle's interactive prompt, on the chzyer/readline
// line editor.
//
// The engine is an interp.Session: a persistent __main__ namespace and
// main thread, which compiles and runs one input at a time, echoes the
// values of expression statements, and can be interrupted from another
// goroutine. This package does what is about the terminal:
//
//   - reading lines with the sys.ps1 and sys.ps2 prompts (ps.go) in the
//     line editor (editor.go; from a pipe, plain.go, the prompts go to
//     stderr), and deciding with the real lexer and parser when an input
//     is whole (incomplete.go);
//   - input() and sys.stdin while an input runs read through the same
//     line reader (stdin.go);
//   - history in a file (history.go), Ctrl-R search (readline's);
//   - tab completion of names, attributes and modules (complete.go);
//   - Ctrl-C: at the prompt readline returns ErrInterrupt (the terminal
//     is in raw mode) and the line is dropped; while an input runs the
//     terminal is in cooked mode, SIGINT arrives, and Session.Interrupt
//     raises KeyboardInterrupt in it (a second one cancels it outright;
//     a third, for code stuck where Ctrl-C cannot reach, leaves the
//     process with status 130);
//   - output: sys.stdout and sys.stderr are routed through readline's
//     writers for the whole session (runtime.RedirectStdio), which erase
//     the line being typed, write, and draw it again — so a background
//     thread that prints or fails while the user types does not garble
//     the prompt; a prompt is drawn after output that did not end its
//     line (tail.go);
//   - leaving (Ctrl-D, exit()): the background group is joined as at the
//     end of a script; Ctrl-C cancels it, a second Ctrl-C stops waiting.
package repl

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	goruntime "runtime"
	"strings"

	"github.com/chzyer/readline"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/runtime"
)

// Prompts, as in CPython.
const (
	PS1 = ">>> "
	PS2 = "... "
)

// Config configures a REPL.
type Config struct {
	Session *interp.Session
	Quiet   bool   // no banner
	History string // history file ("" keeps it in memory only); see HistoryPath

	// Terminal streams; nil means the process's terminal. Tests inject a
	// pipe and a buffer: the line editor then works as on a terminal of
	// 80 columns (no raw mode to set).
	Stdin  io.ReadCloser
	Stdout io.Writer

	// NoSignals leaves SIGINT alone (tests call Session.Interrupt).
	NoSignals bool
}

// Banner is printed at start (without -q).
func Banner() string {
	return fmt.Sprintf("Spindle %s (%s, %s/%s) — Python with structured virtual threads\n"+
		"Type \"help()\" for help; exit() or Ctrl-D to leave.\n",
		interp.Version, goruntime.Version(), goruntime.GOOS, goruntime.GOARCH)
}

// Run runs the REPL until Ctrl-D or exit() and returns the exit status.
// It closes the session (joining the background threads).
func Run(cfg Config) int {
	s := cfg.Session
	var lr lineReader
	restore := func() {}
	if cfg.Stdin == nil && !readline.IsTerminal(int(os.Stdin.Fd())) {
		lr = newPlainReader(os.Stdin, os.Stderr)
	} else {
		ed, err := newEditor(cfg)
		if err != nil {
			fmt.Fprintf(os.Stderr, "spindle: cannot start the line editor: %v\n", err)
			return s.Close(1)
		}
		lr, restore = ed, ed.redirect()
	}
	if !cfg.NoSignals {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt)
		defer signal.Stop(sig)
		go func() {
			for range sig {
				if s.Interrupt() >= 3 {
					// Stuck in something that ignores Ctrl-C.
					runtime.FlushAtExit()
					os.Stderr.WriteString("\nKeyboardInterrupt (3 times): leaving\n")
					os.Exit(130)
				}
			}
		}()
	}
	installHelp()
	if !cfg.Quiet {
		runtime.Stderr.WriteString(Banner()) // on stderr, as CPython's
	}
	code := loop(lr, s)
	lr.close()
	// Output of the background threads still goes through readline's
	// writers, which write straight through once it no longer reads.
	if n := s.BackgroundThreads(); n > 0 {
		runtime.Stderr.WriteString(fmt.Sprintf("waiting for %d background thread%s (Ctrl-C cancels them, a second Ctrl-C stops waiting)\n", n, plural(n)))
	}
	code = s.Close(code)
	restore()
	return code
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// loop reads and runs inputs until Ctrl-D or SystemExit and returns the
// exit status.
func loop(lr lineReader, s *interp.Session) int {
	ps := newPrompts(s)
	var lines []string
	for {
		runtime.FlushStdio()
		prompt := ps.get("ps1", PS1)
		if len(lines) > 0 {
			prompt = ps.get("ps2", PS2)
		}
		line, err := lr.readLine(prompt)
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			// Ctrl-C at the prompt drops what was typed.
			lines = nil
			runtime.Stdout.WriteString("KeyboardInterrupt\n")
			continue
		case err == io.EOF && len(lines) > 0:
			// Ctrl-D on a continuation line ends the input as it
			// stands (an error in it names the lines typed).
		case err != nil:
			return 0
		default:
			lines = append(lines, line)
			switch checkInput(lines) {
			case stateMore:
				continue
			case stateSkip:
				lines = nil
				continue
			}
		}
		src := strings.Join(lines, "\n") + "\n"
		lines = nil
		restoreStdin := redirectStdin(lr, s)
		err = s.Exec("<stdin>", []byte(src))
		restoreStdin()
		if exit, code := s.Report(err); exit {
			return code
		}
	}
}
