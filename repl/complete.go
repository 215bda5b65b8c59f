package repl

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/spindle-lang/spindle/interp"
	"github.com/spindle-lang/spindle/runtime"
)

// Completer is the REPL's tab completion (a readline.AutoCompleter).
// What it offers depends on the text before the cursor:
//
//   - after `import ` / `from ` (and after the commas of an import
//     list): module names — the built-in modules, those already loaded,
//     and the .sp/.py files and packages of the search path;
//   - after `from m import `: the names of module m (a built-in or
//     already loaded module; completion never runs a module's code);
//   - after `a.b.`: the attributes of the object the dotted name refers
//     to, as dir() lists them (names starting with '_' only when the
//     typed prefix does). Only names and attribute lookups are evaluated,
//     never calls, subscripts or other expressions;
//   - otherwise: the names of __main__, the builtins and the keywords;
//   - with nothing but indentation before the cursor: four spaces, so
//     that Tab indents a block as in CPython.
//
// The lookups run on a private thread while the main thread waits at the
// prompt.
type Completer struct {
	sess *interp.Session
	th   *runtime.Thread
}

// NewCompleter makes the completer of a session.
func NewCompleter(s *interp.Session) *Completer {
	return &Completer{sess: s, th: runtime.NewThread("completer")}
}

// keywords are completed like names.
var keywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await", "break",
	"class", "continue", "def", "del", "elif", "else", "except", "finally",
	"for", "from", "global", "if", "import", "in", "is", "lambda",
	"nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
	"with", "yield",
}

var (
	importRe     = regexp.MustCompile(`^\s*import\s+(?:[\w.]+(?:\s+as\s+\w+)?\s*,\s*)*([\w.]*)$`)
	fromRe       = regexp.MustCompile(`^\s*from\s+([\w.]*)$`)
	fromImportRe = regexp.MustCompile(`^\s*from\s+([\w.]+)\s+import\s+\(?\s*(?:\w+(?:\s+as\s+\w+)?\s*,\s*)*(\w*)$`)
)

// Do implements readline.AutoCompleter: the candidates' remaining
// characters, and how many characters before the cursor they complete.
func (c *Completer) Do(line []rune, pos int) ([][]rune, int) {
	prefix, cands := c.Complete(string(line[:pos]))
	n := len([]rune(prefix))
	out := make([][]rune, len(cands))
	for i, s := range cands {
		out[i] = []rune(s)[n:]
	}
	return out, n
}

// Complete returns the word being completed at the end of before and the
// full candidates for it, sorted.
func (c *Completer) Complete(before string) (prefix string, cands []string) {
	if strings.TrimSpace(before) == "" {
		return "", []string{"    "}
	}
	if m := fromImportRe.FindStringSubmatch(before); m != nil {
		return m[2], filter(c.moduleAttrs(m[1]), m[2])
	}
	if m := fromRe.FindStringSubmatch(before); m != nil {
		return m[1], filter(c.modules(), m[1])
	}
	if m := importRe.FindStringSubmatch(before); m != nil {
		return m[1], filter(c.modules(), m[1])
	}
	word := trailingWord(before)
	if i := strings.LastIndexByte(word, '.'); i >= 0 {
		prefix = word[i+1:]
		path := strings.Split(word[:i], ".")
		for _, p := range path {
			if !isIdent(p) {
				return prefix, nil
			}
		}
		if j := len(before) - len(word); j > 0 && strings.ContainsRune(")]}'\"", rune(before[j-1])) {
			return prefix, nil // f().x: never call anything
		}
		return prefix, filter(c.attrs(path), prefix)
	}
	return word, filter(c.names(), word)
}

// trailingWord returns the identifier characters and dots that end s.
func trailingWord(s string) string {
	r := []rune(s)
	i := len(r)
	for i > 0 && (isIdentRune(r[i-1]) || r[i-1] == '.') {
		i--
	}
	return string(r[i:])
}

func isIdentRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func isIdent(s string) bool {
	for i, r := range s {
		if !isIdentRune(r) || (i == 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}

// filter keeps the candidates that start with prefix, sorted and without
// duplicates; names starting with '_' only when prefix does.
func filter(names []string, prefix string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if !strings.HasPrefix(n, prefix) || seen[n] {
			continue
		}
		if strings.HasPrefix(n, "_") && !strings.HasPrefix(prefix, "_") {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// names returns the names in scope: __main__'s, the builtins', keywords.
func (c *Completer) names() []string {
	out := dictKeys(c.sess.Globals())
	out = append(out, dictKeys(runtime.Builtins)...)
	return append(out, keywords...)
}

func dictKeys(d *runtime.Dict) []string {
	var out []string
	for _, k := range d.Keys() {
		if s, ok := k.(runtime.Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// lookup evaluates a dotted name: a global or builtin, then attributes.
func (c *Completer) lookup(path []string) (runtime.Value, bool) {
	v, ok := c.sess.Globals().GetStr(path[0])
	if !ok {
		v, ok = runtime.Builtins.GetStr(path[0])
	}
	if !ok {
		return nil, false
	}
	for _, name := range path[1:] {
		a, err := runtime.GetAttr(c.th, v, name)
		if err != nil {
			return nil, false
		}
		v = a
	}
	return v, true
}

// attrs returns dir() of the object a dotted name refers to.
func (c *Completer) attrs(path []string) []string {
	v, ok := c.lookup(path)
	if !ok {
		return nil
	}
	return c.dir(v)
}

func (c *Completer) dir(v runtime.Value) []string {
	dir, ok := runtime.Builtins.GetStr("dir")
	if !ok {
		return nil
	}
	lst, err := runtime.Call(c.th, dir, []runtime.Value{v}, nil)
	if err != nil {
		return nil
	}
	items, err := runtime.IterateAll(c.th, lst)
	if err != nil {
		return nil
	}
	var out []string
	for _, it := range items {
		if s, ok := it.(runtime.Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// moduleAttrs returns the names of a module that is loaded or built in.
func (c *Completer) moduleAttrs(name string) []string {
	m, ok := runtime.LoadedModules.GetStr(name)
	if !ok {
		if runtime.BuiltinModules[name] == nil {
			return nil
		}
		var err error
		if m, err = interp.Import(c.th, name); err != nil {
			return nil
		}
	}
	return c.dir(m)
}

// modules returns the names of the importable modules.
func (c *Completer) modules() []string {
	var out []string
	for name := range runtime.BuiltinModules {
		out = append(out, name)
	}
	out = append(out, dictKeys(runtime.LoadedModules)...)
	dirs := []string{"."}
	if p := os.Getenv("SPINDLEPATH"); p != "" {
		dirs = append(dirs, filepath.SplitList(p)...)
	}
	for _, d := range dirs {
		out = append(out, moduleFiles(d)...)
	}
	return out
}

// moduleFiles lists the modules of a folder: name.sp, name.py, and
// folders holding __init__.sp or __init__.py.
func moduleFiles(dir string) []string {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() {
			for _, init := range []string{"__init__.sp", "__init__.py"} {
				if _, err := os.Stat(filepath.Join(dir, name, init)); err == nil && isIdent(name) {
					out = append(out, name)
					break
				}
			}
			continue
		}
		for _, ext := range []string{".sp", ".py"} {
			if base, ok := strings.CutSuffix(name, ext); ok && isIdent(base) {
				out = append(out, base)
			}
		}
	}
	return out
}
