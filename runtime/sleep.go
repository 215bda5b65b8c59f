package runtime

import "time"

// SleepCancellable blocks th for d (time.sleep). It is a cancellation
// checkpoint: it fails with the thread's cancellation error when the
// thread is cancelled before or during the sleep (it wakes at once).
func SleepCancellable(th *Thread, d time.Duration) error {
	return th.Sleep(d)
}
