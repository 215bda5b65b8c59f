//go:build !nolocks

package runtime

import "sync"

// objMutex is the per-object lock of list, dict, set and bytearray (see
// sharing.go). Building with -tags nolocks replaces it with a lock that
// does nothing (objlock_nolocks.go), to measure what the locks cost
// (bench/lock_cost.sh).
type objMutex = sync.Mutex
