import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(None, "ab", "c")
print(s.find_longest_match(0, 2, 0, 1), s.ratio())
a = "qabxcd"
b = "abycdf"
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, a[i1:i2], j1, j2, b[j1:j2]))
m = s.get_matching_blocks()[0]
print(m.a, m.b, m.size, m == (1, 0, 2), type(m).__name__)
s = difflib.SequenceMatcher(lambda x: x in " \t", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
s.set_seqs("abcd", "bcde")
print(s.ratio(), s.a, s.b)
s.set_seq1("xyz")
print(s.ratio())
s = difflib.SequenceMatcher()
s.set_seq2([1, 2, 3])
s.set_seq1([3, 2, 1.0])
print(s.get_opcodes(), s.ratio())
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher().get_opcodes())

# autojunk: characters filling more than 1% of a 200+ element b are ignored
long_b = "a" * 150 + "b" * 60 + "xyz"
long_a = "xyz" + "a" * 10
print(difflib.SequenceMatcher(None, long_a, long_b).get_matching_blocks())
print(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).get_matching_blocks())
lines_a = ["line %d\n" % i for i in range(30)]
lines_b = lines_a[:5] + ["inserted\n"] + lines_a[5:20] + lines_a[22:] + ["end\n"]
s = difflib.SequenceMatcher(None, lines_a, lines_b)
print(s.get_opcodes())
print(list(s.get_grouped_opcodes(2)))
print(list(difflib.SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist), difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("ab", ["ab", "ba", "abc", "abd", "xab"], n=2, cutoff=0.5))
print(difflib.get_close_matches("ab", ["ba", "ab"], n=5, cutoff=0))
for call in [lambda: difflib.get_close_matches("a", ["a"], n=0), lambda: difflib.get_close_matches("a", ["a"], cutoff=1.5),
             lambda: difflib.SequenceMatcher(None, [[1]], [[1]]),
             lambda: difflib.SequenceMatcher(None, "a", "b").ratio(1), lambda: difflib.SequenceMatcher(lambda: 1, "a", "b"),
             lambda: difflib.get_close_matches("a")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
