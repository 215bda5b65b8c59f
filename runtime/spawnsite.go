package runtime

import (
	"fmt"
	"strings"
)

// Spawn sites on exceptions (LANGUAGE.md §2.9): when an exception leaves
// a spawned thread, the runtime records the thread's spawn-site chain on
// it, so that its traceback can end with
//
//	  spawned at File "x.sp", line 12, in download_all
//	  spawned at File "x.sp", line 3, in <module>
//
// The chain is kept in the exception's Attrs under spawnSiteKey (an
// opaque value, so it costs nothing on exceptions that never leave a
// thread). TODO(lead): a field on Exception would be cleaner; only
// setSpawnSite/SpawnSiteOf need to change.

const spawnSiteKey = "__spawned_at__"

// spawnSiteValue wraps a chain of spawn sites as a Value.
type spawnSiteValue struct{ site *SpawnSite }

var spawnSiteValueType = NewBuiltinType("spawn_site", nil)

func (*spawnSiteValue) Type() *Type { return spawnSiteValueType }

func (v *spawnSiteValue) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<spawn site %s>", strings.TrimSpace(FormatSpawnSites(v.site))), nil
}

// setSpawnSite records site on e unless e already has one (an exception
// re-raised through several threads keeps its innermost chain).
func setSpawnSite(e *Exception, site *SpawnSite) {
	if site == nil {
		return
	}
	if e.Attrs == nil {
		e.Attrs = NewDict()
	} else if _, ok := e.Attrs.GetStr(spawnSiteKey); ok {
		return
	}
	e.Attrs.SetStr(spawnSiteKey, &spawnSiteValue{site})
}

// SpawnSiteOf returns the spawn-site chain recorded on e (nil when e
// never left a spawned thread).
func SpawnSiteOf(e *Exception) *SpawnSite {
	if e.Attrs == nil {
		return nil
	}
	v, ok := e.Attrs.GetStr(spawnSiteKey)
	if !ok {
		return nil
	}
	if s, ok := v.(*spawnSiteValue); ok {
		return s.site
	}
	return nil
}

// FormatSpawnSites returns the "spawned at" lines of a chain, one per
// ancestor, each indented like a traceback entry:
//
//	spawned at File "x.sp", line 12, in download_all
//
// A run of identical lines (recursion through async: blocks) is cut as
// a traceback's repeated entries are: after recursiveCutoff of them,
// "[Previous line repeated N more times]".
func FormatSpawnSites(s *SpawnSite) string {
	var b strings.Builder
	var last SpawnSite
	count := 0
	flush := func() {
		if n := count - recursiveCutoff; n > 0 {
			plural := "s"
			if n == 1 {
				plural = ""
			}
			fmt.Fprintf(&b, "  [Previous line repeated %d more time%s]\n", n, plural)
		}
	}
	for ; s != nil; s = s.Parent {
		if s.File == "" {
			continue
		}
		here := SpawnSite{File: s.File, Line: s.Line, Func: s.Func}
		if count > 0 && here == last {
			count++
			if count > recursiveCutoff {
				continue
			}
		} else {
			flush()
			last, count = here, 1
		}
		fmt.Fprintf(&b, "  spawned at File \"%s\", line %d, in %s\n", s.File, s.Line, s.Func)
	}
	flush()
	return b.String()
}
