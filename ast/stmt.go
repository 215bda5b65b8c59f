package ast

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Pos
	Value Expr
}

// Assign is `Targets[0] = Targets[1] = ... = Value`.
type Assign struct {
	Pos
	Targets []Expr
	Value   Expr
}

// AugAssign is `Target Op= Value`.
type AugAssign struct {
	Pos
	Target Expr
	Op     Op
	Value  Expr
}

// AnnAssign is `Target: Annotation` or `Target: Annotation = Value`
// (Value nil when absent).
type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr
}

// Delete is `del a, b[i], c.d`.
type Delete struct {
	Pos
	Targets []Expr
}

// Pass is `pass`.
type Pass struct{ Pos }

// Break is `break`.
type Break struct{ Pos }

// Continue is `continue`.
type Continue struct{ Pos }

// Return is `return` or `return Value` (Value may be nil).
type Return struct {
	Pos
	Value Expr
}

// Raise is `raise`, `raise Exc` or `raise Exc from Cause`.
type Raise struct {
	Pos
	Exc, Cause Expr
}

// Global is `global a, b`.
type Global struct {
	Pos
	Names []string
}

// Nonlocal is `nonlocal a, b`.
type Nonlocal struct {
	Pos
	Names []string
}

// Assert is `assert Test` or `assert Test, Msg`.
type Assert struct {
	Pos
	Test, Msg Expr
}

// If is `if Test: Body` with `elif` folded into a nested If in Orelse.
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is `while Test: Body else: Orelse`.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// For is `for Target in Iter: Body else: Orelse`.
type For struct {
	Pos
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// FunctionDef is `def Name(Args) -> Returns: Body`, with decorators applied
// bottom-up. Pos is the `def` line (decorators have their own positions).
type FunctionDef struct {
	Pos
	Name       string
	Args       *Arguments
	Body       []Stmt
	Decorators []Expr
	Returns    Expr
}

// ClassDef is `class Name(Bases, Keywords): Body`.
type ClassDef struct {
	Pos
	Name       string
	Bases      []Expr
	Keywords   []Keyword
	Body       []Stmt
	Decorators []Expr
}

// ExceptHandler is `except Type as Name: Body`; Type nil for a bare
// `except:`, Name "" when there is no `as`.
type ExceptHandler struct {
	Pos
	Type Expr
	Name string
	Body []Stmt
}

// Try is `try: Body except...: Handlers else: Orelse finally: Finalbody`.
// Star marks a try whose handlers are all `except*` clauses (PEP 654).
type Try struct {
	Pos
	Star      bool
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// WithItem is `Context as Vars` (Vars nil without `as`).
type WithItem struct {
	Pos
	Context Expr
	Vars    Expr
}

// With is `with Items...: Body`.
type With struct {
	Pos
	Items []*WithItem
	Body  []Stmt
}

// Alias is `Name as AsName` in an import (AsName "" without `as`). Name
// may be dotted in `import a.b.c`; it is "*" in `from m import *`.
type Alias struct {
	Pos
	Name   string
	AsName string
}

// Import is `import a.b as c, d`.
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is `from Module import Names` with Level leading dots.
type ImportFrom struct {
	Pos
	Module string
	Names  []*Alias
	Level  int
}

// AwaitBlock is `await: Body` — a thread group around Body.
type AwaitBlock struct {
	Pos
	Body []Stmt
}

// AsyncBlock is `async: Body` — Body runs on a new virtual thread.
type AsyncBlock struct {
	Pos
	Body []Stmt
}

func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*Delete) stmtNode()      {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Raise) stmtNode()       {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*Assert) stmtNode()      {}
func (*If) stmtNode()          {}
func (*While) stmtNode()       {}
func (*For) stmtNode()         {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Try) stmtNode()         {}
func (*With) stmtNode()        {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*AwaitBlock) stmtNode()  {}
func (*AsyncBlock) stmtNode()  {}
