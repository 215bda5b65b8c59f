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
	require.NoError(t, spindleBuildErr)
	dir := t.TempDir()
	prog := filepath.Join(dir, "ctrlc.sp")
	require.NoError(t, os.WriteFile(prog, []byte(interruptProgram), 0o644))

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

	lines := strings.Split(strings.TrimSpace(rest.String()), "\n")
	require.ElementsMatch(t, []string{"sleeper finally", "spinner finally", "main finally"}, lines)
	require.Equal(t, "main finally", lines[len(lines)-1], "the group joins its threads before the main finally runs")
	require.Contains(t, stderr.String(), "Traceback (most recent call last):")
	require.True(t, strings.HasSuffix(stderr.String(), "KeyboardInterrupt\n"), stderr.String())
}
