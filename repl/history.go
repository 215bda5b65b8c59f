package repl

import (
	"os"
	"path/filepath"
)

// HistoryPath returns the file the REPL keeps its history in:
// $SPINDLE_HISTORY when it is set ("" when it is set but empty, which
// disables the history), else ~/.spindle_history ("" when there is no
// home folder). readline loads it at start and appends each line entered.
func HistoryPath() string {
	if p, ok := os.LookupEnv("SPINDLE_HISTORY"); ok {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	return filepath.Join(home, ".spindle_history")
}
