# open() with encoding='cp1252' / 'windows-1252': write, read, error handlers and 'charmap' messages
import os, tempfile
p = os.path.join(tempfile.mkdtemp(), "w.txt")
with open(p, "w", encoding="cp1252") as f:
    f.write("“smart” – café €5\n")
print(open(p, "rb").read())
with open(p, encoding="cp1252") as f:
    print(f.read())
with open(p, encoding="windows-1252", errors="replace") as f:
    print(f.readline().strip())
with open(p, "w", encoding="cp1252") as f:
    print(f.encoding)
    try:
        f.write("ok\u20ad")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
with open(p, "wb") as f:
    f.write(b"ab\x81cd\x9d")
with open(p, encoding="cp1252", errors="replace") as f:
    print(repr(f.read()))
with open(p, encoding="cp1252") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
with open(p, "w", encoding="cp1252", errors="xmlcharrefreplace") as f:
    f.write("x\u20ady€")
print(open(p, "rb").read())
