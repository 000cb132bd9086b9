#!/usr/bin/env python3
# Factline: checks of the invented stories corpus (examples/stories).
# Copyright the Factline authors; GPL-3.0-or-later.
"""Checks that the stories corpus holds together.

Usage: python3 check.py [--stats] [--contradictions-list]

- every article has the header lines (date, outlet, title, lang), a blank line, and a body of
  120 to 350 words;
- every gold file parses, names its article, and agrees with the header on date and language;
- every text said to come from an article (entity mentions, time expressions, evidence, quotes,
  speaker_text, and in expected.json every `says` and `evidence`) is an exact substring of its
  article's body;
- types, qualifiers and stances are from the closed lists of shared/EVAL.md;
- expected.json names only existing articles, orders each contradiction's sides by date, and its
  "as of" entries agree with the publication dates: the visible articles are those published on or
  before the date, a contradiction is known once both its articles are visible.

--contradictions-list prints the contradictions alone as a JSON list, the shape that
`score.py --contradictions GOLD SYSTEM` reads as GOLD.
Exit status 1 when a check fails.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVENT_TYPES = {"ATTACK", "CAPTURE_TERRITORY", "WITHDRAW", "DEPLOY", "CASUALTIES", "AGREEMENT", "MEETING",
               "NEGOTIATION", "STATEMENT_DENIAL", "STATEMENT_CONFIRMATION", "SANCTION", "ELECTION", "OTHER"}
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "GROUP"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
QUALIFIERS = {"exactly", "about", "more_than", "less_than", "at_least"}
KINDS = {"quantity", "existence", "status-change", "denial-vs-confirmation"}
HEADER = re.compile(r"^(date|outlet|title|lang) (.+)$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []


def fail(msg):
    errors.append(msg)


def read_article(path):
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n\n")
    header = {}
    for line in head.split("\n"):
        m = HEADER.match(line)
        if not m:
            fail(f"{path.name}: bad header line {line!r}")
            continue
        header[m.group(1)] = m.group(2)
    for key in ("date", "outlet", "title", "lang"):
        if key not in header:
            fail(f"{path.name}: header lacks {key}")
    if list(header) != ["date", "outlet", "title", "lang"]:
        fail(f"{path.name}: header keys out of order: {list(header)}")
    if not DATE.match(header.get("date", "")):
        fail(f"{path.name}: date is not YYYY-MM-DD")
    if header.get("lang") not in ("fr", "en"):
        fail(f"{path.name}: lang is not fr or en")
    words = len(body.split())
    if not 120 <= words <= 350:
        fail(f"{path.name}: body has {words} words")
    if not re.match(r"^\d\d_[a-z0-9-]+\.txt$", path.name):
        fail(f"{path.name}: file name is not NN_slug.txt")
    return header, body


def in_text(doc, what, s, body):
    if not isinstance(s, str) or not s:
        fail(f"{doc}: empty {what}")
    elif s not in body:
        fail(f"{doc}: {what} not in article: {s!r}")


def check_gold(doc, header, body, gold):
    if gold.get("doc") != doc:
        fail(f"{doc}: gold names doc {gold.get('doc')!r}")
    if gold.get("published") != header.get("date"):
        fail(f"{doc}: published {gold.get('published')} but header date {header.get('date')}")
    if gold.get("lang") != header.get("lang"):
        fail(f"{doc}: gold lang differs from header")
    for key in ("entities", "timex", "events", "claims", "quantities"):
        if not isinstance(gold.get(key), list):
            fail(f"{doc}: gold lacks the list {key}")
    for e in gold.get("entities", []):
        if e.get("type") not in ENTITY_TYPES:
            fail(f"{doc}: entity {e.get('name')} has type {e.get('type')}")
        if not e.get("name"):
            fail(f"{doc}: entity without name")
        for m in e.get("mentions", []):
            in_text(doc, f"mention of {e.get('name')}", m, body)
    for t in gold.get("timex", []):
        in_text(doc, "timex", t.get("text"), body)
        if t.get("type") not in TIMEX_TYPES:
            fail(f"{doc}: timex {t.get('text')!r} has type {t.get('type')}")
        if not t.get("value"):
            fail(f"{doc}: timex {t.get('text')!r} has no value")
    for v in gold.get("events", []):
        if v.get("type") not in EVENT_TYPES:
            fail(f"{doc}: event type {v.get('type')}")
        in_text(doc, "event evidence", v.get("evidence"), body)
        if not v.get("asserted_by"):
            fail(f"{doc}: event without asserted_by: {v.get('evidence')!r}")
        if v.get("date") is not None and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", v["date"]):
            fail(f"{doc}: event date {v.get('date')!r}")
    for c in gold.get("claims", []):
        in_text(doc, "claim quote", c.get("quote"), body)
        if c.get("evidence"):
            in_text(doc, "claim evidence", c.get("evidence"), body)
        if c.get("speaker_text"):
            in_text(doc, "speaker_text", c.get("speaker_text"), body)
        if c.get("polarity") not in ("assert", "deny"):
            fail(f"{doc}: claim polarity {c.get('polarity')!r}")
        if not c.get("speaker") or not c.get("cue"):
            fail(f"{doc}: claim lacks speaker or cue: {c.get('quote')!r}")
        elif c["cue"] not in body:
            fail(f"{doc}: cue not in article: {c['cue']!r}")
        if not isinstance(c.get("direct"), bool):
            fail(f"{doc}: claim without direct flag: {c.get('quote')!r}")
    for q in gold.get("quantities", []):
        in_text(doc, "quantity evidence", q.get("evidence"), body)
        if q.get("qualifier") not in QUALIFIERS:
            fail(f"{doc}: qualifier {q.get('qualifier')!r}")
        if not isinstance(q.get("value"), (int, float)):
            fail(f"{doc}: quantity value {q.get('value')!r}")
        if bool(q.get("approx")) != (q.get("qualifier") == "about"):
            fail(f"{doc}: approx and qualifier disagree for {q.get('evidence')!r}")
        if not q.get("source") or not q.get("unit") or not q.get("what"):
            fail(f"{doc}: quantity lacks what, unit or source: {q.get('evidence')!r}")


def sources_of(gold):
    """Every name that speaks or vouches for something in an article's gold."""
    names = {c.get("speaker") for c in gold.get("claims", [])}
    names |= {q.get("source") for q in gold.get("quantities", [])}
    names |= {v.get("asserted_by") for v in gold.get("events", [])}
    return names


def check_expected(exp, articles, golds):
    def known(doc):
        if doc not in articles:
            fail(f"expected.json: unknown doc {doc!r}")
            return False
        return True

    def side(where, s):
        if not known(s.get("doc")):
            return
        in_text(f"expected.json {where} ({s['doc']})", "says", s.get("says"), articles[s["doc"]][1])
        if not s.get("source"):
            fail(f"expected.json {where}: side without source")
        elif s["doc"] in golds and s["source"] not in sources_of(golds[s["doc"]]):
            fail(f"expected.json {where}: {s['source']!r} speaks nowhere in the gold of {s['doc']}")
        d = s.get("date")
        if d is not None and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", d):
            fail(f"expected.json {where}: date {d!r}")

    topics = {}
    for key in ("contradictions", "not_contradictions"):
        for i, c in enumerate(exp.get(key, [])):
            where = f"{key}[{i}] {c.get('topic')!r}"
            if c.get("kind") not in KINDS:
                fail(f"expected.json {where}: kind {c.get('kind')!r}")
            side(where, c.get("a", {}))
            side(where, c.get("b", {}))
            da, db = c.get("a", {}).get("date"), c.get("b", {}).get("date")
            if da and db and da[:len(db)] > db[:len(da)]:
                fail(f"expected.json {where}: side a ({da}) is later than side b ({db})")
            if key == "contradictions":
                if c.get("topic") in topics:
                    fail(f"expected.json: topic named twice: {c.get('topic')!r}")
                topics[c.get("topic")] = c
    for i, m in enumerate(exp.get("merged_events", [])):
        if m.get("type") not in EVENT_TYPES:
            fail(f"expected.json merged_events[{i}]: type {m.get('type')!r}")
        if len({r.get("doc") for r in m.get("reports", [])}) < 2:
            fail(f"expected.json merged_events[{i}]: fewer than two articles")
        for r in m.get("reports", []):
            if known(r.get("doc")):
                in_text(f"expected.json merged_events[{i}] ({r['doc']})", "evidence", r.get("evidence"), articles[r["doc"]][1])
    for i, t in enumerate(exp.get("claim_threads", [])):
        stances = t.get("stances", [])
        if not {"assert", "deny"} <= {s.get("stance") for s in stances}:
            fail(f"expected.json claim_threads[{i}]: needs both an assert and a deny")
        for s in stances:
            known(s.get("doc"))
            if s.get("stance") not in ("assert", "deny"):
                fail(f"expected.json claim_threads[{i}]: stance {s.get('stance')!r}")
            if s.get("says") is not None and s.get("doc") in articles:
                in_text(f"expected.json claim_threads[{i}] ({s['doc']})", "says", s["says"], articles[s["doc"]][1])
            if s.get("doc") in golds and s.get("source") not in sources_of(golds[s["doc"]]):
                fail(f"expected.json claim_threads[{i}]: {s.get('source')!r} speaks nowhere in the gold of {s['doc']}")
    for i, a in enumerate(exp.get("as_of", [])):
        date = a.get("date")
        visible = sorted(d for d, (h, _) in articles.items() if h["date"] <= date)
        if sorted(a.get("visible_docs", [])) != visible:
            fail(f"expected.json as_of {date}: visible_docs should be {visible}")
        knowable = {t for t, c in topics.items()
                    if c["a"].get("doc") in visible and c["b"].get("doc") in visible}
        for f in a.get("current", []):
            if f.get("doc") not in visible:
                fail(f"expected.json as_of {date}: current fact from an article not yet published: {f.get('doc')}")
        listed, later = set(a.get("contradictions", [])), set(a.get("not_yet", []))
        for t in listed | later:
            if t not in topics:
                fail(f"expected.json as_of {date}: unknown topic {t!r}")
        if listed != knowable:
            fail(f"expected.json as_of {date}: contradictions known by then should be {sorted(knowable)}")
        if later != set(topics) - knowable:
            fail(f"expected.json as_of {date}: not_yet should be {sorted(set(topics) - knowable)}")


def main():
    articles = {}
    for p in sorted(HERE.glob("*.txt")):
        articles[p.stem] = read_article(p)
    golds = {}
    for doc, (header, body) in articles.items():
        gp = HERE / "gold" / f"{doc}.json"
        if not gp.exists():
            fail(f"{doc}: no gold file")
            continue
        try:
            gold = json.loads(gp.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            fail(f"{gp.name}: {e}")
            continue
        golds[doc] = gold
        check_gold(doc, header, body, gold)
    for gp in sorted((HERE / "gold").glob("*.json")):
        if gp.stem not in articles:
            fail(f"{gp.name}: no article")
    exp = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    check_expected(exp, articles, golds)

    if "--contradictions-list" in sys.argv:
        print(json.dumps(exp.get("contradictions", []), ensure_ascii=False, indent=1))
    if "--stats" in sys.argv:
        langs = {}
        for h, _ in articles.values():
            langs[h["lang"]] = langs.get(h["lang"], 0) + 1
        print(f"articles: {len(articles)} {langs}")
        for key in ("entities", "timex", "claims", "events", "quantities"):
            print(f"gold {key}: {sum(len(g.get(key, [])) for g in golds.values())}")
        kinds = {}
        for c in exp.get("contradictions", []):
            kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        print(f"contradictions: {len(exp.get('contradictions', []))} {kinds}")
        for key in ("not_contradictions", "merged_events", "claim_threads", "as_of"):
            print(f"{key}: {len(exp.get(key, []))}")
        both = sum(1 for m in exp.get("merged_events", [])
                   if len({articles[r["doc"]][0]["lang"] for r in m["reports"] if r["doc"] in articles}) == 2)
        print(f"merged events reported in both languages: {both}")
    for e in errors:
        print("FAIL", e, file=sys.stderr)
    if errors:
        sys.exit(1)
    if "--contradictions-list" not in sys.argv:
        print(f"ok: {len(articles)} articles, {len(golds)} gold files, expected.json consistent")


if __name__ == "__main__":
    main()
