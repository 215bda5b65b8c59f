# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "A well-known, state-of-the-art, hyphen-separated phrase -- with em-dashes--like this -- ends. "
        "Supercalifragilisticexpialidocious is a long word; so is pneumonoultramicroscopicsilicovolcanoconiosis.")
for width in [10, 15, 20, 33, 50, 70]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, break_long_words=False))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap("a\tb\tc\nd  e", 8), textwrap.wrap("a\tb", 8, expand_tabs=False), textwrap.wrap("x\ny", 8, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("  leading", 10, drop_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine.", 80, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten(text, 40), textwrap.shorten("short", 40), textwrap.shorten(text, 25, placeholder=" (more)"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 5), textwrap.wrap("aaa-bbb-ccc-ddd", 6), textwrap.wrap("--- -- x--y", 4))
print(repr(textwrap.dedent("""
    def f():
        return 1
      
    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t  a\n\t  b")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=20, initial_indent="- ")
print(w.wrap("one two three four five six seven"), w.width)
w.width = 12
print(w.fill("one two three four five six seven"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print("ValueError:", e)
