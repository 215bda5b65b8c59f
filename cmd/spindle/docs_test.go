package main

// Docs tests: the user guide in docs/*.md cannot rot, because every example
// in it is run by the spindle binary that TestMain builds, and its output is
// compared with the output the guide shows. The fenced code blocks follow
// this convention (the first word of the info string decides):
//
//	```python          a Spindle program, run as `spindle example.sp` in a
//	                   fresh folder per page. If the next block (only blank
//	                   lines between) is an ```output block, stdout and
//	                   stderr together (one pipe, in the order written) must
//	                   equal it and the exit status must be 0, or N for
//	                   ```output exit=N. Without an output block the program
//	                   must print nothing and exit 0.
//	```python file=NAME   saved as NAME (so tracebacks say NAME) in the
//	                   page's folder, where it stays for later blocks
//	                   (imports, ```console commands); it is run only when
//	                   an ```output block follows.
//	```python cpython  CPython code shown for comparison: run with python3
//	                   (when it is installed), it must print the ```output
//	                   block that follows it or else, as a side-by-side
//	                   translation, the output shown for the next Spindle
//	                   program of the page.
//	```python norun    not run: fragments.
//	```pycon           an interactive session: the lines after ">>> " and
//	                   "... " (a bare "..." is an empty line) are fed to
//	                   `spindle -q -i` on stdin; the other lines are the
//	                   expected output.
//	```pycon file=NAME the same after running NAME, a file saved by an
//	                   earlier block (`spindle -q -i NAME`).
//	```console         shell commands: each "$ spindle ARGS" line is run
//	                   (ARGS split like sh, with '…' and "…" quotes) in the
//	                   page's folder; the lines up to the next "$ " are its
//	                   expected stdout and stderr. Every command must be
//	                   spindle; use ```sh for anything else.
//	anything else      (sh, go, text, output without a program) not run.
//
// In expected output, "..." inside a line matches any text on that line,
// and a line that is only "..." matches any number of lines (not in pycon
// blocks, where such a line is a continuation prompt); use them for
// addresses and other values that change from run to run.
//
// Blocks of one page run in order in one folder; pages run in parallel.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/require"
)

const (
	docsRoot    = "../../docs"
	docsTimeout = 10 * time.Second
)

// docBlock is one fenced code block of a page.
type docBlock struct {
	line int    // line of the opening fence (1-based)
	info string // info string of the fence
	body string // content, with a final newline
}

// kind is the first word of the info string.
func (b docBlock) kind() string {
	f := strings.Fields(b.info)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// attr returns the value of key=value in the info string, or "" (and
// whether a bare word key is present).
func (b docBlock) attr(key string) (string, bool) {
	for _, f := range strings.Fields(b.info)[1:] {
		if f == key {
			return "", true
		}
		if v, ok := strings.CutPrefix(f, key+"="); ok {
			return v, true
		}
	}
	return "", false
}

var fenceRE = regexp.MustCompile("^(```+|~~~+)\\s*(.*)$")

// parseBlocks returns the fenced code blocks of a Markdown page, and for
// each one whether it is followed by nothing but blank lines before the
// next block.
func parseBlocks(t *testing.T, path string) (blocks []docBlock, adjacent []bool) {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var (
		in       bool
		fence    string
		cur      docBlock
		body     strings.Builder
		gapClean = false // only blank lines since the last block closed
	)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if !in {
			if m := fenceRE.FindStringSubmatch(line); m != nil {
				in, fence = true, m[1]
				cur = docBlock{line: n, info: strings.TrimSpace(m[2])}
				body.Reset()
				adjacent = append(adjacent, gapClean && len(blocks) > 0)
				continue
			}
			if strings.TrimSpace(line) != "" {
				gapClean = false
			}
			continue
		}
		if strings.HasPrefix(line, fence) && strings.TrimSpace(line[len(fence):]) == "" {
			in = false
			cur.body = body.String()
			blocks = append(blocks, cur)
			gapClean = true
			continue
		}
		body.WriteString(line)
		body.WriteByte('\n')
	}
	require.NoError(t, sc.Err())
	require.False(t, in, "%s: unclosed code block", path)
	return blocks, adjacent
}

// outputPattern turns expected output with "..." wildcards into an
// anchored regular expression.
func outputPattern(want string) *regexp.Regexp {
	var re strings.Builder
	re.WriteString(`\A`)
	lines := strings.SplitAfter(want, "\n")
	for _, l := range lines {
		if strings.TrimRight(l, "\n") == "..." {
			re.WriteString(`(?:.*\n)*?`)
			continue
		}
		parts := strings.Split(l, "...")
		for i, p := range parts {
			if i > 0 {
				re.WriteString(`.*?`)
			}
			re.WriteString(regexp.QuoteMeta(p))
		}
	}
	re.WriteString(`\z`)
	return regexp.MustCompile(re.String())
}

// checkOutput compares actual output with the expected text of the guide.
func checkOutput(t *testing.T, where, want, got string, wildcards bool) {
	t.Helper()
	if got == want {
		return
	}
	if wildcards && strings.Contains(want, "...") && outputPattern(want).MatchString(got) {
		return
	}
	t.Errorf("%s: output differs\n--- the guide shows:\n%s--- the program printed:\n%s", where, want, got)
}

// runDoc runs the spindle binary with args in dir, stdin as given, and
// returns stdout and stderr interleaved plus the exit status.
func runDoc(t *testing.T, where, dir string, stdin string, args ...string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), docsTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, spindleBin, args...)
	cmd.Dir = dir
	cmd.Env = append(goldenEnv(), "SPINDLE_HISTORY=")
	cmd.Stdin = strings.NewReader(stdin)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out // the same writer: exec gives both one pipe
	cmd.WaitDelay = 2 * time.Second
	err := cmd.Run()
	if ctx.Err() == context.DeadlineExceeded {
		t.Fatalf("%s: timed out after %v; output so far:\n%s", where, docsTimeout, out.String())
	}
	exit := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("%s: cannot run spindle: %v", where, err)
		}
		exit = ee.ExitCode()
	}
	return out.String(), exit
}

// shellWords splits a command line like sh: blanks separate words, '…'
// quotes literally, "…" quotes with \" and \\ escapes.
func shellWords(s string) ([]string, error) {
	var (
		words []string
		cur   strings.Builder
		have  bool
	)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			if have {
				words = append(words, cur.String())
				cur.Reset()
				have = false
			}
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("unclosed ' in %q", s)
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			have = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\') {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i == len(s) {
				return nil, fmt.Errorf("unclosed \" in %q", s)
			}
			have = true
		default:
			cur.WriteByte(c)
			have = true
		}
	}
	if have {
		words = append(words, cur.String())
	}
	return words, nil
}

// runConsole runs the "$ spindle ..." commands of a console block.
func runConsole(t *testing.T, where, dir, body string) {
	t.Helper()
	type command struct {
		args []string
		want strings.Builder
	}
	var cmds []*command
	for _, line := range strings.SplitAfter(body, "\n") {
		if line == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "$ "); ok {
			words, err := shellWords(strings.TrimRight(rest, "\n"))
			require.NoError(t, err, where)
			require.True(t, len(words) > 0 && words[0] == "spindle",
				"%s: a console block runs only spindle commands (use ```sh): %s", where, line)
			cmds = append(cmds, &command{args: words[1:]})
			continue
		}
		require.NotEmpty(t, cmds, "%s: output before the first $ command", where)
		cmds[len(cmds)-1].want.WriteString(line)
	}
	for _, c := range cmds {
		got, _ := runDoc(t, where, dir, "", c.args...)
		checkOutput(t, where+" $ spindle "+strings.Join(c.args, " "), c.want.String(), got, true)
	}
}

// runPycon replays an interactive session through `spindle -q -i`.
func runPycon(t *testing.T, where, dir, body, script string) {
	t.Helper()
	var in, want strings.Builder
	for _, line := range strings.SplitAfter(body, "\n") {
		switch {
		case line == "":
		case strings.HasPrefix(line, ">>> "), strings.HasPrefix(line, "... "):
			in.WriteString(line[4:])
		case strings.TrimRight(line, "\n") == ">>>", strings.TrimRight(line, "\n") == "...":
			in.WriteString("\n")
		default:
			want.WriteString(line)
		}
	}
	args := []string{"-q", "-i"}
	if script != "" {
		args = append(args, script)
	}
	got, _ := runDoc(t, where, dir, in.String(), args...)
	checkOutput(t, where, want.String(), stripPrompts(got), false)
}

// pyconPrompts are the prompts `spindle -i` writes to stderr before each
// line it reads from a pipe, as CPython does.
var pyconPrompts = regexp.MustCompile(`(?m)^(?:(?:>>>|\.\.\.) )+`)

// stripPrompts removes the prompts from a session's output, and the
// last one's line, ended at the end of the input.
func stripPrompts(out string) string {
	return pyconPrompts.ReplaceAllString(strings.TrimSuffix(out, ">>> \n"), "")
}

// followingOutput returns the ```output block right after blocks[i], if
// any, and the exit status it expects.
func followingOutput(t *testing.T, where string, blocks []docBlock, adjacent []bool, i int) (want string, exit int, ok bool) {
	t.Helper()
	if i+1 >= len(blocks) || !adjacent[i+1] || blocks[i+1].kind() != "output" {
		return "", 0, false
	}
	if v, has := blocks[i+1].attr("exit"); has {
		n, err := strconv.Atoi(v)
		require.NoError(t, err, "%s: bad exit= on the output block", where)
		exit = n
	}
	return blocks[i+1].body, exit, true
}

// runCPython runs a block of CPython code with python3, which must be
// Python 3.11 or later (asyncio.timeout); without python3 the block is
// reported in the log and not checked.
func runCPython(t *testing.T, where, dir string, b docBlock, blocks []docBlock, adjacent []bool, i int) {
	t.Helper()
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Logf("%s: python3 not found; CPython block not checked", where)
		return
	}
	want, wantExit, ok := followingOutput(t, where, blocks, adjacent, i)
	for j := i + 1; !ok && j < len(blocks); j++ {
		if blocks[j].kind() == "python" && len(strings.Fields(blocks[j].info)) == 1 {
			want, wantExit, ok = followingOutput(t, where, blocks, adjacent, j)
			break
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), docsTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, "-c", b.body)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	cmd.WaitDelay = 2 * time.Second
	err = cmd.Run()
	exit := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("%s: cannot run python3: %v", where, err)
		}
		exit = ee.ExitCode()
	}
	if exit != wantExit {
		t.Errorf("%s: python3 exit status %d, the guide expects %d; output:\n%s", where, exit, wantExit, out.String())
		return
	}
	checkOutput(t, where+" (python3)", want, out.String(), true)
}

// runPage runs every executable block of one page in order.
func runPage(t *testing.T, page string) {
	blocks, adjacent := parseBlocks(t, filepath.Join(docsRoot, page))
	dir := t.TempDir()
	for i, b := range blocks {
		where := fmt.Sprintf("docs/%s:%d", page, b.line)
		switch b.kind() {
		case "python":
			if _, norun := b.attr("norun"); norun {
				continue
			}
			if _, cpython := b.attr("cpython"); cpython {
				runCPython(t, where, dir, b, blocks, adjacent, i)
				continue
			}
			name, keep := b.attr("file")
			if name == "" {
				name = "example.sp"
			}
			require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(b.body), 0o644))
			want, wantExit, hasOutput := followingOutput(t, where, blocks, adjacent, i)
			if keep && !hasOutput {
				continue // a module or a program for a later console block
			}
			got, exit := runDoc(t, where, dir, "", name)
			checkOutput(t, where, want, got, true)
			if exit != wantExit {
				t.Errorf("%s: exit status %d, the guide expects %d", where, exit, wantExit)
			}
			if !keep {
				os.Remove(filepath.Join(dir, name))
			}
		case "pycon":
			script, _ := b.attr("file")
			runPycon(t, where, dir, b.body, script)
		case "console":
			runConsole(t, where, dir, b.body)
		}
	}
}

// docPages lists docs/*.md.
func docPages(t *testing.T) []string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(docsRoot, "*.md"))
	require.NoError(t, err)
	var pages []string
	for _, m := range matches {
		pages = append(pages, filepath.Base(m))
	}
	sort.Strings(pages)
	return pages
}

func TestDocs(t *testing.T) {
	require.NoError(t, spindleBuildErr, "cannot build spindle")
	pages := docPages(t)
	require.NotEmpty(t, pages, "no docs/*.md")
	for _, page := range pages {
		page := page
		t.Run(page, func(t *testing.T) {
			t.Parallel()
			runPage(t, page)
		})
	}
}

// TestDocsIndex checks that docs/README.md links to every page of the guide.
func TestDocsIndex(t *testing.T) {
	index, err := os.ReadFile(filepath.Join(docsRoot, "README.md"))
	require.NoError(t, err)
	for _, page := range docPages(t) {
		if page == "README.md" {
			continue
		}
		if !strings.Contains(string(index), "("+page+")") && !strings.Contains(string(index), "("+page+"#") {
			t.Errorf("docs/README.md does not link to %s", page)
		}
	}
}

// TestDocsConventions checks the parser of the convention above on a
// small page, so a mistake in it cannot silently skip the guide's blocks.
func TestDocsConventions(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "p.md")
	require.NoError(t, os.WriteFile(page, []byte("text\n```python file=a.sp\nprint(1)\n```\n\n```output exit=3\n1\n```\nmore\n```sh\nls\n```\n"), 0o644))
	blocks, adjacent := parseBlocks(t, page)
	require.Len(t, blocks, 3)
	require.Equal(t, []bool{false, true, false}, adjacent)
	name, _ := blocks[0].attr("file")
	require.Equal(t, "a.sp", name)
	exit, _ := blocks[1].attr("exit")
	require.Equal(t, "3", exit)
	require.Equal(t, "python", blocks[0].kind())
	require.Equal(t, "print(1)\n", blocks[0].body)

	require.True(t, outputPattern("a ... c\n...\nend\n").MatchString("a bb c\nx\ny\nend\n"))
	require.True(t, outputPattern("a ... c\n...\nend\n").MatchString("a  c\nend\n"))
	require.False(t, outputPattern("a ... c\n").MatchString("a b\nc\n"))

	words, err := shellWords(`spindle -c 'print("a b")' "x \"y\"" z`)
	require.NoError(t, err)
	require.Equal(t, []string{"spindle", "-c", `print("a b")`, `x "y"`, "z"}, words)
}

var (
	mdLinkRE    = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	mdHeadingRE = regexp.MustCompile(`(?m)^#{1,6} +(.+?) *$`)
)

// headingAnchor is GitHub's anchor for a heading: lower case, punctuation
// other than '-' and '_' dropped, spaces turned into '-'.
func headingAnchor(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// pageAnchors returns the anchors of a page's headings (outside code
// blocks).
func pageAnchors(t *testing.T, page string) map[string]bool {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(docsRoot, page))
	require.NoError(t, err)
	anchors := map[string]bool{}
	inCode := false
	for _, line := range strings.Split(string(src), "\n") {
		if fenceRE.MatchString(line) {
			inCode = !inCode
			continue
		}
		if m := mdHeadingRE.FindStringSubmatch(line); m != nil && !inCode {
			anchors[headingAnchor(m[1])] = true
		}
	}
	return anchors
}

// TestDocsLinks checks the guide's relative links: the file exists (inside
// the repository), and a #fragment names a heading of the page.
func TestDocsLinks(t *testing.T) {
	for _, page := range docPages(t) {
		src, err := os.ReadFile(filepath.Join(docsRoot, page))
		require.NoError(t, err)
		for _, m := range mdLinkRE.FindAllStringSubmatch(string(src), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			file, anchor, _ := strings.Cut(target, "#")
			where := fmt.Sprintf("docs/%s: link %s", page, target)
			if file == "" {
				file = page
			}
			path := filepath.Join(docsRoot, file)
			if rel, err := filepath.Rel("../..", path); err != nil || strings.HasPrefix(rel, "..") {
				continue // outside the repository (../shared/LANGUAGE.md)
			}
			if !fileExists(path) {
				t.Errorf("%s: no such file", where)
				continue
			}
			if anchor != "" && strings.HasSuffix(file, ".md") && filepath.Dir(path) == filepath.Clean(docsRoot) {
				if !pageAnchors(t, filepath.Base(path))[anchor] {
					t.Errorf("%s: no heading with that anchor", where)
				}
			}
		}
	}
}
