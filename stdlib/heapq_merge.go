package stdlib

import (
	"sync"

	rt "github.com/spindle-lang/spindle/runtime"
)

// heapq.merge(*iterables, key=None, reverse=False): a lazy merge, as
// CPython's generator: each input is read one item ahead, the smallest
// head (largest with reverse; the earlier input on ties) is yielded and
// its input advanced on the following next(). Nothing is read before the
// first next(), so merging infinite iterators works.

type mergeIter struct {
	mu      sync.Mutex
	args    []rt.Value
	its     []rt.Iterator
	heads   []rt.Value // current item of each live input
	keys    []rt.Value // key(head), or head without a key
	live    []bool
	key     rt.Value
	reverse bool
	started bool
	last    int // the input whose head was yielded last, -1: none
}

func heapqMerge(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
	m := &mergeIter{args: args, last: -1}
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			if kw.Value != rt.None {
				m.key = kw.Value
			}
		case "reverse":
			m.reverse = rt.Truthy(kw.Value)
		default:
			return nil, rt.NewError(rt.TypeErrorType, "merge() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	return rt.NewIteratorValue("generator", m), nil
}

// advance reads input i's next item (and its key).
func (m *mergeIter) advance(th *rt.Thread, i int) error {
	v, ok, err := m.its[i].Next(th)
	if err != nil || !ok {
		m.live[i], m.heads[i], m.keys[i] = false, nil, nil
		return err
	}
	k := v
	if m.key != nil {
		if k, err = rt.Call(th, m.key, []rt.Value{v}, nil); err != nil {
			m.live[i] = false
			return err
		}
	}
	m.live[i], m.heads[i], m.keys[i] = true, v, k
	return nil
}

func (m *mergeIter) Next(th *rt.Thread) (rt.Value, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.started {
		// Like CPython's generator, the inputs are iterated on the first
		// next(), and each is advanced only when its item was consumed.
		m.started = true
		n := len(m.args)
		m.heads, m.keys, m.live = make([]rt.Value, n), make([]rt.Value, n), make([]bool, n)
		for _, a := range m.args {
			it, err := rt.Iter(th, a)
			if err != nil {
				return nil, false, err
			}
			m.its = append(m.its, it)
		}
		m.args = nil
		for i := range m.its {
			if err := m.advance(th, i); err != nil {
				return nil, false, err
			}
		}
	}
	if m.last >= 0 {
		i := m.last
		m.last = -1
		if err := m.advance(th, i); err != nil {
			return nil, false, err
		}
	}
	best := -1
	for i, ok := range m.live {
		if !ok {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		a, b := m.keys[i], m.keys[best]
		if m.reverse {
			a, b = b, a
		}
		less, err := rt.Less(th, a, b)
		if err != nil {
			return nil, false, err
		}
		if less {
			best = i
		}
	}
	if best < 0 {
		return nil, false, nil
	}
	m.last = best
	return m.heads[best], true, nil
}
