package stdlib

import (
	"testing"

	"github.com/stretchr/testify/require"

	rt "github.com/spindle-lang/spindle/runtime"
)

// Python features Go's RE2 engine lacks are rejected with re.error
// instead of mis-matching.
func TestReUnsupportedFeatures(t *testing.T) {
	for pat, what := range map[string]string{
		`(a)\1`:          "backreferences are not supported",
		`(?P<x>a)(?P=x)`: "backreferences (?P=name) are not supported",
		`a(?=b)`:         "lookahead assertions are not supported",
		`a(?!b)`:         "lookahead assertions are not supported",
		`(?<=a)b`:        "lookbehind assertions are not supported",
		`(?<!a)b`:        "lookbehind assertions are not supported",
		`(a)?(?(1)b|c)`:  "conditional groups",
		`(?>a)`:          "atomic groups",
		`a++`:            "possessive quantifiers",
	} {
		_, err := reCompile(rt.Str(pat), 0)
		require.Error(t, err, pat)
		e := err.(*rt.Exception)
		require.True(t, e.Class == reErrorType, pat)
		require.Contains(t, e.Message(), what, pat)
		require.Contains(t, e.Message(), "RE2", pat)
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
