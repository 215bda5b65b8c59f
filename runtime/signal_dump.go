//go:build unix

package runtime

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
)

var installDumpOnce sync.Once

// InstallDumpSignal makes SIGQUIT (Ctrl-\) print the thread tree
// (threads.dump()) to sys.stderr instead of killing the process.
func InstallDumpSignal() {
	installDumpOnce.Do(func() {
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, syscall.SIGQUIT)
		go func() {
			for range ch {
				writeDiag("Thread dump (SIGQUIT):\n" + TakeDump(nil).Text())
			}
		}()
	})
}
