package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// startSignalProgram runs src in a child spindle and returns the command,
// a reader of its stdout and its stderr buffer.
func startSignalProgram(t *testing.T, src string) (*exec.Cmd, *bufio.Reader, *bytes.Buffer) {
	t.Helper()
	require.NoError(t, spindleBuildErr)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sig.sp"), []byte(src), 0o644))
	cmd := exec.Command(spindleBin, "sig.sp")
	cmd.Dir = dir
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	return cmd, bufio.NewReader(stdout), &stderr
}

// waitExit waits (generously) for the child and returns its exit status.
func waitExit(t *testing.T, cmd *exec.Cmd, out *bufio.Reader) (int, string) {
	t.Helper()
	rest, _ := io.ReadAll(out)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("program did not end")
	}
	return cmd.ProcessState.ExitCode(), string(rest)
}

func readLine(t *testing.T, out *bufio.Reader, want string) {
	t.Helper()
	line, err := out.ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, want+"\n", line)
}

// TestSIGINTHandler: signal.signal(SIGINT, handler) replaces
// KeyboardInterrupt; the handler runs, the program goes on, and an
// exception the handler raises (sys.exit(7)) ends the main thread.
func TestSIGINTHandler(t *testing.T) {
	cmd, out, stderr := startSignalProgram(t, `import signal, sys, time
got = []
def handler(signum, frame):
    print("handler", signum == signal.SIGINT, flush=True)
    got.append(signum)
old = signal.signal(signal.SIGINT, handler)
print("ready", old is signal.default_int_handler, flush=True)
while not got:
    time.sleep(0.01)
print("continued", flush=True)
signal.signal(signal.SIGINT, lambda s, f: sys.exit(7))
print("again", flush=True)
try:
    time.sleep(30)
finally:
    print("finally", flush=True)
`)
	readLine(t, out, "ready True")
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	readLine(t, out, "handler True")
	readLine(t, out, "continued")
	readLine(t, out, "again")
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	code, rest := waitExit(t, cmd, out)
	require.Equal(t, "finally\n", rest)
	require.Equal(t, 7, code, stderr.String())
	require.Empty(t, stderr.String())
}

// TestSIGINTIgnored: SIG_IGN makes Ctrl-C do nothing; SIG_DFL brings
// KeyboardInterrupt back.
func TestSIGINTIgnored(t *testing.T) {
	cmd, out, stderr := startSignalProgram(t, `import signal, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
print("ready", flush=True)
time.sleep(1.5)
print("survived", signal.getsignal(signal.SIGINT) == signal.SIG_IGN, flush=True)
signal.signal(signal.SIGINT, signal.SIG_DFL)
print("default again", flush=True)
time.sleep(30)
print("not reached", flush=True)
`)
	readLine(t, out, "ready")
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	readLine(t, out, "survived True")
	readLine(t, out, "default again")
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	code, rest := waitExit(t, cmd, out)
	require.Equal(t, "", rest)
	require.Equal(t, 130, code)
	require.Contains(t, stderr.String(), "KeyboardInterrupt")
}
