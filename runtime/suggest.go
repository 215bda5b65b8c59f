package runtime

import "sort"

// "Did you mean" suggestions for NameError and AttributeError, printed
// after the exception line of a traceback as CPython 3.11 does
// (Python/suggestions.c: a Levenshtein distance where a case change costs
// 1 and any other edit 2, accepting at most a third of the characters
// changed).

const (
	suggestMaxCandidates = 750
	suggestMaxString     = 40
	suggestMoveCost      = 2
	suggestCaseCost      = 1
)

// suggestionKey stores a precomputed suggestion in Exception.Attrs; it is
// not a valid identifier, so no Python attribute can collide with it.
const suggestionKey = "\x00suggestion"

// SetSuggestion records the name a traceback should propose for e
// ("Did you mean: 'total'?"). The interpreter computes it with
// SuggestName when it raises NameError, while the scopes are at hand.
func SetSuggestion(e *Exception, name string) {
	if name != "" {
		e.attrs().SetStr(suggestionKey, Str(name))
	}
}

// SetSuggestionFunc makes f compute the name a traceback proposes for e,
// called when the traceback prints: CPython looks at the globals then, so a
// name an except clause's "as" target bound and unbound meanwhile is not
// proposed.
func SetSuggestionFunc(e *Exception, f func() string) {
	e.suggest = f
}

// SuggestName returns the closest match to name in the first scope that
// has one (CPython tries locals, then globals, then builtins), or "".
func SuggestName(name string, scopes ...[]string) string {
	for _, names := range scopes {
		if s := closestName(name, names); s != "" {
			return s
		}
	}
	return ""
}

// exceptionSuggestion is the suggestion printed for e: one computed by
// the SetSuggestionFunc function, one recorded with SetSuggestion, or for an AttributeError carrying name and obj, the
// closest attribute of obj.
func exceptionSuggestion(e *Exception) string {
	if e.suggest != nil {
		if s := e.suggest(); s != "" {
			return s
		}
	}
	if e.Attrs != nil {
		if v, ok := e.Attrs.GetStr(suggestionKey); ok {
			s, _ := v.(Str)
			return string(s)
		}
	}
	if !e.Class.IsSubtype(AttributeErrorType) || e.Attrs == nil {
		return ""
	}
	name, ok1 := e.Attrs.GetStr("name")
	obj, ok2 := e.Attrs.GetStr("obj")
	n, isStr := name.(Str)
	if !ok1 || !ok2 || !isStr {
		return ""
	}
	return closestName(string(n), attributeNames(obj))
}

// attributeNames approximates dir(obj): its own names and its class's.
func attributeNames(v Value) []string {
	seen := map[string]bool{}
	var names []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			names = append(names, s)
		}
	}
	if d, ok := v.(HasDir); ok {
		for _, n := range d.AttrNames() {
			add(n)
		}
	}
	mro := v.Type().MRO()
	if t, ok := v.(*Type); ok {
		mro = t.MRO()
	}
	for _, c := range mro {
		if c.Dict == nil {
			continue
		}
		for _, k := range c.Dict.Keys() {
			if s, ok := k.(Str); ok {
				add(string(s))
			}
		}
	}
	sort.Strings(names)
	return names
}

func closestName(name string, candidates []string) string {
	if len(candidates) >= suggestMaxCandidates {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, item := range candidates {
		if item == name {
			continue
		}
		maxDist := (len(name) + len(item) + 3) * suggestMoveCost / 6
		if bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := levenshtein(name, item, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// levenshtein is CPython's levenshtein_distance (on UTF-8 bytes), giving
// up with maxCost+1 once the distance must exceed maxCost.
func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	var buffer [suggestMaxString]int
	tmp := suggestMoveCost
	for i := 0; i < len(a); i++ {
		buffer[i] = tmp
		tmp += suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = buffer[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			buffer[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
