package repl

import (
	"github.com/chzyer/readline"

	"github.com/spindle-lang/spindle/runtime"
)

// lineReader reads the lines of the interactive input.
type lineReader interface {
	// readLine shows prompt and returns the line typed, without its
	// newline; readline.ErrInterrupt for Ctrl-C, io.EOF for Ctrl-D.
	readLine(prompt string) (string, error)
	close()
}

// editor reads lines from a terminal with the readline line editor.
type editor struct {
	rl   *readline.Instance
	tail lineTail
}

// newEditor starts the line editor on cfg's terminal (the process's
// terminal when cfg.Stdin is nil).
func newEditor(cfg Config) (*editor, error) {
	rc := &readline.Config{
		Prompt:            PS1,
		HistoryFile:       cfg.History,
		HistorySearchFold: true,
		AutoComplete:      NewCompleter(cfg.Session),
		EOFPrompt:         "\n", // print nothing but the newline
		InterruptPrompt:   "\n", // no "^C", as CPython
		Stdin:             cfg.Stdin,
		Stdout:            cfg.Stdout,
		Stderr:            cfg.Stdout,
	}
	if cfg.Stdin != nil {
		rc.FuncIsTerminal = func() bool { return true }
		rc.FuncMakeRaw = func() error { return nil }
		rc.FuncExitRaw = func() error { return nil }
		rc.FuncGetWidth = func() int { return 80 }
		rc.FuncOnWidthChanged = func(func()) {}
	}
	ed := &editor{}
	rc.FuncFilterInputRune = func(r rune) (rune, bool) {
		// readline takes Ctrl-C in the list of completions as "close the
		// list"; at the prompt it always drops the line.
		if r == readline.CharInterrupt && ed.rl != nil && ed.rl.Operation.IsInCompleteMode() {
			ed.rl.Operation.ExitCompleteMode(false)
		}
		return r, true
	}
	rl, err := readline.NewEx(rc)
	if err != nil {
		return nil, err
	}
	ed.rl = rl
	return ed, nil
}

// redirect routes sys.stdout and sys.stderr through the editor's
// writers and returns the function that undoes it.
func (ed *editor) redirect() (restore func()) {
	return runtime.RedirectStdio(ed.tail.writer(ed.rl.Stdout()), ed.tail.writer(ed.rl.Stderr()))
}

// readLine draws the prompt after any unfinished line of output.
func (ed *editor) readLine(prompt string) (string, error) {
	ed.rl.SetPrompt(ed.tail.take() + prompt)
	defer ed.tail.done()
	return ed.rl.Readline()
}

func (ed *editor) close() { ed.rl.Close() }
