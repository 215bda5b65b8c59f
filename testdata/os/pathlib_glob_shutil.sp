# pathlib.Path, glob.glob, shutil copy/move/which, tempfile
from pathlib import Path
import glob, tempfile, os, shutil
p = Path("base") / "sub" / "file.tar.gz"
print(p, repr(p), p.name, p.suffix, p.suffixes, p.stem, p.parent, p.parts)
print(Path("a//b/./c/"), Path(""), Path("/"), Path("/x").parent, Path("a") / "/abs")
print(p.with_suffix(".txt"), p.with_name("x.py"), Path("a/b").relative_to("a"))
print(isinstance(p, Path), p == Path("base/sub/file.tar.gz"), "s" / Path("t"))
d = Path(tempfile.mkdtemp(prefix="pl"))
(d / "a").mkdir()
(d / "a" / "b").mkdir(parents=True, exist_ok=True)
try:
    (d / "a").mkdir()
except FileExistsError as e:
    print("exists", type(e).__name__)
print((d / "a" / "x.txt").write_text("hello"))
print((d / "a" / "x.txt").read_text())
(d / "a" / "y.py").write_bytes(b"\x00\x01")
print((d / "a" / "y.py").read_bytes())
print(sorted(q.name for q in (d / "a").iterdir()))
print(sorted(str(q.relative_to(d)) for q in d.glob("*/*.txt")))
print(sorted(str(q.relative_to(d)) for q in d.rglob("*")))
print((d / "a").is_dir(), (d / "a" / "x.txt").is_file(), (d / "zz").exists())
os.chdir(d)
open(".hidden", "w").close()
print(sorted(glob.glob("*")), sorted(glob.glob("a/*.txt")), sorted(glob.glob("**", recursive=True)), sorted(glob.glob("**/*.py", recursive=True)))
print(glob.glob("nomatch*"), glob.glob("a/x.txt"))
shutil.copy("a/x.txt", "a/b")
print(os.listdir("a/b"), shutil.copyfile("a/x.txt", "c.txt"), open("c.txt").read())
print(shutil.move("c.txt", "a/b/d.txt"), sorted(os.listdir("a/b")))
print(shutil.which("sh") is not None, shutil.which("nonexistent_xyz"))
with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td))
    with tempfile.NamedTemporaryFile("w", dir=td, suffix=".txt", delete=True) as f:
        f.write("tmp")
        f.flush()
        print(open(f.name).read(), f.name.endswith(".txt"))
    print(os.path.exists(f.name))
print(os.path.exists(td))
(d / "a" / "x.txt").unlink()
try:
    (d / "a" / "x.txt").unlink()
except FileNotFoundError as e:
    print("unlink", type(e).__name__)
(d / "a" / "x.txt").unlink(missing_ok=True)
shutil.rmtree(d)
print(d.exists())
