//go:build !unix

package runtime

// InstallDumpSignal does nothing where there is no SIGQUIT.
func InstallDumpSignal() {}
