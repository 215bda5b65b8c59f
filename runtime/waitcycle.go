package runtime

import (
	"sort"
	"strings"
)

// Wait-for cycles, for deadlock reports and thread dumps: each waiting
// thread points at the thread its wait depends on (the holder of the
// lock or mutex, the thread of the future or join; see Holder). A
// thread waits on one thing at a time, so every thread has at most one
// edge and each cycle is found by following edges until a thread comes
// back: two threads taking two locks in opposite order, philosophers
// around a table, threads joining each other.

// waitCycles returns the cycles of the graph next (the id of a waiting
// thread -> the id of the thread it waits for, 0 for none), each
// starting at its lowest id, the cycles in the order of those ids.
func waitCycles(next map[uint64]uint64) [][]uint64 {
	starts := make([]uint64, 0, len(next))
	for id := range next {
		starts = append(starts, id)
	}
	sort.Slice(starts, func(i, j int) bool { return starts[i] < starts[j] })
	const (
		unseen = iota
		onPath
		finished
	)
	state := make(map[uint64]int, len(next))
	var cycles [][]uint64
	for _, id := range starts {
		var path []uint64
		for id != 0 && state[id] == unseen {
			state[id] = onPath
			path = append(path, id)
			id = next[id]
		}
		if id != 0 && state[id] == onPath {
			i := 0
			for path[i] != id {
				i++
			}
			cycles = append(cycles, rotateLowest(path[i:]))
		}
		for _, p := range path {
			state[p] = finished
		}
	}
	sort.Slice(cycles, func(i, j int) bool { return cycles[i][0] < cycles[j][0] })
	return cycles
}

// rotateLowest returns c rotated to start at its lowest id.
func rotateLowest(c []uint64) []uint64 {
	low := 0
	for i, id := range c {
		if id < c[low] {
			low = i
		}
	}
	return append(append([]uint64{}, c[low:]...), c[:low]...)
}

// cycleText is a cycle of threads, by name, as "'a' -> 'b' -> 'a'".
func cycleText(names []string) string {
	var b strings.Builder
	for _, n := range names {
		b.WriteString("'" + n + "' -> ")
	}
	b.WriteString("'" + names[0] + "'")
	return b.String()
}

// cycleNames maps a cycle of ids to the threads' names.
func cycleNames(c []uint64, names map[uint64]string) []string {
	out := make([]string, len(c))
	for i, id := range c {
		out[i] = names[id]
	}
	return out
}

// holderNote is what a report or dump adds after "waits on WHAT" for the
// holder named holder: ", held by thread 'h'" (prefix "thread "), with
// "(ended)" when it ended without releasing; nothing when WHAT already
// names it (a future or a join: "Future 'h'", "join of thread 'h'").
func holderNote(what, holder string, ended bool, prefix string) string {
	if holder == "" || strings.Contains(what, "'"+holder+"'") {
		return ""
	}
	note := ", held by " + prefix + "'" + holder + "'"
	if ended {
		note += " (ended)"
	}
	return note
}
