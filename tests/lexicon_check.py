#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Checks the domain lexicon (data/lexicon.json) for structural mistakes.

usage: lexicon_check.py [LEXICON.json] [--gold GOLD.json] [--stats] [--self-test]

Fails (exit 1, one line per problem) on: invalid JSON, fewer than 400
entities, duplicate or malformed ids, unknown types or keys, empty names,
a family id that does not exist (or has another type, or loops), a QID not
of the form Q123, and any surface form (ko, en, aliases) that two entities
share once NFKC-normalised, lower-cased and stripped of spaces, hyphens and
dots.  A short form may be shared by several entities (then it is
ambiguous), but never equal another entity's full name or alias; a weak
form (one that resolves only with evidence) may, since the document's
evidence decides; a "context" id must be another entity of the file.
--gold also requires every surface form of every non-optional gold entity
to be a name, alias or short form of one single lexicon entity.
--self-test also breaks copies of the file in known ways (a table of
mutations) and fails unless the check catches every one.
"""
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict

TYPES = {"person", "organization", "model", "hardware", "project"}
KEYS = {"id", "type", "ko", "en", "aliases", "short", "weak", "context", "qid",
        "family"}
MIN_ENTITIES = 400
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9][0-9]*$")


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[\s\-\u2010-\u2015.\u00b7\u30fb]", "", s)


def names_of(ent):
    out = [ent[k] for k in ("ko", "en") if isinstance(ent.get(k), str)]
    return out + list(ent.get("aliases", []))


def check_entity(ent, i, errors):
    where = "entity %d (%s)" % (i, ent.get("id") if isinstance(ent, dict) else "?")
    if not isinstance(ent, dict):
        errors.append("%s: not an object" % where)
        return False
    for k in set(ent) - KEYS:
        errors.append("%s: unknown key %r" % (where, k))
    eid = ent.get("id")
    if not isinstance(eid, str) or not SLUG.match(eid):
        errors.append("%s: id is not a lower-case slug" % where)
    if ent.get("type") not in TYPES:
        errors.append("%s: unknown type %r" % (where, ent.get("type")))
    if not any(isinstance(ent.get(k), str) and ent[k].strip()
               for k in ("ko", "en")):
        errors.append("%s: needs a non-empty ko or en name" % where)
    for k in ("ko", "en"):
        if k in ent and (not isinstance(ent[k], str) or not ent[k].strip()):
            errors.append("%s: %s must be a non-empty string" % (where, k))
    for k in ("aliases", "short", "weak", "context"):
        v = ent.get(k, [])
        if not isinstance(v, list) or not all(
                isinstance(a, str) and a.strip() and norm(a) for a in v):
            errors.append("%s: %s must be a list of non-empty strings"
                          % (where, k))
            ent[k] = []
    if "qid" in ent and not (isinstance(ent["qid"], str)
                             and QID.match(ent["qid"])):
        errors.append("%s: bad qid %r" % (where, ent["qid"]))
    return isinstance(eid, str)


def check_families(by_id, errors):
    for eid, ent in by_id.items():
        for c in ent.get("context", []):
            if c not in by_id or c == eid:
                errors.append("%s: context %r is not another entity" % (eid, c))
        fam = ent.get("family")
        if fam is None:
            continue
        if fam not in by_id:
            errors.append("%s: family %r does not exist" % (eid, fam))
            continue
        if by_id[fam].get("type") != ent.get("type"):
            errors.append("%s: family %r has another type" % (eid, fam))
        seen, cur = {eid}, fam
        while cur is not None and cur in by_id:
            if cur in seen:
                errors.append("%s: family chain loops" % eid)
                break
            seen.add(cur)
            cur = by_id[cur].get("family")


def check_surfaces(ents, errors):
    owner = defaultdict(set)
    for ent in ents:
        for n in names_of(ent):
            if isinstance(n, str) and norm(n):
                owner[norm(n)].add(ent.get("id"))
    for key, ids in sorted(owner.items()):
        if len(ids) > 1:
            errors.append("surface form %r belongs to %s" % (key, sorted(ids)))
    for ent in ents:
        # a weak form may be another entity's name (그록: Grok, and Groq in
        # Korean): the document's evidence decides between them
        for s in ent.get("short", []):
            others = owner.get(norm(s), set()) - {ent.get("id")}
            if others:
                errors.append("%s: short form %r is a name of %s"
                              % (ent.get("id"), s, sorted(others)))
    return owner


def check_gold(path, ents, errors):
    gold = json.load(open(path, encoding="utf-8"))
    forms = defaultdict(set)
    for ent in ents:
        for n in names_of(ent) + ent.get("short", []) + ent.get("weak", []):
            forms[norm(n)].add(ent["id"])
    for g in gold["entities"]:
        hits = [forms.get(norm(n), set()) for n in g["names"]]
        owners = set().union(*hits)
        missing = [n for n, h in zip(g["names"], hits) if not h]
        tag = "optional " if g.get("optional") else ""
        if missing or len(owners) != 1:
            msg = "gold %s%s: missing %s, lexicon ids %s" % (
                tag, g["id"], missing, sorted(owners))
            if g.get("optional"):
                print("note: " + msg)
            else:
                errors.append(msg)


def check(data, gold=None):
    """@return the list of problems found in the parsed lexicon \p data"""
    errors = []
    ents = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(ents, list):
        return ["no \"entities\" list"]
    if len(ents) < MIN_ENTITIES:
        errors.append("only %d entities (need >= %d)"
                      % (len(ents), MIN_ENTITIES))
    ents = [e for i, e in enumerate(ents) if check_entity(e, i, errors)]
    ids = Counter(e["id"] for e in ents)
    errors += ["duplicate id %r" % i for i, n in ids.items() if n > 1]
    if [e["id"] for e in ents] != sorted(e["id"] for e in ents):
        errors.append("entities are not sorted by id")
    check_families({e["id"]: e for e in ents}, errors)
    check_surfaces(ents, errors)
    if gold:
        check_gold(gold, ents, errors)
    return errors


def first(data, type_=None, key=None):
    return next(e for e in data["entities"]
                if (type_ is None or e["type"] == type_)
                and (key is None or key in e))


# Each mutation breaks a valid lexicon in one way the check must catch.
MUTATIONS = [
    ("too few entities", lambda d: d.update(entities=d["entities"][:50])),
    ("duplicate id", lambda d: d["entities"].insert(
        1, dict(d["entities"][0]))),
    ("id not a slug", lambda d: first(d).update(id="Open AI")),
    ("unknown type", lambda d: first(d).update(type="product")),
    ("no names", lambda d: [first(d).pop(k, None) for k in ("ko", "en")]),
    ("empty alias", lambda d: first(d).update(aliases=[""])),
    ("unknown key", lambda d: first(d).update(wikidata="Q1")),
    ("bad qid", lambda d: first(d, key="qid").update(qid="317521")),
    ("missing family", lambda d: first(d, key="family").update(
        family="no-such-family")),
    ("family of another type", lambda d: first(d, "model", "family").update(
        family=first(d, "person")["id"])),
    ("alias shared after normalising", lambda d: first(d, "person").update(
        aliases=[first(d, "organization")["en"].upper().replace(" ", "-")])),
    ("short form equal to another name", lambda d: first(d, "person").update(
        short=[first(d, "organization")["en"]])),
    ("context that does not exist", lambda d: first(d).update(
        context=["no-such-entity"])),
    ("not sorted", lambda d: d["entities"].reverse()),
]


def self_test(data):
    """Applies each mutation to a copy of \p data; @return failures"""
    import copy
    bad = []
    for name, mutate in MUTATIONS:
        broken = copy.deepcopy(data)
        mutate(broken)
        if not check(broken):
            bad.append("mutation %r was not detected" % name)
    return bad


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    gold = argv[argv.index("--gold") + 1] if "--gold" in argv else None
    if gold in args:
        args.remove(gold)
    path = args[0] if args else "data/lexicon.json"
    raw = open(path, "rb").read()
    errors = ["file starts with a BOM"] if raw.startswith(b"\xef\xbb\xbf") else []
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        print("%s: invalid JSON: %s" % (path, exc))
        return 1
    errors += check(data, gold)
    if "--self-test" in argv and not errors:
        errors += self_test(data)
    if "--stats" in argv and isinstance(data, dict):
        ents = [e for e in data.get("entities", []) if isinstance(e, dict)]
        types = Counter(e.get("type") for e in ents)
        print("entities %d; %s; with qid %d; surface forms %d; short %d; weak %d" % (
            len(ents), ", ".join("%s %d" % kv for kv in sorted(types.items())),
            sum(1 for e in ents if "qid" in e),
            sum(len(names_of(e)) for e in ents),
            sum(len(e.get("short", [])) for e in ents),
            sum(len(e.get("weak", [])) for e in ents)))
    for err in errors:
        print("%s: %s" % (path, err))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
