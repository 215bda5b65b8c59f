package repl

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/runtime"
	"github.com/spindle-lang/spindle/stdlib"
)

// The REPL runs on global state (the main thread, sys.modules, the
// standard streams): tests run one session at a time.

func init() {
	interp.SetupHook = func(argv, path []string, modules *runtime.Dict) {
		stdlib.SetArgv(argv)
		stdlib.SetPath(path)
		stdlib.SetModules(modules)
	}
	stdlib.Locals = interp.Locals
	stdlib.Import = interp.Import
}

// screen is the terminal's output: what readline and the program wrote.
type screen struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

var ansi = regexp.MustCompile(`\x1b\[[0-9;?]*[A-Za-z]`)

// text is the output without terminal control sequences, with lines
// redrawn by readline (\r) reduced to their last drawing.
func (s *screen) text() string {
	s.mu.Lock()
	raw := s.b.String()
	s.mu.Unlock()
	raw = ansi.ReplaceAllString(raw, "")
	lines := strings.Split(raw, "\n")
	for i, l := range lines {
		if j := strings.LastIndexByte(strings.TrimRight(l, "\r"), '\r'); j >= 0 {
			l = l[j+1:]
		}
		lines[i] = strings.TrimRight(l, "\r")
	}
	return strings.Join(lines, "\n")
}

// term drives a REPL through injected terminal streams.
type term struct {
	t    *testing.T
	sess *interp.Session
	in   io.WriteCloser
	proc *os.Process // startProcess: the REPL's process
	out  *screen
	done chan int
}

func startREPL(t *testing.T, history string) *term {
	t.Helper()
	pr, pw := io.Pipe()
	tm := &term{t: t, sess: interp.NewSession([]string{""}, t.TempDir()), in: pw, out: &screen{}, done: make(chan int, 1)}
	go func() {
		tm.done <- Run(Config{Session: tm.sess, Quiet: true, History: history, Stdin: pr, Stdout: tm.out, NoSignals: true})
	}()
	tm.waitFor(PS1)
	t.Cleanup(func() {
		// A failed test may leave the REPL running: end it, and its
		// background threads, before the next test.
		tm.in.Close()
		for {
			select {
			case <-tm.done:
				return
			case <-time.After(10 * time.Millisecond):
				tm.sess.Interrupt()
			}
		}
	})
	return tm
}

// typ types s (keys: "\t" Tab, "\x03" Ctrl-C, "\x04" Ctrl-D).
func (tm *term) typ(s string) {
	tm.t.Helper()
	_, err := tm.in.Write([]byte(s))
	require.NoError(tm.t, err)
}

// waitFor waits until the output contains want (counting from the
// start) and returns the output.
func (tm *term) waitFor(want string) string {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if s := tm.out.text(); strings.Contains(s, want) {
			return s
		}
		time.Sleep(5 * time.Millisecond)
	}
	tm.t.Fatalf("timed out waiting for %q; output:\n%s", want, tm.out.text())
	return ""
}

// waitPrompts waits until n primary prompts have been shown.
func (tm *term) waitPrompts(n int) string {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		s := tm.out.text()
		if strings.Count(s, PS1) >= n {
			return s
		}
		time.Sleep(5 * time.Millisecond)
	}
	tm.t.Fatalf("timed out waiting for %d prompts; output:\n%s", n, tm.out.text())
	return ""
}

// exit sends Ctrl-D and returns the exit status.
func (tm *term) exit() int {
	tm.t.Helper()
	tm.typ("\x04")
	return tm.wait()
}

// wait waits until the REPL has ended and returns its exit status.
func (tm *term) wait() int {
	tm.t.Helper()
	select {
	case code := <-tm.done:
		tm.done <- code // for Cleanup
		return code
	case <-time.After(10 * time.Second):
		tm.t.Fatalf("the REPL did not exit; output:\n%s", tm.out.text())
	}
	return -1
}

func TestEchoAndUnderscore(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("6 * 7\n")
	tm.typ("_ + 1\n")
	tm.typ("None\n")
	tm.typ("'a' + 'b'; 1\n")
	tm.typ("x = 5\n")
	tm.typ("x\n")
	out := tm.waitPrompts(7)
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, ">>> 6 * 7\n42\n>>> _ + 1\n43\n>>> None\n>>> 'a' + 'b'; 1\n'ab'\n1\n>>> x = 5\n>>> x\n5\n>>> ")
}

func TestMultiLineBlocks(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("def f(x):\n    return x * 2\n\n")
	tm.typ("f(21)\n")
	tm.typ("if f(1) > 5:\n    'big'\nelse:\n    'small'\n\n")
	tm.typ("for i in range(3): i\n\n")
	tm.typ("t = (1,\n\n2)\n")
	tm.typ("t\n")
	tm.typ("s = '''a\n\nb'''\n")
	tm.typ("s\n")
	tm.typ("n = 1 + \\\n2\n")
	tm.typ("n\n")
	tm.typ("class A:\n\tdef m(self): return 'm'\n\n")
	tm.typ("A().m()\n")
	tm.typ("@staticmethod\n")
	tm.typ("def g(): pass\n\n")
	tm.typ("g\n")
	out := tm.waitFor(">>> g\n<staticmethod")
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, ">>> def f(x):\n...     return x * 2\n... \n>>> f(21)\n42\n")
	require.Contains(t, out, ">>> if f(1) > 5:\n...     'big'\n... else:\n...     'small'\n... \n'small'\n")
	require.Contains(t, out, ">>> for i in range(3): i\n... \n0\n1\n2\n")
	require.Contains(t, out, ">>> t = (1,\n... \n... 2)\n>>> t\n(1, 2)\n")
	require.Contains(t, out, ">>> s\n'a\\n\\nb'\n")
	require.Contains(t, out, ">>> n\n3\n")
	require.Contains(t, out, "... \n>>> A().m()\n'm'\n")
	require.Contains(t, out, ">>> g\n<staticmethod")
}

func TestErrors(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("1/0\n")
	tm.typ("def f():\n    return undefined_name\n\n")
	tm.typ("f()\n")
	tm.typ("x = (1, 2))\n")
	tm.typ("if True:\nprint(1)\n")
	tm.typ("x = 1 +\n")
	tm.typ("'still here'\n")
	out := tm.waitPrompts(8)
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, ">>> 1/0\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> ")
	require.Contains(t, out, ">>> f()\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 2, in f\nNameError: name 'undefined_name' is not defined\n")
	require.Contains(t, out, ">>> x = (1, 2))\n  File \"<stdin>\", line 1\n    x = (1, 2))\n              ^\nSyntaxError: unmatched ')'\n")
	require.Contains(t, out, "... print(1)\n  File \"<stdin>\", line 2\n    print(1)\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n")
	require.Contains(t, out, ">>> x = 1 +\n  File \"<stdin>\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n>>> 'still here'\n'still here'\n")
}

func TestExit(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("print('bye')\n")
	tm.typ("exit(3)\n")
	require.Equal(t, 3, tm.wait())
	require.Contains(t, tm.out.text(), "bye\n")
}

func TestCtrlCAtPromptClearsLine(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("1 + ")
	tm.waitFor(">>> 1 + ")
	tm.typ("\x03")
	tm.waitFor("KeyboardInterrupt")
	tm.typ("def f():\n")
	tm.waitFor("... ")
	tm.typ("\x03")
	tm.typ("import math\n")
	tm.typ("math.s\t\t") // the list of completions
	tm.waitFor("sqrt")
	tm.typ("\x03")
	tm.typ("2 + 2\n")
	out := tm.waitFor("4\n")
	require.Equal(t, 0, tm.exit())
	require.Equal(t, 3, strings.Count(out, "KeyboardInterrupt\n"), out)
	require.Contains(t, out, ">>> 1 + \nKeyboardInterrupt\n>>> def f():\n... \nKeyboardInterrupt\n>>> ") // no "^C", as CPython
	require.Contains(t, out, ">>> 2 + 2\n4\n")
}

// interrupt calls Session.Interrupt (Ctrl-C) as soon as an input runs.
func (tm *term) interrupt() {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for tm.sess.Interrupt() == 0 {
		if time.Now().After(deadline) {
			tm.t.Fatalf("nothing to interrupt; output:\n%s", tm.out.text())
		}
		time.Sleep(time.Millisecond)
	}
}

func TestInterruptBusyLoop(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("n = 0\n")
	tm.typ("while True: n += 1\n\n")
	tm.waitPrompts(2)
	time.Sleep(20 * time.Millisecond)
	tm.interrupt()
	tm.waitFor("KeyboardInterrupt\n>>> ")
	tm.typ("n > 0\n")
	out := tm.waitFor("True\n")
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n>>> n > 0\nTrue\n")
}

func TestInterruptSleepingGroup(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("import time\n")
	tm.typ("done = []\n")
	tm.typ("def worker(i):\n    try:\n        time.sleep(60)\n    finally:\n        with shield(): done.append(i)\n\n")
	tm.typ("await:\n    for i in range(3):\n        async: worker(i)\n    time.sleep(60)\n\n")
	tm.waitPrompts(4)
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	tm.interrupt()
	tm.waitFor("KeyboardInterrupt\n>>> ")
	require.Less(t, time.Since(start), 5*time.Second)
	tm.typ("sorted(done)\n")
	out := tm.waitFor("[0, 1, 2]\n")
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, "  File \"<stdin>\", line 4, in <module>\nKeyboardInterrupt\n")
}

// startProcess runs a REPL in a child process (this test binary running
// TestHelperREPL), for what leaves the process's global state unusable:
// Ctrl-C during the final join cancels the background group for good.
// Ctrl-C there is a real SIGINT.
func startProcess(t *testing.T) *term {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperREPL$")
	cmd.Env = append(os.Environ(), "SPINDLE_REPL_HELPER=1")
	tm := &term{t: t, out: &screen{}, done: make(chan int, 1)}
	cmd.Stdout, cmd.Stderr = tm.out, tm.out
	in, err := cmd.StdinPipe()
	require.NoError(t, err)
	tm.in = in
	require.NoError(t, cmd.Start())
	tm.proc = cmd.Process
	go func() {
		cmd.Wait()
		tm.done <- cmd.ProcessState.ExitCode()
	}()
	t.Cleanup(func() { cmd.Process.Kill() })
	tm.waitFor(PS1)
	return tm
}

// TestHelperREPL is the REPL of startProcess.
func TestHelperREPL(t *testing.T) {
	if os.Getenv("SPINDLE_REPL_HELPER") != "1" {
		t.Skip("helper process of startProcess")
	}
	sess := interp.NewSession([]string{""}, "")
	os.Exit(Run(Config{Session: sess, Quiet: true, Stdin: os.Stdin, Stdout: os.Stdout}))
}

func TestInterruptCancelsThreadsTheInputStarted(t *testing.T) {
	tm := startProcess(t)
	tm.typ("import time\n")
	tm.typ("def worker():\n    try:\n        time.sleep(60)\n    finally:\n        with shield(): print('worker cleanup')\n\n")
	tm.typ("f = spawn(worker)\n") // an earlier input: keeps running
	tm.typ("g = spawn(worker); time.sleep(60)\n")
	tm.waitPrompts(4)
	time.Sleep(200 * time.Millisecond)
	require.NoError(t, tm.proc.Signal(os.Interrupt))
	tm.waitFor("KeyboardInterrupt\n")
	tm.waitFor("worker cleanup\n")
	tm.typ("g.done(), f.done()\n")
	out := tm.waitFor("(True, False)\n")
	require.Equal(t, 1, strings.Count(out, "worker cleanup\n"), out)
	// Ctrl-D waits for f; Ctrl-C cancels it (exit status 130).
	tm.typ("\x04")
	tm.waitFor("waiting for 1 background thread")
	require.NoError(t, tm.proc.Signal(os.Interrupt))
	require.Equal(t, 130, tm.wait())
	require.Equal(t, 2, strings.Count(tm.out.text(), "worker cleanup\n"), tm.out.text())
}

func TestCtrlDJoinsBackgroundThreads(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("import time\n")
	tm.typ("def bg():\n    time.sleep(0.3)\n    print('background done')\n\n")
	tm.typ("spawn(bg)\n")
	tm.waitFor("<Future")
	code := tm.exit()
	require.Equal(t, 0, code)
	require.Contains(t, tm.out.text(), "background done\n")
}

func TestBackgroundFailurePrintsAtPrompt(t *testing.T) {
	tm := startProcess(t) // BackgroundFailed() stays true
	tm.typ("import time\n")
	tm.typ("def bg():\n    time.sleep(0.1)\n    raise ValueError('boom')\n\n")
	tm.typ("spawn(bg)\n")
	tm.waitFor("<Future")
	tm.typ("x = 1 + ")
	out := tm.waitFor("ValueError: boom\n")
	tm.typ("1\n")
	tm.typ("x\n")
	out = tm.waitFor(">>> x\n2\n")
	require.Contains(t, out, "Exception in thread Thread-")
	require.Equal(t, 1, tm.exit(), "a background failure makes the exit status 1")
}

func TestHistorySavedAndReloaded(t *testing.T) {
	hist := filepath.Join(t.TempDir(), "history")
	tm := startREPL(t, hist)
	tm.typ("40 + 1\n")
	tm.typ("40 + 2\n")
	tm.waitFor("42\n")
	require.Equal(t, 0, tm.exit())
	data, err := os.ReadFile(hist)
	require.NoError(t, err)
	require.Equal(t, "40 + 1\n40 + 2\n", string(data))

	tm = startREPL(t, hist)
	tm.typ("\x1b[A\x1b[A\n") // Up, Up, Enter: 40 + 1
	tm.waitFor("41\n")
	tm.typ("\x12+ 2") // Ctrl-R search
	tm.typ("\n")
	tm.waitFor("42\n")
	require.Equal(t, 0, tm.exit())
}

func TestTabIndentsAndCompletes(t *testing.T) {
	tm := startREPL(t, "")
	tm.typ("answer_value = 42\n")
	tm.typ("answer_v\t\n")
	tm.waitFor(">>> answer_value\n42\n")
	tm.typ("if True:\n\t'indented'\n\n")
	tm.waitFor("'indented'\n")
	tm.typ("import mat\t\n")
	tm.typ("math.flo\t(2.5)\n")
	out := tm.waitFor(">>> math.floor(2.5)\n2\n")
	require.Equal(t, 0, tm.exit())
	require.Contains(t, out, ">>> import math\n")
}

func TestRunFileThenPrompt(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "script.sp")
	require.NoError(t, os.WriteFile(script, []byte("def helper(n):\n    return n * 3\nsecret = 7\n"), 0o644))
	pr, pw := io.Pipe()
	tm := &term{t: t, sess: interp.NewSession([]string{script}, dir), in: pw, out: &screen{}, done: make(chan int, 1)}
	require.NoError(t, tm.sess.RunFile(script))
	go func() {
		tm.done <- Run(Config{Session: tm.sess, Quiet: true, Stdin: pr, Stdout: tm.out, NoSignals: true})
	}()
	tm.typ("helper(secret), __name__, __file__ == " + strconvQuote(script) + "\n")
	tm.waitFor("(21, '__main__', True)\n")
	require.Equal(t, 0, tm.exit())
}

func strconvQuote(s string) string { return "'" + strings.ReplaceAll(s, `\`, `\\`) + "'" }
