package runtime

import (
	"os"
	"strings"
	"sync"
)

// The line cache keeps the source text of every loaded file so that
// tracebacks can show the line being executed, as CPython's linecache
// does. The interpreter registers each file it compiles (RegisterSource);
// a file that was never registered is read from disk on first use.

var lineCache struct {
	mu    sync.RWMutex
	files map[string][]string // file -> lines without their newline
}

// RegisterSource records the text of file for SourceLine. The interpreter
// calls it for every file (and -c string) it compiles.
func RegisterSource(file string, src []byte) {
	lines := splitSourceLines(string(src))
	lineCache.mu.Lock()
	if lineCache.files == nil {
		lineCache.files = map[string][]string{}
	}
	lineCache.files[file] = lines
	lineCache.mu.Unlock()
}

// SourceLine returns line (1-based) of file without its newline, or ""
// when the file or line is unknown. Pseudo-files such as "<string>" are
// only known when registered.
func SourceLine(file string, line int) string {
	lineCache.mu.RLock()
	lines, ok := lineCache.files[file]
	lineCache.mu.RUnlock()
	if !ok {
		lines = loadSourceLines(file)
	}
	if line < 1 || line > len(lines) {
		return ""
	}
	return lines[line-1]
}

// loadSourceLines reads an unregistered file from disk and caches the result
// (an empty slice when it cannot be read, so the disk is tried once).
func loadSourceLines(file string) []string {
	var lines []string
	if file != "" && !strings.HasPrefix(file, "<") {
		if src, err := os.ReadFile(file); err == nil {
			lines = splitSourceLines(string(src))
		}
	}
	lineCache.mu.Lock()
	if lineCache.files == nil {
		lineCache.files = map[string][]string{}
	}
	lineCache.files[file] = lines
	lineCache.mu.Unlock()
	return lines
}

// splitSourceLines splits source text into lines, accepting \n, \r\n and \r.
func splitSourceLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
