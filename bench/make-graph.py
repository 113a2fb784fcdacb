#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# make-graph.py: writes a synthetic kgraph JSON-LD graph of N entities for
# testing and timing the diagram (`kgraph render g.jsonld -o g.svg`).
#
# usage: bench/make-graph.py N OUT.jsonld [--seed S] [--lang ko|en]
#
# The graph is shaped like a news archive: stories around a hub company
# (its founder and chief, the models it develops, the chips it uses, its
# investors), links between stories (competition, partnerships,
# investments, suits), a heavy-tailed degree, relations with 1 to 40
# sentences, some reported or planned, and about a third of the entities
# mentioned without any relation (as in real articles).  Names are made of
# Korean (or English) syllables, so labels have realistic lengths.
# Deterministic: the same N and seed give the same bytes.
import json
import random
import sys
from urllib.parse import quote

NS = "https://w3id.org/kgraph/ns#"
ENTITY = "https://w3id.org/kgraph/entity/"
DOC = "https://w3id.org/kgraph/document/"
TYPES = {"person": "Person", "organization": "Organization", "model": "kg:AIModel",
         "hardware": "kg:Hardware", "project": "kg:Project"}
PREDICATES = ["founded", "leads", "worksAt", "investedIn", "acquired", "offeredToAcquire",
              "sued", "developed", "uses", "partnerOf", "competesWith", "supplies", "owns",
              "partOf"]
SYMMETRIC = {"partnerOf", "competesWith"}

KO_SURNAMES = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍".split()
KO_SYLLABLES = ("민 준 서 연 지 우 현 수 하 은 도 윤 재 영 호 진 성 혜 경 태 "
                "빛 솔 누 리 온 새 봄 결 담 율 찬 별 란 예 주 아 나 라 미 소").split()
KO_ORG_SUFFIX = ["테크", "AI", "랩스", "전자", "로보틱스", "소프트", "반도체", "클라우드", "시스템즈",
                 "인공지능연구소", "벤처스", "캐피털"]
KO_MODEL = ["{} {}", "{}-{}", "{} {} 프로", "{} 비전 {}"]
KO_HW = ["{} X{}", "{}-{} 칩", "{} 가속기 {}"]
KO_PROJECT = ["프로젝트 {}", "{} 이니셔티브", "{} 데이터센터"]
EN_SYLLABLES = ("ka ri no va te lu mi so ra ze on ix al be co du fa ge hy jo "
                "ki ly ma ne ol pu qu sy ta ul vi wo xa yu").split()
EN_ORG_SUFFIX = ["Labs", "AI", "Robotics", "Systems", "Cloud", "Semiconductor", "Ventures",
                 "Capital", "Technologies", "Research"]


class Names:
    def __init__(self, rng, lang):
        self.rng, self.lang, self.seen = rng, lang, set()

    def word(self, n):
        syl = KO_SYLLABLES if self.lang == "ko" else EN_SYLLABLES
        w = "".join(self.rng.choice(syl) for _ in range(n))
        return w if self.lang == "ko" else w.capitalize()

    def make(self, kind):
        r = self.rng
        for _ in range(1000):
            if kind == "person":
                name = (r.choice(KO_SURNAMES) + " " + self.word(2) if self.lang == "ko"
                        else self.word(2) + " " + self.word(r.randint(2, 3)))
            elif kind == "organization":
                name = self.word(r.randint(2, 3)) + " " + r.choice(
                    KO_ORG_SUFFIX if self.lang == "ko" else EN_ORG_SUFFIX)
            elif kind == "model":
                name = r.choice(KO_MODEL).format(self.word(r.randint(1, 3)), r.randint(1, 5))
            elif kind == "hardware":
                name = r.choice(KO_HW).format(self.word(2), r.randint(1, 900))
            else:
                name = r.choice(KO_PROJECT).format(self.word(r.randint(2, 3)))
            if name not in self.seen:
                self.seen.add(name)
                return name
        raise SystemExit("make-graph: ran out of names")


def build(n, seed, lang):
    rng = random.Random(seed)
    names = Names(rng, lang)
    entities = {}  # id -> dict
    relations = {}  # (s, p, o) -> evidence count

    def entity(kind):
        eid = "e%05d-%s" % (len(entities), kind[:3])
        entities[eid] = {"type": kind, "name": names.make(kind),
                         "alias": None, "mentions": 0, "docs": set()}
        return eid

    def relate(s, p, o, weight=1.0):
        if s == o:
            return
        if p in SYMMETRIC and o < s:
            s, o = o, s
        count = max(1, int(rng.paretovariate(1.6) * weight))
        relations[(s, p, o)] = min(40, relations.get((s, p, o), 0) + count)

    connected_target = int(n * 0.66)
    hubs = []
    while len(entities) < connected_target:
        hub = entity("organization")
        hubs.append(hub)
        size = min(int(rng.paretovariate(1.3) * 4), 40)
        founder = entity("person")
        relate(founder, "founded", hub, 2)
        if rng.random() < 0.6:
            relate(founder, "leads", hub, 2)
        for _ in range(size):
            kind = rng.choices(["person", "model", "hardware", "project", "organization"],
                               [3, 3, 1, 1, 2])[0]
            e = entity(kind)
            if kind == "person":
                relate(e, rng.choice(["worksAt", "leads", "worksAt"]), hub)
            elif kind == "model":
                relate(hub, "developed", e, 1.5)
            elif kind == "hardware":
                relate(hub, "uses", e)
                if hubs[:-1] and rng.random() < 0.5:
                    relate(rng.choice(hubs[:-1]), "supplies", e)
            elif kind == "project":
                relate(hub, rng.choice(["partOf", "owns"]), e)
            else:
                relate(e, rng.choice(["investedIn", "partnerOf", "competesWith", "acquired"]), hub)
        # Links to earlier stories, biased to the big hubs (preferential).
        for _ in range(rng.randint(0, 3)):
            if len(hubs) > 1:
                other = hubs[min(int(rng.expovariate(0.15)), len(hubs) - 2)]
                relate(hub, rng.choice(["competesWith", "partnerOf", "sued", "investedIn",
                                        "offeredToAcquire"]), other)
    while len(entities) < n:
        entity(rng.choices(list(TYPES), [3, 4, 2, 1, 1])[0])
    # Mentions and documents: every entity is mentioned; related ones more.
    n_docs = max(5, n // 8)
    degree = {}
    for (s, _, o) in relations:
        degree[s] = degree.get(s, 0) + 1
        degree[o] = degree.get(o, 0) + 1
    for eid, e in entities.items():
        e["mentions"] = 1 + degree.get(eid, 0) * rng.randint(1, 4) + int(rng.expovariate(0.5))
        e["docs"] = sorted({"archive/%05d.txt" % rng.randrange(n_docs)
                            for _ in range(min(e["mentions"], 12))})
        if rng.random() < 0.3:
            e["alias"] = e["name"].split(" ")[0] + ("사" if lang == "ko" else " Inc")
        if rng.random() < 0.15:
            e["qid"] = "Q%d" % rng.randint(1000, 99999999)
    return entities, relations, rng


KO_VERBS = {"founded": "설립했다", "leads": "이끈다", "worksAt": "에서 일한다",
            "investedIn": "에 투자했다", "acquired": "를 인수했다",
            "offeredToAcquire": "에 인수를 제안했다", "sued": "를 고소했다",
            "developed": "를 개발했다", "uses": "를 쓴다", "partnerOf": "와 협력한다",
            "competesWith": "와 경쟁한다", "supplies": "를 공급한다", "owns": "를 소유한다",
            "partOf": "에 속한다"}


def sentence(entities, s, p, o, lang, i):
    a, b = entities[s]["name"], entities[o]["name"]
    if lang == "ko":
        return f"{a}은(는) {b}{KO_VERBS[p]}고 {i + 1}번째 기사가 전했다."
    return f"{a} was reported to have a '{p}' relation with {b} (story {i + 1})."


def write(entities, relations, rng, lang, out):
    graph = [{"@type": "kg:Graph", "kg:generator": "kgraph", "kg:formatVersion": 1,
              "kg:entityCount": len(entities), "kg:relationCount": len(relations)}]
    direct = {}
    for (s, p, o) in relations:
        direct.setdefault(s, {}).setdefault(p, []).append(ENTITY + o)
    for eid in sorted(entities):
        e = entities[eid]
        counts = {e["name"]: e["mentions"]}
        if e["alias"] and e["mentions"] > 1:
            counts = {e["name"]: e["mentions"] - 1, e["alias"]: 1}
        node = {"@id": ENTITY + eid, "@type": TYPES[e["type"]],
                "name": [{"@value": e["name"], "@language": lang}],
                "alternateName": sorted(counts),
                "kg:mentions": e["mentions"], "kg:documentCount": len(e["docs"]),
                "kg:documents": [DOC + quote(d, safe="") for d in e["docs"][:8]],
                "kg:aliasCounts": json.dumps(counts, ensure_ascii=False, sort_keys=True,
                                             separators=(",", ":"))}
        if "qid" in e:
            node["sameAs"] = "http://www.wikidata.org/entity/" + e["qid"]
        for p in PREDICATES:
            if p in direct.get(eid, {}):
                node["kg:" + p] = sorted(direct[eid][p])
        graph.append(node)
    for (s, p, o) in sorted(relations):
        count = relations[(s, p, o)]
        st = {"@id": f"https://w3id.org/kgraph/statement/{s}/{p}/{o}", "@type": "rdf:Statement",
              "rdf:subject": ENTITY + s, "rdf:predicate": "kg:" + p, "rdf:object": ENTITY + o,
              "kg:evidenceCount": count}
        status = rng.choices([None, "reported", "planned"], [8, 1, 1])[0]
        if status:
            st["kg:status"] = status
        evidence = []
        for i in range(min(count, 3)):
            text = sentence(entities, s, p, o, lang, i)
            doc = entities[s]["docs"][i % len(entities[s]["docs"])]
            ann = {"@type": "oa:Annotation", "prov:wasDerivedFrom": DOC + quote(doc, safe=""),
                   "oa:hasSelector": [{"@type": "oa:TextQuoteSelector", "oa:exact": text},
                                      {"@type": "oa:TextPositionSelector", "oa:start": 100 * i,
                                       "oa:end": 100 * i + len(text.encode())}],
                   "kg:strength": 2}
            if status:
                ann["kg:status"] = status
            evidence.append(ann)
        st["kg:evidence"] = evidence
        graph.append(st)
    ctx = {"@vocab": "http://schema.org/", "kg": NS, "prov": "http://www.w3.org/ns/prov#",
           "oa": "http://www.w3.org/ns/oa#",
           "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
           "xsd": "http://www.w3.org/2001/XMLSchema#"}
    for k in ["sameAs", "kg:family", "kg:documents", "rdf:subject", "rdf:predicate",
              "rdf:object", "prov:wasDerivedFrom"] + ["kg:" + p for p in PREDICATES]:
        ctx[k] = {"@type": "@id"}
    json.dump({"@context": ctx, "@graph": graph}, out, ensure_ascii=False, indent=1)
    out.write("\n")


def main(argv):
    args = argv[1:]
    seed, lang = 7, "ko"
    for flag in ("--seed", "--lang"):
        if flag in args:
            i = args.index(flag)
            value = args[i + 1]
            del args[i:i + 2]
            if flag == "--seed":
                seed = int(value)
            else:
                lang = value
    if len(args) != 2 or not args[0].isdigit() or lang not in ("ko", "en"):
        sys.exit("usage: make-graph.py N OUT.jsonld [--seed S] [--lang ko|en]")
    n = int(args[0])
    entities, relations, rng = build(max(n, 10), seed, lang)
    with open(args[1], "w", encoding="utf-8") as out:
        write(entities, relations, rng, lang, out)


if __name__ == "__main__":
    main(sys.argv)
