package runtime

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"
)

// A boxed str reads back as the Str it was made from, hashes and
// compares as one, and survives collections when only a Value, a string
// taken out of it or a substring of that references its object.
func TestStrBox(t *testing.T) {
	var vals []Value
	var subs []string
	for i := 0; i < 2000; i++ {
		v := StrFromBytes([]byte(fmt.Sprintf("s%d-%s", i, string(make([]byte, i%50)))))
		vals = append(vals, v)
		s := string(v.(Str))
		subs = append(subs, s[1:len(fmt.Sprint(i))+1])
	}
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	for i, v := range vals {
		want := Str(fmt.Sprintf("s%d-%s", i, string(make([]byte, i%50))))
		require.Equal(t, want, v.(Str))
		require.True(t, Is(v, want))
		require.Equal(t, fmt.Sprint(i), subs[i])
	}
	v, b := newStrBox(0)
	require.Nil(t, b)
	require.Equal(t, Str(""), v)
}
