//go:build !linux

package main

// dropInitPages does nothing: initpages_linux.go reads /proc/self/smaps.
func dropInitPages() {}
