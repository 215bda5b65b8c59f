# os.stat_result is a structseq of 10 items: len, index, slice, unpack,
# attributes, and a repr of its items (CPython 3.11).
import os
import re
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.txt")
    with open(p, "w") as f:
        f.write("hello")
    st = os.stat(p)
    print(len(st), type(st).__name__, bool(st))
    print(st[0] == st.st_mode, st[6], st.st_size, st[-1] == int(st.st_ctime))
    mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
    print(mode == st.st_mode, size, type(mtime).__name__, type(st.st_mtime).__name__)
    print(st[:3] == (st.st_mode, st.st_ino, st.st_dev), len(tuple(st)), len(list(st)))
    r = repr(st)
    print(re.sub(r"=\d+", "=N", r))
    print(f"st_size={st.st_size}," in r, f"st_mtime={int(st.st_mtime)}," in r)
    try:
        st[10]
    except IndexError as e:
        print("IndexError:", e)
