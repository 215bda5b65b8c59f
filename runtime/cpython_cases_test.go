package runtime

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// The CPython-generated cases live in testdata/cpython_*.jsonl (one JSON
// array per line) rather than in Go tables: tens of thousands of
// composite literals made the runtime test package slow to compile.
// Values are tagged: ["s", text], ["i", digits], ["f", repr], ["b", hex],
// ["n"] None, ["T"]/["F"], ["t", items], ["l", items], ["d", pairs],
// ["sl", start, stop, step], ["ty", name].

// readCases reads a JSONL case file.
func readCases(t testing.TB, name string) []json.RawMessage {
	f, err := os.Open("testdata/" + name)
	require.NoError(t, err)
	defer f.Close()
	var out []json.RawMessage
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		out = append(out, json.RawMessage(append([]byte(nil), sc.Bytes()...)))
	}
	require.NoError(t, sc.Err())
	return out
}

// decodeTagged builds a Value from its tagged JSON form.
func decodeTagged(t testing.TB, raw json.RawMessage) Value {
	var parts []json.RawMessage
	require.NoError(t, json.Unmarshal(raw, &parts))
	var tag string
	require.NoError(t, json.Unmarshal(parts[0], &tag))
	str := func(i int) string {
		var s string
		require.NoError(t, json.Unmarshal(parts[i], &s))
		return s
	}
	list := func() []Value {
		var items []json.RawMessage
		require.NoError(t, json.Unmarshal(parts[1], &items))
		vs := make([]Value, len(items))
		for i, it := range items {
			vs[i] = decodeTagged(t, it)
		}
		return vs
	}
	switch tag {
	case "s":
		return Str(str(1))
	case "i":
		b, ok := new(big.Int).SetString(str(1), 10)
		require.True(t, ok)
		return NewBigInt(b)
	case "f":
		f, err := FloatFromString(str(1))
		require.NoError(t, err)
		return Float(f)
	case "b":
		b, err := hex.DecodeString(str(1))
		require.NoError(t, err)
		return Bytes(b)
	case "n":
		return None
	case "T":
		return True
	case "F":
		return False
	case "t":
		return NewTuple(list())
	case "l":
		return NewList(list())
	case "d":
		var pairs [][2]json.RawMessage
		require.NoError(t, json.Unmarshal(parts[1], &pairs))
		d := NewDict()
		for _, p := range pairs {
			require.NoError(t, d.Set(nil, decodeTagged(t, p[0]), decodeTagged(t, p[1])))
		}
		return d
	case "sl":
		return &Slice{Start: decodeTagged(t, parts[1]), Stop: decodeTagged(t, parts[2]), Step: decodeTagged(t, parts[3])}
	case "ty":
		return map[string]*Type{"bytes": BytesType, "str": StrType, "int": IntType, "float": FloatType, "bool": BoolType}[str(1)]
	}
	t.Fatalf("unknown tag %q", tag)
	return nil
}

// loadStrRows reads testdata/cpython_str.jsonl.
func loadStrRows(t testing.TB) []strRow {
	var rows []strRow
	for _, line := range readCases(t, "cpython_str.jsonl") {
		var parts []json.RawMessage
		require.NoError(t, json.Unmarshal(line, &parts))
		var r strRow
		r.recv = decodeTagged(t, parts[0])
		require.NoError(t, json.Unmarshal(parts[1], &r.name))
		var args []json.RawMessage
		require.NoError(t, json.Unmarshal(parts[2], &args))
		for _, a := range args {
			r.args = append(r.args, decodeTagged(t, a))
		}
		var kws [][2]json.RawMessage
		require.NoError(t, json.Unmarshal(parts[3], &kws))
		for _, kw := range kws {
			var name string
			require.NoError(t, json.Unmarshal(kw[0], &name))
			r.kwargs = append(r.kwargs, KwArg{Name: name, Value: decodeTagged(t, kw[1])})
		}
		require.NoError(t, json.Unmarshal(parts[4], &r.want))
		rows = append(rows, r)
	}
	return rows
}

// loadStringRows reads a case file of string arrays.
func loadStringRows(t testing.TB, name string) [][]string {
	var rows [][]string
	for _, line := range readCases(t, name) {
		var r []string
		require.NoError(t, json.Unmarshal(line, &r))
		rows = append(rows, r)
	}
	return rows
}
