package runtime

// GetFrame, set by the interpreter, is sys._getframe(depth): a snapshot
// of the frame depth calls above the innermost one running on th (0:
// the caller of sys._getframe). When nil (no interpreter), sys._getframe
// raises.
var GetFrame func(th *Thread, depth int) (Value, error)
