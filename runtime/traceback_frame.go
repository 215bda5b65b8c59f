package runtime

// TbFrame, set by the interpreter, makes the frame object of a traceback
// entry (tb.Entries[tb.Index]) from what its Frame field recorded.
var TbFrame func(th *Thread, tb *Traceback) Value

// TracebackFrame is tb.tb_frame: the entry's frame object, or None when
// the entry was not recorded by an interpreter frame.
func TracebackFrame(th *Thread, tb *Traceback) Value {
	if tb.Entries[tb.Index].Frame == nil || TbFrame == nil {
		return None
	}
	return TbFrame(th, tb)
}

// TracebackOf is e.__traceback__: the traceback object of its outermost
// entry, or None.
func TracebackOf(e *Exception) Value {
	entries := e.TracebackEntries()
	if len(entries) == 0 {
		return None
	}
	return &Traceback{Entries: entries, Index: len(entries) - 1, Exc: e}
}

// sameLine reports whether two entries show the same place (a repeated
// line of a recursion, printed once).
func (e TracebackEntry) sameLine(o TracebackEntry) bool {
	return e.File == o.File && e.Line == o.Line && e.Name == o.Name && e.Pos == o.Pos
}
