import secrets
import string

t = secrets.token_hex()
print(len(t), all(c in "0123456789abcdef" for c in t))
print(len(secrets.token_hex(5)), len(secrets.token_bytes(7)), type(secrets.token_bytes()).__name__, len(secrets.token_bytes()))
u = secrets.token_urlsafe(16)
print(len(u), all(c in string.ascii_letters + string.digits + "-_" for c in u), len(secrets.token_urlsafe()))
print(secrets.token_hex(0), secrets.token_bytes(0), repr(secrets.token_urlsafe(0)))
print(secrets.token_hex(nbytes=2).__class__.__name__, secrets.DEFAULT_ENTROPY)
seen = set(secrets.randbelow(3) for _ in range(300))
print(sorted(seen))
print(0 <= secrets.randbelow(10**30) < 10**30, secrets.randbelow(1))
print(secrets.randbits(0), 0 <= secrets.randbits(100) < 2**100)
print(secrets.choice("x"), secrets.choice([7]), secrets.choice(range(5, 6)))
print(sorted(set(secrets.choice("ab") for _ in range(200))))
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest("abc", "abd"), secrets.compare_digest(b"ab", b"ab"))
print(secrets.compare_digest(bytearray(b"ab"), b"ab"), secrets.compare_digest("", ""), secrets.compare_digest("a", "ab"))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom))
for call in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-5), lambda: secrets.randbelow("a"),
             lambda: secrets.choice([]), lambda: secrets.choice(5), lambda: secrets.token_hex(-1),
             lambda: secrets.token_hex("a"), lambda: secrets.token_bytes(1.5), lambda: secrets.randbits(-1),
             lambda: secrets.compare_digest(1, 2), lambda: secrets.compare_digest("é", "é"),
             lambda: secrets.compare_digest("a", b"a"), lambda: secrets.compare_digest(b"a", "a"),
             lambda: secrets.compare_digest("a")]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
