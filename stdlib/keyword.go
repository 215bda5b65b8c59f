package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// The keyword module: CPython 3.11's hard and soft keyword lists (the
// words Spindle's lexer reserves are the same). iskeyword and
// issoftkeyword are membership tests, so an unhashable argument raises
// TypeError as frozenset.__contains__ does.

var (
	keywordList = []string{"False", "None", "True", "and", "as", "assert", "async", "await", "break",
		"class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
		"if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
		"while", "with", "yield"}
	softKeywordList = []string{"_", "case", "match"}
)

func keywordMember(name string, words []string) *rt.Builtin {
	set := map[string]bool{}
	for _, w := range words {
		set[w] = true
	}
	return rt.NewFunc(name, func(th *rt.Thread, args []rt.Value, kwargs []rt.KwArg) (rt.Value, error) {
		if len(kwargs) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "frozenset.__contains__() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, rt.NewError(rt.TypeErrorType, "frozenset.__contains__() takes exactly one argument (%d given)", len(args))
		}
		if _, err := rt.Hash(th, args[0]); err != nil {
			return nil, err
		}
		s, ok := args[0].(rt.Str)
		return rt.Bool(ok && set[string(s)]), nil
	})
}

func newKeywordModule() *rt.Module {
	m := rt.NewModule("keyword")
	m.Dict.SetStr("kwlist", strList(keywordList))
	m.Dict.SetStr("softkwlist", strList(softKeywordList))
	m.Dict.SetStr("iskeyword", keywordMember("iskeyword", keywordList))
	m.Dict.SetStr("issoftkeyword", keywordMember("issoftkeyword", softKeywordList))
	m.Dict.SetStr("__all__", strList([]string{"iskeyword", "issoftkeyword", "kwlist", "softkwlist"}))
	return m
}
