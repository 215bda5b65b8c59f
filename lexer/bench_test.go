package lexer

import (
	"strings"
	"testing"
)

// benchSource is about 10,000 lines of typical code.
var benchSource = strings.Repeat(samples[0]+samples[1]+samples[3]+samples[4]+
	"for i, (k, v) in enumerate(d.items()):\n    total += v * 2.5 - k // 3  # running sum\n    print(f'{k}: {v!r:>10}', sep='')\n", 400)

func BenchmarkTokenize(b *testing.B) {
	src := []byte(benchSource)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Tokenize("bench.sp", src); err != nil {
			b.Fatal(err)
		}
	}
}
