package runtime

import (
	"fmt"
	"sort"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// Stress tests for LANGUAGE.md §2.6: 8+ goroutines, each with its own
// Thread, hammer one container; run them under `go test -race`.

const (
	sharingWorkers = 8
	sharingOps     = 2000
)

// hammer runs fn(worker, th) in sharingWorkers goroutines at once.
func hammer(t *testing.T, fn func(w int, th *Thread) error) {
	t.Helper()
	EnableSharing()
	var wg sync.WaitGroup
	errs := make([]error, sharingWorkers)
	start := make(chan struct{})
	for w := range sharingWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread(fmt.Sprintf("w%d", w))
			<-start
			errs[w] = fn(w, th)
		}()
	}
	close(start)
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
}

// drain iterates it to the end, accepting the "changed size during
// iteration" RuntimeError that concurrent mutation may cause.
func drain(th *Thread, it Iterator) (int, error) {
	n := 0
	for {
		_, ok, err := it.Next(th)
		if err != nil {
			if IsExc(err, RuntimeErrorType) {
				return n, nil
			}
			return n, err
		}
		if !ok {
			return n, nil
		}
		n++
	}
}

func TestSharingList(t *testing.T) {
	l := NewList(nil)
	popped := make([][]Value, sharingWorkers)
	hammer(t, func(w int, th *Thread) error {
		for i := range sharingOps {
			v := MakeInt(int64(w*sharingOps + i))
			l.Append(v)
			if i%3 == 0 {
				if x, ok := l.Pop(-1); ok {
					popped[w] = append(popped[w], x)
				}
			}
			if n := l.Len(); n > 0 {
				if _, err := GetItem(th, l, MakeInt(int64(i%n))); err != nil && !IsExc(err, IndexErrorType) {
					return err
				}
				if err := SetItem(th, l, MakeInt(-1), l.At(0)); err != nil && !IsExc(err, IndexErrorType) {
					return err
				}
			}
			if i%97 == 0 {
				it, _ := l.Iter(th)
				if _, err := drain(th, it); err != nil {
					return err
				}
				if _, err := l.Contains(th, v); err != nil {
					return err
				}
				if _, err := Repr(th, l); err != nil {
					return err
				}
			}
		}
		return nil
	})
	require.Equal(t, sharingWorkers*sharingOps-countAll(popped), l.Len())
}

// TestSharingListNoLostAppends checks exact contents when the only
// mutations are appends and pops of distinct values.
func TestSharingListNoLostAppends(t *testing.T) {
	l := NewList(nil)
	popped := make([][]Value, sharingWorkers)
	hammer(t, func(w int, th *Thread) error {
		for i := range sharingOps {
			l.Append(MakeInt(int64(w*sharingOps + i)))
			if i%5 == 0 {
				if x, ok := l.Pop(0); ok {
					popped[w] = append(popped[w], x)
				}
			}
			if i%50 == 0 {
				if err := l.Sort(th, nil, false); err != nil && !IsExc(err, ValueErrorType) {
					return err
				}
			}
		}
		return nil
	})
	all := append([]Value(nil), l.Snapshot()...)
	for _, p := range popped {
		all = append(all, p...)
	}
	// A sort that lost a race drops what was appended meanwhile (as in
	// CPython, "list modified during sort"); everything else must be there
	// exactly once.
	seen := map[int64]bool{}
	for _, v := range all {
		i := int64(v.(Int))
		require.False(t, seen[i], "duplicate %d", i)
		seen[i] = true
	}
}

func countAll(vs [][]Value) int {
	n := 0
	for _, v := range vs {
		n += len(v)
	}
	return n
}

func TestSharingDict(t *testing.T) {
	d := NewDict()
	hammer(t, func(w int, th *Thread) error {
		for i := range sharingOps {
			ik := MakeInt(int64(w*sharingOps + i))
			sk := Str(fmt.Sprintf("k%d_%d", w, i))
			if err := SetItem(th, d, ik, sk); err != nil {
				return err
			}
			d.SetStr(string(sk), ik)
			if v, ok, err := d.Get(th, ik); err != nil || !ok || v != sk {
				return fmt.Errorf("lost %v: %v %v %v", ik, v, ok, err)
			}
			if i%2 == 1 {
				if _, ok, err := d.Delete(th, ik); err != nil || !ok {
					return fmt.Errorf("delete %v: %v %v", ik, ok, err)
				}
			}
			if i%101 == 0 {
				it, _ := d.Iter(th)
				if _, err := drain(th, it); err != nil {
					return err
				}
				_ = d.Items()
				_ = d.Copy().Len()
				if _, err := d.Contains(th, ik); err != nil {
					return err
				}
			}
		}
		return nil
	})
	// Every str key and every even-numbered int key is present.
	want := 0
	for w := range sharingWorkers {
		for i := range sharingOps {
			sk := fmt.Sprintf("k%d_%d", w, i)
			v, ok := d.GetStr(sk)
			require.True(t, ok, sk)
			require.Equal(t, MakeInt(int64(w*sharingOps+i)), v)
			want++
			if i%2 == 0 {
				v, ok, err := d.Get(NewThread("t"), MakeInt(int64(w*sharingOps+i)))
				require.NoError(t, err)
				require.True(t, ok)
				require.Equal(t, Str(sk), v)
				want++
			}
		}
	}
	require.Equal(t, want, d.Len())
}

// reentrantKey is a key whose __eq__ and __hash__ use the dict or set it
// is looked up in (from the same thread, with the locks in use).
type reentrantKey struct {
	n int
	d *Dict
	s *Set
}

func (*reentrantKey) Type() *Type { return NoneType }

func (k *reentrantKey) Hash(th *Thread) (int64, error) { return 42, nil }

func (k *reentrantKey) Equal(th *Thread, other Value) (bool, bool, error) {
	o, ok := other.(*reentrantKey)
	if !ok {
		return false, true, nil
	}
	if k.d != nil {
		_ = k.d.Len()
		k.d.SetStr(fmt.Sprintf("eq%d", k.n), None) // mutates: the lookup restarts
	}
	if k.s != nil {
		_ = k.s.Len()
		if err := k.s.Add(th, Str(fmt.Sprintf("eq%d", k.n))); err != nil {
			return false, true, err
		}
	}
	return o.n == k.n, true, nil
}

func TestSharingReentrantEqualDoesNotDeadlock(t *testing.T) {
	EnableSharing()
	th := NewThread("t")
	d := NewDict()
	s := NewSet()
	for i := range 20 {
		require.NoError(t, d.Set(th, &reentrantKey{n: i, d: d}, MakeInt(int64(i))))
		require.NoError(t, s.Add(th, &reentrantKey{n: i, s: s}))
	}
	v, ok, err := d.Get(th, &reentrantKey{n: 7, d: d})
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, MakeInt(7), v)
	has, err := s.Has(th, &reentrantKey{n: 7, s: s})
	require.NoError(t, err)
	require.True(t, has)
}

func TestSharingSet(t *testing.T) {
	s := NewSet()
	hammer(t, func(w int, th *Thread) error {
		for i := range sharingOps {
			v := MakeInt(int64(w*sharingOps + i))
			if err := s.Add(th, v); err != nil {
				return err
			}
			if err := s.Add(th, Str(fmt.Sprint(v))); err != nil {
				return err
			}
			if ok, err := s.Has(th, v); err != nil || !ok {
				return fmt.Errorf("lost %v", v)
			}
			if i%2 == 1 {
				if ok, err := s.Remove(th, v); err != nil || !ok {
					return fmt.Errorf("remove %v: %v %v", v, ok, err)
				}
			}
			if i%101 == 0 {
				it, _ := s.Iter(th)
				if _, err := drain(th, it); err != nil {
					return err
				}
				c := s.copySet(true)
				if _, err := c.Hash(th); err != nil {
					return err
				}
				other := NewSet()
				if err := other.updateFrom(th, s); err != nil {
					return err
				}
				if _, err := s.intersection(th, other); err != nil {
					return err
				}
			}
		}
		return nil
	})
	th := NewThread("t")
	for w := range sharingWorkers {
		for i := range sharingOps {
			v := MakeInt(int64(w*sharingOps + i))
			ok, err := s.Has(th, v)
			require.NoError(t, err)
			require.Equal(t, i%2 == 0, ok, "%v", v)
			ok, err = s.Has(th, Str(fmt.Sprint(v)))
			require.NoError(t, err)
			require.True(t, ok)
		}
	}
	require.Equal(t, sharingWorkers*sharingOps*3/2, s.Len())
}

func TestSharingByteArray(t *testing.T) {
	a := NewByteArray(nil)
	appendM := ByteArrayType.Lookup("append").(*Builtin)
	popM := ByteArrayType.Lookup("pop").(*Builtin)
	pops := make([]int, sharingWorkers)
	hammer(t, func(w int, th *Thread) error {
		for i := range sharingOps {
			if _, err := appendM.Fn(th, a, []Value{MakeInt(int64(w))}, nil); err != nil {
				return err
			}
			if i%4 == 0 {
				if _, err := popM.Fn(th, a, nil, nil); err != nil && !IsExc(err, IndexErrorType) {
					return err
				} else if err == nil {
					pops[w]++
				}
			}
			if i%50 == 0 {
				it, _ := a.Iter(th)
				if _, err := drain(th, it); err != nil {
					return err
				}
				if _, err := a.GetItem(th, &Slice{Start: None, Stop: None, Step: None}); err != nil {
					return err
				}
				if err := a.SetItem(th, MakeInt(0), MakeInt('x')); err != nil && !IsExc(err, IndexErrorType) {
					return err
				}
				if _, err := Repr(th, a); err != nil {
					return err
				}
			}
		}
		return nil
	})
	n, _ := a.Len(nil)
	total := 0
	for _, p := range pops {
		total += p
	}
	require.Equal(t, sharingWorkers*sharingOps-total, n)
}

func TestSharingDictIterationSeesChange(t *testing.T) {
	EnableSharing()
	th := NewThread("t")
	d := NewDict()
	for i := range 10 {
		require.NoError(t, d.Set(th, MakeInt(int64(i)), None))
	}
	it, _ := d.Iter(th)
	_, _, err := it.Next(th)
	require.NoError(t, err)
	d.SetStr("new", None)
	_, _, err = it.Next(th)
	require.True(t, IsExc(err, RuntimeErrorType))
	require.Contains(t, err.Error(), "dictionary changed size during iteration")
	keys := []string{}
	for _, k := range d.Keys() {
		keys = append(keys, fmt.Sprint(k))
	}
	sort.Strings(keys)
	require.Len(t, keys, 11)
}

func TestSharingDictPopitem(t *testing.T) {
	d := NewDict()
	got := make([][]Value, sharingWorkers)
	hammer(t, func(w int, th *Thread) error {
		for i := range sharingOps {
			d.SetStr(fmt.Sprintf("k%d_%d", w, i), None)
			if k, _, ok := d.popLast(); ok {
				got[w] = append(got[w], k)
			}
		}
		return nil
	})
	seen := map[Value]bool{}
	for _, ks := range got {
		for _, k := range ks {
			require.False(t, seen[k], "popped twice: %v", k)
			seen[k] = true
		}
	}
	require.Equal(t, sharingWorkers*sharingOps, len(seen)+d.Len())
}
