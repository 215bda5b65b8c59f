package runtime

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestWaitCycles(t *testing.T) {
	// 5 -> 3 -> 4 -> 3 (a tail into a cycle), 7 -> 7 (waits on itself),
	// 9 -> 8 -> 10 -> 9, 1 -> 2 (no cycle), 6 -> 0 (waits on no thread)
	next := map[uint64]uint64{5: 3, 3: 4, 4: 3, 7: 7, 9: 8, 8: 10, 10: 9, 1: 2, 2: 0, 6: 0}
	require.Equal(t, [][]uint64{{3, 4}, {7}, {8, 10, 9}}, waitCycles(next))
	require.Empty(t, waitCycles(map[uint64]uint64{1: 2, 2: 0}))
	names := map[uint64]string{8: "a", 10: "b", 9: "c"}
	require.Equal(t, "'a' -> 'b' -> 'c' -> 'a'", cycleText(cycleNames([]uint64{8, 10, 9}, names)))
}

func TestHolderNote(t *testing.T) {
	require.Equal(t, ", held by thread 'x'", holderNote("Lock at 0x1", "x", false, "thread "))
	require.Equal(t, ", held by 'x' (ended)", holderNote("Lock at 0x1", "x", true, ""))
	require.Equal(t, "", holderNote("join of thread 'x'", "x", false, "thread "))
	require.Equal(t, "", holderNote("Event at 0x1", "", false, "thread "))
}
