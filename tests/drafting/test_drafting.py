"""Drafting: templates as data, the sandboxed renderer, the document model and the checks.

The sample answers reconstruct Semarang–Beihai (docs/domain.md §6); the LoI's day in April 2007 and
the MoU's contact offices are illustrative, not sourced.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2.exceptions import SecurityError, UndefinedError

from kerjasama_desk.domain.vocab import CooperationField, PartnerLevel
from kerjasama_desk.drafting import assemble, checks, engine, html, library
from kerjasama_desk.drafting.answers import Answers, AnswersProblems, read_answers
from kerjasama_desk.drafting.document import table_rows
from kerjasama_desk.drafting.template_format import TemplateProblems, parse_template
from kerjasama_desk.paths import templates_dir

HERE = Path(__file__).parent
LIBRARY = library.load(templates_dir())
TEMPLATES = LIBRARY.templates
SAMPLES = {
    "mou-sister-city": HERE / "mou-beihai.json",
    "loi-sister-city": HERE / "loi-beihai.json",
    "ia-plan-of-action": HERE / "ia-beihai.json",
    "notice-termination": HERE / "notice-beihai.json",
    "addendum-mou": HERE / "addendum-beihai.json",
    "minutes-jwg": HERE / "minutes-beihai.json",
}
LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}")


def sample(template_id: str, languages: list[str] | None = None) -> Answers:
    data = json.loads(SAMPLES[template_id].read_text(encoding="utf-8"))
    if languages is not None:
        data["languages"] = languages
    return read_answers(data, TEMPLATES)


def changed(answers: Answers, **values: object) -> Answers:
    updated = {**copy.deepcopy(dict(answers.values)), **values}
    return Answers(
        answers.template_id, answers.languages, {k: v for k, v in updated.items() if v is not ...}
    )


def every_text(document) -> list[str]:
    return document.texts()


def findings(answers: Answers) -> dict[str, checks.Finding]:
    template = TEMPLATES[answers.template_id]
    return {f.code: f for f in checks.run(template, answers, assemble.assemble(template, answers))}


# Templates ---------------------------------------------------------------------------------------


def test_the_bundled_templates_load_without_problems():
    assert LIBRARY.problems == []
    assert {"loi-sister-city", "mou-sister-city", "ia-plan-of-action"} <= set(TEMPLATES)
    # the letters and the plan are assembled from the demo register in test_letters.py
    documents = {t.id for t in TEMPLATES.values() if t.kind not in ("letter", "plan")}
    assert set(SAMPLES) == documents, "every agreement template has sample answers here"


@pytest.mark.parametrize("template_id", sorted(SAMPLES))
@pytest.mark.parametrize("languages", [["id"], ["id", "en"]])
def test_every_template_renders_complete_in_each_language_combination(template_id, languages):
    answers = sample(template_id, languages)
    template = TEMPLATES[template_id]
    document = assemble.assemble(template, answers)
    assert document.languages == tuple(languages)
    assert document.gaps == ()
    texts = every_text(document)
    assert not [t for t in texts if LEFTOVER.search(t)]
    assert all(t.strip() for t in texts)
    versions = list(document.versions.values())
    assert len({len(v.articles) for v in versions}) == 1
    assert not checks.has_errors(checks.run(template, answers, document))
    page = html.render(document)
    assert page.count("<th>") == len(languages) and "REPUBLIK RAKYAT TIONGKOK" in page


def test_the_plan_of_action_lists_each_activity_with_owner_timing_and_funding():
    """Each activity names the implementing office of each side, and funding names the party
    that pays; the coordinator is an office of each side; the closing is complete (issue 14)."""
    document = assemble.assemble(TEMPLATES["ia-plan-of-action"], sample("ia-plan-of-action"))
    english, indonesian = document.version("en"), document.version("id")
    activities = next(a for a in english.articles if a.key == "activities")
    rows = table_rows(activities.paragraphs[1])  # activity | field | our office | theirs | …
    assert rows[0] == [
        "Activity",
        "Field",
        "Implementing office in Semarang",
        "Implementing office in Beihai",
        "Timing",
        "Funding",
    ]
    assert rows[1] == [
        "a. working visit of port managers",
        "port and logistics",
        "the Transportation Office",
        "the Beihai Port Authority",
        "March 2027",
        "each Party bears its own costs",
    ]
    assert rows[2][-1] == "borne by the Government of the City of Semarang"
    rows_id = table_rows(
        next(a for a in indonesian.articles if a.key == "activities").paragraphs[1]
    )
    assert rows_id[2][:2] == ["b. pertukaran kelompok seni", "seni dan budaya"]
    assert rows_id[2][-1] == "ditanggung Pemerintah Kota Semarang"
    assert activities.paragraphs[0] == "The Parties shall carry out the following activities:"
    assert "Indonesian Party" not in str(english) and "Pihak Indonesia" not in str(indonesian)
    assert "berdasarkan" in indonesian.recitals[0].lower()
    assert "14 Oktober 2008" in indonesian.recitals[0]
    monitoring = next(a for a in english.articles if a.key == "monitoring")
    assert monitoring.paragraphs[-1] == (
        "(2) The implementation of this Plan of Action shall be coordinated by the Cooperation "
        "Division of the Regional Secretariat of the City of Semarang for the Government of the "
        "City of Semarang and by the Foreign Affairs Office of the People's Government of Beihai "
        "Municipality for the People's Government of Beihai Municipality."
    )
    assert (
        english.closing[0].startswith("IN WITNESS WHEREOF")
        and "Plan of Action" in (english.closing[0])
    )
    assert (
        english.closing[1].startswith("Done at Beihai on")
        and "in duplicate" in (english.closing[1])
    )
    assert indonesian.closing[1].endswith("kedua naskah sama autentik.")


def test_the_mou_reads_as_the_formulas_of_domain_md():
    document = assemble.assemble(TEMPLATES["mou-sister-city"], sample("mou-sister-city"))
    indonesian, english = document.version("id"), document.version("en")
    assert indonesian.title.splitlines()[0] == "MEMORANDUM SALING PENGERTIAN"
    assert "KERJA SAMA KOTA BERSAUDARA" in indonesian.title
    assert english.title.endswith("SISTER CITY COOPERATION")
    assert [a.heading for a in english.articles][:2] == ["Purpose and Objective", "Scope"]
    assert document.parts == frozenset(checks.REQUIRED_PARTS["mou"])
    duration = next(a for a in indonesian.articles if a.key == "duration")
    assert "5 (lima) tahun" in duration.paragraphs[0]
    english_duration = next(a for a in english.articles if a.key == "duration")
    assert "5 (five) years" in english_duration.paragraphs[0]
    assert (
        "6 (enam) bulan"
        in next(a for a in indonesian.articles if a.key == "termination").paragraphs[0]
    )
    # The closing names the document's own languages, never a text it lacks (issue 14).
    assert (
        "Dibuat di Semarang pada tanggal 14 Oktober 2008 dalam rangkap 2 (dua) dalam bahasa "
        "Indonesia dan bahasa Inggris, kedua naskah sama autentik."
    ) in indonesian.closing[1]
    assert (
        "Done at Semarang on 14 October 2008 in duplicate in the Indonesian and English "
        "languages, both texts being equally authentic."
    ) in english.closing[1]
    assert "English text shall prevail" in english.closing[1]
    # Official names: the designation, the partner's region, the state's long form; the native
    # name belongs to the partner's own text, not to the Indonesian or English one (issue 14).
    assert (
        "Republik Indonesia dan Pemerintah Rakyat Kota Beihai, Daerah Otonom Guangxi Zhuang, "
        "Republik Rakyat Tiongkok, selanjutnya"
    ) in indonesian.parties[0]
    assert "REPUBLIK RAKYAT TIONGKOK\nTENTANG" in indonesian.title
    assert english.signatures[1].party == (
        "FOR THE PEOPLE'S GOVERNMENT OF BEIHAI MUNICIPALITY, GUANGXI ZHUANG AUTONOMOUS REGION, "
        "THE PEOPLE'S REPUBLIC OF CHINA"
    )
    assert indonesian.signatures[0].party == (
        "UNTUK PEMERINTAH KOTA SEMARANG, PROVINSI JAWA TENGAH, REPUBLIK INDONESIA"
    )
    assert "北海市" not in indonesian.parties[0] + english.signatures[1].party
    scope = next(a for a in english.articles if a.key == "scope").paragraphs
    assert scope[1:3] == ("a. port and logistics;", "b. education;")
    assert scope[-1] == "g. other fields mutually agreed upon by the Parties."
    assert [a.number for a in english.articles] == list(range(1, len(english.articles) + 1))


def test_conditions_leave_out_articles_and_recitals_in_every_language():
    answers = changed(sample("mou-sister-city"), third_parties="no", loi_date=..., loi_place=...)
    document = assemble.assemble(TEMPLATES["mou-sister-city"], answers)
    for version in document.versions.values():
        assert "third_parties" not in [a.key for a in version.articles]
        assert not any("2007" in recital for recital in version.recitals)
    assert document.gaps == ()


def test_a_hidden_question_is_ignored_even_with_an_old_answer():
    answers = changed(sample("mou-sister-city"), our_level="province")
    title = assemble.assemble(TEMPLATES["mou-sister-city"], answers).version("id").title
    assert "PEMERINTAH PROVINSI SEMARANG, REPUBLIK INDONESIA" in title
    assert "JAWA TENGAH" not in title


def test_a_missing_answer_shows_as_a_visible_gap_never_a_blank():
    answers = changed(sample("mou-sister-city"), signing_place=...)
    document = assemble.assemble(TEMPLATES["mou-sister-city"], answers)
    assert document.gaps == ("signing_place",)
    assert "Dibuat di [Tempat penandatanganan] pada" in document.version("id").closing[1]
    assert "Done at [Place of signing] on" in document.version("en").closing[1]
    assert '<span class="gap">[Place of signing]</span>' in html.render(document)


# Template problems are located -------------------------------------------------------------------

GOOD = """\
format: 1
id: t
version: 1
kind: loi
name: {id: Contoh, en: Example}
questions:
  - id: place
    type: text
    label: {id: Tempat, en: Place}
document:
  title: {id: "JUDUL {{ place }}", en: "TITLE {{ place }}"}
  articles:
    - key: one
      part: purpose
      heading: {id: Satu, en: One}
      paragraphs:
        - {id: "Di {{ place }}.", en: "At {{ place }}."}
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(TemplateProblems) as raised:
        parse_template(text, "bad.yaml")
    return [str(problem) for problem in raised.value.problems]


def test_a_good_minimal_template_parses():
    template = parse_template(GOOD, "good.yaml")
    assert template.articles[0].paragraphs[0].by_language["en"] == "At {{ place }}."


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('{{ place }}.", en', '{{ place }.", en'), "bad.yaml:17: text (id): unexpected '}'"),
        (
            ('en: "At {{ place }}."', 'fr: "À {{ place }}."'),
            "bad.yaml:17: article 'one' paragraph 1 has no text in language 'en'",
        ),
        (("type: text", "type: colour"), "bad.yaml:8: question 'place': unknown type 'colour'"),
        (
            ("TITLE {{ place }}", "TITLE {{ city }}"),
            "bad.yaml:11: text (en): placeholder 'city' is not a question or helper",
        ),
        (
            ('{{ place }}.", en', '{{ place | shout }}.", en'),
            "bad.yaml:17: text (id): No filter named 'shout'",
        ),
        (("format: 1", "format: 9"), "bad.yaml:1: 'format' is missing or not supported"),
        (
            ("  - id: place\n", "  - id: place\n    id: again\n"),
            "bad.yaml:8: key 'id' appears twice",
        ),
        (("part: purpose", "part: poetry"), "bad.yaml:14: article 'one': unknown part 'poetry'"),
    ],
)
def test_template_problems_name_the_file_and_line(change, expected):
    old, new = change
    assert old in GOOD
    found = problems_of(GOOD.replace(old, new))
    assert any(problem.startswith(expected) for problem in found), found


def test_one_broken_template_does_not_stop_the_others(tmp_path):
    (tmp_path / "t.yaml").write_text(GOOD, encoding="utf-8")  # a template's file is its id
    (tmp_path / "b-broken.yaml").write_text(
        GOOD.replace("type: text", "type: colour"), encoding="utf-8"
    )
    (tmp_path / "c-not-yaml.yaml").write_text("document: [unclosed\n", encoding="utf-8")
    loaded = library.load(tmp_path)
    assert list(loaded.templates) == ["t"]
    (tmp_path / "d-misnamed.yaml").write_text(GOOD.replace("id: t", "id: other"), encoding="utf-8")
    loaded = library.load(tmp_path)
    assert [Path(p.source).name for p in loaded.problems] == [
        "b-broken.yaml",
        "c-not-yaml.yaml",
        "d-misnamed.yaml",
    ]
    assert "must be the file's name" in str(loaded.problems[-1])
    assert library.load_one(tmp_path, "t").id == "t" and library.load_one(tmp_path, "x") is None


SHARED = """\
format: 2
sets:
  where:
    - id: place
      type: text
      label: {id: Tempat, en: Place}
      help: {id: Kota, en: City}
"""


def test_format_2_templates_include_shared_questions_and_format_1_still_loads(tmp_path):
    """Issue 15, item 7: the questions every document asks are defined once."""
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "questions.yaml").write_text(SHARED, encoding="utf-8")
    including = GOOD.replace("format: 1", "format: 2").replace(
        GOOD[GOOD.index("  - id: place") : GOOD.index("document:")], "  - include: where\n"
    )
    (tmp_path / "t.yaml").write_text(including, encoding="utf-8")
    (tmp_path / "old.yaml").write_text(GOOD.replace("id: t", "id: old"), encoding="utf-8")
    loaded = library.load(tmp_path)
    assert loaded.problems == [] and sorted(loaded.templates) == ["old", "t"]
    place = loaded.templates["t"].question("place")
    assert place is not None and place.help == {"id": "Kota", "en": "City"}
    assert loaded.templates["old"].question("place").label == place.label  # format 1 as before
    # A set that does not exist, an include in a format-1 file, a step the template lacks
    (tmp_path / "t.yaml").write_text(including.replace("include: where", "include: here"))
    assert "include 'here': no such shared question set (known: where)" in str(
        library.load(tmp_path).problems
    )
    (tmp_path / "t.yaml").write_text(including.replace("format: 2", "format: 1"))
    assert "'include' needs 'format: 2'" in str(library.load(tmp_path).problems)
    stepped = including.replace("  - include: where\n", "  - include: where\n    step: two\n")
    (tmp_path / "t.yaml").write_text(stepped)
    assert "include 'where': unknown step 'two'" in str(library.load(tmp_path).problems)
    # A shared question's problem is named in the shared file, at its line
    (tmp_path / "t.yaml").write_text(including)
    (tmp_path / "shared" / "questions.yaml").write_text(
        SHARED.replace("type: text", "type: colour")
    )
    [problem] = library.load(tmp_path).problems
    assert str(problem).startswith(f"{tmp_path / 'shared' / 'questions.yaml'}:5: question 'place'")


def test_a_changed_shared_question_is_read_again_not_taken_from_the_cache(tmp_path):
    (tmp_path / "templates" / "shared").mkdir(parents=True)
    (tmp_path / "templates" / "shared" / "q.yaml").write_text(SHARED, encoding="utf-8")
    including = GOOD.replace("format: 1", "format: 2").replace(
        GOOD[GOOD.index("  - id: place") : GOOD.index("document:")], "  - include: where\n"
    )
    (tmp_path / "templates" / "t.yaml").write_text(including, encoding="utf-8")
    library.use_cache(tmp_path / "cache")
    try:
        first = library.load_one(tmp_path / "templates", "t")
        (tmp_path / "templates" / "shared" / "q.yaml").write_text(
            SHARED.replace("{id: Kota, en: City}", "{id: Kabupaten, en: Regency}")
        )
        again = library.load_one(tmp_path / "templates", "t")
    finally:
        library._CACHE.clear()
    assert first.question("place").help["en"] == "City"
    assert again.question("place").help["en"] == "Regency"


def test_template_text_cannot_reach_python_internals():
    with pytest.raises((SecurityError, UndefinedError)):
        engine.render("{{ lang.__class__.__mro__ }}", {"lang": "id"})
    with pytest.raises((SecurityError, UndefinedError)):
        engine.render("{{ lang.upper.__globals__ }}", {"lang": "id"})
    with pytest.raises(UndefinedError):
        engine.render("{{ nobody_defined_this }}", {"lang": "id"})


# Answers files -----------------------------------------------------------------------------------


def test_answers_of_the_wrong_type_are_each_reported():
    data = json.loads(SAMPLES["mou-sister-city"].read_text(encoding="utf-8"))
    data["answers"].update(
        term_years="five",
        signing_date="14/10/2008",
        prevailing="fr",
        fields=[{"code": "astrology"}],
        partner={"name": 3},
        colour="red",
    )
    with pytest.raises(AnswersProblems) as raised:
        read_answers(data, TEMPLATES)
    assert sorted(p.where for p in raised.value.problems) == [
        "colour",
        "fields",
        "partner",
        "prevailing",
        "signing_date",
        "term_years",
    ]


def test_an_unknown_template_is_named_with_the_known_ones():
    with pytest.raises(AnswersProblems, match="unknown template 'nope' .*mou-sister-city"):
        read_answers({"template": "nope", "answers": {}}, TEMPLATES)


# Checks: each fires on its case and stays quiet on the complete sample ---------------------------


@pytest.mark.parametrize(
    ("code", "change"),
    [
        ("unanswered", {"signing_date": ...}),
        ("term_too_long", {"term_years": 10}),
        ("no_termination_notice", {"notice_months": 0}),
        ("dates_out_of_order", {"signing_date": "2007-01-01"}),
        ("one_language_only", {"our_contact": {"id": "Bagian Kerja Sama", "en": ""}}),
        (
            "field_without_description",
            {"fields": [{"custom": {"id": "Rob", "en": "Tidal floods"}}]},
        ),
        (
            "level_mismatch",
            {"partner": {"name": "Guangxi", "country": "CN", "level": PartnerLevel.PROVINCE.value}},
        ),
        ("missing_part", None),
    ],
)
def test_each_check_fires_on_its_case(code, change):
    template = TEMPLATES["mou-sister-city"]
    answers = sample("mou-sister-city")
    assert code not in findings(answers)
    if change is None:  # a template that lost its termination article
        template = replace(
            template, articles=tuple(a for a in template.articles if a.key != "termination")
        )
    else:
        answers = changed(answers, **change)
    found = {f.code: f for f in checks.run(template, answers, assemble.assemble(template, answers))}
    assert code in found, found
    assert found[code].message()  # every code has its words


def test_a_described_custom_field_and_the_equal_level_pass():
    answers = changed(
        sample("mou-sister-city"),
        fields=[
            {
                "custom": {"id": "Rob", "en": "Tidal floods"},
                "description": {
                    "id": "pertukaran data pasang surut",
                    "en": "exchange of tidal data",
                },
            }
        ],
    )
    assert {"field_without_description", "level_mismatch"}.isdisjoint(findings(answers))
    scope = assemble.assemble(TEMPLATES["mou-sister-city"], answers).version("en").articles[1]
    assert scope.paragraphs[1] == "a. tidal floods, including exchange of tidal data;"


# Random answers never crash and never leave template syntax --------------------------------------


def _answer(question):
    text = st.text(min_size=0, max_size=30)
    bilingual = st.fixed_dictionaries({"id": text, "en": text})
    kinds = {
        "text": text,
        "bilingual": bilingual,
        "date": st.dates().map(lambda d: d.isoformat()),
        "number": st.integers(
            min_value=question.minimum or 0, max_value=question.maximum or 10_000
        ),
        "choice": st.sampled_from([c.value for c in question.choices] or ["x"]),
        "multichoice": st.lists(
            st.sampled_from([c.value for c in question.choices] or ["x"]), unique=True
        ),
        "partner": st.fixed_dictionaries(
            {
                "name": text,
                "native_name": text,
                "country": st.sampled_from(["CN", "JP", "AU", "KR"]),
                "level": st.sampled_from(list(PartnerLevel)),
            }
        ),
        "officer": st.fixed_dictionaries({"name": text}, optional={"position": text}),
        "activities": st.lists(
            st.fixed_dictionaries(
                {"activity": bilingual},
                optional={
                    "owner": bilingual,
                    "timing": bilingual,
                    "field": st.sampled_from(list(CooperationField)),
                    "funding": st.sampled_from([c.value for c in question.choices] or ["x"]),
                },
            ),
            max_size=3,
        ),
        "fields": st.lists(
            st.one_of(
                st.fixed_dictionaries({"code": st.sampled_from(list(CooperationField))}),
                st.fixed_dictionaries({"custom": bilingual}, optional={"description": bilingual}),
            ),
            max_size=4,
        ),
        "annexes": st.lists(
            st.fixed_dictionaries({"draft": st.uuids().map(str), "title": bilingual}),
            max_size=3,
            unique_by=lambda item: item["draft"],
        ),
    }
    return st.one_of(st.none(), kinds[question.type])


@st.composite
def random_answers(draw):
    template = TEMPLATES[draw(st.sampled_from(sorted(TEMPLATES)))]
    values = {}
    for question in template.questions:
        value = draw(_answer(question))
        if value is not None:
            values[question.id] = value
    languages = draw(st.sampled_from([["id"], ["id", "en"]]))
    return template, Answers(template.id, tuple(languages), values)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_answers())
def test_random_answers_never_crash_and_never_leave_a_placeholder(case):
    template, answers = case
    document = assemble.assemble(template, answers)
    texts = every_text(document)
    assert not [
        t
        for t in texts
        if LEFTOVER.search(t) and not any(LEFTOVER.search(str(v)) for v in _strings(answers.values))
    ]
    checks.run(template, answers, document)
    html.render(document)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_finding_messages_follow_the_ui_language():
    answers = changed(
        sample("mou-sister-city"),
        signing_place=...,
        partner={"name": "Guangxi", "country": "CN", "level": "province"},
    )
    found = findings(answers)
    catalogue = {
        "“{question}” is not answered yet; the text shows a gap there.": "“{question}” belum dijawab; naskah masih menunjukkan bagian kosong di situ."  # noqa: E501
    }

    def translate(context, text):
        assert context == "DraftingCheck"
        return catalogue.get(text, text)

    assert found["unanswered"].message("id", translate) == (
        "“Tempat penandatanganan” belum dijawab; naskah masih menunjukkan bagian kosong di situ."
    )
    assert "A city is paired with a partner of level province / state" in (
        found["level_mismatch"].message()
    )
    assert "Kota" not in found["level_mismatch"].message("id") and "kota" in (
        found["level_mismatch"].message("id")
    )


def test_versions_compare_article_by_article_per_language():
    from kerjasama_desk.drafting import compare

    before = sample("mou-sister-city")
    after = changed(before, term_years=4, third_parties="no")
    template = TEMPLATES["mou-sister-city"]
    changes = compare.compare(
        assemble.assemble(template, before), assemble.assemble(template, after)
    )
    keys = {(c.key, c.language, c.kind) for c in changes}
    assert ("duration", "id", "changed") in keys and ("duration", "en", "changed") in keys
    assert ("third_parties", "en", "removed") in keys
    # articles after the removed one are renumbered, so their labels change with their number
    assert all(c.key not in ("objective", "scope") for c in changes)
    duration = next(c for c in changes if c.key == "duration" and c.language == "en")
    old, new = compare.marked(duration.before[1], duration.after[1])
    assert "<del>5</del>" in old and "<ins>4</ins>" in new and "<del>(five)</del>" in old
    page = html.render_comparison(
        changes,
        number_before=1,
        number_after=2,
        headings={
            "before": "Version",
            "after": "Version",
            "added": "added",
            "removed": "removed",
            "same": "No differences.",
        },
    )
    assert "Version 1" in page and "<ins>(four)</ins>" in page
    assert "No differences." in html.render_comparison(
        [], number_before=1, number_after=1, headings={"same": "No differences."}
    )


def test_translation_memory_keeps_completed_passages_and_ranks_by_likeness():
    from kerjasama_desk.drafting import memory

    values = sample("mou-sister-city").values
    remembered = list(
        memory.passages(
            {
                **values,
                "fields": [
                    {
                        "custom": {"id": "Pengendalian banjir rob", "en": "Tidal flood control"},
                        "description": {
                            "id": "pertukaran data pasang surut",
                            "en": "exchange of tidal data",
                        },
                    }
                ],
                "our_contact": {"id": "Bagian Kerja Sama", "en": ""},
            }
        )
    )
    texts = {indonesian: english for _key, indonesian, english in remembered}
    assert texts["Pengendalian banjir rob"] == "Tidal flood control"
    assert texts["pertukaran data pasang surut"] == "exchange of tidal data"
    assert "Bagian Kerja Sama" not in texts  # one language only: not a completed passage
    entries = [(indonesian, english) for indonesian, english in texts.items()]
    found = memory.closest("pengendalian banjir", entries)
    assert found[0].english == "Tidal flood control" and found[0].score >= memory.MIN_SCORE
    assert memory.closest("xy", entries) == []
    # A word that merely occurs inside a passage does not bring it up; a beginning does.
    assert memory.closest("banjir", entries) == []
    assert memory.closest("pertukaran dat", entries)[0].english == "exchange of tidal data"
    assert memory.closest("pertukran data", entries)[0].english == "exchange of tidal data"
    assert memory.key("  Pengendalian   BANJIR  ") == "pengendalian banjir"


def test_the_partners_language_is_a_third_column_entered_part_by_part():
    data = json.loads(SAMPLES["mou-sister-city"].read_text(encoding="utf-8"))
    data["languages"] = ["id", "en", "zh"]
    data["partner_texts"] = {
        "title": "中华人民共和国北海市人民政府与印度尼西亚共和国三宝垄市政府友好城市谅解备忘录",
        "objective": "第一条 目的\n\n双方本着平等互利的原则建立友好城市关系。",
        "scope": "第二条 范围\n\n港口与物流；\n\n教育。",
    }
    answers = read_answers(data, TEMPLATES)
    assert answers.partner_language == "zh"
    template = TEMPLATES["mou-sister-city"]
    document = assemble.assemble(template, answers)
    chinese = document.version("zh")
    assert chinese.articles[0].heading == "目的"  # "第一条" the document prints itself
    assert chinese.articles[1].paragraphs == ("港口与物流；", "教育。")
    numbers = [a.number for a in document.version("id").articles]
    assert [a.number for a in chinese.articles] == numbers
    finding = {f.code: f for f in checks.run(template, answers, document)}["partner_text_missing"]
    message = finding.message()
    assert message.startswith(
        "The Chinese text is still missing for: the parties, the recitals, Article 3, Article 4"
    )
    assert message.count("Article") == len(chinese.articles) - 2 and "the closing" in message
    assert "tidak" not in finding.message("id") and "Tionghoa" in finding.message("id")
    page = html.render(document)
    assert page.count("<th>") == 3 and "中文" in page
    assert "第一条<br>目的" in page and "第十三条<br>" in page and "第一条 目的" not in page
    assert (
        Answers(
            answers.template_id, answers.languages, answers.values, answers.partner_texts
        ).to_json()["partner_texts"]
        == data["partner_texts"]
    )


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"languages": ["id", "en", "klingon"]}, "languages"),
        ({"languages": ["id", "zh", "ja"]}, "languages"),
        ({"partner_texts": {"preamble": "…"}}, "partner_texts"),
        ({"partner_texts": {"title": 3}}, "partner_texts"),
    ],
)
def test_bad_partner_language_data_is_reported(change, where):
    data = json.loads(SAMPLES["mou-sister-city"].read_text(encoding="utf-8"))
    data.update(change)
    with pytest.raises(AnswersProblems) as raised:
        read_answers(data, TEMPLATES)
    assert [p.where for p in raised.value.problems] == [where]


def test_checks_against_the_register_and_between_the_language_versions():
    template = TEMPLATES["mou-sister-city"]
    answers = sample("mou-sister-city")
    document = assemble.assemble(template, answers)

    def codes(facts=None, document=document, answers=answers):
        return {f.code: f for f in checks.run(template, answers, document, facts=facts)}

    same = checks.RegisterFacts(
        partner_name="Beihai", partner_native_name="北海市", council_approved=True
    )
    assert {"name_differs_from_register", "no_dprd_approval", "numbers_differ"}.isdisjoint(
        codes(same)
    )
    renamed = codes(checks.RegisterFacts(partner_name="Beihai City", partner_native_name="北海市"))
    assert renamed["name_differs_from_register"].message() == (
        "The partner is called Beihai / 北海市 here but Beihai City / 北海市 in the register. "
        "Use the register's name, or correct the register."
    )
    unapproved = codes(checks.RegisterFacts(council_approved=False))["no_dprd_approval"]
    assert unapproved.severity is checks.Severity.ERROR  # a signing date is set
    unsigned = changed(answers, signing_date=...)
    pending = codes(
        checks.RegisterFacts(council_approved=False),
        assemble.assemble(template, unsigned),
        unsigned,
    )["no_dprd_approval"]
    assert pending.severity is checks.Severity.WARNING
    # An English answer that says another number than the Indonesian one
    different = changed(answers, our_contact={"id": "Jl. Pemuda 148", "en": "Jl. Pemuda 184"})
    found = codes(None, assemble.assemble(template, different), different)["numbers_differ"]
    assert found.question == "contact" and "Article 9" in found.message()


def test_checked_templates_are_kept_and_a_changed_file_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(library, "_CACHE", [tmp_path / "cache"])
    folder = tmp_path / "templates"
    (folder / "shared").mkdir(parents=True)
    for shared in (templates_dir() / "shared").glob("*.yaml"):  # the sets the template includes
        (folder / "shared" / shared.name).write_bytes(shared.read_bytes())
    source = (templates_dir() / "loi-sister-city.yaml").read_text(encoding="utf-8")
    version = next(line for line in source.splitlines() if line.startswith("version: "))
    path = folder / "loi-sister-city.yaml"
    path.write_text(source, encoding="utf-8")
    first = library.load_one(folder, "loi-sister-city")
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 1

    def no_parsing(*_args, **_kwargs):
        raise AssertionError("a kept template is not parsed again")

    monkeypatch.setattr(library, "parse_template", no_parsing)
    assert library.load_one(folder, "loi-sister-city") == first

    monkeypatch.undo()
    monkeypatch.setattr(library, "_CACHE", [tmp_path / "cache"])
    path.write_text(source.replace(version, "version: 42", 1), encoding="utf-8")
    assert library.load_one(folder, "loi-sister-city").version == 42
    for entry in (tmp_path / "cache").glob("*.pickle"):
        entry.write_bytes(b"\x80\x05damaged")
    assert library.load_one(folder, "loi-sister-city").version == 42
    path.write_text(source.replace("format: 2", "format: 9", 1), encoding="utf-8")
    with pytest.raises(TemplateProblems):  # a broken file is never hidden by the cache
        library.load_one(folder, "loi-sister-city")


def test_a_partner_language_raises_no_false_one_language_finding():
    """Bilingual answers hold Indonesian and English only; choosing Chinese as the partner's
    language made every one of them "filled in only in Indonesian" (issue 13)."""
    template = TEMPLATES["mou-sister-city"]
    answers = sample("mou-sister-city")
    with_partner = replace(answers, languages=("id", "en", "zh"))
    found = checks.run(template, with_partner, assemble.assemble(template, with_partner))
    assert "one_language_only" not in {f.code for f in found}
    lacking = changed(with_partner, our_contact={"id": "Bagian Kerja Sama", "en": ""})
    found = checks.run(template, lacking, assemble.assemble(template, lacking))
    assert [f.question for f in found if f.code == "one_language_only"] == ["our_contact"]


def test_a_custom_field_is_named_in_the_readers_language():
    template = TEMPLATES["mou-sister-city"]
    answers = changed(
        sample("mou-sister-city"), fields=[{"custom": {"id": "Rob", "en": "Tidal floods"}}]
    )
    [finding] = [
        f
        for f in checks.run(template, answers, assemble.assemble(template, answers))
        if f.code == "field_without_description"
    ]
    assert "“Rob”" in finding.message("id") and "“Tidal floods”" in finding.message("en")


def test_articles_of_two_or_more_ayat_number_them_and_lists_keep_their_letters():
    """ "Pasal 13 ayat (2)" must be citable (docs/domain.md §8, UU 12/2011 Lampiran II)."""
    document = assemble.assemble(TEMPLATES["mou-sister-city"], sample("mou-sister-city"))
    for language in ("id", "en"):
        articles = {a.key: a for a in document.version(language).articles}
        contact = next(a for a in articles.values() if a.number == 9).paragraphs
        assert contact[0].startswith("(1) ") and contact[1].startswith("a. ")
        assert contact[2].startswith("b. ") and contact[3].startswith("(2) ")
        termination = next(a for a in articles.values() if a.number == 13).paragraphs
        assert [p[:4] for p in termination] == ["(1) ", "(2) "]
        scope = next(a for a in articles.values() if a.number == 2).paragraphs
        assert not scope[0].startswith("(")  # one ayat with its list: not numbered
    assert assemble.number_ayat(("Satu.",)) == ("Satu.",)


def test_the_closing_names_the_partners_language_only_when_the_document_has_it():
    template = TEMPLATES["mou-sister-city"]
    answers = replace(sample("mou-sister-city"), languages=("id", "en", "zh"))
    document = assemble.assemble(template, answers)
    assert (
        "dalam bahasa Indonesia, bahasa Tionghoa, dan bahasa Inggris, ketiga naskah sama autentik."
        in document.version("id").closing[1]
    )
    assert (
        "in the Indonesian, Chinese and English languages, all three texts being equally "
        "authentic." in document.version("en").closing[1]
    )
    only = assemble.assemble(template, replace(sample("mou-sister-city"), languages=("id",)))
    closing = only.version("id").closing[1]
    assert "dalam bahasa Indonesia." in closing and "Inggris" not in closing  # one text


def test_lists_of_three_or_more_take_the_serial_comma_in_indonesian():
    from kerjasama_desk.formatting import listing

    assert listing(["persamaan", "saling menghormati", "saling menguntungkan"], "id") == (
        "persamaan, saling menghormati, dan saling menguntungkan"
    )
    assert listing(["a", "b"], "id") == "a dan b"
    assert listing(["a", "b", "c"], "en") == "a, b and c"
    # and in the templates' own wording
    document = assemble.assemble(TEMPLATES["mou-sister-city"], sample("mou-sister-city"))
    recitals = " ".join(document.version("id").recitals)
    assert "persamaan, saling menghormati, dan saling menguntungkan" in recitals


def test_the_wording_a_legal_bureau_asked_for(tmp_path):
    """Each correction of issue 14's wording list, pinned in the assembled text."""
    mou = sample("mou-sister-city")
    document = assemble.assemble(TEMPLATES["mou-sister-city"], mou)
    indonesian, english = document.version("id"), document.version("en")

    def article(version, key):
        return next(a for a in version.articles if a.key == key)

    termination_id, termination_en = (
        article(indonesian, "termination"),
        article(english, "termination"),
    )
    assert termination_en.paragraphs[0].endswith(
        "at least 6 (six) months before the intended date of termination."
    )
    assert termination_id.paragraphs[0].endswith(
        "paling lambat 6 (enam) bulan sebelum tanggal pengakhiran yang dikehendaki."
    )
    assert termination_id.paragraphs[1].startswith("(2) Pengakhiran atau berakhirnya Memorandum")
    assert termination_en.paragraphs[1].startswith("(2) The termination or expiry of this")
    for renewal in ("by_agreement", "automatic"):
        text = assemble.assemble(
            TEMPLATES["mou-sister-city"], changed(mou, renewal=renewal)
        ).version("en")
        assert (
            article(text, "duration")
            .paragraphs[1]
            .startswith("(2) This Memorandum of Understanding ")
        )
    one_year = assemble.assemble(
        TEMPLATES["mou-sister-city"], changed(mou, term_years=1, notice_months=1)
    )
    assert (
        "for a period of 1 (one) year." in article(one_year.version("en"), "duration").paragraphs[0]
    )
    assert (
        "at least 1 (one) month before"
        in article(one_year.version("en"), "termination").paragraphs[0]
    )
    assert (
        "jangka waktu 1 (satu) tahun." in article(one_year.version("id"), "duration").paragraphs[0]
    )
    single = changed(mou, originals=1)
    findings = checks.run(
        TEMPLATES["mou-sister-city"],
        single,
        assemble.assemble(TEMPLATES["mou-sister-city"], single),
    )
    assert "one_original" in {f.code for f in findings if f.severity is checks.Severity.ERROR}
    assert "both texts being equally authentic" in english.closing[1]
    assert article(english, "objective").heading == "Purpose and Objective"
    assert article(english, "intellectual_property").heading == "Intellectual Property Rights"
    assert "between the people of the two cities" in english.recitals[0]
    assert "persamaan, saling menghormati, dan saling menguntungkan" in str(indonesian)
    loi = assemble.assemble(TEMPLATES["loi-sister-city"], sample("loi-sister-city"))
    follow_up = article(loi.version("en"), "follow_up").paragraphs
    assert follow_up[0].startswith("(1) The Parties intend to set out this cooperation")
    assert "creates no legal or financial obligation" in follow_up[1]
    assert loi.version("en").closing[0].startswith("IN WITNESS WHEREOF")
    # One English spelling: British, as "programmes" and "authorised" already are.
    american = re.compile(r"\b\w+iz(e|es|ed|ing|ation)\b|\bprograms?\b", re.IGNORECASE)
    for template_id in SAMPLES:
        whole = assemble.assemble(TEMPLATES[template_id], sample(template_id)).version("en")
        assert not american.search(str(whole)), (template_id, american.search(str(whole)))


def test_contact_points_carry_address_telephone_and_a_real_e_mail_address():
    mou = sample("mou-sister-city")
    english = assemble.assemble(TEMPLATES["mou-sister-city"], mou).version("en")
    contact = next(a for a in english.articles if a.key == "contact").paragraphs
    assert (
        "address: Balai Kota Semarang, Jl. Pemuda No. 148, Semarang 50132, Indonesia, telephone: "
        "+62 24 555 0148, e-mail: kerjasama@semarang.example;"
    ) in contact[1]
    wrong = changed(mou, partner_contact_email="fao at beihai")
    findings = checks.run(
        TEMPLATES["mou-sister-city"], wrong, assemble.assemble(TEMPLATES["mou-sister-city"], wrong)
    )
    [finding] = [f for f in findings if f.code == "not_an_email"]
    assert finding.question == "partner_contact_email" and finding.severity is checks.Severity.ERROR
    assert finding.message("en").startswith("“The partner's contact office: e-mail” is not an")
    missing = changed(mou, our_contact_phone=...)
    document = assemble.assemble(TEMPLATES["mou-sister-city"], missing)
    assert "our_contact_phone" in document.gaps


def test_every_partner_language_has_its_article_titles_and_page_words():
    from kerjasama_desk.formatting import (
        ARTICLE_TITLES,
        PAGE_WORDS,
        PARTNER_LANGUAGES,
        article_title,
        without_article_title,
    )

    assert set(PARTNER_LANGUAGES) <= set(ARTICLE_TITLES) and set(PARTNER_LANGUAGES) <= set(
        PAGE_WORDS
    )
    assert [article_title("zh", n) for n in (1, 10, 13, 20, 21)] == [
        "第一条",
        "第十条",
        "第十三条",
        "第二十条",
        "第二十一条",
    ]
    assert (article_title("ko", 4), article_title("ms", 4), article_title("de", 4)) == (
        "제4조",
        "Perkara 4",
        "Artikel 4",
    )
    for language in PARTNER_LANGUAGES:  # a pasted heading loses the title the document prints
        assert without_article_title(f"{article_title(language, 7)} Heading") == "Heading"


def test_a_signing_copy_needs_every_part_in_the_partners_language_with_the_same_numbers():
    data = json.loads(SAMPLES["mou-sister-city"].read_text(encoding="utf-8"))
    data["languages"] = ["id", "en", "zh"]
    data["partner_texts"] = {
        "duration": "第十二条 生效和期限\n\n本谅解备忘录自签字之日起生效，有效期为4年。"
        "\n\n经双方书面同意可以延长。",
        "termination": "第十三条 终止\n\n任何一方可提前6个月书面通知对方终止本谅解备忘录。"
        "\n\n终止不影响正在进行的项目。",
    }
    answers = read_answers(data, TEMPLATES)
    template = TEMPLATES["mou-sister-city"]
    document = assemble.assemble(template, answers)
    findings = checks.run(template, answers, document)
    differ = [f for f in findings if f.code == "partner_numbers_differ"]
    assert [f.params["article"] for f in differ] == [12]  # 4 years against 5; 6 months agree
    assert (
        differ[0]
        .message()
        .startswith(
            "The numbers in Article 12 are not the same in the Indonesian and the Chinese text."
        )
    )
    assert not checks.has_errors([f for f in findings if f.code == "partner_text_missing"])
    refusals = checks.signing_refusals(template, document, findings)
    missing = [f for f in refusals if f.code == "partner_text_missing"]
    assert all(f.severity is checks.Severity.ERROR and len(f.params["parts"]) == 1 for f in missing)
    # the title, the parties, the recitals, the articles not given, the closing, the signatures
    assert len(missing) == 3 + len(document.version("zh").articles) - 2 + 1 + 1


def test_the_partners_original_of_an_alternat_names_the_partner_first_everywhere():
    template, answers = TEMPLATES["loi-sister-city"], sample("loi-sister-city")
    ours = assemble.assemble(template, answers)
    theirs = assemble.assemble(template, answers, partner_first=True)
    for language in ("id", "en"):
        mine, their = ours.version(language), theirs.version(language)
        assert their.signatures == tuple(reversed(mine.signatures))
        assert (
            their.title != mine.title and their.title.splitlines()[0] == mine.title.splitlines()[0]
        )
    assert theirs.version("en").parties[0].startswith("The People's Government of Beihai")
    assert theirs.version("id").parties[0].startswith("Pemerintah Rakyat Kota Beihai")
    assert ours.version("en").parties[0].startswith("The Government of the City of Semarang")
    assert theirs.party_names == ("Beihai", "Semarang") and ours.party_names[0] == "Semarang"
    # the same text otherwise: the articles do not move
    assert theirs.version("id").articles == ours.version("id").articles


def test_the_partners_language_has_its_own_signature_captions_with_the_same_names():
    data = json.loads(SAMPLES["mou-sister-city"].read_text(encoding="utf-8"))
    data["languages"] = ["id", "en", "zh"]
    data["partner_texts"] = {
        "signatures": "三宝垄市政府代表\n三宝垄市市长\n\n北海市人民政府代表\n北海市市长"
    }
    answers = read_answers(data, TEMPLATES)
    template = TEMPLATES["mou-sister-city"]
    chinese = assemble.assemble(template, answers).version("zh")
    assert [(b.party, b.name, b.title) for b in chinese.signatures] == [
        ("三宝垄市政府代表", "H. Sukawi Sutarip, S.H., S.E.", "三宝垄市市长"),
        ("北海市人民政府代表", "Lian Younong", "北海市市长"),
    ]
    theirs = assemble.assemble(template, answers, partner_first=True).version("zh")
    assert theirs.signatures[0].party == "北海市人民政府代表"
    document = assemble.assemble(template, answers)
    missing = {f.code: f for f in checks.run(template, answers, document)}["partner_text_missing"]
    assert ("signatures", 0) not in missing.params["parts"]
    del data["partner_texts"]["signatures"]
    bare = read_answers(data, TEMPLATES)
    found = {f.code: f for f in checks.run(template, bare, assemble.assemble(template, bare))}
    assert ("signatures", 0) in found["partner_text_missing"].params["parts"]
    assert (
        found["partner_text_missing"]
        .message()
        .endswith(
            "the closing, the signature blocks. Paste the partner's translation part by part."
        )
    )


@pytest.mark.parametrize(
    ("relationship", "title_id", "title_en", "two_id", "two_en"),
    [
        (
            "sister_city",
            "KERJA SAMA KOTA BERSAUDARA",
            "SISTER CITY COOPERATION",
            "kedua kota",
            "two cities",
        ),
        (
            "sister_province",
            "KERJA SAMA PROVINSI BERSAUDARA",
            "SISTER PROVINCE COOPERATION",
            "kedua provinsi",
            "two provinces",
        ),
        (
            "sister_state",
            "KERJA SAMA PROVINSI–NEGARA BAGIAN BERSAUDARA",
            "SISTER PROVINCE–STATE COOPERATION",
            "provinsi dan negara bagian",
            "province and the state",
        ),
        (
            "sister_prefecture",
            "KERJA SAMA PROVINSI–PREFEKTUR BERSAUDARA",
            "SISTER PROVINCE–PREFECTURE COOPERATION",
            "provinsi dan prefektur",
            "province and the prefecture",
        ),
        (
            "friendship_city",
            "KERJA SAMA KOTA PERSAHABATAN",
            "FRIENDSHIP CITY COOPERATION",
            "kedua kota",
            "two cities",
        ),
    ],
)
@pytest.mark.parametrize("template_id", ["mou-sister-city", "loi-sister-city"])
def test_each_relationship_is_worded_as_itself(
    template_id, relationship, title_id, title_en, two_id, two_en
):
    """Issue 15, item 5: a state partner is "Provinsi–Negara Bagian", never "Provinsi
    Bersaudara"; the Chinese 友好城市 is a friendship city."""
    answers = changed(sample(template_id), relationship=relationship)
    document = assemble.assemble(TEMPLATES[template_id], answers)
    texts = " ".join(" ".join(every_text(document)).split())
    if template_id == "loi-sister-city":  # "untuk menjalin kerja sama …" / "to establish …"
        title_en = title_en.removesuffix(" COOPERATION")
    assert title_id in texts and title_en in texts
    assert f"masyarakat {two_id}" in texts and f"people of the {two_en}" in texts
    lowered = title_id.removeprefix("KERJA SAMA ").lower()
    assert f"kerja sama {lowered}" in texts
    if relationship != "sister_province":
        assert "PROVINSI BERSAUDARA" not in texts and "kedua provinsi" not in texts


@pytest.mark.parametrize(
    ("country", "level", "proposed"),
    [
        ("AU", "province", "sister_state"),
        ("US", "province", "sister_state"),
        ("JP", "province", "sister_prefecture"),
        ("CN", "province", "sister_province"),
        ("KR", "province", "sister_province"),
        ("CN", "city", "sister_city"),
        ("JP", "city", "sister_city"),
        ("CN", "regency", "sister_city"),
    ],
)
def test_the_relationship_is_proposed_from_the_partners_country_and_level(country, level, proposed):
    from kerjasama_desk.formatting import proposed_relationship
    from kerjasama_desk.paths import countries_dir

    assert proposed_relationship(country, level) == proposed
    table = (countries_dir() / "relationships.tsv").read_text(encoding="utf-8").splitlines()
    proposable = {line.split("\t")[2] for line in table if line and not line.startswith("#")}
    choices = {
        c.value
        for q in TEMPLATES["mou-sister-city"].questions
        if q.id == "relationship"
        for c in q.choices
    }
    assert proposable <= choices  # every relationship the table can propose is a choice


@pytest.mark.parametrize(
    ("kind", "notice", "end", "code", "named"),
    [
        ("termination", "2026-12-01", "2027-06-01", None, None),
        ("termination", "2026-12-01", "2027-05-31", "termination_notice_too_short", "1 Juni 2027"),
        ("non_renewal", "2026-04-14", "2026-10-14", None, None),
        ("non_renewal", "2026-04-15", "2026-10-14", "non_renewal_notice_too_late", "14 April 2026"),
    ],
)
def test_a_notice_respects_the_notice_period_of_the_mou_it_ends(kind, notice, end, code, named):
    """Issue 15, item 3: a notice dated too late (or ending the MoU too soon) is an error that
    names the date that would do."""
    answers = changed(
        sample("notice-termination"),
        notice_kind=kind,
        signing_date=notice,
        end_date=end,
        notice_months=6,
    )
    found = findings(answers)
    notice_codes = {"termination_notice_too_short", "non_renewal_notice_too_late"}
    assert {c for c in found if c in notice_codes} == ({code} if code else set())
    if code:
        assert found[code].severity is checks.Severity.ERROR
        assert named in found[code].message("id")  # the date as the reader writes it
        english = found[code].message("en")
        assert "6 months' written notice" in english


def test_a_notice_is_signed_and_initialled_by_our_side_alone(tmp_path):
    from docx import Document as Docx
    from pypdf import PdfReader

    from kerjasama_desk.services.exports import PdfOptions, export_document

    answers = sample("notice-termination")
    document = assemble.assemble(TEMPLATES["notice-termination"], answers)
    assert document.signing_parties == 1
    export_document(document, tmp_path / "n.pdf", PdfOptions())
    export_document(document, tmp_path / "n.docx", PdfOptions())
    first = PdfReader(str(tmp_path / "n.pdf")).pages[0].extract_text()
    assert "Paraf Semarang / Initials, Semarang" in first and "Paraf Beihai" not in first
    assert "PEMBERITAHUAN PENGAKHIRAN" in first and "NOTICE OF TERMINATION" in first
    text = " ".join(page.extract_text() for page in PdfReader(str(tmp_path / "n.pdf")).pages)
    assert "UNTUK PEMERINTAH KOTA SEMARANG" in text and "UNTUK PEMERINTAH RAKYAT" not in text
    footer = Docx(str(tmp_path / "n.docx")).sections[0].footer
    assert [len(t.columns) for t in footer.tables] == [1]


def test_an_addendum_names_the_article_it_changes_its_old_and_new_text_and_its_status():
    """Issue 15, item 3: which article changes, the old and new text, its entry into force,
    and that it is an integral part of the MoU."""
    answers = sample("addendum-mou")
    document = assemble.assemble(TEMPLATES["addendum-mou"], answers)
    texts = " ".join(" ".join(every_text(document)).split())
    assert "ADENDUM MEMORANDUM SALING PENGERTIAN" in texts
    assert "ADDENDUM TO THE MEMORANDUM OF UNDERSTANDING" in texts
    assert (
        "Pasal 9 Memorandum semula berbunyi: “Memorandum ini berlaku selama 5 (lima) tahun.”"
        in texts
    )
    assert "Ketentuan Pasal 9 Memorandum diubah sehingga berbunyi sebagai berikut:" in texts
    assert "This Addendum forms an integral part of the Memorandum." in texts
    assert "Adendum ini mulai berlaku pada tanggal penandatanganan." in texts
    assert findings(answers) == {}
    dated = changed(answers, effective="date", effective_date="2027-01-01")
    dated_texts = " ".join(
        " ".join(every_text(assemble.assemble(TEMPLATES["addendum-mou"], dated))).split()
    )
    assert "This Addendum shall enter into force on 1 January 2027." in dated_texts
    without_new = changed(answers, article_new=...)
    assert "unanswered" in findings(without_new)  # the new text is what the addendum is for
