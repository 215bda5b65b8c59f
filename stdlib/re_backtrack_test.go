package stdlib

import (
	"math/rand"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"

	rt "github.com/spindle-lang/spindle/runtime"
	"github.com/stretchr/testify/require"
)

// reBTDiff checks the backtracking matcher against Go's regexp on one
// translated pattern and subject, at every start position, in the three
// kinds (search, match, fullmatch).
func reBTDiff(t *testing.T, pyPat string, flags int, subject string) {
	t.Helper()
	prog, err := reTranslate(pyPat, flags, false)
	if err != nil {
		return
	}
	bt := reBTCompile(prog.goSrc)
	if bt == nil {
		return
	}
	kinds := []struct {
		src              string
		anchored, full   bool
		lineStartAllowed bool
	}{
		{"(?:" + prog.goSrc + ")", false, false, true},
		{`\A(?:` + prog.goSrc + ")", true, false, false},
		{`\A(?:` + prog.goSrc + `)\z`, true, true, false},
	}
	lineStart := false
	if re, err := syntax.Parse(prog.goSrc, syntax.Perl); err == nil {
		lineStart = reStartsWithLine(re)
	}
	var st reBTState
	for _, k := range kinds {
		re, err := regexp.Compile(k.src)
		if err != nil {
			return
		}
		for pos := 0; pos <= len(subject); pos++ {
			for _, end := range []int{len(subject), (pos + len(subject)) / 2} {
				text := subject[:end]
				got, ok := bt.exec(&st, text, pos, k.anchored, k.full, k.lineStartAllowed && lineStart)
				if !ok {
					continue
				}
				// The reference: Go on the sub-slice is exact only at
				// pos 0 (assertions see no previous character); from
				// pos > 0 compare with a windowed search instead.
				var want []int
				if pos == 0 {
					want = re.FindStringSubmatchIndex(text)
				} else {
					wre := regexp.MustCompile(`(?s:.)` + strings.TrimPrefix(k.src, `\A`))
					if k.anchored {
						wre = regexp.MustCompile(`\A(?s:.)` + strings.TrimPrefix(k.src, `\A`))
					}
					want = wre.FindStringSubmatchIndex(text[pos-1:])
					if want != nil {
						for i := range want {
							if want[i] >= 0 {
								want[i] += pos - 1
							}
						}
						want[0]++
					}
				}
				require.Equal(t, want, got, "pattern %q (go %q) kind %+v subject %q pos %d end %d", pyPat, prog.goSrc, k, subject, pos, end)
			}
		}
	}
}

func TestReBacktrackFixed(t *testing.T) {
	pats := []string{
		`a`, `ab|a`, `a|ab`, `(a|ab)(c|bcd)(d*)`, `(a*)(a*)`, `(a*?)(a*)`, `(a+?)b`, `x*`, `x*?y`,
		`^abc$`, `(?m)^\w+$`, `\bfoo\b`, `\Bo\B`, `(\d+)\.(\d+)`, `[^"]*"`, `(?:ab)+c`, `(?:ab)*?c`,
		`(a|b|c)+?d`, `(?i)HeLLo`, `(?i)[a-c]+`, `(?s).+`, `.+`, `a{2,3}`, `(?:a{2,3}){2}`, `(a)?(b)?c`,
		`(?:(a)|b)+`, `(\w+)@(\w+)\.com`, `\s+|\S+`, `(?x) a b | c`, `[\s\[\]"]+`, `:(\d\d):\d\d`,
		`^10\.(\d+)\.`, `(?m)^10\.(\d+)\.`, `$`, `(?m)$`, `\Z`, `\A`, `a\Z`, `(a|)+`, `(|a)*b`, `(?:a?)+b`,
		`((a)|(b))*`, `(?:x|xy)(?:z|yz)`, `[^\n]*\n`, `(?:\w+\s?)+$`, `é|e`, `(?i)ſ`, `(?i)k`,
	}
	subjects := []string{"", "a", "ab", "abcd", "aab", "aaab", "abab ababc", "hello HELLO", "foo foobar foo",
		"x\nab\nabc\n", "10.1.2.3 - 10.200.3.4\n10.5.6.7\n", "12:34:56 :00:11:22 ", `a "quoted" [x] y`,
		"bob@example.com x@y.com", "xyz xz xyyz", "sS kK", "abc\n", "e é"}
	for _, p := range pats {
		for _, s := range subjects {
			if !reIsASCII(s) {
				continue
			}
			reBTDiff(t, p, 0, s)
		}
	}
}

func reIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestReBacktrackRandom compares random small patterns over a small
// alphabet.
func TestReBacktrackRandom(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	atoms := []string{"a", "b", "ab", "[ab]", "[^a]", ".", `\d`, `\w`, `\s`, "^", "$", `\b`, "x", `\n`}
	var gen func(depth int) string
	gen = func(depth int) string {
		if depth <= 0 {
			return atoms[r.Intn(len(atoms))]
		}
		switch r.Intn(8) {
		case 0:
			return gen(depth-1) + gen(depth-1)
		case 1:
			return "(" + gen(depth-1) + "|" + gen(depth-1) + ")"
		case 2:
			return "(?:" + gen(depth-1) + ")" + []string{"*", "+", "?", "*?", "+?", "??", "{1,2}"}[r.Intn(7)]
		case 3:
			return "(" + gen(depth-1) + ")"
		default:
			return gen(depth-1) + gen(depth-1) + gen(depth-1)
		}
	}
	alpha := "ab1 x\n"
	for i := 0; i < 600; i++ {
		p := gen(3)
		n := r.Intn(8)
		var b strings.Builder
		for j := 0; j < n; j++ {
			b.WriteByte(alpha[r.Intn(len(alpha))])
		}
		flags := 0
		if r.Intn(3) == 0 {
			flags = reMultiline
		}
		reBTDiff(t, p, flags, b.String())
	}
}

// TestReBacktrackBudget: a pattern whose backtracking is exponential
// exhausts the step budget (the caller then runs Go's regexp) instead of
// running for ever.
func TestReBacktrackBudget(t *testing.T) {
	prog, err := reTranslate(`(\w+\s?)+$`, 0, false)
	require.NoError(t, err)
	bt := reBTCompile(prog.goSrc)
	require.NotNil(t, bt)
	var st reBTState
	st.caps = make([]int, bt.ncap)
	_, ok := bt.exec(&st, strings.Repeat("a", 40)+"!", 0, false, false, false)
	require.False(t, ok)
	p, err := reCompile(rt.Str(`(\w+\s?)+$`), 0)
	require.NoError(t, err)
	sub, err := newReSubject(p.(*rePattern), rt.Str(strings.Repeat("a", 40)+"!"))
	require.NoError(t, err)
	spans, err := p.(*rePattern).exec(sub, 0, sub.n(), reKindSearch)
	require.NoError(t, err)
	require.Nil(t, spans)
}
