package stdlib

import rt "github.com/spindle-lang/spindle/runtime"

// The sift algorithms of heapq.go on a heap's items under the list's lock
// (List.Atomically), comparing with runtime.PlainLess. A sift that meets a
// comparison needing user code stores the moving item where it stands —
// a state CPython's algorithm passes through — and returns where the
// generic sift (heapList, on the list's item operations) goes on.

// heapResume is where a plain sift stopped.
type heapResume struct {
	phase      heapPhase
	start, pos int
}

type heapPhase uint8

const (
	heapDone     heapPhase = iota
	heapSiftup             // go on with siftupFrom(start, pos)
	heapSiftdown           // go on with siftdown(start, pos)
)

// finish runs the rest of a stopped sift with user comparisons.
func (r heapResume) finish(h heapList) error {
	switch r.phase {
	case heapSiftup:
		return h.siftupFrom(r.start, r.pos)
	case heapSiftdown:
		return h.siftdown(r.start, r.pos)
	}
	return nil
}

// plainSiftdown is _siftdown(heap, start, pos) on items.
func plainSiftdown(items []rt.Value, start, pos int) heapResume {
	newitem := items[pos]
	for pos > start {
		parentpos := (pos - 1) >> 1
		parent := items[parentpos]
		lt, ok := rt.PlainLess(newitem, parent)
		if !ok {
			items[pos] = newitem
			return heapResume{heapSiftdown, start, pos}
		}
		if !lt {
			break
		}
		items[pos] = parent
		pos = parentpos
	}
	items[pos] = newitem
	return heapResume{}
}

// plainSiftup is _siftup(heap, pos) on items.
func plainSiftup(items []rt.Value, pos int) heapResume {
	endpos := len(items)
	start := pos
	newitem := items[pos]
	child := 2*pos + 1
	for child < endpos {
		right := child + 1
		if right < endpos {
			lt, ok := rt.PlainLess(items[child], items[right])
			if !ok {
				items[pos] = newitem
				return heapResume{heapSiftup, start, pos}
			}
			if !lt {
				child = right
			}
		}
		items[pos] = items[child]
		pos = child
		child = 2*pos + 1
	}
	items[pos] = newitem
	return plainSiftdown(items, start, pos)
}

// heapPopTop is heappop's step on items: the last item replaces the top
// and sifts up. empty reports an empty heap.
func heapPopTop(items []rt.Value) (rest []rt.Value, top rt.Value, r heapResume, empty bool) {
	n := len(items)
	if n == 0 {
		return items, nil, r, true
	}
	last := items[n-1]
	items[n-1] = nil
	items = items[:n-1]
	if n == 1 {
		return items, last, r, false
	}
	top, items[0] = items[0], last
	return items, top, plainSiftup(items, 0), false
}

// heapify on items: the sifts from the last parent down to 0; stopped is
// the index whose sift stopped (the generic heapify goes on below it).
func plainHeapify(items []rt.Value) (r heapResume, stopped int) {
	for i := len(items)/2 - 1; i >= 0; i-- {
		if r = plainSiftup(items, i); r.phase != heapDone {
			return r, i
		}
	}
	return r, -1
}
