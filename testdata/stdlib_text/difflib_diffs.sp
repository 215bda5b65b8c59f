import difflib

a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n".splitlines(True)
b = "zero\none\ntree\nfour\nfive\nsix\nseven\neight\nnine!\nten\neleven\n".splitlines(True)
print("".join(difflib.unified_diff(a, b, "before.txt", "after.txt")), end="")
print("".join(difflib.unified_diff(a, b, n=1)), end="")
print("".join(difflib.context_diff(a, b, "before.txt", "after.txt", "2024-01-01", "2024-01-02")), end="")
print("".join(difflib.context_diff(a, b, n=0)), end="")
for line in difflib.unified_diff("zero one tree four".split(), "one two three four".split(), "Original", "Current",
                                 "2005-01-26 23:30:50", "2010-04-02 10:20:52", lineterm=""):
    print(line)
print(list(difflib.unified_diff(a, a)), list(difflib.context_diff([], [])))
print(list(difflib.unified_diff([], ["x\n"])), list(difflib.unified_diff(["x\n"], [])))
print(list(difflib.context_diff(["a\n"], ["b\n"])))
big_a = ["l%d\n" % i for i in range(50)]
big_b = big_a[:10] + ["new\n"] + big_a[10:40] + big_a[41:]
print("".join(difflib.unified_diff(big_a, big_b, "a", "b")), end="")
print("".join(difflib.context_diff(big_a, big_b, "a", "b")), end="")
for call in [lambda: list(difflib.unified_diff([1], ["a"])), lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=3)),
             lambda: list(difflib.context_diff(["a"], [b"b"])), lambda: list(difflib.unified_diff(["a"]))]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
