package runtime

import "time"

// SleepCancellable blocks th for d (time.sleep). It is a cancellation
// checkpoint: it fails with the thread's cancellation error when the
// thread is cancelled before or after sleeping.
//
// TODO(threads): select on the thread's cancel channel so that a
// cancelled thread wakes at once instead of at the end of the sleep.
func SleepCancellable(th *Thread, d time.Duration) error {
	if err := th.Checkpoint(); err != nil {
		return err
	}
	if d > 0 {
		time.Sleep(d)
	}
	return th.Checkpoint()
}
