# str.encode/bytes.decode with utf-16, utf-32 (BOM and -le/-be), utf-8-sig, unicode_escape and raw_unicode_escape, with their errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "ERR", type(e).__name__, e)
t("ue dec", lambda: b"a\\tb\\n\\x41\\u00e9\\U0001F600\\101\\\\ \\'".decode("unicode_escape"))
t("ue idiom", lambda: "line1\\nline2\\t!".encode().decode("unicode_escape"))
t("ue enc", lambda: "tab\there é ☃ 😀 \\ '\"\x7f".encode("unicode_escape"))
t("ue trunc", lambda: b"abc\\x4".decode("unicode_escape"))
t("ue trunc u", lambda: b"\\u12".decode("unicode_escape"))
t("ue end", lambda: b"abc\\".decode("unicode_escape"))
t("ue replace", lambda: b"a\\x4zb".decode("unicode_escape", "replace"))
t("raw enc", lambda: "é☃😀\\n".encode("raw_unicode_escape"))
t("raw dec", lambda: b"\\u2603\\n\xe9".decode("raw_unicode_escape"))
t("u16", lambda: ("ab😀".encode("utf-16"), "ab".encode("utf-16-be"), b"\xfe\xff\x00a".decode("utf-16"), b"a\x00b".decode("utf-16-le", "ignore")))
t("u16 odd", lambda: b"a\x00b".decode("utf-16-le"))
t("u32", lambda: ("a😀".encode("utf-32"), "a".encode("utf-32-be"), "a😀".encode("utf-32").decode("utf-32")))
t("sig", lambda: ("x".encode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig")))
t("names", lambda: [b"a\x00".decode(n) for n in ("UTF-16LE", "utf_16_le", "utf-16le")])
