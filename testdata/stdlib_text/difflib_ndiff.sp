import difflib

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print("".join(difflib.Differ().compare(text1, text2)), end="")
print("".join(difflib.ndiff("one\ntwo\nthree\n".splitlines(True), "ore\ntree\nemu\n".splitlines(True))), end="")
print(list(difflib.ndiff(["\tabcDefghiJkl\n"], ["\tabcdefGhijkl\n"])))
print(list(difflib.ndiff(["abc\n", "xyz\n"], ["qqq\n", "abc\n"])))
print(list(difflib.ndiff(["a\n", "b\n", "c\n"], ["x\n", "y\n"])))
print(list(difflib.ndiff(["same\n", "left only\n"], ["same\n", "left onlyy\n", "extra\n"], linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.ndiff(["a b c\n"], ["a  b c\n"], charjunk=None)))
print(list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(["kitten\n"], ["sitting\n"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"), difflib.IS_LINE_JUNK("##\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))
print(list(difflib.ndiff([], [])), list(difflib.ndiff(["x"], ["x"])))
for call in [lambda: list(difflib.ndiff(["a"])), lambda: difflib.Differ().compare(["a"]), lambda: list(difflib.ndiff(5, ["a"]))]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
