package stdlib

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	rt "github.com/spindle-lang/spindle/runtime"
)

// Python features Go's RE2 engine lacks (conditionals, atomic groups,
// possessive quantifiers, large repeat counts) run on the lookaround
// matcher (re_look.go), also when the pattern holds lookaround too.
func TestReBacktrackOnlyFeatures(t *testing.T) {
	for pat, subject := range map[string]string{
		`(a)?(?(1)b|c)`:    "ab",
		`(?>a)`:            "a",
		`a++`:              "aa",
		`(?=a)(a)?(?(1)a)`: "aa",
		`(?<=a)(?>b)`:      "ab",
		`(a)\1a*+`:         "aaa",
		`x{1001}`:          strings.Repeat("x", 1001),
	} {
		p, err := reCompile(rt.Str(pat), 0)
		require.NoError(t, err, pat)
		require.NotNil(t, p.(*rePattern).lk, pat)
		sub, err := newReSubject(p.(*rePattern), rt.Str(subject))
		require.NoError(t, err)
		spans, err := p.(*rePattern).exec(sub, 0, sub.n(), reKindSearch)
		require.NoError(t, err)
		require.NotNil(t, spans, pat)
	}
}

func TestReTranslate(t *testing.T) {
	for pat, want := range map[string]string{
		`a\Z`:     `a\z`,
		`^a$`:     `\Aa(?:\z|(\n)\z)`,
		`(?m)^a$`: `(?m:^)a(?m:$)`,
		`(?a)\d`:  `[0-9]`,
		`[\W]`:    "", // expanded ranges: only check that it compiles
	} {
		prog, err := reTranslate(pat, 0, false)
		require.NoError(t, err, pat)
		if want != "" {
			require.Equal(t, want, prog.goSrc, pat)
		}
	}
}
