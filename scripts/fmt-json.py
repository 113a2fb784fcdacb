#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""fmt-json.py FILE...: rewrites kgraph's data files in their house layout:
objects of objects one key a line, lists of scalars and small objects on one
line, so a diff shows the entry that changed.  The content is unchanged."""
import json
import sys


def flat(v):
    return json.dumps(v, ensure_ascii=False)


def small(v):
    return not isinstance(v, (dict, list)) or len(flat(v)) <= 100 or (
        isinstance(v, list) and all(not isinstance(x, (dict, list)) for x in v))


def fmt(v, ind=0):
    pad = " " * (ind + 2)
    if isinstance(v, dict) and not small(v):
        items = [pad + flat(k) + ": " + fmt(x, ind + 2) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * ind + "}"
    if isinstance(v, list) and not small(v):
        return "[\n" + ",\n".join(pad + fmt(x, ind + 2) for x in v) + "\n" + " " * ind + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(flat(k) + ": " + flat(x) for k, x in v.items()) + " }" if v else "{}"
    return flat(v)


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    with open(path, "w", encoding="utf-8") as f:
        f.write(fmt(data) + "\n")
