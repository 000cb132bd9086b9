#!/usr/bin/env python3
"""Make factline-app/src/test/resources/export/schema-org-terms.tsv: the schema.org types the JSON-LD export
uses, each with every property schema.org gives it (its own and its supertypes').

Usage: scripts/schema-org-terms.py SCHEMA_DTS_DIR > factline-app/src/test/resources/export/schema-org-terms.tsv

SCHEMA_DTS_DIR is the unpacked npm package schema-dts 2.1.0 (Apache-2.0), whose dist/schema.d.ts is generated
from the schema.org vocabulary (CC BY-SA 3.0): each type is an interface `XBase extends YBase, ...` listing its
own properties. Add a type here when the export starts writing it.
"""
import re
import sys

TYPES = ["Thing", "NewsArticle", "Person", "Organization", "Place", "Country", "AdministrativeArea",
         "GeoCoordinates", "PostalAddress", "Event", "Claim", "ClaimReview", "Rating"]


def main():
    src = open(sys.argv[1] + "/dist/schema.d.ts", encoding="utf-8").read()
    parents, props = {}, {}
    for m in re.finditer(r"^interface (\w+)Base extends ([^{]+)\{(.*?)^\}", src, re.M | re.S):
        name = m.group(1)
        parents[name] = [p.strip()[:-4] for p in m.group(2).split(",") if p.strip().endswith("Base")]
        props[name] = re.findall(r'^    "([A-Za-z][A-Za-z0-9]*)"\??:', m.group(3), re.M)
    # a type with no property of its own has only a leaf: `interface CountryLeaf extends CountryBase` or
    # `interface AdministrativeAreaLeaf extends PlaceBase`
    for m in re.finditer(r"^export interface (\w+)Leaf extends (\w+)Base \{", src, re.M):
        if m.group(1) not in props:
            parents[m.group(1)] = [m.group(2)]
            props[m.group(1)] = []

    def all_props(t, seen):
        if t in seen or t not in props:
            return []
        seen.add(t)
        out = list(props[t])
        for p in parents.get(t, []):
            out += all_props(p, seen)
        return out

    print("# schema.org types and their properties (own and inherited), for checking the JSON-LD export.")
    print("# Extracted by scripts/schema-org-terms.py from schema-dts 2.1.0 (Apache-2.0), generated from the schema.org")
    print("# vocabulary (CC BY-SA 3.0, https://schema.org/docs/terms.html); this list is under CC BY-SA 3.0.")
    print("# type\tproperties (space-separated)")
    for t in TYPES:
        if t not in props:
            sys.exit("no type " + t + " in schema-dts")
        print(t + "\t" + " ".join(sorted(set(all_props(t, set())))))


if __name__ == "__main__":
    main()
