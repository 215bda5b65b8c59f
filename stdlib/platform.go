package stdlib

import (
	"os"
	"runtime"
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The platform module: system, machine, node, release, python_version
// (the CPython version Spindle follows, 3.11), platform, uname.

func platformSystem() string {
	switch runtime.GOOS {
	case "linux":
		return "Linux"
	case "darwin":
		return "Darwin"
	case "windows":
		return "Windows"
	case "freebsd":
		return "FreeBSD"
	}
	return strings.ToUpper(runtime.GOOS[:1]) + runtime.GOOS[1:]
}

func platformMachine() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x86_64"
	case "arm64":
		if runtime.GOOS == "linux" {
			return "aarch64"
		}
		return "arm64"
	case "386":
		return "i686"
	}
	return runtime.GOARCH
}

func platformRelease() string {
	b, err := os.ReadFile("/proc/sys/kernel/osrelease")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// loadPlatformModule makes the platform module (registered in modules.go).
func loadPlatformModule() *rt.Module {
	m := rt.NewModule("platform")
	str := func(name string, fn func() string) {
		m.Dict.SetStr(name, rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			return rt.Str(fn()), nil
		}))
	}
	str("system", platformSystem)
	str("machine", platformMachine)
	str("processor", platformMachine)
	str("release", platformRelease)
	str("version", func() string { return "" })
	str("node", func() string { h, _ := os.Hostname(); return h })
	str("python_version", func() string { return "3.11.0" })
	str("python_implementation", func() string { return "Spindle" })
	str("python_compiler", func() string { return runtime.Version() })
	str("platform", func() string {
		return platformSystem() + "-" + platformRelease() + "-" + platformMachine() + "-with-glibc"
	})
	m.Dict.SetStr("python_version_tuple", rt.NewFunc("python_version_tuple", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.NewTuple([]rt.Value{rt.Str("3"), rt.Str("11"), rt.Str("0")}), nil
	}))
	m.Dict.SetStr("architecture", rt.NewFunc("architecture", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		return rt.NewTuple([]rt.Value{rt.Str("64bit"), rt.Str("ELF")}), nil
	}))
	m.Dict.SetStr("uname", rt.NewFunc("uname", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		h, _ := os.Hostname()
		return rt.NewTuple([]rt.Value{rt.Str(platformSystem()), rt.Str(h), rt.Str(platformRelease()), rt.Str(""), rt.Str(platformMachine())}), nil
	}))
	return m
}
