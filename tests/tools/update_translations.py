"""Refresh the translation catalogues from the sources, carrying translations to strings whose
context moved (a method moved to another class keeps its source text, but lupdate marks it
unfinished in its new context; this fills it from the same text in the old catalogue). Then
compiles the .qm files. Run from the repository root:

    .venv/bin/python tests/tools/update_translations.py

Strings that are new print as "untranslated": translate them in Qt Linguist, then run it again.
"""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

TOOLS = Path(".venv/bin")
sources = subprocess.run(
    ["git", "ls-files", "-co", "--exclude-standard", "src/*.py"],
    capture_output=True,
    text=True,
    check=True,
).stdout.split()

for ts, options in (
    (Path("translations/kerjasama_desk_id.ts"), []),
    (Path("translations/kerjasama_desk_en.ts"), ["-pluralonly"]),
):
    first_line = ts.read_text(encoding="utf-8").splitlines()[0]
    old = ET.parse(ts).getroot()
    known = {}
    for context in old.iter("context"):
        for message in context.iter("message"):
            key = (message.findtext("source"), message.findtext("comment") or "")
            translation = message.find("translation")
            if translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                known.setdefault(key, translation)
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            *options,
            *sources,
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    carried = missing = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            key = (message.findtext("source"), message.findtext("comment") or "")
            found = known.get(key)
            if found is None:
                missing += 1
                print(f"  untranslated: {context.findtext('name')}: {key[0]!r}")
                continue
            message.remove(translation)
            copy = ET.fromstring(ET.tostring(found))
            copy.tail = translation.tail
            message.append(copy)
            carried += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8").replace(
        "<?xml version='1.0' encoding='utf-8'?>", first_line + "\n<!DOCTYPE TS>", 1
    )
    ts.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    print(f"{ts}: {carried} carried, {missing} untranslated")
subprocess.run(
    [
        str(TOOLS / "pyside6-lrelease"),
        "translations/kerjasama_desk_id.ts",
        "translations/kerjasama_desk_en.ts",
    ],
    check=True,
    capture_output=True,
)
