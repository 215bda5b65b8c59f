// Package ast defines the syntax tree of a Spindle program.
//
// The parser builds these nodes from its private concrete tree; the
// interpreter's resolver and compiler consume them. Nothing here knows about
// participle or about runtime values: literals keep their decoded Go values
// (strings, float64) or, for integers, their source digits, so that the
// interpreter decides how to box them.
//
// Every node carries a Pos (1-based line and column of its first character,
// and of the character just after it ends) so that tracebacks and
// SyntaxErrors can point at the source.
package ast

// Pos is the source span of a node. Lines and columns are 1-based; columns
// count runes. EndLine/EndCol point just past the node's last character.
type Pos struct {
	Line, Col       int
	EndLine, EndCol int
}

// Position returns the span itself, so every node embedding Pos is a Node.
func (p Pos) Position() Pos { return p }

// Node is any syntax tree node.
type Node interface {
	Position() Pos
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Module is a whole source file.
type Module struct {
	Pos
	File string
	Body []Stmt
}
