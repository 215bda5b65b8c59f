package parser

import (
	"fmt"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPUTime(t *testing.T) {
	src := []byte(genProgram(10000))
	ParseFile("b.sp", src)
	start := cpuTime()
	wall := time.Now()
	n := 20
	for i := 0; i < n; i++ {
		ParseFile("b.sp", src)
	}
	fmt.Printf("cpu per parse: %v  wall: %v\n", (cpuTime()-start)/time.Duration(n), time.Since(wall)/time.Duration(n))
}
