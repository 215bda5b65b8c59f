package runtime

import (
	"strconv"
	"strings"
)

// Tracebacks of exception groups, in CPython 3.11's format
// (print_exception_group in Python/pythonrun.c, which traceback.py
// mirrors): the group's own report, then each sub-exception's full
// report (chain included) inside a numbered box, indented two columns
// per level and prefixed with a "| " margin:
//
//	  + Exception Group Traceback (most recent call last):
//	  |   File "x.sp", line 1, in <module>
//	  | ExceptionGroup: eg (2 sub-exceptions)
//	  +-+---------------- 1 ----------------
//	    | ValueError: 1
//	    +---------------- 2 ----------------
//	    | TypeError: 2
//	    +------------------------------------
//
// At most maxGroupWidth sub-exceptions are shown ("and N more
// exceptions"), and groups nested deeper than maxGroupDepth are elided.

const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// groupCtx is CPython's exception_print_context: depth is the group
// nesting (0 outside any group); needClose asks the innermost last
// sub-exception's box to be closed.
type groupCtx struct {
	depth     int
	needClose bool
	// cPrinter: format as CPython's printer of uncaught exceptions, which
	// puts the margin only on the first line of the exception line and
	// none on a SyntaxError's source line and caret (traceback.py, used
	// by the traceback module, puts it on every line).
	cPrinter bool
}

func (c *groupCtx) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes s, every line of it behind the current margin, as one part.
func (c *groupCtx) emit(b *tbParts, s string) {
	c.write(b, s, "| ")
	b.cut()
}

func (c *groupCtx) write(b *tbParts, s, margin string) {
	if c.depth == 0 {
		b.WriteString(s)
		return
	}
	prefix := c.indent() + margin
	for _, line := range strings.SplitAfter(s, "\n") {
		if line != "" {
			b.WriteString(prefix)
			b.WriteString(line)
		}
	}
}

// emitParts copies the parts of p behind the margin; the first line of
// p gets firstMargin (the '+' of a top-level group's header).
func (c *groupCtx) emitParts(b *tbParts, p *tbParts, firstMargin string) {
	s := p.String()
	start := 0
	for _, end := range append(p.cuts, len(s)) {
		if end <= start {
			continue
		}
		part := s[start:end]
		kind := marginAll
		if c.cPrinter {
			kind = p.bare[end]
		}
		switch {
		case start == 0 && firstMargin != "| ":
			line, rest, _ := strings.Cut(part, "\n")
			c.write(b, line+"\n", firstMargin)
			c.write(b, rest, "| ")
		case kind == marginNone || c.depth == 0:
			b.WriteString(part)
		case kind == marginFirst:
			line, rest, _ := strings.Cut(part, "\n")
			c.write(b, line+"\n", "| ")
			b.WriteString(rest)
		default:
			c.write(b, part, "| ")
		}
		b.cut()
		start = end
	}
}

// formatGroup writes an exception group and its sub-exceptions.
func formatGroup(th *Thread, b *tbParts, e *Exception, tb []TracebackEntry, seen map[*Exception]bool, opt *TracebackOptions, ctx *groupCtx) {
	if ctx.depth > maxGroupDepth {
		ctx.emit(b, "... (max_group_depth is "+strconv.Itoa(maxGroupDepth)+")\n")
		return
	}
	top := ctx.depth == 0
	if top {
		ctx.depth++
	}
	var p tbParts
	formatOne(th, &p, e, tb, "Exception Group Traceback (most recent call last):\n", ctx.cPrinter)
	margin := "| "
	if ctx.depth == 1 && len(tb) > 0 {
		margin = "+ "
	}
	ctx.emitParts(b, &p, margin)
	excs := e.group.excs
	n := min(len(excs), maxGroupWidth+1)
	ctx.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			ctx.needClose = true
		}
		lead, title := "  ", strconv.Itoa(i+1)
		if i == 0 {
			lead = "+-"
		}
		truncated := i >= maxGroupWidth
		if truncated {
			title = "..."
		}
		b.WriteString(ctx.indent() + lead + "+---------------- " + title + " ----------------\n")
		b.cut()
		ctx.depth++
		if !truncated {
			formatChain(th, b, excs[i], seen, opt, ctx)
		} else {
			more := len(excs) - maxGroupWidth
			s := "s"
			if more == 1 {
				s = ""
			}
			ctx.emit(b, "and "+strconv.Itoa(more)+" more exception"+s+"\n")
		}
		if last && ctx.needClose {
			b.WriteString(ctx.indent() + "+------------------------------------\n")
			b.cut()
			ctx.needClose = false
		}
		ctx.depth--
	}
	if top {
		ctx.depth = 0
	}
}
