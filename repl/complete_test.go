package repl

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/spindle-lang/spindle/interp"
)

func TestCompleter(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mymod.sp"), []byte("x = 1\n"), 0o644))
	t.Chdir(dir)
	sess := interp.NewSession([]string{""}, "")
	defer sess.Close(0)
	src := "import math\nabc_value = [1]\nclass Point:\n    def __init__(self): self.xcoord = 1\n    def norm(self): pass\np = Point()\n"
	require.NoError(t, sess.Exec("<stdin>", []byte(src)))
	c := NewCompleter(sess)

	cases := []struct {
		before, prefix string
		want           []string // all must be among the candidates
		not            []string // none may be
	}{
		{"abc_", "abc_", []string{"abc_value"}, nil},
		{"x = ab", "ab", []string{"abc_value", "abs"}, []string{"all"}},
		{"wh", "wh", []string{"while"}, nil},                   // keyword
		{"Thr", "Thr", []string{"ThreadGroup"}, nil},           // builtin
		{"math.fl", "fl", []string{"floor"}, []string{"ceil"}}, // module attribute
		{"math.", "", []string{"pi", "sqrt"}, []string{"__name__"}},
		{"math.__n", "__n", []string{"__name__"}, nil},
		{"print(abc_value.ap", "ap", []string{"append"}, nil}, // attribute of a value
		{"p.", "", []string{"norm", "xcoord"}, nil},           // instance and class attributes
		{"Point.no", "no", []string{"norm"}, nil},
		{"import ma", "ma", []string{"math"}, nil}, // module names
		{"import os, ma", "ma", []string{"math"}, nil},
		{"from ma", "ma", []string{"math"}, nil},
		{"import mym", "mym", []string{"mymod"}, nil},             // a module file
		{"from math import fa", "fa", []string{"factorial"}, nil}, // a module's names
		{"from math import (pi, fl", "fl", []string{"floor"}, nil},
		{"p.nosuch.", "", nil, []string{"norm"}},
		{"Point().", "", nil, []string{"norm"}}, // never calls
	}
	for _, tc := range cases {
		prefix, got := c.Complete(tc.before)
		require.Equal(t, tc.prefix, prefix, tc.before)
		for _, w := range tc.want {
			require.Contains(t, got, w, tc.before)
		}
		for _, w := range tc.not {
			require.NotContains(t, got, w, tc.before)
		}
	}

	// Tab with only indentation before the cursor indents.
	_, got := c.Complete("    ")
	require.Equal(t, []string{"    "}, got)

	// readline receives the rest of each candidate.
	rest, n := c.Do([]rune("math.flo"), 8)
	require.Equal(t, 3, n)
	require.Equal(t, [][]rune{[]rune("or")}, rest)
}

func TestCheckInput(t *testing.T) {
	cases := []struct {
		lines []string
		want  inputState
	}{
		{[]string{""}, stateSkip},
		{[]string{"# comment"}, stateSkip},
		{[]string{"x = 1"}, stateRun},
		{[]string{"x = (1,"}, stateMore},
		{[]string{"x = (1,", ""}, stateMore}, // blank lines inside brackets
		{[]string{"x = (1,", "2)"}, stateRun},
		{[]string{"s = '''a"}, stateMore},
		{[]string{"s = '''a", ""}, stateMore},
		{[]string{"n = 1 + \\"}, stateMore},
		{[]string{"def f(x):"}, stateMore},
		{[]string{"def f(x):", "    return x"}, stateMore},
		{[]string{"def f(x):", "    return x", ""}, stateRun},
		{[]string{"if x:", "    pass", "else:"}, stateMore},
		{[]string{"if x: pass"}, stateMore}, // one-line compound: a blank line ends it
		{[]string{"if x:", ""}, stateRun},   // reports the missing block
		{[]string{"@dec"}, stateMore},
		{[]string{"try:", "    pass"}, stateMore},
		{[]string{"await:", "    async: f()"}, stateMore},
		{[]string{"async: f()"}, stateMore},
		{[]string{"print(1 2)"}, stateRun},
		{[]string{"x = )"}, stateRun},
		{[]string{"if x:", "pass"}, stateRun},
		{[]string{"  x = 1"}, stateRun}, // unexpected indent
		// An open bracket continues only while there is no error so far
		// (codeop.compile_command of CPython 3.11 agrees on each).
		{[]string{"def f(:"}, stateRun},
		{[]string{"[1 2"}, stateRun},
		{[]string{"foo(a b"}, stateRun},
		{[]string{"[1, 2,", " 3 4"}, stateRun},
		{[]string{"foo(1,"}, stateMore},
		{[]string{"x = (1 +"}, stateMore},
		{[]string{"if (a"}, stateMore},
		{[]string{"f(x for x in y"}, stateMore},
		{[]string{"print((1, 2)"}, stateMore},
		{[]string{"d = {'a': [1,"}, stateMore},
		{[]string{"foo(a,  # comment"}, stateMore},
	}
	for _, tc := range cases {
		require.Equal(t, tc.want, checkInput(tc.lines), "%q", tc.lines)
	}
}
