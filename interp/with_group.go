package interp

import "github.com/spindle-lang/spindle/runtime"

// closeGroupLeftOpen ends the with statement whose manager mgr is an
// instance of a ThreadGroup subclass that left its group open on th: its
// __enter__ opened the group and then raised, or its __exit__ raised or
// returned without calling ThreadGroup.__exit__. The group is then ended
// as ThreadGroup.__exit__ would have ended it with err, what the with
// statement raises at this point (nil: nothing): a failure cancels the
// group's threads, the threads are joined, th's current group and
// cancel scope are restored, and the statement raises what that returns.
// Otherwise later spawns of th went into a group nobody would join.
func closeGroupLeftOpen(th *runtime.Thread, mgr runtime.Value, err error) error {
	inst, ok := mgr.(*runtime.Instance)
	if !ok {
		return err
	}
	g, ok := inst.BaseValue().(*runtime.ThreadGroup)
	if !ok || !g.OpenOn(th) {
		return err
	}
	return g.Exit(th, err)
}
