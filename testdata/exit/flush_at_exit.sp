# Files a program opened and never closed are flushed at exit, whatever ends it.
import os, subprocess, sys, tempfile

ENDINGS = {
    "normal end": "pass",
    "uncaught exception": "raise ValueError('boom')",
    "sys.exit(3)": "import sys; sys.exit(3)",
    "sys.exit('bye')": "import sys; sys.exit('bye')",
    "KeyboardInterrupt": "raise KeyboardInterrupt",
}

tmp = tempfile.mkdtemp()
for i, (label, ending) in enumerate(ENDINGS.items()):
    text = os.path.join(tmp, "t%d.txt" % i)
    data = os.path.join(tmp, "b%d.bin" % i)
    code = "\n".join([
        "t = open(%r, 'w')" % text,
        "t.write('line one\\n')",
        "t.write('no newline')",
        "b = open(%r, 'wb')" % data,
        "b.write(b'\\x00\\x01' * 3000)",
        "a = open(%r, 'a')" % text,  # the same file twice: both buffers land
        "print('stdout kept', end='')",
        ending,
    ])
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    with open(text) as f:
        t = f.read()
    with open(data, "rb") as f:
        b = f.read()
    last = r.stderr.strip().splitlines()[-1:] if r.stderr else []
    # CPython ends an uncaught KeyboardInterrupt by killing itself with
    # SIGINT (-2); Spindle exits 130, as a shell reports that death.
    rc = 130 if r.returncode == -2 else r.returncode
    print(label, "->", rc, repr(r.stdout), repr(t), len(b), last)
    os.remove(text)
    os.remove(data)
os.rmdir(tmp)
