// Command spindle runs Spindle programs.
//
//	spindle                    interactive prompt (stdin a terminal), else
//	                           run stdin as a script
//	spindle -i FILE [ARGS...]  run a program, then the prompt in its namespace
//	spindle -q ...             no banner at the prompt
//	spindle FILE [ARGS...]     run a program
//	spindle -c CODE [ARGS...]  run CODE (sys.argv[0] is '-c')
//	spindle --version          print the version
//	spindle --help             print this help
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"

	"github.com/chzyer/readline"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/repl"
	"github.com/spindle-lang/spindle/runtime"
	"github.com/spindle-lang/spindle/spindle"
	"github.com/spindle-lang/spindle/stdlib"
)

const usage = `usage: spindle [option] ... [-c cmd | file] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-q     : don't print version and copyright messages on interactive startup
-V     : print the Spindle version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`

func main() {
	dropInitPages()
	startGCBoost()
	startGCLimit()
	if path := os.Getenv("SPINDLE_CPUPROFILE"); path != "" {
		// Profiling hook for the performance work (bench/).
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			code := runMemProfiled()
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(runMemProfiled())
}

func run(args []string, stdout, stderr io.Writer) int {
	interp.SetupHook = func(argv, path []string, modules *runtime.Dict) {
		stdlib.SetArgv(argv)
		stdlib.SetPath(path)
		stdlib.SetModules(modules)
	}
	interp.ExitHook = stdlib.RunAtexit
	interp.SignalOverridden = stdlib.SignalOverridden
	stdlib.WatchDefaultSignals()
	stdlib.Locals = interp.Locals
	stdlib.Import = interp.Import
	var quiet, inspect bool
	for len(args) > 0 && (args[0] == "-q" || args[0] == "-i" || args[0] == "-qi" || args[0] == "-iq") {
		quiet = quiet || strings.Contains(args[0], "q")
		inspect = inspect || strings.Contains(args[0], "i")
		args = args[1:]
	}
	if inspect && len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		return interactive(args, quiet)
	}
	if len(args) == 0 {
		if inspect || readline.IsTerminal(int(os.Stdin.Fd())) {
			return interactive(nil, quiet)
		}
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(stderr, "spindle: cannot read stdin: %v\n", err)
			return 2
		}
		return runSource("<stdin>", src, []string{""})
	}
	a := args[0]
	switch {
	case a == "--version" || a == "-V":
		fmt.Fprintf(stdout, "Spindle %s\n", interp.Version)
		return 0
	case a == "--help" || a == "-h":
		fmt.Fprint(stdout, usage)
		return 0
	case a == "-c":
		if len(args) < 2 {
			fmt.Fprintf(stderr, "Argument expected for the -c option\n%s", shortUsage)
			return 2
		}
		return runSource("<string>", []byte(args[1]), append([]string{"-c"}, args[2:]...))
	case strings.HasPrefix(a, "-c") && len(a) > 2:
		return runSource("<string>", []byte(a[2:]), append([]string{"-c"}, args[1:]...))
	case a == "-":
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(stderr, "spindle: cannot read stdin: %v\n", err)
			return 2
		}
		return runSource("<stdin>", src, append([]string{"-"}, args[1:]...))
	case a == "--":
		if len(args) < 2 {
			fmt.Fprint(stderr, usage)
			return 2
		}
		return runFile(args[1], args[2:])
	case strings.HasPrefix(a, "-") && len(a) > 1:
		fmt.Fprintf(stderr, "Unknown option: %s\n%s", a, shortUsage)
		return 2
	}
	return runFile(a, args[1:])
}

// runFile runs the program in path with sys.argv = [path] + args and
// returns the exit status; modules are found in the script's folder,
// then SPINDLEPATH. Module files are shown relative to the script's
// folder as given (CPython shows absolute paths; the golden files strip
// them).
func runFile(path string, args []string) int {
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprint(os.Stderr, interp.CantOpenMessage(path, err))
		return 2
	}
	dir := filepath.Dir(path)
	if dir == "." {
		dir = ""
	}
	return runProgram(path, src, append([]string{path}, args...), dir)
}

// runSource runs src as the main program (-c, stdin); argv is the whole
// sys.argv; modules are found in the current folder, then SPINDLEPATH.
func runSource(filename string, src []byte, argv []string) int {
	return runProgram(filename, src, argv, "")
}

// runProgram runs a program through the embedding API, as an embedder
// would, on the process's standard streams.
func runProgram(filename string, src []byte, argv []string, dir string) int {
	it := spindle.New(spindle.Options{
		Stdout:          os.Stdout,
		Stderr:          os.Stderr,
		Stdin:           os.Stdin,
		Argv:            argv,
		ImportPath:      interp.DefaultImportPath(dir),
		CatchInterrupts: true,
	})
	code := it.Main(context.Background(), filename, src)
	it.Close()
	return code
}

// interactive runs the REPL; with args, args[0] is a script to run in
// its namespace first (spindle -i FILE ARGS...).
func interactive(args []string, quiet bool) int {
	argv, dir := []string{""}, ""
	if len(args) > 0 {
		argv = args
		if dir = filepath.Dir(args[0]); dir == "." {
			dir = ""
		}
	}
	sess := interp.NewSession(argv, dir)
	if len(args) > 0 {
		err := sess.RunFile(args[0])
		if errors.Is(err, interp.ErrCannotOpen) {
			return sess.Close(2)
		}
		if exit, code := sess.Report(err); exit {
			return sess.Close(code)
		}
		quiet = true // as CPython: no banner after a script
	}
	return repl.Run(repl.Config{Session: sess, Quiet: quiet, History: repl.HistoryPath()})
}

const shortUsage = "usage: spindle [option] ... [-c cmd | file] [arg] ...\nTry `spindle -h' for more information.\n"
