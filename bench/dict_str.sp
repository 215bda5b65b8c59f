# Dicts keyed by strings: word counting over generated text, str.split,
# str.join, %-formatting, str.format and f-strings, dict iteration/get/
# setdefault, sorting by value.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "zu", "an", "el"]


def make_text(nlines, seed):
    x = seed
    lines = []
    for _ in range(nlines):
        words = []
        for _ in range(12):
            x = (x * 1103515245 + 12345) % 2147483648
            n = 1 + (x >> 16) % 3
            w = "".join(SYLLABLES[(x >> (4 * k)) % 12] for k in range(n))
            words.append(w)
        lines.append(" ".join(words))
    return "\n".join(lines)


def main():
    text = make_text(20000, 42)
    counts = {}
    first_seen = {}
    for lineno, line in enumerate(text.split("\n")):
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1
            first_seen.setdefault(w, lineno)
    by_len = {}
    for w, c in counts.items():
        by_len.setdefault(len(w), []).append(w)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    report = []
    for w, c in top:
        report.append("%s=%d" % (w, c))
        report.append("{}@{}".format(w.upper(), first_seen[w]))
        report.append(f"{w[::-1]}:{c:05d}")
    joined = ",".join(report)
    rebuilt = {}
    for item in "|".join(f"{k}={v}" for k, v in counts.items()).split("|"):
        k, _, v = item.partition("=")
        rebuilt[k] = int(v)
    assert rebuilt == counts
    keys = list(counts)
    hits = 0
    for i in range(600000):
        k = keys[i % len(keys)]
        if k + "x" in counts:
            hits += 1
        hits += counts[k] & 1
    h = 0
    for w in sorted(counts):
        h = (h * 31 + len(w) * counts[w]) % 1000000007
    print(len(counts), sorted((k, len(v)) for k, v in by_len.items()), joined, hits, h)


main()
