//go:build !linux

package stdlib

// sigPlatformNames: no signals beyond the portable ones (signal.go).
var sigPlatformNames []sigName
