#!/usr/bin/env python3
"""Reads the English names of public holidays and observances from the pinned
`holidays` wheel (vacanza/holidays: the holidays of about 250 countries and
their subdivisions, with gettext catalogs of their names) and writes
target/gazetteer/holidays.tsv for gen.rs:

    holidays.tsv   key  flags

one row per normalized key (sorted by UTF-8 bytes). Names come from the wheel's
American-English catalogs (holidays/locale/en_US/LC_MESSAGES/*.mo), read with
gettext as data (nothing of the wheel is imported or executed). A name is kept
when it reads as a proper name: it starts with a capital, every word of it is
capitalized apart from joiners ("of", "and", "the", "al-"), it has no digits
or format markers, at most six words, and it is not a weekday or month. A
parenthetical note is dropped ("Diwali (South India)" -> "Diwali"), and "the
beginning / first day / start / end of X" also gives X ("Beginning of
Ramadan" -> "Ramadan") unless X is a common word ("End of Year"). Flags (bits):

    1  the key is one common English word ("carnival", "easter"): read as a
       holiday only inside a sentence, where its capital is the name's
    4  the key is also a place of places.tsv

    python3 tests/tools/gazetteer/holidays.py WHEEL TSV_DIR
"""

import gettext
import io
import re
import sys
import zipfile
from pathlib import Path

from companies import load_fold, load_tsv, normalize, put, write_table

JOINERS = {"of", "and", "the", "de", "del", "la", "al", "for", "in", "a", "an", "to"}
CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
}
PART_OF = re.compile(r"^(?:Beginning|Begin|First Day|Start|End|Last Day) of (?:the )?(.+)$")
MAX_WORDS = 6


def names(wheel: Path) -> set:
    out = set()
    with zipfile.ZipFile(wheel) as z:
        catalogs = [n for n in z.namelist() if re.match(r"holidays/locale/en_US/LC_MESSAGES/[^/]+\.mo$", n)]
        if not catalogs:
            raise SystemExit("holidays.py: no en_US catalogs in the wheel")
        for n in sorted(catalogs):
            t = gettext.GNUTranslations(io.BytesIO(z.read(n)))
            for msgid, msgstr in t._catalog.items():
                if isinstance(msgid, str) and msgid and isinstance(msgstr, str) and msgstr:
                    out.add(msgstr.strip())
    return out


def proper(name: str) -> bool:
    """Reads as a proper name (see the module's doc)."""
    if not name or not name[0].isupper() or re.search(r"[0-9%/;:,!?\"]", name):
        return False
    words = name.split()
    if len(words) > MAX_WORDS:
        return False
    for w in words:
        base = w[3:] if w.lower().startswith("al-") else w
        if w.lower() in JOINERS or not base:
            continue
        if not base[0].isupper():
            return False
    return not (len(words) == 1 and name.lower() in CALENDAR)


def main() -> None:
    wheel, tsv = Path(sys.argv[1]), Path(sys.argv[2])
    common = load_tsv(tsv / "common_words.tsv")
    places = load_tsv(tsv / "places.tsv")
    table = load_fold(tsv / "fold.tsv")
    kept = set()
    for raw in names(wheel):
        name = re.sub(r"\s*\([^)]*\)\s*$", "", raw).strip()
        candidates = [name]
        m = PART_OF.match(name)
        # ("End of Year" gives no "Year", "Start of Summer" no "Summer".)
        if m and normalize(m.group(1)) not in common:
            candidates.append(m.group(1))
        kept.update(c for c in candidates if proper(c))
    rows = {}
    for name in kept:
        key = normalize(name)
        flags = 0
        if " " not in key and key in common:
            flags |= 1
        if key in places:
            flags |= 4
        put(rows, key, flags, table)
    keys = write_table(tsv, "holidays", rows, "holidays", wheel)
    print(f"holidays: {len(kept)} names, {keys} keys -> {tsv}/holidays.tsv")


if __name__ == "__main__":
    main()
