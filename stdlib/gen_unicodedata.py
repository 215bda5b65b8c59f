"""Generates unicodedata.txt.gz, the tables of Spindle's unicodedata module,
from the unicodedata module of the python3 that runs it (CPython 3.11:
Unicode 14.0.0), so that Spindle answers exactly as CPython 3.11 does.

Run by `go generate ./stdlib` (see unicodedata.go). The output is a
gzipped text file of tab-separated lines, read once on first use:

    V  version
    P  first last category bidirectional combining east_asian_width mirrored
       (a run of code points sharing these properties; hex bounds)
    A  first last PREFIX        names PREFIX-<hex code point> for the run
    N  cp NAME                  every other name
    D  cp decomposition         unicodedata.decomposition(), when not empty
    M  cp decimal digit numeric ("-" when absent; numeric as repr(float))
    C  cp                       a primary composite (its two-character
                                canonical decomposition recomposes to it)
"""
import gzip
import re
import sys
import unicodedata as u

MAX = 0x110000


def props(c):
    ch = chr(c)
    return (u.category(ch), u.bidirectional(ch), str(u.combining(ch)),
            u.east_asian_width(ch), str(u.mirrored(ch)))


def main(out):
    lines = ["V\t" + u.unidata_version]
    start, cur = 0, props(0)
    for c in range(1, MAX + 1):
        p = props(c) if c < MAX else None
        if p != cur:
            lines.append("P\t%X\t%X\t%s" % (start, c - 1, "\t".join(cur)))
            start, cur = c, p
    algo = None  # [first, last, prefix]
    for c in range(MAX):
        name = u.name(chr(c), None)
        if name is None:
            continue
        m = re.fullmatch(r"(.*)-([0-9A-F]{4,6})", name)
        if m and int(m.group(2), 16) == c:
            if algo and algo[2] == m.group(1) and algo[1] == c - 1:
                algo[1] = c
                continue
            if algo:
                lines.append("A\t%X\t%X\t%s" % tuple(algo))
            algo = [c, c, m.group(1)]
            continue
        lines.append("N\t%X\t%s" % (c, name))
    if algo:
        lines.append("A\t%X\t%X\t%s" % tuple(algo))
    for c in range(MAX):
        ch = chr(c)
        d = u.decomposition(ch)
        if d:
            lines.append("D\t%X\t%s" % (c, d))
            parts = d.split()
            if len(parts) == 2 and not parts[0].startswith("<"):
                if u.normalize("NFC", u.normalize("NFD", ch)) == ch:
                    lines.append("C\t%X" % c)
        num = u.numeric(ch, None)
        if num is not None:
            dec = u.decimal(ch, None)
            dig = u.digit(ch, None)
            lines.append("M\t%X\t%s\t%s\t%r" % (
                c, "-" if dec is None else dec, "-" if dig is None else dig, num))
    data = ("\n".join(lines) + "\n").encode()
    with open(out, "wb") as f:
        f.write(gzip.compress(data, 9, mtime=0))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "unicodedata.txt.gz")
