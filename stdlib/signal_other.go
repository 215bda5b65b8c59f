//go:build !linux

package stdlib

// sigPlatformNames: no signals beyond the portable ones (signal.go).
var sigPlatformNames []sigName

// sigFatalPlatform: no signals beyond fatalByDefault's portable ones.
func sigFatalPlatform(sig int) bool { return false }

// sigSetDefault is not done here: dieFromSignal exits with 128+sig.
func sigSetDefault(sig int) bool { return false }
