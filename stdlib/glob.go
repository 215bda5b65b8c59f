package stdlib

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	rt "github.com/spindle-lang/spindle/runtime"
)

// glob: glob.glob/iglob/escape/has_magic with CPython's rules: "*", "?"
// and "[...]" never match a leading "." unless the pattern part starts
// with one, "**" (recursive=True) matches zero or more directories.
// Results of each directory are sorted (CPython gives the OS order, which
// programs cannot rely on anyway).

func timeNow() time.Time { return time.Now() }

func hasMagic(s string) bool { return strings.ContainsAny(s, "*?[") }

// globPaths expands pattern; paths are joined to the pattern's form.
func globPaths(pattern string, recursive, hidden bool) []string {
	if !hasMagic(pattern) {
		if _, err := os.Lstat(pattern); err == nil {
			return []string{pattern}
		}
		return nil
	}
	var prefix string
	parts := strings.Split(pattern, "/")
	if strings.HasPrefix(pattern, "/") {
		prefix = "/"
		parts = parts[1:]
	}
	results := []string{prefix}
	for i, part := range parts {
		last := i == len(parts)-1
		var next []string
		for _, base := range results {
			dir := base
			if dir == "" {
				dir = "."
			}
			switch {
			case part == "":
				if last {
					if st, err := os.Stat(dir); err == nil && st.IsDir() && base != "" {
						next = append(next, base+"/")
					}
				}
			case recursive && part == "**":
				if !last || true {
					next = append(next, globRecurse(base, hidden, last)...)
				}
			case !hasMagic(part):
				p := joinGlob(base, part)
				if _, err := os.Lstat(p); err == nil {
					next = append(next, p)
				}
			default:
				ents, err := os.ReadDir(dir)
				if err != nil {
					continue
				}
				names := sortedNames(ents)
				for _, n := range names {
					if strings.HasPrefix(n, ".") && !strings.HasPrefix(part, ".") && !hidden {
						continue
					}
					if ok, _ := filepath.Match(part, n); ok {
						p := joinGlob(base, n)
						if !last {
							if st, err := os.Stat(p); err != nil || !st.IsDir() {
								continue
							}
						}
						next = append(next, p)
					}
				}
			}
		}
		results = next
	}
	return results
}

func joinGlob(base, name string) string {
	if base == "" {
		return name
	}
	if strings.HasSuffix(base, "/") {
		return base + name
	}
	return base + "/" + name
}

// globRecurse is "**": base itself (as "" continuation) and every
// directory below it (and, when last, every file).
func globRecurse(base string, hidden, last bool) []string {
	var out []string
	if base != "" || !last {
		if last {
			if base != "" {
				out = append(out, joinGlob(base, ""))
			}
		} else {
			out = append(out, base)
		}
	}
	var walk func(b string)
	walk = func(b string) {
		dir := b
		if dir == "" {
			dir = "."
		}
		ents, err := os.ReadDir(dir)
		if err != nil {
			return
		}
		for _, n := range sortedNames(ents) {
			if strings.HasPrefix(n, ".") && !hidden {
				continue
			}
			p := joinGlob(b, n)
			st, err := os.Stat(p)
			isDir := err == nil && st.IsDir()
			if isDir || last {
				out = append(out, p)
			}
			if isDir {
				if lst, err := os.Lstat(p); err == nil && lst.Mode()&os.ModeSymlink == 0 {
					walk(p)
				}
			}
		}
	}
	walk(base)
	return out
}

func globArgs(th *rt.Thread, fname string, args []rt.Value, kwargs []rt.KwArg) (string, bool, bool, error) {
	var pv rt.Value
	var rootDir, dirFd rt.Value = rt.None, rt.None
	recursive, hidden := false, false
	if err := rt.UnpackArgs(fname, args, kwargs, "pathname", &pv, "*", "root_dir?", &rootDir, "dir_fd?", &dirFd,
		"recursive?", &recursive, "include_hidden?", &hidden); err != nil {
		return "", false, false, err
	}
	p, err := pathArg(th, fname, pv)
	if err != nil {
		return "", false, false, err
	}
	if rootDir != rt.None {
		r, err := pathArg(th, fname, rootDir)
		if err != nil {
			return "", false, false, err
		}
		// Results are relative to root_dir.
		wd, _ := os.Getwd()
		if err := os.Chdir(r); err == nil {
			defer os.Chdir(wd)
		}
	}
	return p, recursive, hidden, nil
}

// loadGlobModule makes the glob module (registered in modules.go).
func loadGlobModule() *rt.Module {
	m := rt.NewModule("glob")
	globFn := func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		p, rec, hidden, err := globArgs(th, "glob", args, kwargs)
		if err != nil {
			return nil, err
		}
		return strList(globPaths(p, rec, hidden)), nil
	}
	addFuncs(m,
		rt.NewFunc("glob", globFn),
		rt.NewFunc("iglob", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			l, err := globFn(th, args, kwargs)
			if err != nil {
				return nil, err
			}
			return listIter(l.(*rt.List).Snapshot()), nil
		}),
		rt.NewFunc("has_magic", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var s string
			if err := rt.UnpackArgs("has_magic", args, kwargs, "s", &s); err != nil {
				return nil, err
			}
			return rt.Bool(hasMagic(s)), nil
		}),
		rt.NewFunc("escape", func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
			var s string
			if err := rt.UnpackArgs("escape", args, kwargs, "pathname", &s); err != nil {
				return nil, err
			}
			var b strings.Builder
			for _, c := range s {
				if c == '*' || c == '?' || c == '[' {
					b.WriteString("[" + string(c) + "]")
				} else {
					b.WriteRune(c)
				}
			}
			return rt.Str(b.String()), nil
		}),
	)
	return m
}

// pathGlob is Path.glob(pattern): Paths under p.
func pathGlob(p *pathObj, pattern string) (rt.Value, error) {
	if pattern == "" {
		return nil, rt.NewError(rt.ValueErrorType, "Unacceptable pattern: ''")
	}
	base := p.path
	var paths []string
	if base == "." {
		paths = globPaths(pattern, true, false)
	} else {
		paths = globPaths(globEscape(base)+"/"+pattern, true, false)
	}
	sort.Strings(paths)
	out := make([]rt.Value, 0, len(paths))
	seen := map[string]bool{}
	for _, s := range paths {
		q := newPath(s, false)
		if seen[q.path] {
			continue
		}
		seen[q.path] = true
		out = append(out, q)
	}
	return listIter(out), nil
}

// listIter is a Python iterator over vs (generator-like results).
func listIter(vs []rt.Value) rt.Value {
	i := 0
	return &iterObject{typ: scandirIterType(), next: func(th *rt.Thread) (rt.Value, bool, error) {
		if i >= len(vs) {
			return nil, false, nil
		}
		i++
		return vs[i-1], true, nil
	}}
}

func globEscape(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c == '*' || c == '?' || c == '[' {
			b.WriteString("[" + string(c) + "]")
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}
