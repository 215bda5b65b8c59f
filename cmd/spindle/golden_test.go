package main

// Golden tests: every program testdata/<area>/<name>.sp that has a
// <name>.out and/or <name>.err sibling is run by the spindle binary, exactly
// as `cd testdata/<area> && spindle <name>.sp` (empty stdin, SPINDLEPATH
// unset, 30 s timeout), and its stdout, stderr and exit code are compared
// with the expectation files:
//
//	<name>.out   expected stdout (missing: stdout must be empty)
//	<name>.err   expected stderr (missing: stderr must be empty)
//	<name>.exit  expected exit code (missing: 1 if <name>.err exists, else 0)
//
// A .sp file with neither .out nor .err is not a test (helper modules that
// other tests import, package __init__.sp files, ...) and is skipped.
// testdata/fuzz is skipped entirely. See testdata/README.md for how the
// expectations are produced (CPython 3.11 is the oracle for the Python core).
//
// testdata/KNOWN_FAILURES lists, one area/name a line, programs whose
// expectation is right but which Spindle does not meet yet (a feature of an
// open issue). They still run: a listed program must still fail (its
// mismatch is logged), and one that starts passing fails the test until it
// is removed from the list, so the list can only shrink.
//
// `go test ./cmd/spindle -run TestGolden -update` rewrites the expectation
// files from spindle's actual behaviour; use it for Spindle-only tests and
// read the diff before committing.

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden .out/.err/.exit files from spindle's actual output")

const (
	goldenRoot    = "../../testdata"
	goldenTimeout = 30 * time.Second
	minCorpusSize = 150
)

var (
	spindleBin      string // path of the binary built by TestMain
	spindleBuildErr error  // why it could not be built
)

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "spindle-golden-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "golden: mkdtemp:", err)
		os.Exit(2)
	}
	spindleBin = filepath.Join(dir, "spindle")
	if runtime.GOOS == "windows" {
		spindleBin += ".exe"
	}
	buildArgs := []string{"build", "-o", spindleBin}
	if os.Getenv("SPINDLE_GOLDEN_RACE") != "" {
		// .ci/run runs the concurrent areas with a race-enabled binary: a
		// data race makes the program fail its golden comparison.
		buildArgs = append(buildArgs, "-race")
	}
	build := exec.Command("go", append(buildArgs, ".")...)
	if out, err := build.CombinedOutput(); err != nil {
		spindleBuildErr = fmt.Errorf("go build: %v\n%s", err, out)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// goldenCase is one program of the corpus.
type goldenCase struct {
	name string // area/name (path relative to testdata, without .sp)
	dir  string // folder of the program
	base string // file name of the program, e.g. "name.sp"
	stem string // path without the .sp suffix
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// collectGolden walks testdata and returns every .sp file that has an .out
// or .err sibling, sorted by name.
func collectGolden(t *testing.T) []goldenCase {
	t.Helper()
	var cases []goldenCase
	err := filepath.WalkDir(goldenRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != goldenRoot && d.Name() == "fuzz" && filepath.Dir(path) == filepath.Clean(goldenRoot) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".sp") {
			return nil
		}
		stem := strings.TrimSuffix(path, ".sp")
		if !fileExists(stem+".out") && !fileExists(stem+".err") {
			return nil // helper module, not a test
		}
		rel, err := filepath.Rel(goldenRoot, stem)
		if err != nil {
			return err
		}
		cases = append(cases, goldenCase{
			name: filepath.ToSlash(rel),
			dir:  filepath.Dir(path),
			base: filepath.Base(path),
			stem: stem,
		})
		return nil
	})
	require.NoError(t, err)
	sort.Slice(cases, func(i, j int) bool { return cases[i].name < cases[j].name })
	return cases
}

// readExpect returns the content of path, or "" when it does not exist.
func readExpect(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return ""
	}
	require.NoError(t, err)
	return string(b)
}

// expectedExit is the exit code a case must end with.
func expectedExit(t *testing.T, c goldenCase) int {
	t.Helper()
	if s := strings.TrimSpace(readExpect(t, c.stem+".exit")); s != "" {
		n, err := strconv.Atoi(s)
		require.NoError(t, err, "bad %s.exit", c.stem)
		return n
	}
	if fileExists(c.stem + ".err") {
		return 1
	}
	return 0
}

// goldenEnv is the environment the programs run in: ours minus SPINDLEPATH.
func goldenEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "SPINDLEPATH=") {
			continue
		}
		env = append(env, kv)
	}
	return env
}

type runResult struct {
	stdout, stderr string
	exit           int
}

func runSpindle(t *testing.T, c goldenCase) runResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), goldenTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, spindleBin, c.base)
	cmd.Dir = c.dir
	cmd.Env = goldenEnv()
	cmd.Stdin = bytes.NewReader(nil)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.WaitDelay = 2 * time.Second
	err := cmd.Run()
	if ctx.Err() == context.DeadlineExceeded {
		t.Fatalf("%s: timed out after %v\nstdout so far:\n%s\nstderr so far:\n%s",
			c.name, goldenTimeout, stdout.String(), stderr.String())
	}
	exit := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("%s: cannot run spindle: %v", c.name, err)
		}
		exit = ee.ExitCode()
	}
	return runResult{stdout: stdout.String(), stderr: stderr.String(), exit: exit}
}

// writeOrRemove writes content to path, or removes path when keep is false.
func writeOrRemove(t *testing.T, path, content string, keep bool) {
	t.Helper()
	if keep {
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
		return
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		require.NoError(t, err)
	}
}

func updateGolden(t *testing.T, c goldenCase, r runResult) {
	t.Helper()
	hasErr := r.stderr != ""
	// Keep an .out when there is output, or when it is the only marker
	// that makes the program a test.
	writeOrRemove(t, c.stem+".out", r.stdout, r.stdout != "" || !hasErr)
	writeOrRemove(t, c.stem+".err", r.stderr, hasErr)
	def := 0
	if hasErr {
		def = 1
	}
	writeOrRemove(t, c.stem+".exit", strconv.Itoa(r.exit)+"\n", r.exit != def)
}

// knownFailures reads testdata/KNOWN_FAILURES (blank lines and # comments
// ignored).
func knownFailures(t *testing.T) map[string]bool {
	t.Helper()
	known := map[string]bool{}
	for _, line := range strings.Split(readExpect(t, filepath.Join(goldenRoot, "KNOWN_FAILURES")), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			known[line] = true
		}
	}
	return known
}

func TestGolden(t *testing.T) {
	require.NoError(t, spindleBuildErr, "cannot build spindle")
	cases := collectGolden(t)
	known := knownFailures(t)
	names := map[string]bool{}
	for _, c := range cases {
		names[c.name] = true
	}
	for name := range known {
		if !names[name] {
			t.Errorf("testdata/KNOWN_FAILURES lists %s, which is not a golden program", name)
		}
	}
	for _, c := range cases {
		c := c
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			r := runSpindle(t, c)
			if *update {
				updateGolden(t, c, r)
				return
			}
			wantOut := readExpect(t, c.stem+".out")
			wantErr := readExpect(t, c.stem+".err")
			wantExit := expectedExit(t, c)
			if known[c.name] {
				if r.stdout == wantOut && r.stderr == wantErr && r.exit == wantExit {
					t.Errorf("%s now passes: remove it from testdata/KNOWN_FAILURES", c.name)
				} else {
					t.Logf("known failure (testdata/KNOWN_FAILURES); stderr:\n%s", r.stderr)
				}
				return
			}
			// assert (not require) so one run reports all three mismatches.
			assert.Equal(t, wantOut, r.stdout, "stdout of %s.sp (stderr was:\n%s)", c.stem, r.stderr)
			assert.Equal(t, wantErr, r.stderr, "stderr of %s.sp", c.stem)
			assert.Equal(t, wantExit, r.exit, "exit code of %s.sp", c.stem)
		})
	}
}

func TestGoldenCorpusSize(t *testing.T) {
	cases := collectGolden(t)
	require.GreaterOrEqual(t, len(cases), minCorpusSize,
		"the golden corpus under testdata/ should hold at least %d programs", minCorpusSize)
}
