package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// interruptProgram blocks in a thread group whose children sleep and spin;
// every finally block prints, so the test can check that Ctrl-C cancels
// the whole tree in a structured way.
const interruptProgram = `import time
def sleeper():
    try:
        time.sleep(100)
    finally:
        print("sleeper finally", flush=True)
def spinner():
    try:
        n = 0
        while True:
            n += 1
    finally:
        print("spinner finally", flush=True)
print("ready", flush=True)
try:
    await:
        async: sleeper()
        async: spinner()
finally:
    print("main finally", flush=True)
`

// TestCtrlCCancelsTree sends SIGINT to a running program: every finally
// runs, KeyboardInterrupt's traceback is printed and the exit status is
// 130 (LANGUAGE.md §2.5).
func TestCtrlCCancelsTree(t *testing.T) {
	rest, stderr := interruptRun(t, interruptProgram)
	lines := strings.Split(strings.TrimSpace(rest), "\n")
	require.ElementsMatch(t, []string{"sleeper finally", "spinner finally", "main finally"}, lines)
	require.Equal(t, "main finally", lines[len(lines)-1], "the group joins its threads before the main finally runs")
	require.Contains(t, stderr, "Traceback (most recent call last):")
	require.True(t, strings.HasSuffix(stderr, "KeyboardInterrupt\n"), stderr)
}

// interruptBackgroundProgram ends its main thread by Ctrl-C while a
// threading.Thread and a spawned background thread still run.
const interruptBackgroundProgram = `import threading, time
def sleeper():
    try:
        time.sleep(100)
    finally:
        print("thread finally", flush=True)
def spinner():
    try:
        while True:
            pass
    finally:
        print("spawned finally", flush=True)
t = threading.Thread(target=sleeper)
t.start()
spawn(spinner)
print("ready", flush=True)
t.join()
`

// TestCtrlCCancelsBackgroundThreads: Ctrl-C that ends the main thread
// cancels the background group's threads too (the whole tree, §2.5),
// instead of waiting for them at the program's end.
func TestCtrlCCancelsBackgroundThreads(t *testing.T) {
	rest, stderr := interruptRun(t, interruptBackgroundProgram)
	lines := strings.Split(strings.TrimSpace(rest), "\n")
	require.ElementsMatch(t, []string{"thread finally", "spawned finally"}, lines)
	require.True(t, strings.HasSuffix(stderr, "KeyboardInterrupt\n"), stderr)
}

// interruptRun runs program, sends SIGINT once it printed "ready" and
// returns the rest of its stdout and its stderr; it must exit 130 within
// 20 seconds.
func interruptRun(t *testing.T, program string) (string, string) {
	t.Helper()
	require.NoError(t, spindleBuildErr)
	dir := t.TempDir()
	prog := filepath.Join(dir, "ctrlc.sp")
	require.NoError(t, os.WriteFile(prog, []byte(program), 0o644))

	cmd := exec.Command(spindleBin, "ctrlc.sp")
	cmd.Dir = dir
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())

	out := bufio.NewReader(stdout)
	line, err := out.ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "ready\n", line)
	// The children may not have started yet; a short pause makes the
	// test exercise cancellation of running threads, and a later signal
	// only makes it stricter, never flaky.
	time.Sleep(200 * time.Millisecond)
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))

	var rest bytes.Buffer
	_, _ = rest.ReadFrom(out)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("program did not end after SIGINT")
	}
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	require.Equal(t, 130, ee.ExitCode())
	return rest.String(), stderr.String()
}
