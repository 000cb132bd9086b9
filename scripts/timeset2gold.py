#!/usr/bin/env python3
"""Turn a time-expression sentence set into Factline articles and gold files.

Usage: timeset2gold.py SET.jsonl OUT_DIR [--lang en] [--skip-notes reference] [--system-out FILE.jsonl]

SET.jsonl has one sentence per line, as factline-time/src/test/resources/time/en.jsonl:
  {"id": "en-001", "dct": "2025-02-08", "text": "...", "timex": [{"text", "type", "value", "mod"?}], "note"?: "..."}

Writes, as shared/tools/timeml2gold.py does for TimeML corpora,
  OUT_DIR/articles/<id>.txt  a 'date <dct>' header line, a blank line, then the sentence
  OUT_DIR/gold/<id>.json     {"doc", "lang", "published", "timex"} (the gold format of shared/EVAL.md)
so that
  factline extract OUT_DIR/articles --format jsonl > out.jsonl   (or the HeidelTime baseline)
  python3 shared/tools/score.py OUT_DIR/gold out.jsonl
measures time expressions (timex_f1, timex_value_f1) on the set.

--lang        the articles' language (default: the set's file name when it is a two-letter code, else en)
--skip-notes  leave out the sentences whose note is one of these (comma-separated or repeated), e.g.
              'reference' for the PRESENT_REF/PAST_REF/FUTURE_REF sentences the dev gold does not annotate
--system-out  also write the gold as a system output (one JSON line per article, as factline extract
              writes it, offsets included): scoring it against OUT_DIR/gold must give 1.0, which checks
              that documents are matched
"""
import argparse
import json
import sys
from pathlib import Path


def read_set(path):
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: not JSON: {e}")
    return items


def gold_timex(item):
    out = []
    for t in item.get("timex") or []:
        g = {"text": t["text"], "type": t.get("type"), "value": t.get("value")}
        if t.get("mod"):
            g["mod"] = t["mod"]
        out.append(g)
    return out


def system_line(item, lang):
    """The gold of one sentence as factline extract would write it: offsets into the article text,
    which is the sentence itself once the header is removed."""
    text = item["text"].strip()
    timex, pos = [], 0
    for t in gold_timex(item):
        start = text.find(t["text"], pos)
        if start < 0:
            start = text.find(t["text"])
        if start < 0:
            sys.exit(f"{item['id']}: '{t['text']}' is not in the sentence")
        pos = start + len(t["text"])
        timex.append({"text": t["text"], "start": start, "end": start + len(t["text"]), **{k: v for k, v in t.items() if k != "text"}})
    return {"doc": item["id"], "id": item["id"], "lang": lang, "published": item["dct"], "timex": timex}


def main():
    ap = argparse.ArgumentParser(description="Sentence time set -> Factline articles + gold files")
    ap.add_argument("set")
    ap.add_argument("out")
    ap.add_argument("--lang")
    ap.add_argument("--skip-notes", action="append", default=[], metavar="NOTE[,NOTE]")
    ap.add_argument("--system-out", metavar="FILE.jsonl")
    a = ap.parse_args()

    src, out = Path(a.set), Path(a.out)
    lang = a.lang or (src.stem if len(src.stem) == 2 and src.stem.isalpha() else "en")
    skip = {n.strip() for s in a.skip_notes for n in s.split(",") if n.strip()}
    items = read_set(src)
    seen = set()
    for item in items:
        for key in ("id", "dct", "text"):
            if not item.get(key):
                sys.exit(f"a sentence has no '{key}': {json.dumps(item, ensure_ascii=False)[:120]}")
        if item["id"] in seen:
            sys.exit(f"duplicate id {item['id']}")
        seen.add(item["id"])

    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    system = []
    n_doc = n_t = n_skip = 0
    for item in items:
        if item.get("note") in skip:
            n_skip += 1
            # A file left by an earlier run without the skip would still be scored.
            (out / "articles" / f"{item['id']}.txt").unlink(missing_ok=True)
            (out / "gold" / f"{item['id']}.json").unlink(missing_ok=True)
            continue
        doc, dct = item["id"], item["dct"]
        # Exactly as timeml2gold.py: header, blank line, text, final newline.
        (out / "articles" / f"{doc}.txt").write_text(f"date {dct}\n\n" + item["text"].strip() + "\n", encoding="utf-8")
        gold = {"doc": doc, "lang": lang, "published": dct, "timex": gold_timex(item)}
        (out / "gold" / f"{doc}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        system.append(system_line(item, lang))
        n_doc += 1
        n_t += len(gold["timex"])
    if a.system_out:
        with open(a.system_out, "w", encoding="utf-8") as f:
            for o in system:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{n_doc} documents, {n_t} time expressions" + (f", {n_skip} sentences skipped by note" if n_skip else ""))


if __name__ == "__main__":
    main()
