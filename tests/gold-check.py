#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Check the gold annotations in tests/gold/ against the articles they describe.

usage: gold-check.py [GOLD.json ARTICLE_DIR ...]

With no arguments it checks tests/gold/examples.gold.json against examples/
and tests/gold/holdout.gold.json against tests/holdout/.  For each pair:
the file is valid JSON with the keys of ../shared/eval/seeds.gold.json; ids are
unique; types are known; every relation names existing entities and known
predicates, and is listed once; no surface form (normalised the way score.py
normalises names) belongs to two entities; every name and every noise string
occurs in the text of the article set.  Exits 1 on any failure.
"""
import json
import os
import re
import sys
import unicodedata

TYPES = {"Person", "Organization", "Model", "Hardware", "Project", "Product"}
PREDICATES = {"founded", "ceo_of", "works_at", "invested_in", "acquired",
              "offered_to_acquire", "sued", "developed", "uses", "partner_of",
              "competes_with", "supplies", "owns", "part_of"}
SYMMETRIC = {"competes_with", "partner_of"}
ARTICLE_EXT = (".txt", ".md", ".html", ".htm")


def norm(s):
    # the same normalisation as ../shared/eval/score.py
    s = unicodedata.normalize("NFKC", str(s)).lower()
    return re.sub(r"[\s\-_.·'\"‘’“”()]", "", s)


def read_set(folder):
    texts = []
    for name in sorted(os.listdir(folder)):
        if name.lower().startswith("readme") or not name.endswith(ARTICLE_EXT):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            texts.append(unicodedata.normalize("NFC", f.read()))
    return texts


def check(gold_path, folder):
    errors = []

    def err(msg):
        errors.append("%s: %s" % (os.path.basename(gold_path), msg))

    try:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        return ["%s: cannot load: %s" % (gold_path, e)]
    texts = read_set(folder)
    if not texts:
        return ["%s: no articles in %s" % (gold_path, folder)]
    corpus = "\n".join(texts)

    for key, kind in (("about", str), ("entities", list),
                      ("relations", list), ("noise", list)):
        if not isinstance(gold.get(key), kind):
            err("key %r missing or not a %s" % (key, kind.__name__))
    if errors:
        return errors

    ids, owner = {}, {}
    for e in gold["entities"]:
        eid = e.get("id")
        if not isinstance(eid, str) or not re.fullmatch(r"[a-z0-9_]+", eid):
            err("bad entity id %r" % (eid,))
            continue
        if eid in ids:
            err("duplicate entity id %s" % eid)
        ids[eid] = e
        if e.get("type") not in TYPES:
            err("%s: unknown type %r" % (eid, e.get("type")))
        if set(e) - {"id", "type", "names", "optional"}:
            err("%s: unexpected keys %s" % (eid, sorted(set(e) - {"id", "type", "names", "optional"})))
        if "optional" in e and e["optional"] is not True:
            err("%s: optional must be true when present" % eid)
        names = e.get("names")
        if not isinstance(names, list) or not names:
            err("%s: names must be a non-empty list" % eid)
            continue
        if len(set(names)) != len(names):
            err("%s: a name is listed twice" % eid)
        for n in names:
            if not isinstance(n, str) or not n.strip():
                err("%s: empty name" % eid)
                continue
            if unicodedata.normalize("NFC", n) not in corpus:
                err("%s: name %r does not occur in %s" % (eid, n, folder))
            k = norm(n)
            if k in owner and owner[k] != eid:
                err("name %r is shared by %s and %s" % (n, owner[k], eid))
            owner.setdefault(k, eid)

    seen = set()
    for i, r in enumerate(gold["relations"]):
        where = "relation %d %s" % (i, json.dumps(r, ensure_ascii=False))
        if set(r) - {"s", "p", "o", "optional"}:
            err("%s: unexpected keys" % where)
        s, o, p = r.get("s"), r.get("o"), r.get("p")
        if s not in ids:
            err("%s: subject is not an entity id" % where)
        if o not in ids:
            err("%s: object is not an entity id" % where)
        if s == o:
            err("%s: subject equals object" % where)
        preds = p if isinstance(p, list) else [p]
        if not preds or any(q not in PREDICATES for q in preds):
            err("%s: unknown predicate" % where)
        if len(set(preds)) != len(preds):
            err("%s: predicate listed twice" % where)
        if "optional" in r and r["optional"] is not True:
            err("%s: optional must be true when present" % where)
        for q in preds:
            key = (q, frozenset((s, o))) if q in SYMMETRIC else (q, s, o)
            if key in seen:
                err("%s: duplicates an earlier relation (%s)" % (where, q))
            seen.add(key)

    for z in gold["noise"]:
        if not isinstance(z, str) or not z:
            err("empty noise string")
        elif unicodedata.normalize("NFC", z) not in corpus:
            err("noise %r does not occur in %s" % (z, folder))
        elif norm(z) in owner:
            err("noise %r is also a name of %s" % (z, owner[norm(z)]))
    return errors


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if len(argv) > 1:
        if len(argv) % 2 == 0:
            sys.exit(__doc__)
        pairs = list(zip(argv[1::2], argv[2::2]))
    else:
        pairs = [(os.path.join(root, "tests", "gold", "examples.gold.json"),
                  os.path.join(root, "examples")),
                 (os.path.join(root, "tests", "gold", "holdout.gold.json"),
                  os.path.join(root, "tests", "holdout"))]
    failed = False
    for gold, folder in pairs:
        errors = check(gold, folder)
        if errors:
            failed = True
            for e in errors:
                print("FAIL " + e)
        else:
            with open(gold, encoding="utf-8") as f:
                g = json.load(f)
            req_e = sum(1 for e in g["entities"] if not e.get("optional"))
            req_r = sum(1 for r in g["relations"] if not r.get("optional"))
            print("ok   %s: %d entities (%d required), %d relations (%d required)"
                  % (os.path.relpath(gold, root), len(g["entities"]), req_e,
                     len(g["relations"]), req_r))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
