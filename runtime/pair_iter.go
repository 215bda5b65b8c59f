package runtime

// PairIterator is an iterator whose items are 2-tuples made afresh for
// each step (enumerate, zip of two iterables). A for loop that unpacks
// each item into two targets (`for i, x in enumerate(xs)`) takes the two
// values from NextPair and no tuple is made; nothing else could have seen
// it. NextPair advances the same state as Next.
type PairIterator interface {
	Iterator
	// Pairs reports whether NextPair is available (it may not be for
	// every iterator of the implementing type).
	Pairs() bool
	NextPair(th *Thread) (a, b Value, ok bool, err error)
}
