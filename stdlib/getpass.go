package stdlib

import (
	"bufio"
	"os"
	"os/user"
	"strings"

	rt "github.com/spindle-lang/spindle/runtime"
)

// The getpass module: getuser (LOGNAME, USER, LNAME, USERNAME, then the
// password database, as CPython) and getpass (prompt on stderr, read a
// line from stdin; echo is not turned off).

// loadGetpassModule makes the getpass module (registered in modules.go).
func loadGetpassModule() *rt.Module {
	m := rt.NewModule("getpass")
	m.Dict.SetStr("getuser", rt.NewFunc("getuser", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		for _, k := range []string{"LOGNAME", "USER", "LNAME", "USERNAME"} {
			if v := os.Getenv(k); v != "" {
				return rt.Str(v), nil
			}
		}
		u, err := user.Current()
		if err != nil {
			return nil, rt.NewError(rt.ExceptionTypes()["OSError"], "No username set in the environment")
		}
		return rt.Str(u.Username), nil
	}))
	m.Dict.SetStr("getpass", rt.NewFunc("getpass", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		prompt := "Password: "
		if err := rt.UnpackArgs("getpass", args, kwargs, "prompt?", &prompt, "stream?", new(rt.Value)); err != nil {
			return nil, err
		}
		if err := writeStream(th, "stderr", prompt); err != nil {
			return nil, err
		}
		line, err := bufio.NewReader(os.Stdin).ReadString('\n')
		if err != nil && line == "" {
			return nil, rt.NewError(rt.ExceptionTypes()["EOFError"], "")
		}
		return rt.Str(strings.TrimRight(line, "\r\n")), nil
	}))
	m.Dict.SetStr("GetPassWarning", goClass("GetPassWarning", "getpass", []*rt.Type{rt.UserWarningType}))
	return m
}
