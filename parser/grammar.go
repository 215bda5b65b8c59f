package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"
)

// This file is the participle grammar of Spindle statements: a private
// concrete syntax tree that convert.go turns into ast nodes. Token types
// are the lexer's (Name, Keyword, Op, Newline, Indent, Dedent, ...);
// quoted literals match a token's text. Fields whose type is one of the
// interfaces of hooks.go are parsed by hand-written code (expressions,
// parameter lists, with-items); those of the types of checks.go are
// structural checks (':', INDENT, ';') that report CPython's messages.
//
// The grammar is LL(1): each alternative starts with its own token, and
// where an item list may end with a separator, a check or a negative
// lookahead (?! ...) stops the repetition before it. So the parser runs
// with participle.UseLookahead(0): a branch that has consumed a token and
// then fails is an error right there, reported at the token where it
// failed, never backtracked over. The hooks rely on this too (see doc.go).

// stmt is one statement at any level: a line of simple statements or a
// compound statement, in order of frequency (participle tries them in
// order).
//
// The shape of the grammar is tuned for participle's costs, which are
// per node tried (it allocates for every alternative, capture and
// repetition it attempts): simple statements are inlined rather than
// structs of their own, and cheap checks (simpleGuard, semicolon,
// assignOp) stop
// repetitions early.
type stmt struct {
	Guard     simpleGuard  `parser:"  ( @@"`
	First     *smallStmt   `parser:"    @@"`
	Semi      semicolon    `parser:"    ( @@"`
	Rest      []*smallStmt `parser:"      @@ )* ';'? Newline )"`
	Def       *funcDef     `parser:"| @@"`
	If        *ifStmt      `parser:"| @@"`
	For       *forStmt     `parser:"| @@"`
	Decorated *decorated   `parser:"| @@"`
	Class     *classDef    `parser:"| @@"`
	Try       *tryStmt     `parser:"| @@"`
	While     *whileStmt   `parser:"| @@"`
	With      *withStmt    `parser:"| @@"`
	Await     *awaitBlock  `parser:"| @@"`
	Async     *asyncBlock  `parser:"| @@"`
}

// suite is the body of a compound statement: an indented block, or simple
// statements on the header's line.
type suite struct {
	Block *block       `parser:"  @@"`
	Guard simpleGuard  `parser:"| @@"`
	First *smallStmt   `parser:"  @@"`
	Semi  semicolon    `parser:"  ( @@"`
	Rest  []*smallStmt `parser:"    @@ )* ';'? Newline"`
}

// block is NEWLINE INDENT stmt+ DEDENT; the indent hook reports a missing
// INDENT as CPython does ("expected an indented block after ...").
type block struct {
	Indent indentTok `parser:"Newline @@"`
	Stmts  []*stmt   `parser:"@@+ Dedent"`
}

// A line of simple statements is `small (";" small)* [";"] NEWLINE`,
// written inline in stmt and suite (one struct less per line). The guard
// lets it start only where a simple statement can (not at a compound
// statement keyword, so that compound statements do not first go through
// all the alternatives of smallStmt); the semicolon check consumes a ';'
// unless it ends the line.

// smallStmt is one simple statement; Tokens gives its extent. The keyword
// statements are inlined (captured into fields of smallStmt rather than
// into structs of their own): participle allocates a struct for every
// alternative it tries, so this saves allocations on every line.
type smallStmt struct {
	Tokens []plex.Token

	Expr      *exprStmt   `parser:"   @@"`
	Return    bool        `parser:" | @'return'"`
	Value     exprsOpt    `parser:"   @@?"`
	Pass      bool        `parser:" | @'pass'"`
	Raise     bool        `parser:" | @'raise'"`
	Exc       testOpt     `parser:"   ( @@"`
	Cause     testReq     `parser:"     ( 'from' @@ )? )?"`
	Break     bool        `parser:" | @'break'"`
	Continue  bool        `parser:" | @'continue'"`
	Import    []*dottedAs `parser:" | 'import' @@ ( ',' @@ )*"`
	From      *fromImport `parser:" | @@"`
	Del       delTargets  `parser:" | 'del' @@"`
	Global    []string    `parser:" | 'global' @Name ( ',' @Name )*"`
	Nonlocal  []string    `parser:" | 'nonlocal' @Name ( ',' @Name )*"`
	Assert    testReq     `parser:" | 'assert' @@"`
	AssertMsg testReq     `parser:"   ( ',' @@ )?"`
}

// exprStmt is an expression statement or an assignment of any kind: the
// first expression, then `op value` pairs where op is '=', an augmented
// operator or ':' (an annotation). convert checks the sequence of
// operators, which the value hook records (the op check consumes them
// but, being a zero-size struct, keeps nothing). One repetition here
// costs participle far less than alternatives for the kinds of
// assignment.
type exprStmt struct {
	First  stmtExprs     `parser:"@@"`
	Op     assignOp      `parser:"( @@"`
	Values []assignValue `parser:"  @@ )*"`
}

type dottedAs struct {
	Tokens []plex.Token
	Name   string `parser:"@Name ( @'.' @Name )*"`
	As     string `parser:"( 'as' @Name )?"`
}

// fromImport is `from ..m import a as b, c`, `from m import (a, b,)` or
// `from m import *`. The lexer gives "..." as one token.
type fromImport struct {
	Dots   []string      `parser:"'from' ( @( '.' | '...' )+"`
	Module *dottedName   `parser:"  @@? | @@ )"`
	Star   bool          `parser:"'import' ( @'*'"`
	Paren  []*importAs   `parser:" | '(' @@ ( (?! ',' ')') ',' @@ )* ','? ')'"`
	Names  []*importAs   `parser:" | @@ ( (?! ',' (Newline | ';')) ',' @@ )*"`
	Trail  trailingComma `parser:"  @@? )"`
}

type dottedName struct {
	Parts []string `parser:"@Name ( '.' @Name )*"`
}

type importAs struct {
	Tokens []plex.Token
	Name   string `parser:"@Name"`
	As     string `parser:"( 'as' @Name )?"`
}

// ifStmt is if/elif/else; convert nests each elif in the Orelse of the
// one before. The elif and else clauses are inlined (parallel slices)
// rather than structs: participle allocates the struct of a clause before
// finding there is none, at the end of every if statement.
type ifStmt struct {
	Pos        plex.Position
	Test       namedReq    `parser:"'if' @@"`
	Colon      colon       `parser:"@@"`
	Body       *suite      `parser:"@@"`
	ElifTests  []namedReq  `parser:"( 'elif' @@"`
	ElifColon  colon       `parser:"  @@"`
	ElifBodies []*suite    `parser:"  @@ )*"`
	ElseColon  forcedColon `parser:"( 'else' @@"`
	Else       *suite      `parser:"  @@ )?"`
}

type whileStmt struct {
	Pos       plex.Position
	Test      namedReq    `parser:"'while' @@"`
	Colon     colon       `parser:"@@"`
	Body      *suite      `parser:"@@"`
	ElseColon forcedColon `parser:"( 'else' @@"`
	Else      *suite      `parser:"  @@ )?"`
}

type forStmt struct {
	Pos       plex.Position
	Target    forTargets  `parser:"'for' @@"`
	Iter      exprsReq    `parser:"'in' @@"`
	Colon     colon       `parser:"@@"`
	Body      *suite      `parser:"@@"`
	ElseColon forcedColon `parser:"( 'else' @@"`
	Else      *suite      `parser:"  @@ )?"`
}

type tryStmt struct {
	Pos       plex.Position
	Colon     forcedColon     `parser:"'try' @@"`
	Body      *suite          `parser:"@@"`
	Check     tryCheck        `parser:"@@"`
	Handlers  []*exceptClause `parser:"@@*"`
	ElseColon forcedColon     `parser:"( 'else' @@"`
	Else      *suite          `parser:"  @@ )?"`
	FinColon  forcedColon     `parser:"( 'finally' @@"`
	Finally   *suite          `parser:"  @@ )?"`
}

type exceptClause struct {
	Pos   plex.Position
	Star  *exceptStar `parser:"'except' @@?"`
	Type  exceptType  `parser:"( @@"`
	Name  string      `parser:"  ( 'as' @Name )? )?"`
	Colon colon       `parser:"@@"`
	Body  *suite      `parser:"@@"`
}

type withStmt struct {
	Pos   plex.Position
	Items withItems `parser:"'with' @@"`
	Colon colon     `parser:"@@"`
	Body  *suite    `parser:"@@"`
}

type funcDef struct {
	Pos     plex.Position
	Name    string      `parser:"'def' @Name"`
	Params  paramList   `parser:"@@"`
	Returns returnAnn   `parser:"( '->' @@ )?"`
	Colon   forcedColon `parser:"@@"`
	Body    *suite      `parser:"@@"`
}

type classDef struct {
	Pos   plex.Position
	Name  string    `parser:"'class' @Name"`
	Args  classArgs `parser:"@@?"`
	Colon colon     `parser:"@@"`
	Body  *suite    `parser:"@@"`
}

// decorated is one or more decorators and the def or class they apply to.
// Async is only there to report `@dec async def` as Spindle's 'async def'
// error; a decorated 'async:' block is invalid.
type decorated struct {
	Decorators []namedReq  `parser:"( '@' @@ Newline )+"`
	Def        *funcDef    `parser:"( @@"`
	Class      *classDef   `parser:"| @@"`
	Async      *asyncBlock `parser:"| @@ )"`
}

// awaitBlock is Spindle's `await:` block (a thread group).
type awaitBlock struct {
	Pos   plex.Position
	Colon awaitColon `parser:"'await' @@"`
	Body  *suite     `parser:"@@"`
}

// asyncBlock is Spindle's `async:` block (spawn a virtual thread).
type asyncBlock struct {
	Pos   plex.Position
	Colon asyncColon `parser:"'async' @@"`
	Body  *suite     `parser:"@@"`
}
