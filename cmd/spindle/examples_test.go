package main

// Example programs: every examples/NAME.sp is run by the spindle binary
// that TestMain builds (golden_test.go), exactly as its header comment
// tells a user to run it — `go run ./cmd/spindle examples/NAME.sp` from the
// repository root, no arguments, empty stdin — and must end with:
//
//	stdout     equal to examples/testdata/NAME.out after masking (below)
//	stderr     empty
//	exit code  examples/testdata/NAME.exit (missing: 0)
//
// Every example must have a NAME.out (a new example without one fails the
// test), a header comment naming the file and its run command, and an
// entry in examples/README.md.
//
// Masking: lines that legitimately vary between runs are timings. In the
// actual stdout, a decimal number written with a fraction and directly
// followed by "s" (a duration, "0.42s") becomes <secs>, and one followed by
// "x" (a ratio, "1.87x") becomes <ratio>; the .out files hold these
// placeholders. Everything else must match byte for byte, so examples
// print shared results in a deterministic order (sorted, in input order, or
// under a lock) rather than in completion order.
//
// An example listed in exampleRuns with interruptAfter is a long-running
// service: the test reads its stdout until a line starting with that
// prefix, then sends SIGINT (Ctrl-C) and expects the rest of its output.
//
// `go test ./cmd/spindle -run TestExamples -update` writes the .out/.exit
// files from the actual (masked) output; read the diff before committing.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	repoRoot       = "../.."
	examplesDir    = "examples"
	exampleTimeout = 30 * time.Second
)

// exampleRun is how the test runs one example, when not the default.
type exampleRun struct {
	interruptAfter string // send SIGINT once a stdout line starts with this
}

var exampleRuns = map[string]exampleRun{
	"shutdown": {interruptAfter: "ready"},
}

var (
	maskSeconds = regexp.MustCompile(`\b\d+\.\d+s\b`)
	maskRatio   = regexp.MustCompile(`\b\d+\.\d+x\b`)
)

// maskTimings replaces durations and ratios by placeholders (see above).
func maskTimings(s string) string {
	s = maskSeconds.ReplaceAllString(s, "<secs>")
	return maskRatio.ReplaceAllString(s, "<ratio>")
}

// exampleNames lists examples/*.sp without the suffix, sorted.
func exampleNames(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(repoRoot, examplesDir, "*.sp"))
	require.NoError(t, err)
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".sp"))
	}
	sort.Strings(names)
	return names
}

// runExample runs one example and returns its result; with interruptAfter
// set it sends SIGINT after the first stdout line with that prefix.
func runExample(t *testing.T, name string, run exampleRun) runResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), exampleTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, spindleBin, examplesDir+"/"+name+".sp")
	cmd.Dir = repoRoot
	cmd.Env = goldenEnv()
	cmd.Stdin = bytes.NewReader(nil)
	cmd.WaitDelay = 2 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stderr = &stderr
	if run.interruptAfter == "" {
		cmd.Stdout = &stdout
		require.NoError(t, cmd.Start())
	} else {
		pipe, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		out := bufio.NewReader(pipe)
		for {
			line, err := out.ReadString('\n')
			stdout.WriteString(line)
			if err != nil {
				break // the program ended (or timed out) without the line
			}
			if strings.HasPrefix(line, run.interruptAfter) {
				require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
				break
			}
		}
		_, _ = stdout.ReadFrom(out)
	}
	err := cmd.Wait()
	if ctx.Err() == context.DeadlineExceeded {
		t.Fatalf("examples/%s.sp: timed out after %v\nstdout so far:\n%s\nstderr so far:\n%s",
			name, exampleTimeout, stdout.String(), stderr.String())
	}
	exit := 0
	if err != nil {
		var ee *exec.ExitError
		require.ErrorAs(t, err, &ee, "examples/%s.sp: cannot run spindle", name)
		exit = ee.ExitCode()
	}
	return runResult{stdout: stdout.String(), stderr: stderr.String(), exit: exit}
}

func TestExamples(t *testing.T) {
	require.NoError(t, spindleBuildErr, "cannot build spindle")
	names := exampleNames(t)
	require.NotEmpty(t, names)
	readme := readExpect(t, filepath.Join(repoRoot, examplesDir, "README.md"))
	for name := range exampleRuns {
		assert.Contains(t, names, name, "exampleRuns lists %s, which is not in examples/", name)
	}
	for _, name := range names {
		name := name
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src := readExpect(t, filepath.Join(repoRoot, examplesDir, name+".sp"))
			assert.True(t, strings.HasPrefix(src, "# "+name+".sp"),
				"examples/%s.sp must start with a header comment `# %s.sp — what it shows`", name, name)
			assert.Contains(t, src, "go run ./cmd/spindle examples/"+name+".sp",
				"the header of examples/%s.sp must say how to run it", name)
			assert.True(t, strings.Contains(readme, name+".sp"), "examples/README.md must list %s.sp", name)

			stem := filepath.Join(repoRoot, examplesDir, "testdata", name)
			r := runExample(t, name, exampleRuns[name])
			got := maskTimings(r.stdout)
			if *update {
				writeOrRemove(t, stem+".out", got, true)
				writeOrRemove(t, stem+".exit", strconv.Itoa(r.exit)+"\n", r.exit != 0)
				return
			}
			if _, err := os.Stat(stem + ".out"); errors.Is(err, os.ErrNotExist) {
				t.Fatalf("examples/%s.sp has no expectation: write examples/testdata/%s.out "+
					"(e.g. with -run 'TestExamples/%s$' -update, then read it)", name, name, name)
			}
			wantExit := 0
			if s := strings.TrimSpace(readExpect(t, stem+".exit")); s != "" {
				n, err := strconv.Atoi(s)
				require.NoError(t, err, "bad %s.exit", stem)
				wantExit = n
			}
			assert.Equal(t, readExpect(t, stem+".out"), got, "stdout of examples/%s.sp, timings masked (stderr was:\n%s)", name, r.stderr)
			assert.Equal(t, "", r.stderr, "stderr of examples/%s.sp", name)
			assert.Equal(t, wantExit, r.exit, "exit code of examples/%s.sp", name)
		})
	}
}

func TestMaskTimings(t *testing.T) {
	assert.Equal(t, "done in <secs>, speedup: <ratio>", maskTimings("done in 12.05s, speedup: 1.87x"))
	// Only numbers with a fraction and a unit glued to them are timings.
	assert.Equal(t, "1 s, 3x, 2.5 s, v1.2sx, 0.5sec", maskTimings("1 s, 3x, 2.5 s, v1.2sx, 0.5sec"))
}
