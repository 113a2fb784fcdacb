#!/usr/bin/python3
"""Build a deterministic benchmark corpus from a folder of articles.

usage: make-corpus.py SRC_DIR OUT_DIR TOTAL_MB FILES

Each output file is made of whole articles from SRC_DIR, chosen and ordered
by a fixed pseudo-random sequence, so the same arguments always give the same
bytes and the graph stays the size of the source corpus's graph.
"""
import os
import random
import sys


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    src, out, total_mb, files = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    texts = []
    for root, dirs, names in os.walk(src):
        dirs.sort()  # the walk order, and so the bytes, must not depend on the file system
        for name in sorted(names):
            if name.endswith((".txt", ".md")) and name != "README.md":
                with open(os.path.join(root, name), "rb") as f:
                    texts.append(f.read())
    if not texts:
        sys.exit("make-corpus: %s: no .txt or .md articles" % src)
    rng = random.Random(20251124)
    per_file = int(total_mb * 1e6 / files)
    os.makedirs(out, exist_ok=True)
    for i in range(files):
        parts, size = [], 0
        while size < per_file:
            t = texts[rng.randrange(len(texts))]
            parts.append(t)
            size += len(t) + 2
        with open(os.path.join(out, "doc%05d.txt" % i), "wb") as f:
            f.write(b"\n\n".join(parts))


if __name__ == "__main__":
    main()
