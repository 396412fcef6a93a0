"""One Indonesian word per concept (translations/glossary.tsv): every Indonesian text, in the
UI's catalogue and in the words of reports, sheets and the calendar (Term pairs in the code),
says the concept with the glossary's term and never with a variant."""

from __future__ import annotations

import ast
import html
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "translations" / "glossary.tsv"
CATALOGUE = ROOT / "translations" / "kerjasama_desk_id.ts"
SOURCES = ROOT / "src" / "kerjasama_desk"


@dataclass(frozen=True)
class Entry:
    concept: str
    english: re.Pattern[str]
    indonesian: re.Pattern[str]
    variants: re.Pattern[str] | None


def glossary() -> list[Entry]:
    entries = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, english, indonesian, variants = (line.split("\t") + [""])[:4]
        entries.append(
            Entry(
                concept,
                re.compile(english, re.IGNORECASE),
                re.compile(indonesian, re.IGNORECASE),
                re.compile(variants, re.IGNORECASE) if variants else None,
            )
        )
    return entries


def catalogue_pairs() -> list[tuple[str, str, str]]:
    """(where, English, Indonesian) of every message of the Indonesian catalogue."""
    text = CATALOGUE.read_text(encoding="utf-8")
    pairs = []
    for context in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", context).group(1)
        for message in re.findall(r"<message[^>]*>(.*?)</message>", context, re.S):
            source = html.unescape(re.search(r"<source>(.*?)</source>", message, re.S).group(1))
            forms = re.findall(r"<numerusform>(.*?)</numerusform>", message, re.S) or [
                re.search(r"<translation[^>]*>(.*?)</translation>", message, re.S).group(1)
            ]
            for form in forms:
                pairs.append((name, source, html.unescape(form)))
    return pairs


def term_pairs() -> list[tuple[str, str, str]]:
    """(where, English, Indonesian) of every Term("Indonesian", "English") written in the code."""
    pairs = []
    for path in sorted(SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Term"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            ):
                where = f"{path.relative_to(SOURCES)}:{node.lineno}"
                pairs.append((where, node.args[1].value, node.args[0].value))
    return pairs


def problems(pairs: list[tuple[str, str, str]], entries: list[Entry]) -> list[str]:
    found = []
    for where, english, indonesian in pairs:
        english = re.sub(r"\{\w+\}", "", english)  # "{partner}" is a value, not the word
        for entry in entries:
            if entry.variants is not None and (variant := entry.variants.search(indonesian)):
                found.append(f"{where}: {entry.concept} as “{variant.group(0)}”: {indonesian!r}")
            elif entry.english.search(english) and not entry.indonesian.search(indonesian):
                found.append(f"{where}: {entry.concept} missing: {english!r} → {indonesian!r}")
    return found


def test_the_catalogue_says_each_concept_with_the_glossarys_word():
    assert problems(catalogue_pairs(), glossary()) == []


def test_reports_sheets_and_the_calendar_say_each_concept_with_the_glossarys_word():
    assert problems(term_pairs(), glossary()) == []


@pytest.mark.parametrize(
    ("english", "indonesian", "expected"),
    [
        ("Gone quiet", "Diam", ["planted: dormant as “Diam”"]),
        ("Quiet since", "Sepi sejak", ["planted: dormant as “Sepi”"]),
        ("Officer", "Pejabat", ["planted: officer as “Pejabat”"]),
        ("Agreement", "Kerja sama", ["planted: agreement missing"]),
        ("Regency / county", "Kabupaten / county", ["planted: regency as “county”"]),
        ("Gone quiet", "Tidak aktif", []),
        ("Draft document", "Susun dokumen", []),  # a verb: not the concept
        ("Expires: {partner}", "Berakhir: {partner}", []),  # a placeholder
    ],
)
def test_a_known_variant_is_caught(english, indonesian, expected):
    found = problems([("planted", english, indonesian)], glossary())
    assert [problem.rsplit(": ", 1)[0] for problem in found] == expected
