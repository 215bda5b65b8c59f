package interp

import (
	"strings"

	"github.com/spindle-lang/spindle/ast"
	"github.com/spindle-lang/spindle/parser"
	"github.com/spindle-lang/spindle/runtime"
)

// Fine-grained error locations (PEP 657). An operation that can raise
// (a call, a binary operation, a subscript, an attribute or name load, a
// raise) captures the span of its node, packed in a runtime.Span, and
// on its error path only — never on the path that succeeds — records it
// in the frame with Frame.at. The traceback entry the frame then adds
// for that exception (Frame.addTraceback) carries the span, and the
// printer marks it under the source line. An operation marks only what
// it raised itself, not the errors of its operands, so an operation
// compiled without a span leaves the entry unmarked rather than
// wrongly marked.

func init() { runtime.CaretAnchors = caretAnchors }

// spanOf returns the packed span of a node.
func spanOf(n ast.Node) runtime.Span {
	p := n.Position()
	return runtime.MakeSpan(p.Line, p.Col, p.EndLine, p.EndCol)
}

// at records that err was raised in fr by the operation at pos, unless
// an operation inside it already did (the innermost one wins).
func (fr *Frame) at(err error, pos runtime.Span) error {
	if exc, ok := err.(*runtime.Exception); ok && fr.errExc != exc {
		fr.errExc, fr.errPos = exc, pos
	}
	return err
}

// raiseAt is Frame.raise for a raise (or assert) statement at pos.
func (fr *Frame) raiseAt(exc *runtime.Exception, pos runtime.Span) error {
	fr.errExc, fr.errPos = exc, pos
	return fr.raise(exc)
}

// caretAnchors is runtime.CaretAnchors: what CPython 3.11's printers
// learn by parsing the marked text.
func caretAnchors(segment string) (kind runtime.AnchorKind, a, b int) {
	mod, err := parser.ParseFile("<segment>", []byte(segment))
	if err != nil || len(mod.Body) != 1 {
		return runtime.NoAnchors, 0, 0
	}
	st, isExpr := mod.Body[0].(*ast.ExprStmt)
	if !isExpr {
		return runtime.NoAnchors, 0, 0
	}
	switch x := st.Value.(type) {
	case *ast.BinOp:
		l, r := x.Left.Position(), x.Right.Position()
		if l.EndLine != 1 || r.Line != 1 {
			return runtime.NoAnchors, 0, 0
		}
		return runtime.BinOpAnchors, l.EndCol - 1, r.Col - 1
	case *ast.Subscript:
		v, i := x.Value.Position(), x.Index.Position()
		if v.EndLine != 1 || i.EndLine != 1 {
			return runtime.NoAnchors, 0, 0
		}
		return runtime.SubscriptAnchors, v.EndCol - 1, i.EndCol - 1
	}
	return runtime.NoAnchors, 0, 0
}

// mark is an operation's span in a frame: `return mark{fr, pos}.ret(op())`
// returns op's results and, only when op fails, records pos.
type mark struct {
	fr  *Frame
	pos runtime.Span
}

func (m mark) ret(v runtime.Value, err error) (runtime.Value, error) {
	if err != nil {
		m.fr.at(err, m.pos)
	}
	return v, err
}

// methodSpans are the spans of a method call obj.name(...): an
// AttributeError for the missing name marks the attribute, as CPython
// does for its LOAD_METHOD, anything else the call. (One pointer for
// the call's closure to keep, not three words.)
type methodSpans struct {
	call, attr runtime.Span
	name       string
}

// methodMark is mark for a method call.
type methodMark struct {
	fr *Frame
	sp *methodSpans
}

func (m methodMark) ret(v runtime.Value, err error) (runtime.Value, error) {
	if err != nil {
		m.failed(err) // out of line: ret itself is inlined
	}
	return v, err
}

func (m methodMark) failed(err error) {
	if missingAttr(err, m.sp.name) {
		m.fr.at(err, m.sp.attr)
	} else {
		m.fr.at(err, m.sp.call)
	}
}

// missingAttr reports whether err is the AttributeError of a failed
// lookup of name (its message ends "has no attribute 'name'").
func missingAttr(err error, name string) bool {
	exc, ok := err.(*runtime.Exception)
	return ok && exc.Class.IsSubtype(runtime.AttributeErrorType) &&
		strings.HasSuffix(exc.Message(), "has no attribute '"+name+"'")
}
