//go:build nolocks

package runtime

// objMutex without locking: the -tags nolocks build, which exists only to
// measure what the per-object container locks cost (bench/lock_cost.sh).
// Containers shared between threads are NOT safe in this build; never
// ship it.
type objMutex struct{}

// Lock does nothing.
func (*objMutex) Lock() {}

// Unlock does nothing.
func (*objMutex) Unlock() {}
