package interp

import (
	"strings"
	"unicode"

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

// caretAnchors is runtime.CaretAnchors: CPython 3.11's
// _extract_caret_anchors_from_line_segment on our parser's tree.
func caretAnchors(segment string) (left, right int, ok bool) {
	mod, err := parser.ParseFile("<segment>", []byte(segment))
	if err != nil || len(mod.Body) != 1 {
		return 0, 0, false
	}
	st, isExpr := mod.Body[0].(*ast.ExprStmt)
	if !isExpr {
		return 0, 0, false
	}
	seg := []rune(segment)
	switch x := st.Value.(type) {
	case *ast.BinOp:
		lend, rstart := x.Left.Position().EndCol-1, x.Right.Position().Col-1
		if x.Left.Position().EndLine != 1 || x.Right.Position().Line != 1 || lend > rstart || rstart > len(seg) {
			return 0, 0, false
		}
		op := seg[lend:rstart]
		off := len(op) - len(strings.TrimLeftFunc(string(op), unicode.IsSpace))
		off = len([]rune(string(op)[:off]))
		left = lend + off
		right = left + 1
		if off+1 < len(op) && !unicode.IsSpace(op[off+1]) {
			right++
		}
		for left < len(seg) && (unicode.IsSpace(seg[left]) || seg[left] == ')' || seg[left] == '#') {
			left++
			right++
		}
		return left, right, true
	case *ast.Subscript:
		left = x.Value.Position().EndCol - 1
		right = x.Index.Position().EndCol
		for left < len(seg) && seg[left] != '[' {
			left++
		}
		for right < len(seg) && seg[right] != ']' {
			right++
		}
		if right < len(seg) {
			right++
		}
		return left, right, true
	}
	return 0, 0, false
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

// methodMark is mark for a method call obj.name(...): an AttributeError
// for the missing name marks the attribute (attr), as CPython does for
// its LOAD_METHOD, anything else the call (pos).
type methodMark struct {
	fr        *Frame
	pos, attr runtime.Span
	name      string
}

func (m methodMark) ret(v runtime.Value, err error) (runtime.Value, error) {
	if err != nil {
		if missingAttr(err, m.name) {
			m.fr.at(err, m.attr)
		} else {
			m.fr.at(err, m.pos)
		}
	}
	return v, err
}

// missingAttr reports whether err is the AttributeError of a failed
// lookup of name (its message ends "has no attribute 'name'").
func missingAttr(err error, name string) bool {
	exc, ok := err.(*runtime.Exception)
	return ok && exc.Class.IsSubtype(runtime.AttributeErrorType) &&
		strings.HasSuffix(exc.Message(), "has no attribute '"+name+"'")
}
