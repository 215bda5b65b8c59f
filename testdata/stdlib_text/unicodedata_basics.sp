import unicodedata

print(unicodedata.unidata_version)
for ch in ["a", "Z", "5", "é", "\u0301", "中", "가", "€", "½", "٣", "²", " ", "\t", "\U0001F600", "(", "\uFB01", "Ⅻ"]:
    print(ascii(ch), unicodedata.name(ch, "?"), unicodedata.category(ch),
          unicodedata.bidirectional(ch), unicodedata.combining(ch),
          unicodedata.east_asian_width(ch), unicodedata.mirrored(ch),
          repr(unicodedata.decomposition(ch)), unicodedata.decimal(ch, None),
          unicodedata.digit(ch, None), unicodedata.numeric(ch, None))

for name in ["LATIN SMALL LETTER A", "latin small letter a", "EURO SIGN", "CJK UNIFIED IDEOGRAPH-4E00",
             "CJK UNIFIED IDEOGRAPH-04E00", "HANGUL SYLLABLE GA", "GRINNING FACE",
             "CJK UNIFIED IDEOGRAPH-4e00", "hangul syllable ga", "NO SUCH THING", "x" * 300]:
    try:
        print(repr(name[:30]), ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(repr(name[:30]), "KeyError", e)

s = "Å ﬁ e\u0301 가 \u1100\u1161\u11a8 ① x\u0316\u0301\u0300"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = unicodedata.normalize(form, s)
    print(form, ascii(n), len(n), unicodedata.is_normalized(form, s), unicodedata.is_normalized(form, n))
print(unicodedata.normalize("NFC", "plain ascii"))

for call in [lambda: unicodedata.name("\x00"), lambda: unicodedata.decimal("a"),
             lambda: unicodedata.digit("a"), lambda: unicodedata.numeric("a"),
             lambda: unicodedata.name("ab"), lambda: unicodedata.category(5),
             lambda: unicodedata.normalize("NFX", "a"), lambda: unicodedata.normalize(1, "a"),
             lambda: unicodedata.normalize("NFC", b"a"), lambda: unicodedata.lookup(3)]:
    try:
        call()
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(sorted(ch for ch in "Hello, Wörld! 123" if unicodedata.category(ch).startswith("L")))
