package main

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// runStdin runs the spindle binary with args and stdin a pipe holding
// input, and returns its stdout, stderr and exit status.
func runStdin(t *testing.T, input string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(spindleBin, args...)
	cmd.Dir = t.TempDir()
	cmd.Env = append(goldenEnv(), "SPINDLE_HISTORY=")
	cmd.Stdin = strings.NewReader(input)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return out.String(), errb.String(), cmd.ProcessState.ExitCode()
}

// As `echo ... | python3`: stdin that is not a terminal is a program,
// run whole, with no banner, prompts or echo of expression values.
func TestPipedStdinIsAProgram(t *testing.T) {
	out, errs, code := runStdin(t, "x = 1\nx\nprint(x + 1)\n1/0\n")
	require.Equal(t, "2\n", out)
	require.Equal(t, "Traceback (most recent call last):\n  File \"<stdin>\", line 4, in <module>\nZeroDivisionError: division by zero\n", errs)
	require.Equal(t, 1, code)
}

// As `python3 -i < file`: the prompt reads the pipe; values are echoed
// on stdout, the banner and the prompts go to stderr.
func TestInteractiveWithPipedStdin(t *testing.T) {
	out, errs, code := runStdin(t, "x = 1\nx\nif x:\n    print(3)\n\nprint('a', end='')\n1/0\n", "-q", "-i")
	require.Equal(t, "1\n3\na", out)
	require.Equal(t, ">>> >>> >>> ... ... >>> >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> \n", errs)
	require.Equal(t, 0, code)

	_, errs, code = runStdin(t, "exit(5)\n", "-i")
	require.True(t, strings.HasPrefix(errs, "Spindle "), errs)
	require.True(t, strings.HasSuffix(errs, "\n>>> "), errs)
	require.Equal(t, 5, code)
}

// A compiler error in a program without a file (stdin, -c) shows no
// source line, as CPython's, whose compiler rereads the line from the
// file; the parser's errors show theirs.
func TestCompilerErrorWithoutFile(t *testing.T) {
	_, errs, code := runStdin(t, "print(1)\nreturn 5\n")
	require.Equal(t, "  File \"<stdin>\", line 2\nSyntaxError: 'return' outside function\n", errs)
	require.Equal(t, 1, code)
	_, errs, _ = runStdin(t, "", "-c", "break")
	require.Equal(t, "  File \"<string>\", line 1\nSyntaxError: 'break' outside loop\n", errs)
	_, errs, _ = runStdin(t, "", "-c", "x = 1 +")
	require.Equal(t, "  File \"<string>\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n", errs)
}
