package stdlib

import (
	"syscall"
	"unsafe"
)

// sigPlatformNames are Linux's signals beyond the portable ones (in
// signal.go), with their aliases.
var sigPlatformNames = []sigName{
	{"SIGSTKFLT", syscall.SIGSTKFLT}, {"SIGPWR", syscall.SIGPWR}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
	{"SIGCLD", syscall.SIGCHLD}, {"SIGPOLL", syscall.SIGIO},
}

// sigFatalPlatform: Linux's signals beyond fatalByDefault's portable
// ones whose default action ends the process and that the Go runtime
// would drop (or turn into a crash dump, SIGSTKFLT): SIGPWR, SIGSTKFLT
// and the real-time signals (32 and 33 are glibc's own).
func sigFatalPlatform(sig int) bool {
	return sig == int(syscall.SIGPWR) || sig == int(syscall.SIGSTKFLT) || (sig >= 34 && sig <= 64)
}

// sigSetDefault sets sig's disposition to SIG_DFL behind the Go
// runtime's back (os/signal cannot: its Reset gives the signal back to
// the runtime, which drops it), for dieFromSignal. The kernel's
// struct sigaction all zero is SIG_DFL with no flags and an empty mask
// (handler, flags, restorer and mask: 32 bytes on every Linux port Go
// supports).
func sigSetDefault(sig int) bool {
	var sa [4]uint64
	_, _, errno := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
	return errno == 0
}
