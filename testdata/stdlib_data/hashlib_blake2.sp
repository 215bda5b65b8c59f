# hashlib.blake2b / blake2s: block boundaries, digest_size, key/salt/person, tree parameters, update/copy, hashlib.new, errors
import hashlib
for n in [0, 1, 63, 64, 65, 127, 128, 129, 256, 1000]:
    data = bytes(i % 251 for i in range(n))
    print(n, hashlib.blake2b(data).hexdigest()[:32], hashlib.blake2s(data).hexdigest()[:32])
print(hashlib.blake2b(b"abc", digest_size=20).hexdigest(), hashlib.blake2s(b"abc", digest_size=16).hexdigest())
for key in [b"k", b"K" * 64, b"x" * 128]:
    print(len(key), hashlib.blake2b(b"msg", key=key).hexdigest()[:40], hashlib.blake2b(key=key).hexdigest()[:16], hashlib.blake2s(b"m" * 70, key=key[:32]).hexdigest()[:16])
print(hashlib.blake2b(b"x", salt=b"salty", person=b"me").hexdigest()[:32], hashlib.blake2s(b"x", salt=b"12345678", person=b"p").hexdigest()[:32])
print(hashlib.blake2b(b"tree", fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1, inner_size=64, last_node=True).hexdigest()[:32])
print(hashlib.blake2s(b"tree", fanout=0, depth=255, leaf_size=1, node_offset=2**48 - 1, node_depth=2, inner_size=32, last_node=True).hexdigest()[:32])
h = hashlib.blake2b(digest_size=32)
h.update(b"hello "); c = h.copy(); h.update(b"world"); c.update(b"there")
print(h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size, h.name, len(h.digest()))
s = hashlib.blake2s(); print(s.digest_size, s.block_size, s.name, hashlib.new("blake2s", b"a").hexdigest(), hashlib.new("BLAKE2B").hexdigest()[:16])
print("blake2b" in hashlib.algorithms_available, "blake2s" in hashlib.algorithms_guaranteed)
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65), dict(salt=b"s" * 17), dict(person=b"p" * 17), dict(fanout=256), dict(depth=0), dict(node_depth=256)]:
    try:
        hashlib.blake2b(**kw)
    except (ValueError, OverflowError) as e:
        print(kw.popitem()[0], type(e).__name__, e)
for kw in [dict(digest_size=33), dict(key=b"k" * 33), dict(salt=b"s" * 9)]:
    try:
        hashlib.blake2s(**kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    hashlib.blake2b("text")
except TypeError as e:
    print("TypeError", e)
