package runtime

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// systemMemory returns the most memory this process could obtain: RAM
// plus swap, capped by the cgroup v2 (or v1) memory limit and by
// RLIMIT_AS / RLIMIT_DATA. It returns 0 when none of them is known.
func systemMemory() int64 {
	var total int64
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) == nil {
		unit := int64(si.Unit)
		if unit == 0 {
			unit = 1
		}
		total = (int64(si.Totalram) + int64(si.Totalswap)) * unit
	}
	lower := func(n int64) {
		if n > 0 && (total <= 0 || n < total) {
			total = n
		}
	}
	for _, f := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		if b, err := os.ReadFile(f); err == nil {
			if n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil {
				lower(n)
			}
		}
	}
	for _, res := range []int{syscall.RLIMIT_AS, syscall.RLIMIT_DATA} {
		var rl syscall.Rlimit
		if syscall.Getrlimit(res, &rl) == nil && rl.Cur < 1<<62 {
			lower(int64(rl.Cur))
		}
	}
	return total
}
