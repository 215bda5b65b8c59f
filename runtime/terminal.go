package runtime

import (
	"os"
	"syscall"
	"unsafe"
)

// IsTerminalFd reports whether descriptor fd is a terminal, as isatty(3)
// does: the terminal ioctl succeeds (a character device such as
// /dev/null is not a terminal).
func IsTerminalFd(fd int) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return errno == 0
}

// fileIsTerminal is IsTerminalFd for f, read without f.Fd (which would
// put a descriptor Go polls back into blocking mode).
func fileIsTerminal(f *os.File) bool {
	sc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	tty := false
	if err := sc.Control(func(fd uintptr) { tty = IsTerminalFd(int(fd)) }); err != nil {
		return false
	}
	return tty
}
