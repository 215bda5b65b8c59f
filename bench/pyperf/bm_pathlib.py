"""Test the performance of pathlib operations (pyperformance's bm_pathlib style)."""
import os
import pathlib
import shutil
import tempfile
import time

NUM_FILES = 500


def generate_filenames(tmp_path, num_files):
    i = 0
    while num_files:
        for ext in [".py", ".txt", ".tar.gz", ""]:
            i += 1
            yield os.path.join(tmp_path, str(i) + ext)
            num_files -= 1


def setup(num_files):
    tmp_path = tempfile.mkdtemp()
    for fn in generate_filenames(tmp_path, num_files):
        with open(fn, "wb") as f:
            f.write(fn.encode("utf-8"))
    return tmp_path


def bench_pathlib(loops, tmp_path):
    base_path = pathlib.Path(tmp_path)

    # Warm up the filesystem cache and keep some objects in memory.
    path_objects = list(base_path.iterdir())
    # FIXME: does this code really cache anything?
    for p in path_objects:
        p.stat()
    assert len(path_objects) == NUM_FILES, len(path_objects)

    range_it = range(loops)
    t0 = time.perf_counter()
    counts = [0, 0, 0, 0]
    for _ in range_it:
        # Do something simple with each path.
        for p in base_path.iterdir():
            counts[0] += len(p.name) + len(p.suffix)
        for p in base_path.glob("*.py"):
            counts[1] += len(p.stem)
        for p in base_path.iterdir():
            counts[2] += len(p.parts) > 0
        for p in base_path.glob("*.txt"):
            counts[3] += p.with_suffix(".rst").suffix == ".rst"
    return time.perf_counter() - t0, counts


def main():
    tmp_path = setup(NUM_FILES)
    try:
        dt, counts = bench_pathlib(60, tmp_path)
        print(counts)
        p = pathlib.Path(tmp_path) / "7.tar.gz"
        print(p.suffixes, p.stem, p.name, p.exists(), p.read_bytes().endswith(b"7.tar.gz"))
        print(sorted(q.name for q in pathlib.Path(tmp_path).glob("1?.py")))
    finally:
        shutil.rmtree(tmp_path)
    print(os.path.exists(tmp_path))


if __name__ == "__main__":
    main()
