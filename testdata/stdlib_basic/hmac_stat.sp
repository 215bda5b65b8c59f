# hmac over hashlib (new, copy, digest, compare_digest, errors) and stat (S_IS*, S_IMODE, filemode).
import hmac, hashlib, stat, os, tempfile
h = hmac.new(b"key", b"The quick brown fox", hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = h.copy(); h2.update(b"!"); print(h.hexdigest()[:16], h2.hexdigest()[:16])
print(hmac.new(b"k" * 100, b"m", "md5").hexdigest(), hmac.digest(b"k", b"m", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("ab", "ac"), hmac.compare_digest(b"a", b"ab"))
try:
    hmac.new(b"k", b"m")
except TypeError as e:
    print("TypeError", e)
try:
    hmac.new("k", b"m", "sha256")
except TypeError as e:
    print("TypeError", e)
d = tempfile.mkdtemp(); p = os.path.join(d, "f"); open(p, "w").close(); os.chmod(p, 0o640)
st = os.stat(p)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)), stat.filemode(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode))
print(stat.filemode(0o40755), stat.filemode(0o104755), stat.filemode(0o120777), stat.filemode(0o1777 | stat.S_IFDIR), stat.S_IFMT(0o100644) == stat.S_IFREG, stat.ST_MTIME)
os.remove(p); os.rmdir(d)
