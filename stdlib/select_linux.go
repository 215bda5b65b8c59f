package stdlib

import (
	"syscall"
	"time"
	"unsafe"
)

// pollSys is one ppoll(2) call on fds for at most timeout (negative: no
// limit); the revents are filled in.
func pollSys(fds []pollFd, timeout time.Duration) (int, error) {
	type sysPollFd struct { // struct pollfd
		fd      int32
		events  int16
		revents int16
	}
	raw := make([]sysPollFd, len(fds))
	for i, f := range fds {
		raw[i] = sysPollFd{fd: int32(f.fd), events: f.events}
	}
	var ts *syscall.Timespec
	if timeout >= 0 {
		t := syscall.NsecToTimespec(int64(timeout))
		ts = &t
	}
	var p unsafe.Pointer
	if len(raw) > 0 {
		p = unsafe.Pointer(&raw[0])
	}
	n, _, errno := syscall.Syscall6(syscall.SYS_PPOLL, uintptr(p), uintptr(len(raw)), uintptr(unsafe.Pointer(ts)), 0, 0, 0)
	for i := range raw {
		fds[i].revents = raw[i].revents
	}
	if errno != 0 {
		return 0, errno
	}
	return int(n), nil
}

// pollWakePipe makes the pipe that wakes a blocked poll on cancellation.
func pollWakePipe() (r, w int, err error) {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC|syscall.O_NONBLOCK); err != nil {
		return 0, 0, err
	}
	return p[0], p[1], nil
}
