package main

import (
	"os"
	goruntime "runtime"
	"runtime/pprof"
)

// The allocation profile hook, and allocation sampling off without it.
//
// Go samples one allocation per 512 KB by default, and records each
// sample's call stack by walking it, which reads the function tables
// (pclntab) of every frame on the stack: an interpreter's stacks are
// deep and varied, so the samples of a run map scattered 64 KB windows
// of the binary's 5.6 MB pclntab that nothing else needs. Measured on
// print(1) (bench/SPAWN.md, start-up RSS): 42-49 pclntab windows
// resident with sampling, 35 without; peak RSS 15.0-15.7 MB -> 14.6.
// Only SPINDLE_MEMPROFILE reads the samples, so without it sampling is
// turned off before main's init functions and main run (allocations made
// by the inits of imported packages may still be sampled).
var memProfileSampling = setMemProfileSampling()

func setMemProfileSampling() bool {
	if os.Getenv("SPINDLE_MEMPROFILE") != "" {
		return true
	}
	goruntime.MemProfileRate = 0
	return false
}

// runMemProfiled is run with the second profiling hook: with
// SPINDLE_MEMPROFILE=file, the allocation profile is written to file
// at exit (go tool pprof -sample_index=alloc_space or inuse_space).
func runMemProfiled() int {
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	if path := os.Getenv("SPINDLE_MEMPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
	}
	return code
}
