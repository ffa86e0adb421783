"""Reads EditionAlign's exports back with independent readers and compares them with the
pairs of the jsonl alignment records (omissions left out). Called by scripts/validate-exports.

usage: validate_exports.py DIR NAME...   (DIR holds NAME.jsonl, .tmx, .xliff, .hf, .tsv, .csv, .moses.en/.ko)
"""
import csv
import json
import pathlib
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

from translate.storage import tmx

LINE_BREAKS = {"\n", "\r", "\t", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}
XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def one_line(text):
    return "".join(" " if c in LINE_BREAKS else c for c in text)


def expected_pairs(directory, name):
    pairs = []
    for line in (directory / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        en, ko = record["en"], record["ko"]
        if en["ids"] and ko["ids"]:
            pairs.append((en["text"], ko["text"]))
    return pairs


def validate(directory, name):
    pairs = expected_pairs(directory, name)
    check(pairs, f"{name}: no pairs in the jsonl records")

    store = tmx.tmxfile(open(directory / f"{name}.tmx", "rb"), sourcelanguage="en", targetlanguage="ko")
    tmx_pairs = [(unit.source, unit.target) for unit in store.units]
    check(len(tmx_pairs) == len(pairs), f"{name}.tmx: {len(tmx_pairs)} units, expected {len(pairs)}")
    for number, (got, want) in enumerate(zip(tmx_pairs, pairs)):
        check(got == want, f"{name}.tmx: unit {number + 1} differs: {got!r:.120} vs {want!r:.120}")
    header = ElementTree.parse(directory / f"{name}.tmx").getroot().find("header")
    for attribute in ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"]:
        check(header is not None and header.get(attribute), f"{name}.tmx: header lacks {attribute}")

    root = ElementTree.parse(directory / f"{name}.xliff").getroot()
    check(root.tag == XLIFF + "xliff" and root.get("version") == "2.0", f"{name}.xliff: not an XLIFF 2.0 document")
    check(root.get("srcLang") == "en" and root.get("trgLang") == "ko", f"{name}.xliff: srcLang/trgLang wrong")
    segments = root.iter(XLIFF + "segment")
    xliff_pairs = [(s.find(XLIFF + "source").text or "", s.find(XLIFF + "target").text or "") for s in segments]
    check(xliff_pairs == pairs, f"{name}.xliff: the segments differ from the pairs")
    ids = [e.tag + e.get("id") for e in root.iter() if e.get("id") is not None]
    check(len(ids) == len(set(ids)), f"{name}.xliff: ids repeat")

    hf = [json.loads(line) for line in (directory / f"{name}.hf").read_text(encoding="utf-8").splitlines()]
    check([(r["translation"]["en"], r["translation"]["ko"]) for r in hf] == pairs, f"{name}.hf: translations differ")
    check(all(r["document"] == name and 0 <= r["score"] <= 1 for r in hf), f"{name}.hf: document or score wrong")

    rows = (directory / f"{name}.tsv").read_text(encoding="utf-8").split("\n")
    check(rows[0] == "en\tko\tscore\tdocument" and rows[-1] == "", f"{name}.tsv: header or last line wrong")
    cells = [row.split("\t") for row in rows[1:-1]]
    check(all(len(c) == 4 for c in cells), f"{name}.tsv: a row without 4 cells")
    check([(c[0], c[1]) for c in cells] == [(one_line(a), one_line(b)) for a, b in pairs], f"{name}.tsv: cells differ")

    with open(directory / f"{name}.csv", newline="", encoding="utf-8") as file:
        records = list(csv.reader(file, strict=True))
    check(records[:1] == [["en", "ko", "score", "document"]], f"{name}.csv: header wrong")
    check([(r[0], r[1]) for r in records[1:]] == pairs, f"{name}.csv: fields differ from the pairs (csv module)")
    check(all(len(r) == 4 and r[3] == name for r in records[1:]), f"{name}.csv: a row without 4 fields")

    # sqlite's own readers: CSV with --csv, TSV with quoting off (.mode ascii, tab and LF).
    database = directory / f"{name}.sqlite"
    database.unlink(missing_ok=True)
    subprocess.run(["sqlite3", database, f".import --csv {directory / (name + '.csv')} c",
                    ".mode ascii", '.separator "\\t" "\\n"', f".import {directory / (name + '.tsv')} t"], check=True)
    with sqlite3.connect(database) as connection:
        from_csv = connection.execute("select en, ko from c order by rowid").fetchall()
        from_tsv = connection.execute("select en, ko from t order by rowid").fetchall()
    check(from_csv == pairs, f"{name}.csv: sqlite's .import --csv read {len(from_csv)} rows, expected {len(pairs)} pairs")
    check(from_tsv == [(one_line(a), one_line(b)) for a, b in pairs], f"{name}.tsv: sqlite's .mode ascii import differs")

    en = (directory / f"{name}.moses.en").read_text(encoding="utf-8").split("\n")
    ko = (directory / f"{name}.moses.ko").read_text(encoding="utf-8").split("\n")
    check(len(en) == len(ko) == len(pairs) + 1, f"{name}.moses: {len(en) - 1} and {len(ko) - 1} lines, expected {len(pairs)}")
    check(list(zip(en, ko))[:-1] == [(one_line(a), one_line(b)) for a, b in pairs], f"{name}.moses: lines differ")
    return len(pairs)


directory = pathlib.Path(sys.argv[1])
for name in sys.argv[2:]:
    count = validate(directory, name)
    print(f"{name}: {count} pairs read back from tmx (translate-toolkit), xliff, hf, tsv, csv (csv module and sqlite) and moses")
for failure in failures:
    print("FAIL " + failure, file=sys.stderr)
sys.exit(1 if failures else 0)
