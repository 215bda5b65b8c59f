package stdlib

import (
	"testing"

	"github.com/stretchr/testify/require"

	rt "github.com/spindle-lang/spindle/runtime"
)

// Python features neither Go's RE2 engine nor the lookaround matcher
// (re_look.go) runs are rejected with re.error instead of mis-matching,
// also when the pattern holds lookaround too.
func TestReUnsupportedFeatures(t *testing.T) {
	for pat, what := range map[string]string{
		`(a)?(?(1)b|c)`:    "conditional groups",
		`(?>a)`:            "atomic groups",
		`a++`:              "possessive quantifiers",
		`(?=a)(a)?(?(1)b)`: "conditional groups",
		`(?<=a)(?>b)`:      "atomic groups",
		`(a)\1a*+`:         "possessive quantifiers",
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
