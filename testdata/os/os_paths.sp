# os and os.path: paths, makedirs, walk, scandir, stat, remove/rmdir errors, shutil.rmtree, getenv
import os, os.path, tempfile
os.chdir(tempfile.mkdtemp())
with open("a.txt", "w") as f:
    f.write("hello\nworld\r\nthree\rfour")
print(os.path.join("a", "b", "/c", "d"), os.path.split("/a/b/"), os.path.splitext("x/.bashrc"), os.path.splitext("a.tar.gz"))
print(os.path.normpath("//a/./b/../c/"), os.path.basename("/x/y.txt"), os.path.dirname("/x/y.txt"))
print(os.path.exists("a.txt"), os.path.isfile("a.txt"), os.path.isdir("."), os.path.getsize("a.txt"))
os.makedirs("d1/d2/d3", exist_ok=True)
os.makedirs("d1/d2/d3", exist_ok=True)
try:
    os.makedirs("d1/d2")
except FileExistsError as e:
    print(e)
try:
    os.mkdir("d1")
except FileExistsError as e:
    print(e)
try:
    os.rename("zz", "yy")
except OSError as e:
    print(type(e).__name__, e)
open("d1/f.txt", "w").close()
for root, dirs, files in os.walk("d1"):
    print(root, sorted(dirs), sorted(files))
print(sorted(os.listdir("d1")))
for e in sorted(os.scandir("d1"), key=lambda e: e.name):
    print(e.name, e.path, e.is_dir(), e.is_file())
st = os.stat("a.txt")
print(st.st_size, st[6])
os.remove("d1/f.txt")
try:
    os.remove("d1")
except IsADirectoryError as e:
    print(e)
try:
    os.rmdir("d1")
except OSError as e:
    print(type(e).__name__, e)
import shutil
shutil.rmtree("d1")
print(os.path.exists("d1"))
print(os.getenv("NOPE_X"), os.getenv("NOPE_X", "dflt"), os.sep, repr(os.linesep))
