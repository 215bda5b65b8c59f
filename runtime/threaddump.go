package runtime

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Thread dumps (LANGUAGE.md §2.9): threads.dump() and SIGQUIT show the
// live tree — the main thread, the groups it has open, their threads, the
// groups those have open, ... and the background group — with each
// thread's name, state (running, sleeping, waiting on what, blocked on
// what) and current line, and the cycles of threads waiting on each
// other (waitcycle.go): a deadlock among some threads while others run.
//
// A running thread's current line is read while it runs; that read is a
// benign race (a word-sized pointer and int), skipped under the race
// detector (racyLine in threaddump_race.go) so that `go test -race` stays
// quiet. A waiting, sleeping or blocked thread does not move its frames.

// walkThreads visits the main thread's tree, then the background
// group's threads (with their trees). visit returns false to stop.
func walkThreads(root *Thread, visit func(th *Thread, g *ThreadGroup) bool) {
	var walk func(th *Thread, g *ThreadGroup) bool
	walk = func(th *Thread, g *ThreadGroup) bool {
		if !visit(th, g) {
			return false
		}
		for _, og := range openGroups(th) {
			for _, c := range og.Threads() {
				if !walk(c, og) {
					return false
				}
			}
		}
		return true
	}
	if root != nil && !walk(root, nil) {
		return
	}
	env := defaultEnv
	if root != nil {
		env = root.Env()
	}
	for _, g := range []*ThreadGroup{env.background, env.daemons} {
		for _, c := range g.Threads() {
			if !walk(c, g) {
				return
			}
		}
	}
}

// AllThreads returns every live thread reachable from the main thread
// (or from th when no main thread is registered) and the background and
// daemon groups, in tree order.
func AllThreads(th *Thread) []*Thread {
	root := mainThread.Load()
	if root == nil || (th != nil && root.Env() != th.Env()) {
		root = th // no main thread, or another interpreter's
	}
	var out []*Thread
	walkThreads(root, func(c *Thread, _ *ThreadGroup) bool {
		if c.State() != StateDone {
			out = append(out, c)
		}
		return true
	})
	return out
}

// openGroups returns the groups th has entered and not yet left,
// outermost first.
func openGroups(th *Thread) []*ThreadGroup {
	th.mu.Lock()
	g := th.group
	th.mu.Unlock()
	var out []*ThreadGroup
	for ; g != nil && g.owner == th; g = g.outer {
		out = append(out, g)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// DumpThread is one thread in a dump.
type DumpThread struct {
	Name     string      `json:"name"`
	ID       uint64      `json:"id"`
	State    string      `json:"state"`
	Waiting  string      `json:"waiting_on,omitempty"`
	Holder   string      `json:"held_by,omitempty"`
	HolderID uint64      `json:"held_by_id,omitempty"`
	Timed    bool        `json:"timed,omitempty"`        // the wait has a time limit
	Ended    bool        `json:"holder_ended,omitempty"` // the holder has ended without releasing
	File     string      `json:"file,omitempty"`
	Line     int         `json:"line,omitempty"`
	Function string      `json:"function,omitempty"`
	Groups   []DumpGroup `json:"groups"`
}

// DumpGroup is one group in a dump.
type DumpGroup struct {
	Name    string       `json:"name"`
	State   string       `json:"state"`
	Threads []DumpThread `json:"threads"`
}

// Dump is the whole tree, and the wait cycles in it (waitcycle.go):
// threads waiting on each other, each cycle the names of its threads.
type Dump struct {
	Main       *DumpThread `json:"main"`
	Background DumpGroup   `json:"background"`
	Daemons    DumpGroup   `json:"daemons"`
	Cycles     [][]string  `json:"cycles"`
}

// TakeDump snapshots the tree rooted at the main thread (or at th when
// no main thread is registered).
func TakeDump(th *Thread) Dump {
	root := mainThread.Load()
	if root == nil || (th != nil && root.Env() != th.Env()) {
		root = th // no main thread, or another interpreter's
	}
	var d Dump
	if root != nil {
		t := dumpThread(root, th)
		d.Main = &t
	}
	env := defaultEnv
	if root != nil {
		env = root.Env()
	}
	d.Background = dumpGroup(env.background, th)
	d.Daemons = dumpGroup(env.daemons, th)
	d.Cycles = dumpCycles(d)
	return d
}

// dumpCycles finds the wait cycles among the dump's waiting threads.
func dumpCycles(d Dump) [][]string {
	names := map[uint64]string{}
	next := map[uint64]uint64{}
	var visit func(t DumpThread)
	visit = func(t DumpThread) {
		names[t.ID] = t.Name
		if strings.HasPrefix(t.State, "waiting on ") && !t.Timed {
			next[t.ID] = t.HolderID // a timed wait ends: no edge
		}
		for _, g := range t.Groups {
			for _, c := range g.Threads {
				visit(c)
			}
		}
	}
	if d.Main != nil {
		visit(*d.Main)
	}
	for _, g := range []DumpGroup{d.Background, d.Daemons} {
		for _, c := range g.Threads {
			visit(c)
		}
	}
	for id, h := range next {
		if _, waiting := next[h]; !waiting {
			next[id] = 0 // its holder is not waiting: no cycle through it
		}
	}
	cycles := [][]string{}
	for _, c := range waitCycles(next) {
		cycles = append(cycles, cycleNames(c, names))
	}
	return cycles
}

// self is the thread taking the dump (nil for SIGQUIT).
func dumpThread(th, self *Thread) DumpThread {
	t := DumpThread{Name: th.Label(), ID: th.id, Groups: []DumpGroup{}}
	st := th.State()
	what, obj := th.BlockedOn()
	t.State = st.String()
	if what != "" {
		t.Waiting = what
		if st == StateWaiting {
			t.State = "waiting on " + what
			if t.Timed = th.waitTimed(); t.Timed {
				t.State += " with a timeout"
			}
		} else if st == StateBlocked {
			t.State = "blocked on " + what
		}
		if h, ok := obj.(Holder); ok {
			if ht := h.Holder(); ht != nil {
				t.Holder, t.HolderID, t.Ended = ht.Label(), ht.ID(), ht.State() == StateDone
			}
		}
	}
	if file, line, fn, ok := racyLoc(th, st, th == self); ok {
		t.File, t.Line, t.Function = file, line, fn
	}
	for _, g := range openGroups(th) {
		t.Groups = append(t.Groups, dumpGroup(g, self))
	}
	return t
}

func dumpGroup(g *ThreadGroup, self *Thread) DumpGroup {
	dg := DumpGroup{Name: g.Name(), Threads: []DumpThread{}}
	st, _ := g.load()
	g.mu.Lock()
	switch {
	case g.failed:
		dg.State = "failed"
	case g.cancelled || g.scope.effective.Load():
		dg.State = "cancelled"
	case st == groupJoining:
		dg.State = "joining"
	default:
		dg.State = "running"
	}
	g.mu.Unlock()
	for _, c := range g.Threads() {
		if c.State() != StateDone {
			dg.Threads = append(dg.Threads, dumpThread(c, self))
		}
	}
	return dg
}

// JSON returns the dump as indented JSON. Names such as "<module>" keep
// their angle brackets (no HTML escaping to \u003c).
func (d Dump) JSON() string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(d) // Encode ends the document with a newline
	return b.String()
}

// Text returns the dump as an indented tree:
//
//	Thread 'MainThread': waiting on join of ThreadGroup 'g' (File "x.sp", line 9, in main)
//	  ThreadGroup 'g' (running, 2 threads)
//	    Thread 'Thread-1': sleeping (File "x.sp", line 3, in work)
//	    Thread 'Thread-2': waiting on Lock at 0x..., held by 'Thread-3' (...)
//	    Thread 'Thread-3': waiting on Future 'Thread-2' (...)
//	Background group (0 threads)
//	Wait cycle: 'Thread-2' -> 'Thread-3' -> 'Thread-2'
func (d Dump) Text() string {
	var b strings.Builder
	if d.Main != nil {
		writeDumpThread(&b, *d.Main, 0)
	}
	fmt.Fprintf(&b, "Background group (%s)\n", threadCount(len(d.Background.Threads)))
	for _, t := range d.Background.Threads {
		writeDumpThread(&b, t, 1)
	}
	if len(d.Daemons.Threads) > 0 {
		fmt.Fprintf(&b, "Daemon threads (%s)\n", threadCount(len(d.Daemons.Threads)))
		for _, t := range d.Daemons.Threads {
			writeDumpThread(&b, t, 1)
		}
	}
	for _, c := range d.Cycles {
		b.WriteString("Wait cycle: " + cycleText(c) + "\n")
	}
	return b.String()
}

// threadCount words a count of threads with its grammatical number:
// "0 threads", "1 thread", "2 threads".
func threadCount(n int) string {
	if n == 1 {
		return "1 thread"
	}
	return fmt.Sprintf("%d threads", n)
}

func writeDumpThread(b *strings.Builder, t DumpThread, depth int) {
	ind := strings.Repeat("  ", depth)
	fmt.Fprintf(b, "%sThread '%s': %s", ind, t.Name, t.State)
	b.WriteString(holderNote(t.Waiting, t.Holder, t.Ended, ""))
	if t.File != "" {
		fmt.Fprintf(b, " (File \"%s\", line %d, in %s)", t.File, t.Line, t.Function)
	}
	b.WriteString("\n")
	for _, g := range t.Groups {
		fmt.Fprintf(b, "%s  ThreadGroup '%s' (%s, %s)\n", ind, g.Name, g.State, threadCount(len(g.Threads)))
		for _, c := range g.Threads {
			writeDumpThread(b, c, depth+2)
		}
	}
}

// frameLoc returns the file, line and function of frame f (ok false: no
// frame, or a frame without code).
func frameLoc(f *StackFrame) (file string, line int, function string, ok bool) {
	if f == nil || f.Code == nil {
		return
	}
	return f.Code.File, f.Line, f.Code.Name, true
}
