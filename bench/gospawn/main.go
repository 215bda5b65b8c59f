// Command gospawn is the plain-Go baseline for bench/spawn_sleep.sp and
// bench/spawn_noop.sp: it starts N goroutines joined by a sync.WaitGroup,
// each sleeping 0.5 s (mode "sleep") or doing nothing (mode "noop").
//
// Usage: gospawn sleep|noop N
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gospawn sleep|noop N")
		os.Exit(2)
	}
	mode := os.Args[1]
	n, err := strconv.Atoi(os.Args[2])
	if err != nil || n < 0 || (mode != "sleep" && mode != "noop") {
		fmt.Fprintln(os.Stderr, "usage: gospawn sleep|noop N")
		os.Exit(2)
	}
	t0 := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		if mode == "sleep" {
			go func() {
				defer wg.Done()
				time.Sleep(500 * time.Millisecond)
			}()
		} else {
			go func() {
				wg.Done()
			}()
		}
	}
	wg.Wait()
	fmt.Printf("%d %s goroutines joined in %.3f s\n", n, mode, time.Since(t0).Seconds())
}
