package stdlib

import "syscall"

// sigPlatformNames are Linux's signals beyond the portable ones (in
// signal.go), with their aliases.
var sigPlatformNames = []sigName{
	{"SIGSTKFLT", syscall.SIGSTKFLT}, {"SIGPWR", syscall.SIGPWR}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
	{"SIGCLD", syscall.SIGCHLD}, {"SIGPOLL", syscall.SIGIO},
}
