package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// benchUnit is one stretch of typical code; genProgram repeats it with
// fresh names.
const benchUnit = `
class Account%[1]d(Base, metaclass=Meta):
    """An account with a balance and a history."""
    rate: float = 0.05

    def __init__(self, owner, balance=0, *args, currency="EUR", **kw):
        self.owner = owner
        self.balance = balance
        self.history = [(i, i * 2) for i in range(10) if i %% 2 == 0]
        self.meta = {"owner": owner, "currency": currency, **kw}

    @property
    def total(self) -> float:
        return sum(x for _, x in self.history) + self.balance * (1 + self.rate) ** 2

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount!r:>10} for {self.owner}")
        elif amount > 1_000_000 and not self.verified:
            return None
        else:
            self.balance += amount
        return self.balance


def process_%[1]d(items, limit=None):
    result, seen = [], set()
    for idx, (key, value) in enumerate(items.items()):
        if key in seen or value is None:
            continue
        try:
            value = int(value) // 3 - -idx
        except (TypeError, ValueError) as exc:
            log("skip", key, exc, sep=", ")
        finally:
            seen.add(key)
        while limit is not None and len(result) >= limit:
            limit -= 1
            break
        result.append(value if value > 0 else abs(value))
    data = {k: v for k, v in zip(result, result[1:]) if k != v}
    with open("out-%[1]d.txt", "w") as fh, lock:
        fh.write("\n".join(str(x) for x in result))
    await:
        for chunk in result[::2]:
            async:
                total = compute(chunk, lambda a, b=2: a + b)
    return data, result[-1] if result else None
`

// genProgram returns a program of at least n lines.
func genProgram(n int) string {
	var b strings.Builder
	b.WriteString("import os, sys\nfrom collections import defaultdict as dd, OrderedDict\n")
	for i := 0; strings.Count(b.String(), "\n") < n; i++ {
		fmt.Fprintf(&b, benchUnit, i)
	}
	return b.String()
}

func BenchmarkParse10kLines(b *testing.B) {
	src := []byte(genProgram(10000))
	_, err := ParseFile("bench.sp", src)
	require.NoError(b, err)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("bench.sp", src); err != nil {
			b.Fatal(err)
		}
	}
}
