# wordcount.sp — a parallel word count over a folder of files.
#
# Shows: one virtual thread per file (file reads park the thread, not a
# core), futures returned by g.spawn, and merging the per-file Counters in
# the parent after the group has joined — no shared state, no locks.
#
# Run:   go run ./cmd/spindle examples/wordcount.sp [FOLDER]
#
# With a folder it counts the words of every file under it (recursively;
# files that are not UTF-8 text are skipped). With no argument it writes a
# small corpus into a temporary folder (removed at the end) and counts that.
import os, re, sys, tempfile
from collections import Counter

TOP = 10
WORD = re.compile(r"[a-z']+")

CORPUS = {
    "weather.txt": "The rain in the valley falls on the town, and the town sleeps.\n" * 3,
    "notes/todo.txt": "Fix the roof. Call the plumber. Buy bread and milk and the paper.\n",
    "notes/ideas.txt": "A thread per file; a counter per thread; merge the counters at the end.\n" * 2,
    "poem.txt": "The fog comes\non little cat feet.\nIt sits looking\nover harbor and city\non silent haunches\nand then moves on.\n",
    "empty.txt": "",
    "log.txt": "ok ok ok warn ok error ok ok warn ok\n" * 5,
}


def write_corpus(folder):
    for name, text in CORPUS.items():
        path = os.path.join(folder, *name.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


def files_under(folder):
    paths = []
    for root, dirs, names in os.walk(folder):
        for name in names:
            paths.append(os.path.join(root, name))
    return sorted(paths)


def count_words(path):
    """The Counter of one file's words, or None if it is not text."""
    try:
        with open(path, encoding="utf-8") as f:
            return Counter(WORD.findall(f.read().lower()))
    except (UnicodeDecodeError, OSError):
        return None


def word_count(folder):
    paths = files_under(folder)
    with ThreadGroup() as g:
        futures = [(path, g.spawn(count_words, path)) for path in paths]
    # The group has joined: every future is done.
    total = Counter()
    per_file = []
    for path, fut in futures:
        counts = fut.result()
        if counts is None:
            per_file.append((os.path.relpath(path, folder), "skipped"))
            continue
        total += counts
        per_file.append((os.path.relpath(path, folder), sum(counts.values())))
    return total, per_file


def main(argv):
    if argv:
        total, per_file = word_count(argv[0])
    else:
        with tempfile.TemporaryDirectory() as folder:
            write_corpus(folder)
            total, per_file = word_count(folder)
    print(f"{len(per_file)} files:")
    for name, n in per_file:
        print(f"  {n:>7} {name}")
    print(f"{sum(total.values())} words, {len(total)} distinct")
    print(f"top {TOP}:")
    # Ties in count are broken alphabetically, so the list is stable.
    for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]:
        print(f"  {n:5d} {word}")


main(sys.argv[1:])
