"""The glossary file: enough vetted pairs, no empty or repeated entry, and search in both
directions."""

from __future__ import annotations

import pytest

from kerjasama_desk.drafting import glossary
from kerjasama_desk.paths import glossary_dir

TERMS = glossary.load(glossary_dir() / "terms.tsv")


def test_the_glossary_has_at_least_150_pairs_in_every_category():
    assert len(TERMS) >= 150
    assert {term.category for term in TERMS} == set(glossary.CATEGORIES)
    pairs = [(t.indonesian.casefold(), t.english.casefold()) for t in TERMS]
    assert len(pairs) == len(set(pairs))


def test_domain_seed_terms_are_there():
    pairs = {(t.indonesian, t.english) for t in TERMS}
    for pair in [
        ("Wali Kota", "Mayor"),
        ("Bupati", "Regent"),
        ("Gubernur", "Governor"),
        ("Kelompok Kerja Bersama", "Joint Working Group"),
        ("kota bersaudara", "sister city"),
        ("Para Pihak", "the Parties"),
        ("surat kuasa", "full powers"),
        ("banjir rob", "tidal flooding"),
    ]:
        assert pair in pairs


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("wali", ("Wali Kota", "Mayor")),
        ("MAYOR", ("Wali Kota", "Mayor")),
        ("joint working", ("Kelompok Kerja Bersama", "Joint Working Group")),
        ("rob", ("banjir rob", "tidal flooding")),
    ],
)
def test_search_finds_either_side_prefixes_first(text, first):
    found = glossary.search(TERMS, text)
    assert (found[0].indonesian, found[0].english) == first


def test_a_broken_glossary_names_its_lines(tmp_path):
    path = tmp_path / "terms.tsv"
    path.write_text(
        "indonesian\tenglish\tcategory\nWali Kota\tMayor\toffice\n"
        "Bupati\t\toffice\nwali kota\tMayor (again)\toffice\nkota\tcity\tplaces\n",
        encoding="utf-8",
    )
    with pytest.raises(glossary.GlossaryProblem) as raised:
        glossary.load(path)
    assert str(raised.value).splitlines() == [
        f"{path}:3: expected three filled columns separated by tabs",
        f"{path}:4: 'wali kota' is already on line 2",
        f"{path}:5: unknown category 'places'",
    ]


def test_every_standard_field_has_a_vetted_description_in_both_languages():
    from kerjasama_desk.domain.vocab import CooperationField

    descriptions = glossary.field_descriptions(glossary_dir() / "fields.tsv")
    assert set(descriptions) == {field.value for field in CooperationField}
    assert all(d["id"] and d["en"] for d in descriptions.values())
