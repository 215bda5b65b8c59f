// Command spindle runs Spindle programs.
//
//	spindle FILE [ARGS...]     run a program
//	spindle -c CODE [ARGS...]  run CODE (sys.argv[0] is '-c')
//	spindle --version          print the version
//	spindle --help             print this help
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/runtime"
	"github.com/spindle-lang/spindle/stdlib"
)

const usage = `usage: spindle [option] ... [-c cmd | file] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also --help)
-V     : print the Spindle version number and exit (also --version)
file   : program read from script file
arg ...: arguments passed to program in sys.argv[1:]
`

func main() {
	if path := os.Getenv("SPINDLE_CPUPROFILE"); path != "" {
		// Profiling hook for the performance work (bench/).
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			code := run(os.Args[1:], os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	interp.SetupHook = func(argv, path []string, modules *runtime.Dict) {
		stdlib.SetArgv(argv)
		stdlib.SetPath(path)
		stdlib.SetModules(modules)
	}
	stdlib.Locals = interp.Locals
	stdlib.Import = interp.Import
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
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
		return interp.RunSource("<string>", []byte(args[1]), append([]string{"-c"}, args[2:]...))
	case strings.HasPrefix(a, "-c") && len(a) > 2:
		return interp.RunSource("<string>", []byte(a[2:]), append([]string{"-c"}, args[1:]...))
	case a == "-":
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(stderr, "spindle: cannot read stdin: %v\n", err)
			return 2
		}
		return interp.RunSource("<stdin>", src, append([]string{"-"}, args[1:]...))
	case a == "--":
		if len(args) < 2 {
			fmt.Fprint(stderr, usage)
			return 2
		}
		return interp.RunFile(args[1], args[2:])
	case strings.HasPrefix(a, "-") && len(a) > 1:
		fmt.Fprintf(stderr, "Unknown option: %s\n%s", a, shortUsage)
		return 2
	}
	return interp.RunFile(a, args[1:])
}

const shortUsage = "usage: spindle [option] ... [-c cmd | file] [arg] ...\nTry `spindle -h' for more information.\n"
