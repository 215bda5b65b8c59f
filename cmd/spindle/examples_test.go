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
// Examples that take arguments also get the runs listed in exampleArgRuns
// (inputs under examples/testdata/), each compared the same way with
// examples/testdata/NAME.LABEL.out (and .exit).
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

// exampleRun is one run of an example.
type exampleRun struct {
	label          string   // "" for the run without arguments, else the expectation's infix
	args           []string // command-line arguments (paths relative to the repository root)
	interruptAfter string   // send SIGINT once a stdout line starts with this
}

// exampleRuns sets how the no-argument run of an example is done, when not
// plainly.
var exampleRuns = map[string]exampleRun{
	"shutdown": {interruptAfter: "ready"},
}

// exampleArgRuns are the extra runs with arguments: deterministic inputs
// and error paths (an unreachable URL, a file that is not text).
var exampleArgRuns = map[string][]exampleRun{
	"crawler":      {{label: "refused", args: []string{"http://127.0.0.1:1/"}}},
	"downloader":   {{label: "errors", args: []string{"not-a-url", "http://127.0.0.1:1/x"}}},
	"parallel_cpu": {{label: "size40", args: []string{"40"}}},
	"pipeline":     {{label: "logfile", args: []string{"examples/testdata/pipeline_access.log"}}},
	"wordcount":    {{label: "folder", args: []string{"examples/testdata/wordcount_corpus"}}},
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
	args := append([]string{examplesDir + "/" + name + ".sp"}, run.args...)
	cmd := exec.CommandContext(ctx, spindleBin, args...)
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
	for name := range exampleArgRuns {
		assert.Contains(t, names, name, "exampleArgRuns lists %s, which is not in examples/", name)
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
			checkExampleRun(t, name, exampleRuns[name])
		})
		for _, run := range exampleArgRuns[name] {
			run := run
			t.Run(name+"/"+run.label, func(t *testing.T) {
				t.Parallel()
				checkExampleRun(t, name, run)
			})
		}
	}
}

// checkExampleRun runs one example run and compares it with its
// expectation files (or writes them with -update).
func checkExampleRun(t *testing.T, name string, run exampleRun) {
	t.Helper()
	file := name
	if run.label != "" {
		file += "." + run.label
	}
	stem := filepath.Join(repoRoot, examplesDir, "testdata", file)
	show := strings.Join(append([]string{"examples/" + name + ".sp"}, run.args...), " ")
	r := runExample(t, name, run)
	got := maskTimings(r.stdout)
	if *update {
		writeOrRemove(t, stem+".out", got, true)
		writeOrRemove(t, stem+".exit", strconv.Itoa(r.exit)+"\n", r.exit != 0)
		return
	}
	if _, err := os.Stat(stem + ".out"); errors.Is(err, os.ErrNotExist) {
		t.Fatalf("%s has no expectation: write examples/testdata/%s.out "+
			"(e.g. with -run 'TestExamples/%s$' -update, then read it)", show, file, name)
	}
	wantExit := 0
	if s := strings.TrimSpace(readExpect(t, stem+".exit")); s != "" {
		n, err := strconv.Atoi(s)
		require.NoError(t, err, "bad %s.exit", stem)
		wantExit = n
	}
	assert.Equal(t, readExpect(t, stem+".out"), got, "stdout of %s, timings masked (stderr was:\n%s)", show, r.stderr)
	assert.Equal(t, "", r.stderr, "stderr of %s", show)
	assert.Equal(t, wantExit, r.exit, "exit code of %s", show)
}

func TestMaskTimings(t *testing.T) {
	assert.Equal(t, "done in <secs>, speedup: <ratio>", maskTimings("done in 12.05s, speedup: 1.87x"))
	// Only numbers with a fraction and a unit glued to them are timings.
	assert.Equal(t, "1 s, 3x, 2.5 s, v1.2sx, 0.5sec", maskTimings("1 s, 3x, 2.5 s, v1.2sx, 0.5sec"))
}
