package runtime

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestMaxAllocIsPositive(t *testing.T) {
	require.Greater(t, MaxAlloc(), int64(0))
	require.LessOrEqual(t, MaxAlloc(), int64(math.MaxInt64))
}

func TestCheckAlloc(t *testing.T) {
	require.NoError(t, CheckAlloc(0, 16))
	require.NoError(t, CheckAlloc(1000, 16))
	require.NoError(t, CheckAlloc(math.MaxInt, 0))
	for _, c := range [][2]int{{-1, 1}, {1, -1}, {math.MaxInt, 16}, {math.MaxInt / 2, 3}, {int(MaxAlloc()) + 1, 1}} {
		err := CheckAlloc(c[0], c[1])
		require.Error(t, err, "%v", c)
		require.Equal(t, "MemoryError", errString(err))
	}
	require.NoError(t, CheckAllocPlus(10, 10, 4))
	require.Error(t, CheckAllocPlus(math.MaxInt, 1, 1))
	require.Error(t, CheckAllocPlus(1, math.MaxInt/4, 8))
}

func TestCheckRepeat(t *testing.T) {
	require.NoError(t, checkRepeat(0, math.MaxInt, valueSize))
	require.NoError(t, checkRepeat(math.MaxInt, 1, 1))
	require.NoError(t, checkRepeat(3, 4, valueSize))
	require.Error(t, checkRepeat(2, math.MaxInt/2+1, 1)) // count overflows
	require.Error(t, checkRepeat(1, 1<<62, valueSize))   // bytes overflow
}

func TestCheckIntBits(t *testing.T) {
	require.NoError(t, checkIntBits(1000))
	require.Error(t, checkIntBits(maxIntBits+1))
	require.Error(t, checkIntBits(-1))
	ten := big.NewInt(10)
	require.NoError(t, checkPowBits(ten, big.NewInt(1000)))
	require.Error(t, checkPowBits(ten, big.NewInt(1e10)))
	huge := new(big.Int).Lsh(big.NewInt(1), 80)
	require.Error(t, checkPowBits(ten, huge))
	require.NoError(t, checkShiftBits(big.NewInt(1), big.NewInt(100)))
	require.Equal(t, "MemoryError", errString(checkShiftBits(big.NewInt(1), big.NewInt(1<<40))))
	require.Equal(t, "MemoryError", errString(checkShiftBits(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 63))))
	require.Equal(t, "OverflowError: too many digits in integer", errString(checkShiftBits(big.NewInt(1), huge)))
}

func TestCheckReplace(t *testing.T) {
	require.NoError(t, checkReplace("abc", "b", "xyz", -1, 4))
	require.NoError(t, checkReplace("abc", "bc", "x", -1, 4)) // shrinks
	s := string(make([]byte, 1<<20))
	require.Error(t, checkReplace(s, "", s, -1, len(s)+1))
	require.NoError(t, checkReplace(s, "\x00", s, 1, len(s)+1))
}

func TestRecursionGuardNilThread(t *testing.T) {
	th, err := EnterNative(nil, " in test")
	require.NoError(t, err)
	require.Equal(t, int32(1), th.Depth)
	LeaveNative(th)
	require.Equal(t, int32(0), th.Depth)
	th.Depth = MaxDepth
	_, err = EnterCompare(th)
	require.Equal(t, "RecursionError: maximum recursion depth exceeded in comparison", errString(err))
}
