package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// dropInitPages takes the pages of the executable and of the shared
// libraries that start-up mapped, and that were never written, out of
// the process's resident set; the ones the program uses again come back
// on their first access (a minor fault: they are still in the page
// cache).
//
// Why: package initialization and the runtime's start touch code and
// tables that the program never uses again (bench/SPAWN.md: 39 of 86
// resident 64 KB windows of text were touched only before main, and
// the pclntab pages of every function that allocated), and a file page,
// once mapped, stays resident for the life of the process. Peak RSS,
// which the benchmarks compare against plain Go and CPython, then
// counts them on top of the heap. Measured at load ~12 (7 alternating
// runs): spawn_noop.sp 1000000 29.7 -> 24.1 MB, print(1) 14.4 -> 12.9
// MB (the program's own parse and compile then fault in what they need),
// CPU within noise.
//
// Only read-only mappings backed by a file, with no private copies of
// their pages ("Anonymous: 0 kB" in /proc/self/smaps), are dropped: a
// read-only mapping with copies holds relocations the dynamic linker
// wrote (RELRO), which MADV_DONTNEED would revert to the file's
// contents. SPINDLE_KEEP_INIT_PAGES=1 turns this off.
func dropInitPages() {
	if os.Getenv("SPINDLE_KEEP_INIT_PAGES") != "" {
		return
	}
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return
	}
	defer f.Close()
	type mapping struct {
		start, end uint64
		keep       bool
	}
	var ms []mapping
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		if lo, hi, ok := strings.Cut(fs[0], "-"); ok && len(fs) >= 5 {
			// A mapping's header: range, perms, offset, device, inode, path.
			start, err1 := strconv.ParseUint(lo, 16, 64)
			end, err2 := strconv.ParseUint(hi, 16, 64)
			file := len(fs) >= 6 && strings.HasPrefix(fs[5], "/")
			ms = append(ms, mapping{start, end, err1 != nil || err2 != nil || !file || strings.ContainsAny(fs[1], "ws")})
			continue
		}
		if fs[0] == "Anonymous:" && fs[1] != "0" && len(ms) > 0 {
			ms[len(ms)-1].keep = true
		}
	}
	if sc.Err() != nil {
		return // a partial read: the last mapping's counts may be missing
	}
	for _, m := range ms {
		if !m.keep && m.end > m.start {
			syscall.Syscall(syscall.SYS_MADVISE, uintptr(m.start), uintptr(m.end-m.start), syscall.MADV_DONTNEED)
		}
	}
}
