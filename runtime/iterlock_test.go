package runtime

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

// Shared iterators (iterlock.go): sharingWorkers goroutines pull from one
// iterator until it is exhausted; every item must come out exactly once.
// Run under `go test -race`.

// pullShared drains it from sharingWorkers threads at once and returns
// the repr of every item handed out, sorted.
func pullShared(t *testing.T, it Iterator) []string {
	t.Helper()
	got := make([][]string, sharingWorkers)
	hammer(t, func(w int, th *Thread) error {
		for {
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				return err
			}
			got[w] = append(got[w], fmt.Sprint(v))
		}
	})
	var all []string
	for _, g := range got {
		all = append(all, g...)
	}
	sort.Strings(all)
	return all
}

func sortedReprs(vs []Value) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = fmt.Sprint(v)
	}
	sort.Strings(out)
	return out
}

func TestSharedContainerIterators(t *testing.T) {
	th := NewThread("main")
	const n = 3000
	ints := make([]Value, n)
	for i := range ints {
		ints[i] = MakeInt(int64(i))
	}
	want := sortedReprs(ints)
	d := NewDict()
	s := NewSet()
	for _, v := range ints {
		require.NoError(t, d.Set(th, v, v))
		require.NoError(t, s.Add(th, v))
	}
	bs := make([]byte, n)
	for i := range bs {
		bs[i] = byte(i % 256)
	}
	wantBytes := make([]Value, n)
	for i, b := range bs {
		wantBytes[i] = MakeInt(int64(b))
	}
	str := make([]byte, n)
	for i := range str {
		str[i] = 'a' + byte(i%26)
	}
	wantStr := make([]Value, n)
	for i, c := range str {
		wantStr[i] = Str(string(c))
	}
	items := make([]Value, n)
	for i, v := range ints {
		items[i] = NewTuple([]Value{v, v})
	}
	cases := []struct {
		name string
		it   func() Iterator
		want []string
	}{
		{"list", func() Iterator { it, _ := NewList(append([]Value(nil), ints...)).Iter(th); return it }, want},
		{"reversed list", func() Iterator { return NewList(append([]Value(nil), ints...)).Reversed().(Iterator) }, want},
		{"tuple", func() Iterator { it, _ := NewTuple(ints).Iter(th); return it }, want},
		{"range", func() Iterator { it, _ := NewRange(0, n, 1).Iter(th); return it }, want},
		{"dict keys", func() Iterator { it, _ := d.Iter(th); return it }, want},
		{"dict values", func() Iterator { return newDictIterator(d, dictIterValues, false) }, want},
		{"dict items", func() Iterator { return newDictIterator(d, dictIterItems, true) }, sortedReprs(items)},
		{"set", func() Iterator { it, _ := s.Iter(th); return it }, want},
		{"bytearray", func() Iterator { it, _ := NewByteArray(bs).Iter(th); return it }, sortedReprs(wantBytes)},
		{"bytes", func() Iterator { it, _ := Bytes(bs).Iter(th); return it }, sortedReprs(wantBytes)},
		{"str", func() Iterator { it, _ := Str(str).Iter(th); return it }, sortedReprs(wantStr)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			require.Equal(t, c.want, pullShared(t, c.it()))
		})
	}
}

// countingIter is a Go iterator with plain (unsynchronised) state, as a
// stdlib iterator or a user __next__ has: only the IteratorObject's guard
// keeps two threads from stepping it at once.
type countingIter struct {
	inner Iterator
	n     int
}

func (c *countingIter) Next(th *Thread) (Value, bool, error) {
	v, ok, err := c.inner.Next(th)
	if !ok || err != nil {
		return nil, ok, err
	}
	c.n++
	return NewTuple([]Value{MakeInt(int64(c.n)), v}), true, nil
}

func TestSharedIteratorObject(t *testing.T) {
	th := NewThread("main")
	const n = 3000
	inner, _ := NewRange(0, n, 1).Iter(th)
	ci := &countingIter{inner: inner}
	obj := NewIteratorValue("enumerate_like", ci).(Iterator)
	got := pullShared(t, obj)
	require.Len(t, got, n)
	require.Equal(t, n, ci.n)
	// Every count 1..n was handed out exactly once.
	seen := map[string]bool{}
	for _, g := range got {
		require.False(t, seen[g], g)
		seen[g] = true
	}
}

// A step that re-enters its own iterator (a map function calling next()
// on the same map) goes through: the guard is re-entrant for its owner.
type reentrantIter struct {
	self  Iterator
	depth int
}

func (r *reentrantIter) Next(th *Thread) (Value, bool, error) {
	r.depth++
	defer func() { r.depth-- }()
	if r.depth == 1 {
		v, _, err := r.self.Next(th)
		return v, true, err
	}
	return MakeInt(int64(r.depth)), true, nil
}

func TestIterGuardReentrant(t *testing.T) {
	EnableSharing()
	th := NewThread("main")
	ri := &reentrantIter{}
	obj := NewIteratorValue("reentrant", ri).(Iterator)
	ri.self = obj
	v, ok, err := obj.Next(th)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, MakeInt(2), v)
}
