package runtime

// List is a mutable sequence. Access goes through methods so that the
// sharing work (LANGUAGE.md §2.6) can make every operation atomic with a
// per-list lock without touching callers.
type List struct {
	items []Value
}

// ListType is `list`.
var ListType = NewBuiltinType("list", nil)

// NewList makes a list that takes ownership of items.
func NewList(items []Value) *List { return &List{items: items} }

// Type returns ListType.
func (*List) Type() *Type { return ListType }

// Len returns the number of items.
func (l *List) Len() int { return len(l.items) }

// At returns item i (0 <= i < Len()).
func (l *List) At(i int) Value { return l.items[i] }

// SetAt replaces item i (0 <= i < Len()).
func (l *List) SetAt(i int, v Value) { l.items[i] = v }

// Append adds v at the end.
func (l *List) Append(v Value) { l.items = append(l.items, v) }

// Snapshot returns a copy of the items, safe to iterate while the list
// changes.
func (l *List) Snapshot() []Value { return append([]Value(nil), l.items...) }

// Items returns the backing slice without copying. Only for code that
// owns the list (e.g. building it before it is shared).
func (l *List) Items() []Value { return l.items }

// SetItems replaces the whole contents (takes ownership of items).
func (l *List) SetItems(items []Value) { l.items = items }
