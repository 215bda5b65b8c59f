package runtime

import (
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

// A spawner whose threads do not end (here: all wait on one channel)
// never takes them for short, so it never yields behind them: a yield
// there would wait its turn among all of them (spawnpace.go).
func TestSpawnPacingIgnoresThreadsThatDoNotEnd(t *testing.T) {
	th := NewThread("main")
	release := make(chan struct{})
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < 8*spawnPaceEvery; i++ {
			if _, err := g.Spawn(th, func(c *Thread) (Value, error) {
				<-release
				return None, nil
			}, "", SpawnSite{}); err != nil {
				return err
			}
		}
		r := th.rare.Load()
		require.NotNil(t, r)
		require.False(t, r.pacer.short)
		require.Equal(t, uint32(8*spawnPaceEvery), r.pacer.n)
		require.Equal(t, int64(8*spawnPaceEvery), int64(g.Running()))
		close(release)
		return nil
	})
	require.NoError(t, err)
}

// Spawning many short threads with pacing on still runs every one of
// them, and the group joins them all.
func TestSpawnPacingShortThreadsAllRun(t *testing.T) {
	th := NewThread("main")
	var ran atomic.Int64
	n := 64 * spawnPaceEvery
	err := group(t, th, func(g *ThreadGroup) error {
		for i := 0; i < n; i++ {
			if _, err := g.Spawn(th, func(c *Thread) (Value, error) {
				ran.Add(1)
				return None, nil
			}, "", SpawnSite{}); err != nil {
				return err
			}
		}
		return nil
	})
	require.NoError(t, err)
	require.Equal(t, int64(n), ran.Load())
}
