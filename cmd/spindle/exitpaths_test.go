package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// Exit paths that need a signal or a pipe from outside the program
// (issue #10, docs/RELIABILITY.md): SIGTERM, a second signal, Ctrl-C with
// unclosed files, a broken stdout pipe, and print's atomicity under many
// threads. Golden programs cover the rest (testdata/exit,
// testdata/spindle_exit).

// started is a spindle process whose first stdout line ("ready") has
// been read.
type started struct {
	cmd    *exec.Cmd
	dir    string
	out    *bufio.Reader
	stderr *bytes.Buffer
}

// startProgram writes src to a temporary folder, runs it and waits for
// its first line, which must be "ready".
func startProgram(t *testing.T, src string) *started {
	t.Helper()
	require.NoError(t, spindleBuildErr)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "prog.sp"), []byte(src), 0o644))
	cmd := exec.Command(spindleBin, "prog.sp")
	cmd.Dir = dir
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	out := bufio.NewReader(stdout)
	line, err := out.ReadString('\n')
	require.NoError(t, err, "stderr: %s", stderr.String())
	require.Equal(t, "ready\n", line)
	return &started{cmd: cmd, dir: dir, out: out, stderr: &stderr}
}

// finish reads the rest of stdout and waits for the exit status.
func (p *started) finish(t *testing.T) (rest string, status int) {
	t.Helper()
	var b bytes.Buffer
	_, _ = b.ReadFrom(p.out)
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		if err == nil {
			return b.String(), 0
		}
		var ee *exec.ExitError
		require.ErrorAs(t, err, &ee)
		return b.String(), ee.ExitCode()
	case <-time.After(20 * time.Second):
		_ = p.cmd.Process.Kill()
		t.Fatal("program did not end")
	}
	return "", -1
}

func (p *started) signal(t *testing.T, sig syscall.Signal) {
	t.Helper()
	require.NoError(t, p.cmd.Process.Signal(sig))
}

func (p *started) readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(p.dir, name))
	require.NoError(t, err)
	return string(b)
}

// treeProgram is interruptProgram (a group of a sleeping and a spinning
// thread; every finally prints) with a file it never closes.
const treeProgram = `f = open("unclosed.txt", "w")
f.write("written, never closed")
` + interruptProgram

// TestSIGTERMCancelsTree: SIGTERM raises SystemExit(143) in the main
// thread: the tree is cancelled (every finally runs), nothing is printed
// on stderr, unclosed files are flushed and the status is 143.
func TestSIGTERMCancelsTree(t *testing.T) {
	p := startProgram(t, treeProgram)
	time.Sleep(200 * time.Millisecond) // let the children start (a later signal is only stricter)
	p.signal(t, syscall.SIGTERM)
	rest, status := p.finish(t)
	require.Equal(t, 143, status)
	lines := strings.Split(strings.TrimSpace(rest), "\n")
	require.ElementsMatch(t, []string{"sleeper finally", "spinner finally", "main finally"}, lines)
	require.Equal(t, "main finally", lines[len(lines)-1])
	require.Empty(t, p.stderr.String())
	require.Equal(t, "written, never closed", p.readFile(t, "unclosed.txt"))
}

// TestCtrlCFlushesFiles: Ctrl-C also flushes files left open.
func TestCtrlCFlushesFiles(t *testing.T) {
	p := startProgram(t, treeProgram)
	time.Sleep(200 * time.Millisecond)
	p.signal(t, syscall.SIGINT)
	_, status := p.finish(t)
	require.Equal(t, 130, status)
	require.True(t, strings.HasSuffix(p.stderr.String(), "KeyboardInterrupt\n"), p.stderr.String())
	require.Equal(t, "written, never closed", p.readFile(t, "unclosed.txt"))
}

// TestSecondSIGTERMExitsAtOnce: a program that swallows the first
// SystemExit is ended by the second SIGTERM, still flushing its files.
func TestSecondSIGTERMExitsAtOnce(t *testing.T) {
	p := startProgram(t, `import time
f = open("unclosed.txt", "w")
f.write("flushed by the second signal")
print("ready", flush=True)
while True:
    try:
        time.sleep(100)
    except SystemExit:
        print("swallowed", flush=True)
`)
	p.signal(t, syscall.SIGTERM)
	line, err := p.out.ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "swallowed\n", line)
	p.signal(t, syscall.SIGTERM)
	_, status := p.finish(t)
	require.Equal(t, 143, status)
	require.Equal(t, "flushed by the second signal", p.readFile(t, "unclosed.txt"))
}

// TestSIGTERMHandlerOverrides: signal.signal(SIGTERM, handler) replaces
// the interpreter's handling; an exception the handler raises
// (sys.exit(7)) is raised in the main thread, as in CPython.
func TestSIGTERMHandlerOverrides(t *testing.T) {
	p := startProgram(t, `import signal, sys, time
def on_term(signum, frame):
    print("handler", signum, flush=True)
    sys.exit(7)
signal.signal(signal.SIGTERM, on_term)
print("ready", flush=True)
try:
    time.sleep(100)
finally:
    print("main finally")
`)
	p.signal(t, syscall.SIGTERM)
	rest, status := p.finish(t)
	require.Equal(t, 7, status)
	require.Equal(t, "handler 15\nmain finally\n", rest)
	require.Empty(t, p.stderr.String())

}

// TestSIGTERMIgnored: with SIG_IGN the signal does nothing; SIG_DFL
// brings back the interpreter's SystemExit(143).
func TestSIGTERMIgnored(t *testing.T) {
	require.NoError(t, spindleBuildErr)
	dir := t.TempDir()
	src := `import signal, sys, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
print("ready", flush=True)
sys.stdin.readline()
print("ignored", flush=True)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
print("default again", flush=True)
try:
    time.sleep(100)
finally:
    print("finally")
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "prog.sp"), []byte(src), 0o644))
	cmd := exec.Command(spindleBin, "prog.sp")
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	out := bufio.NewReader(stdout)
	expectLine := func(want string) {
		line, err := out.ReadString('\n')
		require.NoError(t, err, stderr.String())
		require.Equal(t, want+"\n", line)
	}
	expectLine("ready")
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	// The process survives the ignored signal: it still reads its input.
	time.Sleep(100 * time.Millisecond)
	_, err = io.WriteString(stdin, "go on\n")
	require.NoError(t, err)
	expectLine("ignored")
	expectLine("default again")
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	p := &started{cmd: cmd, dir: dir, out: out, stderr: &stderr}
	rest, status := p.finish(t)
	require.Equal(t, 143, status)
	require.Equal(t, "finally\n", rest)
}

// brokenPipeStatus runs src with stdout read by a reader that takes one
// line and closes the pipe (like `spindle prog.sp | head -1`), and
// returns the exit status and stderr.
func brokenPipeStatus(t *testing.T, src string) (int, string) {
	t.Helper()
	require.NoError(t, spindleBuildErr)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "prog.sp"), []byte(src), 0o644))
	cmd := exec.Command(spindleBin, "prog.sp")
	cmd.Dir = dir
	r, w, err := os.Pipe()
	require.NoError(t, err)
	cmd.Stdout = w
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	w.Close()
	line, err := bufio.NewReader(r).ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "0\n", line)
	r.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("program did not end after its stdout pipe broke")
	}
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "stderr: %s", stderr.String())
	return ee.ExitCode(), stderr.String()
}

// TestBrokenPipeQuiet: a broken stdout pipe raises BrokenPipeError in
// the writing thread (finally blocks run, files are flushed); uncaught it
// ends the program quietly with status 1 — from the main thread, from
// async: children and from background threads.
func TestBrokenPipeQuiet(t *testing.T) {
	status, stderr := brokenPipeStatus(t, `for i in range(1000000):
    print(i)
`)
	require.Equal(t, 1, status)
	require.Empty(t, stderr)

	status, stderr = brokenPipeStatus(t, `import sys
print(0, flush=True)
def printer(k):
    for i in range(1000000):
        print(k, i)
await:
    for k in range(4):
        async: printer(k)
`)
	require.Equal(t, 1, status)
	require.Empty(t, stderr)

	status, stderr = brokenPipeStatus(t, `import sys, threading
print(0, flush=True)
def printer():
    for i in range(1000000):
        sys.stdout.write("%d\n" % i)
t = threading.Thread(target=printer)
t.start()
t.join()
f = open("after.txt", "w")
f.write("main ends normally")
`)
	require.Equal(t, 1, status, "output was lost: a normal end still exits 1")
	require.Empty(t, stderr)

	// The program may catch it and go on; finally blocks run.
	status, stderr = brokenPipeStatus(t, `import sys
try:
    for i in range(1000000):
        print(i)
except BrokenPipeError as e:
    sys.stderr.write("caught %s\n" % type(e).__name__)
    sys.exit(3)
`)
	require.Equal(t, 3, status)
	require.Equal(t, "caught BrokenPipeError\n", stderr)
}

// TestPrintAtomic: each print call (and each sys.stdout.write, and
// print to sys.stderr) is one atomic write: 16 threads printing long
// lines with several arguments and end= never interleave mid-line.
func TestPrintAtomic(t *testing.T) {
	require.NoError(t, spindleBuildErr)
	dir := t.TempDir()
	src := `import sys
N = 2000
def worker(k):
    pad = chr(ord("a") + k) * 60
    for i in range(N):
        if i % 3 == 0:
            print("T%02d" % k, i, pad, "end", sep="|", end="|$\n")
        elif i % 3 == 1:
            sys.stdout.write("T%02d|%d|%s|end|$\n" % (k, i, pad))
        else:
            print("T%02d" % k, i, pad, "end", sep="|", end="|$\n", file=sys.stderr)
await:
    for k in range(16):
        async: worker(k)
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "prog.sp"), []byte(src), 0o644))
	cmd := exec.Command(spindleBin, "prog.sp")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run())
	seen := map[string]bool{}
	check := func(stream string, text string) int {
		n := 0
		for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
			parts := strings.Split(line, "|")
			require.Len(t, parts, 5, "%s line %q", stream, line)
			k := parts[0]
			require.Equal(t, strings.Repeat(string(rune('a'+atoi(t, k[1:]))), 60), parts[2], line)
			require.Equal(t, "end", parts[3], line)
			require.Equal(t, "$", parts[4], line)
			require.False(t, seen[k+" "+parts[1]], "duplicate %s", line)
			seen[k+" "+parts[1]] = true
			n++
		}
		return n
	}
	nOut := check("stdout", stdout.String())
	nErr := check("stderr", stderr.String())
	require.Equal(t, 16*2000, nOut+nErr)
	require.Equal(t, 16*(2000/3), nErr)
}

func atoi(t *testing.T, s string) int {
	n := 0
	for _, c := range s {
		require.True(t, c >= '0' && c <= '9', s)
		n = n*10 + int(c-'0')
	}
	return n
}

// TestSecondSignalEndsBlockedWriter: a thread blocked writing to a full
// stdout pipe (the reader never reads) does not see the first Ctrl-C,
// but the second one still ends the process (130), even though that
// thread holds sys.stdout's lock.
func TestSecondSignalEndsBlockedWriter(t *testing.T) {
	require.NoError(t, spindleBuildErr)
	dir := t.TempDir()
	src := `import sys
sys.stderr.write("ready\n")
while True:
    print("x" * 1000)
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "prog.sp"), []byte(src), 0o644))
	cmd := exec.Command(spindleBin, "prog.sp")
	cmd.Dir = dir
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close() // never read: the pipe fills up
	cmd.Stdout = w
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	w.Close()
	line, err := bufio.NewReader(stderr).ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "ready\n", line)
	time.Sleep(300 * time.Millisecond) // the pipe is full by now
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	time.Sleep(300 * time.Millisecond)
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("the second SIGINT did not end the program")
	}
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	require.Equal(t, 130, ee.ExitCode())
}
