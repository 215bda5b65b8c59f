package runtime

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The methods of str. Positions given to and returned by methods count
// code points; ASCII strings (the common case) use byte offsets directly.

// strMethod wraps a str method body with the receiver check. Positional
// arguments that are instances of str subclasses reach the body as
// their str value (as CPython's str methods read them), except for
// format and format_map, whose arguments keep their own __format__.
func strMethod(name string, fn func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error)) *Builtin {
	keep := name == "format" || name == "format_map"
	return NewMethod(name, func(th *Thread, self Value, args []Value, kwargs []KwArg) (Value, error) {
		s, ok := unwrap(self).(Str) // str.join(S("-"), ...) with S a str subclass
		if !ok {
			return nil, NewError(TypeErrorType, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name, TypeName(self))
		}
		if !keep {
			args = unwrapStrArgs(args)
		}
		return fn(th, string(s), args, kwargs)
	})
}

// unwrapStrArgs replaces the str-subclass instances of args by their str
// values, copying args only when there is one.
func unwrapStrArgs(args []Value) []Value {
	for i, a := range args {
		inst, ok := a.(*Instance)
		if !ok {
			continue
		}
		if _, isStr := inst.BaseValue().(Str); !isStr {
			continue
		}
		out := append([]Value(nil), args...)
		for j := i; j < len(out); j++ {
			if in, ok := out[j].(*Instance); ok {
				if bs, ok := in.BaseValue().(Str); ok {
					out[j] = bs
				}
			}
		}
		return out
	}
	return args
}

// strNoArgs makes a method that takes no arguments.
func strNoArgs(name string, fn func(s string) Value) *Builtin {
	return strMethod(name, func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
		if len(args)+len(kwargs) > 0 {
			return nil, NewError(TypeErrorType, "str.%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
		}
		return fn(s), nil
	})
}

// oldStyleArgs checks the argument count of find-like methods.
func oldStyleArgs(name string, args []Value, kwargs []KwArg, min, max int) error {
	if len(kwargs) > 0 {
		return NewError(TypeErrorType, "str.%s() takes no keyword arguments", name)
	}
	if len(args) < min {
		return NewError(TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), len(args))
	}
	if len(args) > max {
		return NewError(TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), len(args))
	}
	return nil
}

// clinicArgs checks the argument count of Argument-Clinic methods.
func clinicArgs(name string, args []Value, kwargs []KwArg, min, max int) error {
	if len(kwargs) > 0 {
		return NewError(TypeErrorType, "str.%s() takes no keyword arguments", name)
	}
	if len(args) < min {
		return NewError(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
	}
	if len(args) > max {
		return NewError(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// strArg requires a str argument ("must be str, not int").
func strArg(v Value) (string, error) {
	if s, ok := v.(Str); ok {
		return string(s), nil
	}
	return "", NewError(TypeErrorType, "must be str, not %s", TypeName(v))
}

// optSliceArg reads an optional start/end argument (None means absent).
func optSliceArg(args []Value, i int, def int) (int, error) {
	if i >= len(args) || args[i] == None {
		return def, nil
	}
	return sliceBound(args[i])
}

// strWindow resolves start/end arguments (code points) against s and
// returns the byte range they select, plus the code point offset of lo
// (to turn byte results back into code point positions) and whether the
// window is valid (start <= len).
type strWindow struct {
	s         string
	lo, hi    int // byte offsets
	cpStart   int // code point index of lo
	ascii     bool
	startPast bool // start > len(s) or end < start: nothing matches, not even ""
}

func newStrWindow(s string, args []Value, from int) (strWindow, error) {
	w := strWindow{s: s, ascii: strIsASCII(s)}
	n := len(s)
	if !w.ascii {
		n = utf8.RuneCountInString(s)
	}
	start, err := optSliceArg(args, from, 0)
	if err != nil {
		return w, err
	}
	end, err := optSliceArg(args, from+1, n)
	if err != nil {
		return w, err
	}
	start, end = adjustIndices(start, end, n)
	if start > n || end < start {
		w.startPast = true
		return w, nil
	}
	w.cpStart = start
	if w.ascii {
		w.lo, w.hi = start, end
	} else {
		w.lo = runeOffset(s, start)
		w.hi = w.lo + runeOffset(s[w.lo:], end-start)
	}
	return w, nil
}

// adjustIndices is CPython's ADJUST_INDICES (start may end up > n).
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// pos converts a byte offset inside the window's string to a code point
// index.
func (w strWindow) pos(byteOff int) int {
	if w.ascii {
		return byteOff
	}
	return w.cpStart + utf8.RuneCountInString(w.s[w.lo:byteOff])
}

func (w strWindow) text() string { return w.s[w.lo:w.hi] }

// strFind implements find/rfind/index/rindex.
func strFind(name string, reverse, raise bool) *Builtin {
	return strMethod(name, func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
		if err := oldStyleArgs(name, args, kwargs, 1, 3); err != nil {
			return nil, err
		}
		sub, err := strArg(args[0])
		if err != nil {
			return nil, err
		}
		w, err := newStrWindow(s, args, 1)
		if err != nil {
			return nil, err
		}
		i := -1
		if !w.startPast && w.hi-w.lo >= len(sub) {
			if reverse {
				i = strings.LastIndex(w.text(), sub)
			} else {
				i = strings.Index(w.text(), sub)
			}
		}
		if i < 0 {
			if raise {
				return nil, NewError(ValueErrorType, "substring not found")
			}
			return MakeInt(-1), nil
		}
		return MakeInt(int64(w.pos(w.lo + i))), nil
	})
}

// strAffix implements startswith/endswith.
func strAffix(name string, end bool) *Builtin {
	return strMethod(name, func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
		if err := oldStyleArgs(name, args, kwargs, 1, 3); err != nil {
			return nil, err
		}
		w, err := newStrWindow(s, args, 1)
		if err != nil {
			return nil, err
		}
		match := func(x string) bool {
			if w.startPast {
				return false
			}
			if end {
				return strings.HasSuffix(w.text(), x)
			}
			return strings.HasPrefix(w.text(), x)
		}
		switch a := args[0].(type) {
		case Str:
			return Bool(match(string(a))), nil
		case *Tuple:
			for _, it := range a.Items {
				x, ok := unwrap(it).(Str)
				if !ok {
					return nil, NewError(TypeErrorType, "tuple for %s must only contain str, not %s", name, TypeName(it))
				}
				if match(string(x)) {
					return True, nil
				}
			}
			return False, nil
		}
		return nil, NewError(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, TypeName(args[0]))
	})
}

// padArgs reads (width[, fillchar]) for center/ljust/rjust.
func padArgs(name string, args []Value, kwargs []KwArg) (int, rune, error) {
	if err := clinicArgs(name, args, kwargs, 1, 2); err != nil {
		return 0, 0, err
	}
	width, err := sizeArg(args[0])
	if err != nil {
		return 0, 0, err
	}
	fill := ' '
	if len(args) > 1 {
		f, ok := args[1].(Str)
		if !ok {
			return 0, 0, NewError(TypeErrorType, "The fill character must be a unicode character, not %s", TypeName(args[1]))
		}
		if utf8.RuneCountInString(string(f)) != 1 {
			return 0, 0, NewError(TypeErrorType, "The fill character must be exactly one character long")
		}
		fill, _ = utf8.DecodeRuneInString(string(f))
	}
	return width, fill, nil
}

// padString pads s to width code points: left and right fill counts
// chosen by the caller.
func padString(s string, left, right int, fill rune) string {
	if left <= 0 && right <= 0 {
		return s
	}
	if left < 0 {
		left = 0
	}
	if right < 0 {
		right = 0
	}
	var b strings.Builder
	fs := string(fill)
	b.Grow(len(s) + (left+right)*len(fs))
	for i := 0; i < left; i++ {
		b.WriteString(fs)
	}
	b.WriteString(s)
	for i := 0; i < right; i++ {
		b.WriteString(fs)
	}
	return b.String()
}

func strPad(name string) *Builtin {
	return strMethod(name, func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
		width, fill, err := padArgs(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		n := strLen(s)
		if width <= n {
			return Str(s), nil
		}
		if err := CheckAllocPlus(len(s), width-n, utf8.RuneLen(fill)); err != nil {
			return nil, err
		}
		pad := width - n
		switch name {
		case "ljust":
			return Str(padString(s, 0, pad, fill)), nil
		case "rjust":
			return Str(padString(s, pad, 0, fill)), nil
		}
		// center: CPython puts the extra space on the right for an even
		// length string... precisely: left = pad/2 + (pad & width & 1).
		left := pad/2 + (pad & width & 1)
		return Str(padString(s, left, pad-left, fill)), nil
	})
}

// stripChars implements strip/lstrip/rstrip.
func strStrip(name string, left, right bool) *Builtin {
	return strMethod(name, func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
		if err := clinicArgs(name, args, kwargs, 0, 1); err != nil {
			return nil, err
		}
		var pred func(rune) bool
		if len(args) == 0 || args[0] == None {
			pred = isPySpace
		} else {
			cs, ok := args[0].(Str)
			if !ok {
				return nil, NewError(TypeErrorType, "%s arg must be None or str", name)
			}
			chars := string(cs)
			pred = func(r rune) bool { return strings.ContainsRune(chars, r) }
		}
		if left {
			s = strings.TrimLeftFunc(s, pred)
		}
		if right {
			s = strings.TrimRightFunc(s, pred)
		}
		return Str(s), nil
	})
}

// splitArgs reads (sep=None, maxsplit=-1).
func splitArgs(name string, args []Value, kwargs []KwArg) (sep string, hasSep bool, maxsplit int, err error) {
	var sepV, maxV Value
	if err = UnpackArgs(name, args, kwargs, "sep?", &sepV, "maxsplit?", &maxV); err != nil {
		return
	}
	maxsplit = -1
	if maxV != nil {
		if maxsplit, err = IndexInt(maxV); err != nil {
			return
		}
	}
	if sepV != nil && sepV != None {
		s, ok := sepV.(Str)
		if !ok {
			err = NewError(TypeErrorType, "must be str or None, not %s", TypeName(sepV))
			return
		}
		if s == "" {
			err = NewError(ValueErrorType, "empty separator")
			return
		}
		sep, hasSep = string(s), true
	}
	return
}

func strsToList(parts []string) *List {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = Str(p)
	}
	return NewList(items)
}

// splitWhitespace is str.split() with no separator.
func splitWhitespace(s string, maxsplit int) []string {
	out := make([]string, 0, min(12, len(s)/2+1)) // CPython's first guess
	i := 0
	for {
		// skip whitespace
		for i < len(s) {
			r, size := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if !isPySpace(r) {
				break
			}
			i += size
		}
		if i >= len(s) {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			return append(out, s[i:])
		}
		j := i
		for j < len(s) {
			r, size := rune(s[j]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[j:])
			}
			if isPySpace(r) {
				break
			}
			j += size
		}
		out = append(out, s[i:j])
		i = j
	}
}

// rsplitWhitespace is str.rsplit() with no separator.
func rsplitWhitespace(s string, maxsplit int) []string {
	var out []string
	j := len(s)
	for {
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			if !isPySpace(r) {
				break
			}
			j -= size
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if isPySpace(r) {
				break
			}
			i -= size
		}
		out = append(out, s[i:j])
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func rsplitSep(s, sep string, maxsplit int) []string {
	var out []string
	for maxsplit < 0 || len(out) < maxsplit {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
	}
	out = append(out, s)
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// isLineBreak reports the line boundaries of str.splitlines.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func splitLines(s string, keepends bool) []string {
	var out []string
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isLineBreak(r) {
				break
			}
			j += size
		}
		eol := j
		if j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			eol = j + size
			if r == '\r' && eol < len(s) && s[eol] == '\n' {
				eol++
			}
		}
		if keepends {
			out = append(out, s[i:eol])
		} else {
			out = append(out, s[i:j])
		}
		i = eol
	}
	return out
}

// mapRunes applies a per-code-point mapping with special multi-character
// results.
func mapRunes(s string, simple func(rune) rune, special map[rune]string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= 0x80 {
			if m, ok := special[r]; ok {
				b.WriteString(m)
				continue
			}
		}
		b.WriteRune(simple(r))
	}
	return b.String()
}

func asciiUpper(s string) string {
	if v, ok := asciiCase(s, 'a', 'z'); ok {
		return string(v.(Str))
	}
	return s
}

func asciiLower(s string) string {
	if v, ok := asciiCase(s, 'A', 'Z'); ok {
		return string(v.(Str))
	}
	return s
}

// asciiCase is s with its bytes in [lo, hi] moved to the other ASCII
// case ('a'-'z': upper), written straight into a new str (newStrBox: one
// allocation); ok is false, and nothing is allocated, when s has no such
// byte.
func asciiCase(s string, lo, hi byte) (v Value, ok bool) {
	i := 0
	for i < len(s) && (s[i] < lo || s[i] > hi) {
		i++
	}
	if i == len(s) {
		return nil, false
	}
	v, b := newStrBox(len(s))
	copy(b, s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c >= lo && c <= hi {
			c ^= 0x20
		}
		b[i] = c
	}
	return v, true
}

// caseValue is str.upper() (lo, hi = 'a', 'z'; full = strUpper) or
// str.lower() as a Value: an ASCII str is mapped by asciiCase.
func caseValue(s string, lo, hi byte, full func(string) string) Value {
	if !strIsASCII(s) {
		return Str(full(s))
	}
	if v, ok := asciiCase(s, lo, hi); ok {
		return v
	}
	return Str(s)
}

func strUpper(s string) string {
	if strIsASCII(s) {
		return asciiUpper(s)
	}
	return mapRunes(s, unicode.ToUpper, upperSpecial)
}

func strLower(s string) string {
	if strIsASCII(s) {
		return asciiLower(s)
	}
	if !strings.ContainsRune(s, 0x3a3) {
		return mapRunes(s, unicode.ToLower, lowerSpecial)
	}
	// Final sigma: Σ at the end of a word lowercases to ς.
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if r == 0x3a3 && finalSigma(rs, i) {
			b.WriteRune(0x3c2)
			continue
		}
		if m, ok := lowerSpecial[r]; ok {
			b.WriteString(m)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isPyLower and isPyUpper follow Python's Lowercase/Uppercase properties
// (the categories plus Other_Lowercase/Other_Uppercase: ⓐ, Ⅻ, ...).
func isPyLower(r rune) bool {
	return unicode.IsLower(r) || (r >= 0x80 && unicode.Is(unicode.Other_Lowercase, r))
}

func isPyUpper(r rune) bool {
	return unicode.IsUpper(r) || (r >= 0x80 && unicode.Is(unicode.Other_Uppercase, r))
}

func isCased(r rune) bool {
	return isPyUpper(r) || isPyLower(r) || unicode.IsTitle(r)
}

func isCaseIgnorable(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) || r == '\'' || r == '.' || r == ':' || r == 0xb7 || r == 0x2019
}

func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	k := i + 1
	for k < len(rs) && isCaseIgnorable(rs[k]) {
		k++
	}
	return k >= len(rs) || !isCased(rs[k])
}

func titleRune(b *strings.Builder, r rune) {
	if m, ok := titleSpecial[r]; ok {
		b.WriteString(m)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// lowerAt writes the lowercase of rs[i], applying the final-sigma rule.
func lowerAt(b *strings.Builder, rs []rune, i int) {
	r := rs[i]
	if r == 0x3a3 && finalSigma(rs, i) {
		b.WriteRune(0x3c2)
		return
	}
	if m, ok := lowerSpecial[r]; ok {
		b.WriteString(m)
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

func strTitle(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	prevCased := false
	for i, r := range rs {
		if prevCased {
			lowerAt(&b, rs, i)
		} else {
			titleRune(&b, r)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

func strCapitalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		if i == 0 {
			titleRune(&b, r)
		} else {
			lowerAt(&b, rs, i)
		}
	}
	return b.String()
}

func strSwapcase(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		switch {
		case isPyUpper(r):
			lowerAt(&b, rs, i)
		case isPyLower(r):
			if m, ok := upperSpecial[r]; ok {
				b.WriteString(m)
			} else {
				b.WriteRune(unicode.ToUpper(r))
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func strCasefold(s string) string {
	if strIsASCII(s) {
		return asciiLower(s)
	}
	return mapRunes(s, unicode.ToLower, foldSpecial)
}

// allRunes reports whether s is non-empty and every code point satisfies
// pred.
func allRunes(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !pred(r) {
			return false
		}
	}
	return true
}

func isPyDecimal(r rune) bool { return unicode.Is(pyDecimal, r) }
func isPyDigit(r rune) bool   { return isPyDecimal(r) || unicode.Is(pyDigitExtra, r) }
func isPyNumeric(r rune) bool { return isPyDigit(r) || unicode.Is(pyNumericExtra, r) }
func isPyAlpha(r rune) bool   { return unicode.IsLetter(r) }
func isPyAlnum(r rune) bool   { return isPyAlpha(r) || isPyNumeric(r) }

// isPyPrintable is str.isprintable for one code point.
func isPyPrintable(r rune) bool { return r == ' ' || unicode.IsPrint(r) }

func strIsLower(s string) bool {
	cased := false
	for _, r := range s {
		if isPyUpper(r) || unicode.IsTitle(r) {
			return false
		}
		if isPyLower(r) {
			cased = true
		}
	}
	return cased
}

func strIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if isPyLower(r) || unicode.IsTitle(r) {
			return false
		}
		if isPyUpper(r) {
			cased = true
		}
	}
	return cased
}

func strIsTitle(s string) bool { return isTitleCased(s, false) }

// isTitleCased is str.istitle and (bytewise, ASCII letters only)
// bytes.istitle: upper- and titlecase characters only after uncased
// ones, lowercase only after cased ones, and at least one cased.
func isTitleCased(s string, bytewise bool) bool {
	cased, prevCased := false, false
	for i := 0; i < len(s); {
		var upper, lower bool
		if bytewise {
			upper, lower = isASCIIUpper(s[i]), isASCIILower(s[i])
			i++
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			upper, lower = isPyUpper(r) || unicode.IsTitle(r), isPyLower(r)
			i += w
		}
		switch {
		case upper:
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case lower:
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// IsIdentifier is str.isidentifier.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) {
			continue
		}
		if i > 0 && (unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)) {
			continue
		}
		return false
	}
	return true
}

// expandedTabsLen is the byte length of strExpandTabs(s, tabsize), or -1
// when it overflows an int.
func expandedTabsLen(s string, tabsize int) int {
	n, col := 0, 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				if n > math.MaxInt-k {
					return -1
				}
				n += k
				col += k
			}
		case '\n', '\r':
			n++
			col = 0
		default:
			n += utf8.RuneLen(r)
			col++
		}
	}
	return n
}

func strExpandTabs(s string, tabsize int) string { return expandTabs(s, tabsize, false) }

// expandTabs is str.expandtabs and (bytewise) bytes.expandtabs: a tab
// pads to the next multiple of tab columns, a newline or carriage return
// restarts the column count, and any other character (a rune of str, a
// byte of bytes) takes one column.
func expandTabs(s string, tab int, bytewise bool) string {
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); {
		w := 1
		if !bytewise && s[i] >= utf8.RuneSelf {
			_, w = utf8.DecodeRuneInString(s[i:])
		}
		switch s[i] {
		case '\t':
			if tab > 0 {
				k := tab - col%tab
				b.WriteString(strings.Repeat(" ", k))
				col += k
			}
		case '\n', '\r':
			b.WriteByte(s[i])
			col = 0
		default:
			b.WriteString(s[i : i+w])
			col++
		}
		i += w
	}
	return b.String()
}

func strZfill(s string, width int) string {
	n := strLen(s)
	if width <= n {
		return s
	}
	fill := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + fill + s[1:]
	}
	return fill + s
}

// strJoin is sep.join(iterable).
func strJoin(th *Thread, sep string, iterable Value) (Value, error) {
	var items []Value
	switch x := iterable.(type) {
	case *List:
		// Joined under the list's lock, without a snapshot copy:
		// joining calls no user code.
		k := x.lock()
		v, err := joinItems(sep, x.items)
		x.unlock(k)
		return v, err
	case *Tuple:
		items = x.Items
	default:
		_, iterable1 := iterable.(Iterable)
		if _, iterator := iterable.(Iterator); !iterable1 && !iterator {
			return nil, NewError(TypeErrorType, "can only join an iterable")
		}
		var err error
		if items, err = IterateAll(th, iterable); err != nil {
			return nil, err
		}
	}
	return joinItems(sep, items)
}

// joinItems is sep.join(items) for a sequence of items already collected.
func joinItems(sep string, items []Value) (Value, error) {
	switch len(items) {
	case 0:
		return Str(""), nil
	case 1:
		if s, ok := items[0].(Str); ok {
			return s, nil
		}
	}
	if err := CheckAlloc(len(items)-1, len(sep)); err != nil {
		return nil, err
	}
	n := len(sep) * (len(items) - 1)
	for i, it := range items {
		s, ok := unwrap(it).(Str) // str subclasses join as their str value
		if !ok {
			return nil, NewError(TypeErrorType, "sequence item %d: expected str instance, %s found", i, TypeName(it))
		}
		n += len(s)
	}
	var b strings.Builder
	b.Grow(n)
	for i, it := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(string(unwrap(it).(Str)))
	}
	return Str(b.String()), nil
}

// strTranslate is s.translate(table): table[ord(c)] may be a str, an int
// code point or None (delete); LookupError leaves c unchanged.
func strTranslate(th *Thread, s string, table Value) (Value, error) {
	var b strings.Builder
	for _, r := range s {
		v, err := GetItem(th, table, MakeInt(int64(r)))
		if err != nil {
			if IsExc(err, LookupErrorType) {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch x := unwrap(v).(type) { // str and int subclasses too
		case *NoneValue:
		case Str:
			b.WriteString(string(x))
		case Int:
			if x < 0 || x > unicode.MaxRune {
				return nil, NewError(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(x))
		default:
			return nil, NewError(TypeErrorType, "character mapping must return integer, None or str")
		}
	}
	return Str(b.String()), nil
}

// strMaketrans is str.maketrans(x[, y[, z]]).
func strMaketrans(th *Thread, args []Value, kwargs []KwArg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "maketrans() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 3 {
		return nil, NewError(TypeErrorType, "maketrans expected at most 3 arguments, got %d", len(args))
	}
	args = unwrapStrArgs(args)
	d := NewDict()
	if len(args) == 1 {
		src, ok := args[0].(*Dict)
		if !ok {
			return nil, NewError(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		for _, kv := range src.Items() {
			k := kv[0]
			if s, ok := k.(Str); ok {
				if utf8.RuneCountInString(string(s)) != 1 {
					return nil, NewError(ValueErrorType, "string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(string(s))
				k = MakeInt(int64(r))
			} else if !IsIntValue(k) {
				return nil, NewError(TypeErrorType, "keys in translate table must be strings or integers")
			}
			if err := d.Set(th, k, kv[1]); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	x, ok1 := args[0].(Str)
	y, ok2 := args[1].(Str)
	if !ok1 || !ok2 {
		bad := args[0]
		if ok1 {
			bad = args[1]
		}
		return nil, NewError(TypeErrorType, "maketrans() argument must be str, not %s", TypeName(bad))
	}
	xr, yr := []rune(string(x)), []rune(string(y))
	if len(xr) != len(yr) {
		return nil, NewError(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		if err := d.Set(th, MakeInt(int64(xr[i])), MakeInt(int64(yr[i]))); err != nil {
			return nil, err
		}
	}
	if len(args) == 3 {
		z, ok := args[2].(Str)
		if !ok {
			return nil, NewError(TypeErrorType, "maketrans() argument 3 must be str, not %s", TypeName(args[2]))
		}
		for _, r := range string(z) {
			if err := d.Set(th, MakeInt(int64(r)), None); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func strReplace(s, old, new string, count int) string {
	if count < 0 {
		count = -1
	}
	// With an empty old, strings.Replace inserts after each UTF-8
	// sequence: at code point boundaries, as Python does.
	return strings.Replace(s, old, new, count)
}

func init() {
	StrType.New = newStr
	StrType.AddMethods(
		strNoArgs("upper", func(s string) Value { return caseValue(s, 'a', 'z', strUpper) }),
		strNoArgs("lower", func(s string) Value { return caseValue(s, 'A', 'Z', strLower) }),
		strNoArgs("casefold", func(s string) Value { return Str(strCasefold(s)) }),
		strNoArgs("title", func(s string) Value { return Str(strTitle(s)) }),
		strNoArgs("capitalize", func(s string) Value { return Str(strCapitalize(s)) }),
		strNoArgs("swapcase", func(s string) Value { return Str(strSwapcase(s)) }),
		strNoArgs("isalpha", func(s string) Value { return Bool(allRunes(s, isPyAlpha)) }),
		strNoArgs("isalnum", func(s string) Value { return Bool(allRunes(s, isPyAlnum)) }),
		strNoArgs("isdecimal", func(s string) Value { return Bool(allRunes(s, isPyDecimal)) }),
		strNoArgs("isdigit", func(s string) Value { return Bool(allRunes(s, isPyDigit)) }),
		strNoArgs("isnumeric", func(s string) Value { return Bool(allRunes(s, isPyNumeric)) }),
		strNoArgs("isspace", func(s string) Value { return Bool(allRunes(s, isPySpace)) }),
		strNoArgs("isascii", func(s string) Value { return Bool(strIsASCII(s)) }),
		strNoArgs("isprintable", func(s string) Value { return Bool(s == "" || allRunes(s, isPyPrintable)) }),
		strNoArgs("islower", func(s string) Value { return Bool(strIsLower(s)) }),
		strNoArgs("isupper", func(s string) Value { return Bool(strIsUpper(s)) }),
		strNoArgs("istitle", func(s string) Value { return Bool(strIsTitle(s)) }),
		strNoArgs("isidentifier", func(s string) Value { return Bool(IsIdentifier(s)) }),
		strFind("find", false, false),
		strFind("rfind", true, false),
		strFind("index", false, true),
		strFind("rindex", true, true),
		strAffix("startswith", false),
		strAffix("endswith", true),
		strPad("center"),
		strPad("ljust"),
		strPad("rjust"),
		strStrip("strip", true, true),
		strStrip("lstrip", true, false),
		strStrip("rstrip", false, true),
		strMethod("count", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if err := oldStyleArgs("count", args, kwargs, 1, 3); err != nil {
				return nil, err
			}
			sub, err := strArg(args[0])
			if err != nil {
				return nil, err
			}
			w, err := newStrWindow(s, args, 1)
			if err != nil {
				return nil, err
			}
			if w.startPast {
				return MakeInt(0), nil
			}
			if sub == "" {
				return MakeInt(int64(utf8.RuneCountInString(w.text()) + 1)), nil
			}
			return MakeInt(int64(strings.Count(w.text(), sub))), nil
		}),
		strMethod("split", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			sep, hasSep, maxsplit, err := splitArgs("split", args, kwargs)
			if err != nil {
				return nil, err
			}
			if !hasSep {
				return strsToList(splitWhitespace(s, maxsplit)), nil
			}
			return strsToList(strings.SplitN(s, sep, maxsplitN(maxsplit))), nil
		}),
		strMethod("rsplit", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			sep, hasSep, maxsplit, err := splitArgs("rsplit", args, kwargs)
			if err != nil {
				return nil, err
			}
			if !hasSep {
				return strsToList(rsplitWhitespace(s, maxsplit)), nil
			}
			return strsToList(rsplitSep(s, sep, maxsplit)), nil
		}),
		strMethod("splitlines", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			keep := false
			if len(args) > 1 {
				return nil, NewError(TypeErrorType, "splitlines() takes at most 1 argument (%d given)", len(args))
			}
			if err := UnpackArgs("splitlines", args, kwargs, "keepends?", &keep); err != nil {
				return nil, err
			}
			return strsToList(splitLines(s, keep)), nil
		}),
		strMethod("partition", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			return strPartition("partition", s, args, kwargs, false)
		}),
		strMethod("rpartition", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			return strPartition("rpartition", s, args, kwargs, true)
		}),
		strMethod("join", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if len(kwargs) > 0 {
				return nil, NewError(TypeErrorType, "str.join() takes no keyword arguments")
			}
			if len(args) != 1 {
				return nil, NewError(TypeErrorType, "str.join() takes exactly one argument (%d given)", len(args))
			}
			return strJoin(th, s, args[0])
		}),
		strMethod("replace", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if err := clinicArgs("replace", args, kwargs, 2, 3); err != nil {
				return nil, err
			}
			old, ok := args[0].(Str)
			if !ok {
				return nil, NewError(TypeErrorType, "replace() argument 1 must be str, not %s", TypeName(args[0]))
			}
			nw, ok := args[1].(Str)
			if !ok {
				return nil, NewError(TypeErrorType, "replace() argument 2 must be str, not %s", TypeName(args[1]))
			}
			count := -1
			if len(args) == 3 {
				var err error
				if count, err = IndexInt(args[2]); err != nil {
					return nil, err
				}
			}
			if err := checkReplace(s, string(old), string(nw), count, strLen(s)+1); err != nil {
				return nil, err
			}
			return Str(strReplace(s, string(old), string(nw), count)), nil
		}),
		strMethod("removeprefix", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			p, err := oneStrArg("removeprefix", args, kwargs)
			if err != nil {
				return nil, err
			}
			return Str(strings.TrimPrefix(s, p)), nil
		}),
		strMethod("removesuffix", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			p, err := oneStrArg("removesuffix", args, kwargs)
			if err != nil {
				return nil, err
			}
			return Str(strings.TrimSuffix(s, p)), nil
		}),
		strMethod("zfill", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if len(kwargs) > 0 {
				return nil, NewError(TypeErrorType, "str.zfill() takes no keyword arguments")
			}
			if len(args) != 1 {
				return nil, NewError(TypeErrorType, "str.zfill() takes exactly one argument (%d given)", len(args))
			}
			w, err := sizeArg(args[0])
			if err != nil {
				return nil, err
			}
			if n := strLen(s); w > n {
				if err := CheckAllocPlus(len(s), w-n, 1); err != nil {
					return nil, err
				}
			}
			return Str(strZfill(s, w)), nil
		}),
		strMethod("expandtabs", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			tab := 8
			if err := UnpackArgs("expandtabs", args, kwargs, "tabsize?", &tab); err != nil {
				if len(args) > 0 && !IsIntValue(args[0]) {
					_, err = IndexInt(args[0])
				}
				return nil, err
			}
			if tab > math.MaxInt32 || tab < math.MinInt32 {
				return nil, NewError(OverflowErrorType, "Python int too large to convert to C int")
			}
			if err := CheckAlloc(expandedTabsLen(s, tab), 1); err != nil {
				return nil, err
			}
			return Str(strExpandTabs(s, tab)), nil
		}),
		strMethod("encode", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			var enc, errs Value
			if err := UnpackArgs("encode", args, kwargs, "encoding?", &enc, "errors?", &errs); err != nil {
				return nil, err
			}
			e, err := codecArg("encode", "encoding", enc, "utf-8")
			if err != nil {
				return nil, err
			}
			er, err := codecArg("encode", "errors", errs, "strict")
			if err != nil {
				return nil, err
			}
			r, err := encodeString(s, e, er)
			return Bytes(r), err
		}),
		strMethod("translate", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if len(kwargs) > 0 || len(args) != 1 {
				return nil, NewError(TypeErrorType, "str.translate() takes exactly one argument (%d given)", len(args)+len(kwargs))
			}
			return strTranslate(th, s, args[0])
		}),
		strMethod("format", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			r, err := StrFormat(th, s, args, kwargs, nil)
			return Str(r), err
		}),
		strMethod("format_map", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if len(kwargs) > 0 || len(args) != 1 {
				return nil, NewError(TypeErrorType, "str.format_map() takes exactly one argument (%d given)", len(args)+len(kwargs))
			}
			r, err := StrFormat(th, s, nil, nil, args[0])
			return Str(r), err
		}),
		strMethod("__len__", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			return MakeInt(int64(strLen(s))), nil
		}),
		strMethod("__contains__", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if len(args) != 1 {
				return nil, NewError(TypeErrorType, "expected 1 argument, got %d", len(args))
			}
			ok, err := Str(s).Contains(th, args[0])
			return Bool(ok), err
		}),
		strMethod("__getitem__", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if len(args) != 1 {
				return nil, NewError(TypeErrorType, "expected 1 argument, got %d", len(args))
			}
			return Str(s).GetItem(th, args[0])
		}),
		strMethod("__format__", func(th *Thread, s string, args []Value, kwargs []KwArg) (Value, error) {
			if len(args) != 1 {
				return nil, NewError(TypeErrorType, "expected 1 argument, got %d", len(args))
			}
			spec, ok := args[0].(Str)
			if !ok {
				return nil, NewError(TypeErrorType, "format() argument 1 must be str, not %s", TypeName(args[0]))
			}
			r, err := Str(s).Format(th, string(spec))
			return Str(r), err
		}),
		NewFunc("maketrans", strMaketrans),
	)
}

func maxsplitN(maxsplit int) int {
	if maxsplit < 0 {
		return -1
	}
	return maxsplit + 1
}

func oneStrArg(name string, args []Value, kwargs []KwArg) (string, error) {
	if len(kwargs) > 0 {
		return "", NewError(TypeErrorType, "str.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return "", NewError(TypeErrorType, "str.%s() takes exactly one argument (%d given)", name, len(args))
	}
	s, ok := args[0].(Str)
	if !ok {
		return "", NewError(TypeErrorType, "%s() argument must be str, not %s", name, TypeName(args[0]))
	}
	return string(s), nil
}

func strPartition(name, s string, args []Value, kwargs []KwArg, reverse bool) (Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeErrorType, "str.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, NewError(TypeErrorType, "str.%s() takes exactly one argument (%d given)", name, len(args))
	}
	sep, err := strArg(args[0])
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, NewError(ValueErrorType, "empty separator")
	}
	var i int
	if reverse {
		i = strings.LastIndex(s, sep)
	} else {
		i = strings.Index(s, sep)
	}
	if i < 0 {
		if reverse {
			return NewTuple([]Value{Str(""), Str(""), Str(s)}), nil
		}
		return NewTuple([]Value{Str(s), Str(""), Str("")}), nil
	}
	return NewTuple([]Value{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}), nil
}

// newStr is str(), str(x) and str(bytes, encoding, errors).
func newStr(th *Thread, cls *Type, args []Value, kwargs []KwArg) (Value, error) {
	var obj, enc, errs Value
	if err := UnpackArgs("str", args, kwargs, "object?", &obj, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if obj == nil {
		return Str(""), nil
	}
	if enc == nil && errs == nil {
		switch x := obj.(type) {
		case Str:
			return x, nil
		case Int:
			// The digits go straight into the str (one allocation).
			var arr [20]byte
			return StrFromBytes(strconv.AppendInt(arr[:0], int64(x), 10)), nil
		}
		s, err := ToStr(th, obj)
		return Str(s), err
	}
	data, ok := bytesOf(obj)
	if !ok {
		if _, isStr := obj.(Str); isStr {
			return nil, NewError(TypeErrorType, "decoding str is not supported")
		}
		return nil, NewError(TypeErrorType, "decoding to str: need a bytes-like object, %s found", TypeName(obj))
	}
	e, err := codecArg("str", "encoding", enc, "utf-8")
	if err != nil {
		return nil, err
	}
	er, err := codecArg("str", "errors", errs, "strict")
	if err != nil {
		return nil, err
	}
	r, err := decodeBytes(data, e, er)
	return Str(r), err
}
