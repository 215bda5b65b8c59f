package main

import (
	goruntime "runtime"
	"strings"
	"testing"
)

// After the start-up pages are dropped the process still runs: code,
// read-only data, the shared libraries' relocated tables (cgo) and the
// runtime's tables come back on demand.
func TestDropInitPages(t *testing.T) {
	for i := 0; i < 2; i++ {
		dropInitPages()
		goruntime.GC()
		if s := strings.Repeat("ab", 3); s != "ababab" {
			t.Fatalf("got %q", s)
		}
	}
	if _, _, line, ok := goruntime.Caller(0); !ok || line == 0 {
		t.Fatal("no caller information after dropping the pclntab's pages")
	}
}
