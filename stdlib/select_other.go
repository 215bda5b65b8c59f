//go:build !linux

package stdlib

import (
	"syscall"
	"time"
)

// pollSys: select.select and select.poll need Linux's ppoll(2).
func pollSys(fds []pollFd, timeout time.Duration) (int, error) {
	return 0, syscall.ENOSYS
}

func pollWakePipe() (r, w int, err error) { return 0, 0, syscall.ENOSYS }
