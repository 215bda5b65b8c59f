//go:build !linux

package runtime

// systemMemory is unknown off Linux: MaxAlloc uses its fixed fallback.
func systemMemory() int64 { return 0 }
