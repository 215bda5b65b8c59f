package interp

import (
	"testing"

	"github.com/spindle-lang/spindle/runtime"
)

// A session whose main thread belongs to its own Env counts (and joins)
// the threads of that Env's background group, where its spawns go.
func TestSessionBackgroundThreadsOfItsEnv(t *testing.T) {
	s := NewSession([]string{""}, t.TempDir())
	env := runtime.NewEnv(runtime.Stdout, runtime.Stderr, runtime.Stdin)
	s.Thread().SetEnv(env)
	src := "import threading\ngo = threading.Event()\nt = threading.Thread(target=go.wait)\nt.start()\n"
	if err := s.Exec("<test>", []byte(src)); err != nil {
		s.Close(1)
		t.Fatal(err)
	}
	if n := s.BackgroundThreads(); n != 1 {
		t.Errorf("BackgroundThreads() = %d, want 1 (the Env's group)", n)
	}
	if n := runtime.Background().Running(); n != 0 {
		t.Errorf("process background group runs %d threads, want 0", n)
	}
	if err := s.Exec("<test>", []byte("go.set()\nt.join()\n")); err != nil {
		t.Error(err)
	}
	if n := s.BackgroundThreads(); n != 0 {
		t.Errorf("BackgroundThreads() after join = %d, want 0", n)
	}
	if code := s.Close(0); code != 0 {
		t.Errorf("Close = %d, want 0", code)
	}
}
