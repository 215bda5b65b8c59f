package interp

import (
	"os"
	"os/signal"

	"github.com/spindle-lang/spindle/runtime"
)

// watchInterrupts turns Ctrl-C into KeyboardInterrupt in the main thread
// (LANGUAGE.md §2.5). The first SIGINT is posted to th: its next
// checkpoint or blocking call raises KeyboardInterrupt, and the groups it
// unwinds through cancel their threads in a structured way (every finally
// runs). A second SIGINT ends the process at once with status 130.
// The returned function restores the default handling.
func watchInterrupts(th *runtime.Thread) (stop func()) {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt)
	done := make(chan struct{})
	go func() {
		interrupted := false
		for {
			select {
			case <-sigs:
				if interrupted {
					runtime.FlushStdio()
					os.Exit(130)
				}
				interrupted = true
				th.Interrupt(runtime.NewException(runtime.KeyboardInterruptType))
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}
