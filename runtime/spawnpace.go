package runtime

import (
	goruntime "runtime"
	"time"
)

// Pacing a thread that spawns many threads (issue 4 item 9,
// bench/SPAWN.md).
//
// `go` puts the new goroutine in the spawner's scheduler slot (its P's
// runnext), where it runs only when the spawner blocks or is preempted
// (sysmon: after 10 ms). A thread spawning short threads in a loop
// therefore builds a backlog of thousands of spawned-but-not-started
// threads (a 2 KB stack and a spawn slot each), which the other core
// works through with every object cold in its cache, while the heap and
// the stacks grow. Measured on 1M no-op async: blocks (2 cores): about
// 10k threads of backlog; yielding every 256 spawns halved both the CPU
// time and the peak RSS.
//
// So every spawnPaceEvery spawns a spawner looks at the group it spawns
// into. Once a look has seen at least spawnPaceEvery/4 of its threads
// end since the previous one, its threads are short; while they are and
// at least spawnPaceEvery have not ended, the spawner is outrunning
// them: it yields (runtime.Gosched), and the backlog runs, hot, on both
// cores before it spawns more. Threads that run long (computing,
// sleeping, waiting) do not end between two looks, so their spawner
// does not yield: behind them a yield would wait its turn among all of
// them, up to 10 ms each. When a yield takes long all the same (long
// threads after short ones), the threads are no longer taken for short
// and the spawner skips the next looks, twice as many after each slow
// yield.
const (
	spawnPaceEvery = 256
	// slowYield is a yield that did not just run a backlog of short
	// threads (256 no-op threads take well under a millisecond).
	slowYield = 2 * time.Millisecond
	// maxPaceSkip bounds the looks skipped after slow yields.
	maxPaceSkip = 1024
)

// spawnPacer is a spawner's pacing state.
type spawnPacer struct {
	n       uint32       // spawns made by the thread
	skip    uint32       // looks to skip before the next yield
	backoff uint32       // looks to skip after the next slow yield
	group   *ThreadGroup // the group of the last look
	running int64        // its running count then
	short   bool         // its threads were seen ending quickly
}

// paceSpawn is called by th after each spawn into g.
func (th *Thread) paceSpawn(g *ThreadGroup) {
	p := &th.more().pacer
	if p.n++; p.n%spawnPaceEvery != 0 {
		return
	}
	_, running := g.load()
	// Threads of g that ended since the last look, counting every spawn
	// since then as a spawn into g (when some went elsewhere this
	// overestimates: at worst one yield too many).
	ended := p.running + spawnPaceEvery - running
	if p.group != g {
		p.short = false
	} else if ended >= spawnPaceEvery/4 {
		p.short = true
	}
	p.group, p.running = g, running
	if !p.short || running < spawnPaceEvery {
		return
	}
	if p.skip > 0 {
		p.skip--
		return
	}
	t0 := time.Now()
	goruntime.Gosched()
	if time.Since(t0) < slowYield {
		p.backoff = 0
		return
	}
	p.short = false
	p.backoff = min(max(2*p.backoff, 1), maxPaceSkip)
	p.skip = p.backoff
}
