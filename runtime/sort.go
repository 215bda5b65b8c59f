package runtime

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Sorting for list.sort and sorted(): a stable sort that uses only `<`
// (like CPython), stops calling user code at the first failing comparison
// or key function, and reports that error.
//
// Homogeneous lists of ints, strs or (NaN-free) floats — by far the common
// case — are sorted with a direct Go comparison (CPython has the same
// "unsafe_*_compare" specialisations); equal items of these types are
// indistinguishable, so stability cannot be observed there.

// SortValues sorts items in place as list.sort(key=key, reverse=reverse)
// would (key may be nil or None). On error the order of items is
// unspecified but every item is still present.
func SortValues(th *Thread, items []Value, key Value, reverse bool) error {
	if key != nil && key != None {
		pairs := make([]sortPair, len(items))
		for i, v := range items {
			k, err := Call(th, key, []Value{v}, nil)
			if err != nil {
				return err
			}
			pairs[i] = sortPair{k, v}
		}
		keys := make([]Value, len(pairs))
		for i := range pairs {
			keys[i] = pairs[i].key
		}
		if reverse {
			slices.Reverse(pairs)
		}
		err := sortAny(th, pairs, func(p sortPair) Value { return p.key }, keys)
		if reverse {
			slices.Reverse(pairs)
		}
		for i := range pairs {
			items[i] = pairs[i].value
		}
		return err
	}
	if sortPlain(items, reverse) {
		return nil
	}
	if reverse {
		slices.Reverse(items)
	}
	err := sortAny(th, items, func(v Value) Value { return v }, items)
	if reverse {
		slices.Reverse(items)
	}
	return err
}

type sortPair struct{ key, value Value }

// sortAny sorts xs by key(x). keys lists the keys (in any order) so that
// the homogeneous fast paths can be chosen up front.
func sortAny[T any](th *Thread, xs []T, key func(T) Value, keys []Value) error {
	if len(xs) < 2 {
		return nil
	}
	switch sortHomogeneousKind(keys) {
	case sortKindInt:
		sortStable(xs, func(a, b T) int { return cmp.Compare(key(a).(Int), key(b).(Int)) })
		return nil
	case sortKindStr:
		sortStable(xs, func(a, b T) int { return strings.Compare(string(key(a).(Str)), string(key(b).(Str))) })
		return nil
	case sortKindFloat:
		sortStable(xs, func(a, b T) int { return cmp.Compare(key(a).(Float), key(b).(Float)) })
		return nil
	}
	var firstErr error
	sortMergeStable(xs, func(a, b T) bool {
		if firstErr != nil {
			return false
		}
		lt, err := Less(th, key(a), key(b))
		if err != nil {
			firstErr = err
			return false
		}
		return lt
	})
	return firstErr
}

// sortPlain sorts items without a key when they are all ints, all strs
// or all NaN-free floats — comparisons that run no user code, so a
// caller may hold a lock around it — and reports whether it did (false:
// items is unchanged).
func sortPlain(items []Value, reverse bool) bool {
	sign := sortSign(reverse)
	switch sortHomogeneousKind(items) {
	case sortKindInt:
		// Equal ints (and strs) are indistinguishable, so an unstable
		// sort is fine and reverse can simply flip the comparison.
		sortInts(items, reverse)
	case sortKindStr:
		f := func(a, b Value) int { return sign * strings.Compare(string(a.(Str)), string(b.(Str))) }
		if !sortRun(items, f) {
			slices.SortFunc(items, f)
		}
	case sortKindFloat:
		// 0.0 == -0.0 can be told apart: stable, and a stable sort with
		// the comparison flipped is what reverse=True means.
		sortStable(items, func(a, b Value) int { return sign * cmp.Compare(a.(Float), b.(Float)) })
	default:
		return false
	}
	return true
}

// sortRun reports whether xs is already sorted by c, leaving it as it
// is, or is strictly sorted the other way, which it then reverses (no
// two items are equal, so that is stable). Either costs at most n-1
// comparisons, as CPython's run detection does for such input (a list
// built in order and sorted with reverse=True); other input returns
// false after a few comparisons.
func sortRun[T any](xs []T, c func(a, b T) int) bool {
	if len(xs) < 2 {
		return true
	}
	if c(xs[0], xs[1]) > 0 {
		for i := 2; i < len(xs); i++ {
			if c(xs[i-1], xs[i]) <= 0 {
				return false
			}
		}
		slices.Reverse(xs)
		return true
	}
	for i := 2; i < len(xs); i++ {
		if c(xs[i-1], xs[i]) > 0 {
			return false
		}
	}
	return true
}

// sortStable is a stable sort by c that costs O(n) on input sortRun
// recognises.
func sortStable[T any](xs []T, c func(a, b T) int) {
	if !sortRun(xs, c) {
		slices.SortStableFunc(xs, c)
	}
}

const (
	sortKindMixed = iota
	sortKindInt
	sortKindStr
	sortKindFloat
)

func sortHomogeneousKind(keys []Value) int {
	kind := sortKindMixed
	for i, k := range keys {
		var c int
		switch x := k.(type) {
		case Int:
			c = sortKindInt
		case Str:
			c = sortKindStr
		case Float:
			if math.IsNaN(float64(x)) {
				return sortKindMixed
			}
			c = sortKindFloat
		default:
			return sortKindMixed
		}
		if i == 0 {
			kind = c
		} else if c != kind {
			return sortKindMixed
		}
	}
	return kind
}

// sortMergeStable is a stable bottom-up merge sort calling only less: insertion
// sort on short runs, then merges (skipped when two runs are already in
// order, so sorted input costs n-1 comparisons per pass at most).
func sortMergeStable[T any](a []T, less func(x, y T) bool) {
	const run = 12
	n := len(a)
	for lo := 0; lo < n; lo += run {
		sortInsertion(a[lo:min(lo+run, n)], less)
	}
	if n <= run {
		return
	}
	buf := make([]T, n)
	src, dst := a, buf
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := min(lo+width, n)
			hi := min(lo+2*width, n)
			if mid == hi || !less(src[mid], src[mid-1]) {
				copy(dst[lo:hi], src[lo:hi])
				continue
			}
			sortMergeRuns(src[lo:mid], src[mid:hi], dst[lo:hi], less)
		}
		src, dst = dst, src
	}
	if &src[0] != &a[0] {
		copy(a, src)
	}
}

func sortInsertion[T any](a []T, less func(x, y T) bool) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		j := i
		for j > 0 && less(x, a[j-1]) {
			a[j] = a[j-1]
			j--
		}
		a[j] = x
	}
}

func sortMergeRuns[T any](l, r, out []T, less func(x, y T) bool) {
	i, j, k := 0, 0, 0
	for i < len(l) && j < len(r) {
		if less(r[j], l[i]) {
			out[k] = r[j]
			j++
		} else {
			out[k] = l[i]
			i++
		}
		k++
	}
	k += copy(out[k:], l[i:])
	copy(out[k:], r[j:])
}

func sortSign(reverse bool) int {
	if reverse {
		return -1
	}
	return 1
}

// sortInts sorts a list of Ints by their unboxed values (pairs keep the
// boxed values, so nothing is re-boxed): about 4x faster than comparing
// through the interface. A list of up to len(buf) items sorts its pairs
// on the stack (l.sort() of 100 ints allocated 2.4 KB).
func sortInts(items []Value, reverse bool) {
	sign := sortSign(reverse)
	if sortRun(items, func(a, b Value) int { return sign * cmp.Compare(a.(Int), b.(Int)) }) {
		return
	}
	type pair struct {
		k int64
		v Value
	}
	var buf [128]pair
	var ps []pair
	if len(items) <= len(buf) {
		ps = buf[:len(items)]
	} else {
		ps = make([]pair, len(items))
	}
	for i, v := range items {
		ps[i] = pair{int64(v.(Int)), v}
	}
	if reverse {
		slices.SortFunc(ps, func(a, b pair) int { return cmp.Compare(b.k, a.k) })
	} else {
		slices.SortFunc(ps, func(a, b pair) int { return cmp.Compare(a.k, b.k) })
	}
	for i := range ps {
		items[i] = ps[i].v
	}
}
