package repl

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Output that does not end its line is followed by the prompt, as in
// CPython: readline erases the line to draw its prompt, so the prompt
// must carry the unfinished line.
func TestPromptAfterUnfinishedLine(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("print('a', end='')\n")
	tm.typ("print('b', end='')\n")
	tm.typ("if 1:\n    print('c', end='')\n\n")
	tm.typ("1\n")
	out := tm.waitFor(">>> 1\n1\n>>> ")
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, ">>> print('a', end='')\na>>> print('b', end='')\nb>>> if 1:\n...     print('c', end='')\n... \nc>>> 1\n1\n>>> ")
}

// Without a history file the session still keeps its history in memory.
func TestHistoryWithoutFile(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("40 + 1\n")
	tm.typ("40 + 2\n")
	tm.waitFor("42\n")
	tm.typ("\x1b[A\x1b[A\n") // Up, Up, Enter: 40 + 1
	out := tm.waitPrompts(4)
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, ">>> 40 + 1\n41\n>>> 40 + 2\n42\n>>> 40 + 1\n41\n>>> ")
}

// exit, quit and help show CPython's hints when typed without a call.
func TestHintsForExitAndHelp(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("exit\n")
	tm.typ("help\n")
	out := tm.waitPrompts(3)
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, ">>> exit\nUse exit() or Ctrl-D (i.e. EOF) to exit\n>>> help\nType help() for interactive help, or help(object) for help about object.\n>>> ")
}

// Ctrl-D on a continuation line runs the input as typed: an error in it
// counts the lines typed, not an extra blank one.
func TestCtrlDOnContinuationLine(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("s = '''abc\n")
	tm.typ("def\n")
	tm.typ("\x04")
	tm.typ("for i in range(2):\n    i\n")
	tm.typ("\x04")
	out := tm.waitPrompts(3)
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, "SyntaxError: unterminated triple-quoted string literal (detected at line 2)\n>>> ")
	require.Contains(t, out, "...     i\n... \n0\n1\n>>> ")
}

// A KeyboardInterrupt the input catches is not reported again.
func TestInterruptCaught(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("import time\n")
	tm.typ("try:\n    print('ready'); time.sleep(30)\nexcept KeyboardInterrupt:\n    print('caught')\n\n")
	tm.waitFor("ready\n")
	tm.interrupt()
	tm.typ("1\n")
	out := tm.waitFor(">>> 1\n1\n>>> ")
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, "ready\ncaught\n>>> 1\n")
}

// input() reads its line through the line editor, after its prompt;
// Ctrl-C there raises KeyboardInterrupt and the next line typed goes to
// the prompt (it went to the abandoned read); Ctrl-D raises EOFError.
func TestInputAtThePrompt(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("s = input('name? ')\n")
	tm.waitFor("name? ")
	tm.typ("bob\n")
	tm.typ("s\n")
	tm.waitFor("'bob'\n")
	tm.typ("input('x? ')\n")
	tm.waitFor("x? ")
	tm.typ("\x03")
	tm.waitFor("KeyboardInterrupt\n>>> ")
	tm.typ("6 * 7\n")
	tm.waitFor("42\n")
	tm.typ("input()\n")
	tm.waitPrompts(5)
	tm.typ("\x04")
	out := tm.waitFor("EOFError")
	tm.waitPrompts(6)
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, ">>> s = input('name? ')\nname? bob\n>>> s\n'bob'\n>>> input('x? ')\nx? \nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n>>> 6 * 7\n42\n")
}

// Errors of the compiler, not the parser, show no source line, as
// CPython's at the prompt (its compiler cannot reread the input).
func TestCompilerErrorsWithoutSource(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("return 5\n")
	tm.typ("del 1\n")
	out := tm.waitPrompts(3)
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, ">>> return 5\n  File \"<stdin>\", line 1\nSyntaxError: 'return' outside function\n>>> del 1\n  File \"<stdin>\", line 1\n    del 1\n        ^\nSyntaxError: cannot delete literal\n>>> ")
}

// The prompts are sys.ps1 and sys.ps2, as in CPython.
func TestPromptsAreSysPs1AndPs2(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("import sys; sys.ps1, sys.ps2\n")
	tm.typ("sys.ps1 = 'py> '; sys.ps2 = 42\n")
	tm.typ("if 1:\n    2\n\n")
	tm.typ("del sys.ps1\n")
	tm.typ("sys.ps1, sys.ps2 = '>>> ', '... '\n")
	out := tm.waitPrompts(4)
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, ">>> import sys; sys.ps1, sys.ps2\n('>>> ', '... ')\n>>> sys.ps1 = 'py> '; sys.ps2 = 42\npy> if 1:\n42    2\n42\n2\npy> del sys.ps1\n")
	require.Contains(t, out, "sys.ps1, sys.ps2 = '>>> ', '... '\n>>> ") // after an empty prompt
}
