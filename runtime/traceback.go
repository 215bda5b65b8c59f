package runtime

import (
	"fmt"
	"io"
	"strings"
)

// Traceback printing in CPython 3.11's format (without 3.11's caret lines
// under the failing expression):
//
//	Traceback (most recent call last):
//	  File "x.sp", line 3, in <module>
//	    f()
//	  File "x.sp", line 2, in f
//	    return 1 / 0
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
	var b strings.Builder
	formatChain(th, &b, e, map[*Exception]bool{})
	return b.String()
}

// formatChain writes e preceded by its chain of causes/contexts, then the
// exceptions it suppressed. seen guards against cycles in the chain.
func formatChain(th *Thread, b *strings.Builder, e *Exception, seen map[*Exception]bool) {
	seen[e] = true
	if c := e.Cause; c != nil && !seen[c] {
		formatChain(th, b, c, seen)
		b.WriteString(causeHeader)
	} else if c := e.Context; c != nil && e.Cause == nil && !e.SuppressContext && !seen[c] {
		formatChain(th, b, c, seen)
		b.WriteString(contextHeader)
	}
	formatOne(th, b, e)
	for _, s := range e.Suppressed {
		if seen[s] {
			continue
		}
		b.WriteString(suppressedHeader)
		formatChain(th, b, s, seen)
	}
}

// formatOne writes one exception: its traceback entries, its last line
// and its notes.
func formatOne(th *Thread, b *strings.Builder, e *Exception) {
	if tb := e.TracebackEntries(); len(tb) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		FormatEntries(b, tb)
		b.WriteString(FormatSpawnSites(SpawnSiteOf(e))) // §2.9: below the child's frames
	}
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
	for _, note := range exceptionNotes(th, e) {
		b.WriteString(note)
		b.WriteByte('\n')
	}
}

// FormatEntries writes the "  File ..." lines of a traceback, outermost
// call first (entries are stored innermost first), compressing runs of
// identical entries (deep recursion) as CPython does.
func FormatEntries(b *strings.Builder, entries []TracebackEntry) {
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
		}
	}
	for i := len(entries) - 1; i >= 0; i-- {
		ent := entries[i]
		if count == 0 || ent != last {
			flushRepeats()
			last = ent
			count = 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", ent.File, ent.Line, ent.Name)
		if src := strings.TrimSpace(SourceLine(ent.File, ent.Line)); src != "" {
			b.WriteString("    ")
			b.WriteString(src)
			b.WriteByte('\n')
		}
	}
	flushRepeats()
}

// formatSyntaxErrorLocation writes the location block CPython prints
// above a SyntaxError's last line:
//
//	File "x.sp", line 1
//	  x = (1,
//	      ^
func formatSyntaxErrorLocation(th *Thread, b *strings.Builder, e *Exception) {
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
	if t.Module != "builtins" && t.Module != "" && t.Module != "__main__" {
		return t.Module + "." + t.Name
	}
	return t.Name
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
