package interp

import (
	"strings"

	"github.com/spindle-lang/spindle/runtime"
)

// "Did you mean" suggestions for an uncaught NameError, computed as
// CPython 3.11 does (Python/suggestions.c): the closest name by a
// Levenshtein distance where a case change costs 1 and other edits 2,
// searched in the frame's locals, then its globals, then the builtins.
// They are added to the message only when the traceback is printed (str()
// of the exception is unchanged).

// nameErrCtx is kept in a NameError's Payload: where the name was looked
// up.
type nameErrCtx struct {
	locals  []string
	globals *runtime.Dict
}

const (
	moveCost          = 2
	caseCost          = 1
	maxStringSize     = 40
	maxCandidateItems = 750
)

func substitutionCost(a, b byte) int {
	if a == b {
		return 0
	}
	if lower(a) == lower(b) {
		return caseCost
	}
	return moveCost
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func levenshtein(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := -1
		for ai := 0; ai < len(a); ai++ {
			substitute := distance + substitutionCost(code, a[ai])
			distance = buf[ai]
			insertDelete := min(result, distance) + moveCost
			result = min(insertDelete, substitute)
			buf[ai] = result
			if minimum < 0 || result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

func bestSuggestion(name string, candidates []string) string {
	if len(candidates) > maxCandidateItems {
		return ""
	}
	best, bestDist := "", 0
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxCost := (len(name) + len(c) + 3) * moveCost / 6
		d := levenshtein(name, c, maxCost)
		if d > maxCost {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func dictNames(d *runtime.Dict) []string {
	var out []string
	for _, k := range d.Keys() {
		if s, ok := k.(runtime.Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// addSuggestions appends "Did you mean" hints to the NameErrors of an
// uncaught exception chain, just before it is printed.
func addSuggestions(exc *runtime.Exception) {
	seen := map[*runtime.Exception]bool{}
	for e := exc; e != nil && !seen[e]; {
		seen[e] = true
		if ctx, ok := e.Payload.(*nameErrCtx); ok && len(e.Args) == 1 {
			if n, ok := e.Attrs.GetStr("name"); ok {
				name := string(n.(runtime.Str))
				s := bestSuggestion(name, ctx.locals)
				if s == "" && ctx.globals != nil {
					s = bestSuggestion(name, dictNames(ctx.globals))
				}
				if s == "" {
					s = bestSuggestion(name, dictNames(runtime.Builtins))
				}
				if msg, ok := e.Args[0].(runtime.Str); ok && s != "" && !strings.Contains(string(msg), "Did you mean") {
					e.Args = []runtime.Value{msg + runtime.Str(". Did you mean: '"+s+"'?")}
				}
			}
		}
		if e.Cause != nil {
			e = e.Cause
		} else {
			e = e.Context
		}
	}
}

// localNames lists the names of fr's scope, for suggestions.
func localNames(fr *Frame) []string {
	if fr.code == nil || fr.code.scope == nil || fr.code.scope.kind == scopeModule {
		return nil
	}
	var out []string
	for _, n := range fr.code.scope.order {
		if b := fr.code.scope.names[n]; b != nil && b.kind != bindGlobal {
			out = append(out, n)
		}
	}
	return out
}
