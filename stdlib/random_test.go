package stdlib

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	rt "github.com/spindle-lang/spindle/runtime"
)

// CPython 3.11: random.seed(1); random.random() == 0.13436424411240122,
// random.seed(42); random.getrandbits(32) == 2746317213.
func TestRandomMatchesCPython(t *testing.T) {
	th := rt.NewThread("main")
	r, err := newRandom(th, rt.MakeInt(1))
	require.NoError(t, err)
	require.Equal(t, 0.13436424411240122, r.random())
	r, err = newRandom(th, rt.MakeInt(42))
	require.NoError(t, err)
	r.mu.Lock()
	v := r.getrandbitsLocked(32)
	r.mu.Unlock()
	require.Equal(t, 0, v.Cmp(big.NewInt(2746317213)))
}

func TestAbcCapability(t *testing.T) {
	setupCollectionsAbcTypes()
	th := rt.NewThread("main")
	require.True(t, abcCheck(th, rt.NewList(nil), abcTypes["MutableSequence"]))
	require.False(t, abcCheck(th, rt.NewTuple(nil), abcTypes["MutableSequence"]))
	require.True(t, abcCheck(th, rt.NewDict(), abcTypes["Mapping"]))
	require.False(t, abcCheck(th, rt.MakeInt(1), abcTypes["Iterable"]))
}

func TestShlexSplitQuote(t *testing.T) {
	parts, err := shlexSplit(`a "b c" d\ e 'f'`, false)
	require.NoError(t, err)
	require.Equal(t, []string{"a", "b c", "d e", "f"}, parts)
	require.Equal(t, `'it'"'"'s'`, shlexQuote("it's"))
}
