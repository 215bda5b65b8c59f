package runtime

import (
	"fmt"
	"io"
	"strings"
)

// Traceback printing in CPython 3.11's format (the marker lines under
// the failing expressions are traceback_carets.go's):
//
//	Traceback (most recent call last):
//	  File "x.sp", line 3, in <module>
//	    f()
//	  File "x.sp", line 2, in f
//	    return 1 / 0
//	           ~~^~~
//	ZeroDivisionError: division by zero
//
// Chained exceptions (__cause__, or __context__ unless suppressed) are
// printed first, each followed by the sentence that links it to the next;
// exceptions suppressed by a failing thread group follow the main one.

const (
	causeHeader   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextHeader = "\nDuring handling of the above exception, another exception occurred:\n\n"
	// suppressedHeader introduces each exception of e.Suppressed (later
	// failures of the same thread group, LANGUAGE.md §2.2).
	suppressedHeader = "\nAlso raised in the same thread group (suppressed):\n\n"

	// recursiveCutoff is CPython's _RECURSIVE_CUTOFF: identical
	// consecutive entries beyond this many are summarised in one line.
	recursiveCutoff = 3
)

// PrintTraceback writes the full report of an uncaught exception to w, as
// CPython does on stderr. str() of the exceptions may run user code on th.
// The report is built first and written with a single Write.
func PrintTraceback(th *Thread, w io.Writer, e *Exception) {
	io.WriteString(w, FormatTraceback(th, e))
}

// FormatTraceback returns what PrintTraceback writes.
func FormatTraceback(th *Thread, e *Exception) string {
	var b tbParts
	formatChain(th, &b, e, map[*Exception]bool{}, &TracebackOptions{}, &groupCtx{cPrinter: true})
	return b.String()
}

// TracebackOptions are the knobs of the traceback module's formatting
// functions (traceback.format_exception and friends).
type TracebackOptions struct {
	// Limit, when HasLimit, keeps the first Limit entries (outermost
	// first) of each traceback, or the last -Limit entries if negative.
	Limit    int
	HasLimit bool
	// NoChain omits the causes, contexts and suppressed exceptions.
	NoChain bool
	// TB, when SetTB, replaces the traceback of the exception itself (not
	// of its chain), innermost first: print_exception(type, value, tb).
	TB    []TracebackEntry
	SetTB bool
}

// FormatExceptionParts returns the report of e as the list of strings
// traceback.format_exception returns: the header, one string per entry
// (with its source line), the chain sentences, the exception line and
// each note.
func FormatExceptionParts(th *Thread, e *Exception, opt *TracebackOptions) []string {
	var b tbParts
	formatChain(th, &b, e, map[*Exception]bool{}, opt, &groupCtx{})
	return b.parts()
}

// FormatExceptionOnlyParts is traceback.format_exception_only(e): the
// last part of e's report, without its traceback and chain.
func FormatExceptionOnlyParts(th *Thread, e *Exception) []string {
	var b tbParts
	formatLast(th, &b, e)
	return b.parts()
}

// FormatEntryParts is traceback.format_list/format_tb: one string per
// entry (innermost first in entries, outermost first in the result).
// lines, when not nil, gives the (stripped) source line of each entry
// instead of the file's (FrameSummary objects made with line=...).
func FormatEntryParts(entries []TracebackEntry, lines []string) []string {
	var b tbParts
	formatEntries(&b, entries, lines, false)
	return b.parts()
}

// tbParts builds a report and remembers where its parts end.
type tbParts struct {
	strings.Builder
	cuts []int
	// bare marks (by their end) the parts CPython's own printer writes
	// inside an exception group's box without the margin on their
	// continuation lines (marginFirst) or on any line (marginNone).
	bare map[int]marginKind
}

type marginKind uint8

const (
	marginAll marginKind = iota
	marginFirst
	marginNone
)

// cut ends the current part.
func (b *tbParts) cut() { b.cuts = append(b.cuts, b.Len()) }

// cutBare ends the current part, marked with margin kind k.
func (b *tbParts) cutBare(k marginKind) {
	if b.bare == nil {
		b.bare = map[int]marginKind{}
	}
	b.bare[b.Len()] = k
	b.cut()
}

func (b *tbParts) parts() []string {
	s := b.String()
	var out []string
	start := 0
	for _, c := range append(b.cuts, len(s)) {
		if c > start {
			out = append(out, s[start:c])
			start = c
		}
	}
	return out
}

// limitEntries applies opt's limit to entries (innermost first).
func limitEntries(entries []TracebackEntry, opt *TracebackOptions) []TracebackEntry {
	if !opt.HasLimit {
		return entries
	}
	n := opt.Limit
	if n >= 0 {
		if n < len(entries) {
			return entries[len(entries)-n:]
		}
		return entries
	}
	if -n < len(entries) {
		return entries[:-n]
	}
	return entries
}

// formatChain writes e preceded by its chain of causes/contexts, then the
// exceptions it suppressed. seen guards against cycles in the chain; ctx
// is the exception-group nesting (group.go's groupCtx; depth 0 outside
// any group).
func formatChain(th *Thread, b *tbParts, e *Exception, seen map[*Exception]bool, opt *TracebackOptions, ctx *groupCtx) {
	seen[e] = true
	inner := &TracebackOptions{Limit: opt.Limit, HasLimit: opt.HasLimit}
	if c := e.Cause; c != nil && !seen[c] && !opt.NoChain {
		formatChained(th, b, c, seen, inner, ctx)
		ctx.emit(b, causeHeader)
	} else if c := e.Context; c != nil && e.Cause == nil && !e.SuppressContext && !seen[c] && !opt.NoChain {
		formatChained(th, b, c, seen, inner, ctx)
		ctx.emit(b, contextHeader)
	}
	tb := e.TracebackEntries()
	if opt.SetTB {
		tb = opt.TB
	}
	if e.group != nil {
		formatGroup(th, b, e, limitEntries(tb, opt), seen, inner, ctx)
	} else {
		var p tbParts
		formatOne(th, &p, e, limitEntries(tb, opt), "Traceback (most recent call last):\n", ctx.cPrinter)
		ctx.emitParts(b, &p, "| ")
	}
	if opt.NoChain {
		return
	}
	for _, s := range e.Suppressed {
		if seen[s] {
			continue
		}
		ctx.emit(b, suppressedHeader)
		formatChain(th, b, s, seen, inner, ctx)
	}
}

// formatChained writes the cause or context of an exception, keeping
// the group printer's pending closing line (CPython's print_chained).
func formatChained(th *Thread, b *tbParts, e *Exception, seen map[*Exception]bool, opt *TracebackOptions, ctx *groupCtx) {
	needClose := ctx.needClose
	formatChain(th, b, e, seen, opt, ctx)
	ctx.needClose = needClose
}

// formatOne writes one exception: header and traceback entries (when
// there are any), its last line and its notes. cStyle: as CPython's
// printer of uncaught exceptions (see traceback_carets.go).
func formatOne(th *Thread, b *tbParts, e *Exception, tb []TracebackEntry, header string, cStyle bool) {
	// An exception that ended a thread before any frame of its own ran
	// (its target's arguments did not bind) still shows where the thread
	// was spawned.
	if site := SpawnSiteOf(e); len(tb) > 0 || site != nil {
		b.WriteString(header)
		b.cut()
		formatEntries(b, tb, nil, cStyle)
		b.WriteString(FormatSpawnSites(site)) // §2.9: below the child's frames
		b.cut()
	}
	formatLast(th, b, e)
}

// formatLast writes the exception line (or SyntaxError block) and notes.
func formatLast(th *Thread, b *tbParts, e *Exception) {
	if e.Class.IsSubtype(SyntaxErrorType) && syntaxInfo(e) != nil {
		formatSyntaxErrorLocation(th, b, e)
		b.WriteString(formatSyntaxErrorLine(th, e))
	} else {
		b.WriteString(FormatExceptionOnly(th, e))
		if s := exceptionSuggestion(e); s != "" {
			b.WriteString(". Did you mean: '" + s + "'?")
		}
	}
	b.WriteByte('\n')
	b.cutBare(marginFirst)
	for _, note := range exceptionNotes(th, e) {
		b.WriteString(note)
		b.WriteByte('\n')
		b.cut()
	}
}

// FormatEntries writes the "  File ..." lines of a traceback, outermost
// call first (entries are stored innermost first), compressing runs of
// identical entries (deep recursion) as CPython does.
func FormatEntries(b *strings.Builder, entries []TracebackEntry) {
	var p tbParts
	formatEntries(&p, entries, nil, true)
	b.WriteString(p.String())
}

func formatEntries(b *tbParts, entries []TracebackEntry, lines []string, cStyle bool) {
	var last TracebackEntry
	count := 0
	flushRepeats := func() {
		if count > recursiveCutoff {
			n := count - recursiveCutoff
			s := "s"
			if n == 1 {
				s = ""
			}
			fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, s)
			b.cut()
		}
	}
	for i := len(entries) - 1; i >= 0; i-- {
		ent := entries[i]
		if count == 0 || !ent.sameLine(last) {
			flushRepeats()
			last = ent
			count = 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", ent.File, ent.Line, ent.Name)
		raw := ""
		if lines != nil {
			raw = lines[i]
		} else {
			raw = SourceLine(ent.File, ent.Line)
		}
		// The C printer strips only the indentation (and the newline).
		src := strings.TrimSpace(raw)
		if cStyle && src != "" {
			src = strings.TrimRight(strings.TrimLeft(raw, " \t\f"), "\r\n")
		}
		if src != "" {
			b.WriteString("    ")
			b.WriteString(src)
			b.WriteByte('\n')
			if lines != nil {
				// A FrameSummary's line is stripped: its marks are
				// placed on the file's line when that is the same.
				if orig := SourceLine(ent.File, ent.Line); strings.TrimSpace(orig) == src {
					raw = orig
				}
			}
			b.WriteString(caretLine(raw, ent.Pos, cStyle))
		}
		b.cut()
	}
	flushRepeats()
}

// formatSyntaxErrorLocation writes the location block CPython prints
// above a SyntaxError's last line:
//
//	File "x.sp", line 1
//	  x = (1,
//	      ^
func formatSyntaxErrorLocation(th *Thread, b *tbParts, e *Exception) {
	info := syntaxInfo(e)
	if info == nil {
		return
	}
	file := "<string>"
	if s, ok := info["filename"].(Str); ok {
		file = string(s)
	}
	line, ok := info["lineno"].(Int)
	if !ok {
		return
	}
	fmt.Fprintf(b, "  File \"%s\", line %d\n", file, line)
	b.cut()
	text, _ := info["text"].(Str)
	if text == "" {
		text = Str(SourceLine(file, int(line)))
	}
	if text == "" {
		return
	}
	raw := strings.TrimRight(string(text), "\r\n")
	trimmed := strings.TrimLeft(raw, " \t\f")
	cut := len([]rune(raw)) - len([]rune(trimmed))
	b.WriteString("    ")
	b.WriteString(trimmed)
	b.WriteByte('\n')
	b.cutBare(marginNone)
	offset, ok := info["offset"].(Int)
	if !ok || offset < 1 {
		return
	}
	start := int(offset) - 1 - cut
	if start < 0 {
		// CPython prints no caret when the error is in the indentation
		// ("unexpected indent", TabError).
		return
	}
	width := 1
	if end, ok := info["end_offset"].(Int); ok {
		endLine, _ := info["end_lineno"].(Int)
		if (endLine == 0 || endLine == line) && int(end) > int(offset) {
			width = int(end) - int(offset)
		}
	}
	if n := len([]rune(trimmed)); start+width > n+1 {
		width = n + 1 - start
		if width < 1 {
			width = 1
		}
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", start))
	b.WriteString(strings.Repeat("^", width))
	b.WriteByte('\n')
	b.cutBare(marginNone)
}

// formatSyntaxErrorLine is the last line of a SyntaxError report, which
// shows the bare message (str() would add the location).
func formatSyntaxErrorLine(th *Thread, e *Exception) string {
	msg, ok := syntaxInfo(e)["msg"]
	if !ok || msg == None {
		return FormatExceptionOnly(th, e)
	}
	s, err := ToStr(th, msg)
	if err != nil {
		s = "<exception str() failed>"
	}
	name := exceptionClassName(e.Class)
	if s == "" {
		return name
	}
	return name + ": " + s
}

// exceptionClassName is the class name as the last line of a traceback
// shows it: module-qualified except for builtins and __main__.
func exceptionClassName(t *Type) string {
	if t.Module() != "builtins" && t.Module() != "" && t.Module() != "__main__" {
		return t.Module() + "." + t.Name()
	}
	return t.Name()
}

// exceptionNotes returns the notes to print under the exception line:
// the __notes__ list when user code made or replaced it, else e.Notes.
func exceptionNotes(th *Thread, e *Exception) []string {
	if e.Attrs == nil {
		return e.Notes
	}
	v, ok := e.Attrs.GetStr("__notes__")
	if !ok {
		return e.Notes
	}
	var items []Value
	switch l := v.(type) {
	case *List:
		items = l.Snapshot()
	case *Tuple:
		items = l.Items
	default:
		s, err := Repr(th, v)
		if err != nil {
			s = "<__notes__ repr() failed>"
		}
		return []string{s}
	}
	notes := make([]string, 0, len(items))
	for _, it := range items {
		if s, ok := it.(Str); ok {
			notes = append(notes, string(s))
			continue
		}
		s, err := ToStr(th, it)
		if err != nil {
			s = "<note str() failed>"
		}
		notes = append(notes, s)
	}
	return notes
}
