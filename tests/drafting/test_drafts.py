"""Drafts in the register: versions on every save, answers back as saved, the demo's drafts."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from kerjasama_desk.cli import main
from kerjasama_desk.domain.errors import RecordNotFound
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.domain.models import Partner
from kerjasama_desk.drafting.answers import Answers
from kerjasama_desk.services.drafts import DraftService
from tests.drafting.demo import beihai_mou


def test_every_save_is_a_new_version_and_answers_come_back_as_saved(fresh_register):
    with fresh_register.transaction():
        beihai = fresh_register.partners.insert(Partner(name="Beihai", country="CN"))
    drafts = DraftService(fresh_register)
    first = Answers("mou-sister-city", ("id", "en"), {"term_years": 5, "signing_place": "Semarang"})
    draft_id, number = drafts.save(first, partner_id=beihai, author="Rina")
    assert number == 1
    second = Answers(
        "mou-sister-city",
        ("id",),
        {**first.values, "term_years": 4, "our_name": {"id": "Semarang", "en": ""}},
    )
    assert drafts.save(second, draft_id=draft_id, author="Budi") == (draft_id, 2)
    assert drafts.answers(draft_id) == second
    assert drafts.answers(draft_id, 1) == first
    version = fresh_register.drafts.version(draft_id, 2)
    assert version.author == "Budi"
    assert version.template_version == drafts.templates["mou-sister-city"].version
    assert version.created_at.endswith("Z")
    [row] = drafts.rows()
    assert (row.id, row.partner_name, row.version) == (draft_id, "Beihai", 2)
    with pytest.raises(RecordNotFound):
        drafts.save(first, draft_id=999)
    with pytest.raises(RecordNotFound):
        drafts.answers(999)


def test_the_demo_register_has_the_beihai_drafts_and_one_in_progress(tmp_path):
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["seed-demo", "--db", str(db)]).exit_code == 0
    listed = runner.invoke(main, ["draft", "list", "--db", str(db), "--json"])
    assert listed.exit_code == 0
    rows = {row["title"]: row for row in json.loads(listed.output)}
    # the LoI, the MoU, Ulsan's MoU in progress; the 2008 letters to the DPRD, Home Affairs and
    # Foreign Affairs; a notice of non-renewal for Brisbane
    assert len(rows) == 7 and all(isinstance(row["id"], int) for row in rows.values())
    mou = next(row for title, row in rows.items() if title.startswith("MSP Semarang–Beihai 2008"))
    answers = runner.invoke(main, ["draft", "answers", "--db", str(db), "--draft", str(mou["id"])])
    data = json.loads(answers.output)
    assert data["template"] == "mou-sister-city" and data["answers"]["signing_date"] == "2008-10-14"
    assert len(data["answers"]["fields"]) == 4  # + "other mutually agreed fields": five
    page = tmp_path / "mou.html"
    exported = runner.invoke(
        main, ["draft", "export", "--db", str(db), "--draft", str(mou["id"]), "-o", str(page)]
    )
    assert exported.exit_code == 0, exported.output
    html = page.read_text(encoding="utf-8")
    assert "14 Oktober 2008" in html and "14 October 2008" in html
    assert "REPUBLIK RAKYAT TIONGKOK" in html and "THE PEOPLE&#x27;S REPUBLIC OF CHINA" in html
    in_progress = next(row for title, row in rows.items() if "Ulsan" in title)
    answers_file = tmp_path / "ulsan.json"
    answers_file.write_text(
        runner.invoke(
            main, ["draft", "answers", "--db", str(db), "--draft", str(in_progress["id"])]
        ).output,
        encoding="utf-8",
    )
    checked = runner.invoke(main, ["draft", "check", str(answers_file)])
    assert checked.exit_code == 1 and "is not answered yet" in checked.output


def test_a_missing_draft_is_a_clear_error(tmp_path):
    db = tmp_path / "demo.sqlite"
    CliRunner().invoke(main, ["seed-demo", "--db", str(db)])
    result = CliRunner().invoke(main, ["draft", "answers", "--db", str(db), "--draft", "99"])
    assert result.exit_code == 1 and "There is no draft 99 in the register." in result.output


def test_an_mou_started_from_an_loi_carries_its_answers_and_the_partner(tmp_path):
    from kerjasama_desk.services.demo import seed_story
    from kerjasama_desk.services.registers import open_service

    service = open_service(tmp_path / "demo.sqlite", demo=True)
    seed_story(service)
    register = service.register
    drafts = DraftService(register)
    beihai_mou = next(
        a
        for a in register.agreements.page(
            __import__("kerjasama_desk.domain.listing", fromlist=["ListQuery"]).ListQuery(
                text="beihai"
            )
        )
        if a.kind.value == "mou"
    )
    answers = drafts.start("mou-sister-city", agreement_id=beihai_mou.id)
    values = answers.values
    assert values["partner"]["native_name"] == "北海市" and values["partner"]["level"] == "city"
    assert values["relationship"] == "sister_city"
    assert values["signing_date"] == "2008-10-14"  # the agreement's recorded signing
    assert values["loi_place"] == "Beihai"  # the LoI draft's place of signing
    assert "loi_date" not in values  # the LoI's day is unknown, so nothing is carried
    assert values["partner_signatory"] == "Lian Younong"  # carried from the LoI draft
    assert values["our_name"] == {"id": "Semarang", "en": "Semarang"}
    fresh = drafts.start("loi-sister-city", partner_id=beihai_mou.partner_id)
    assert "signing_date" not in fresh.values and fresh.values["partner"]["name"] == "Beihai"
    register.close()


def test_the_document_offered_first_is_the_next_one_in_the_process(fresh_register):
    from kerjasama_desk.domain.models import Agreement
    from kerjasama_desk.domain.vocab import AgreementKind

    drafts = DraftService(fresh_register)
    assert [t.kind for t in drafts.templates_in_order()] == [
        "loi",
        "mou",
        "implementing_arrangement",
        "addendum",  # offered, never proposed as the next step: it changes an agreement
        "minutes",  # likewise: they record a meeting under one
        "notice",  # likewise: it ends one
        "plan",  # the cooperation plan for the DPRD
        "letter",  # the letters of the process: the checklist's, a reply, an extension, PDLN
        "letter",
        "letter",
        "letter",
        "letter",
        "letter",
    ]
    with fresh_register.transaction():
        new = fresh_register.partners.insert(Partner(name="Split", country="HR"))
        signed = fresh_register.partners.insert(Partner(name="Beihai", country="CN"))
        fresh_register.agreements.insert(Agreement(partner_id=signed, kind=AgreementKind.MOU))
    assert drafts.next_template(None) == "loi-sister-city"
    assert drafts.next_template(new) == "loi-sister-city"  # nothing yet: a Letter of Intent
    drafts.save(Answers("loi-sister-city", ("id",), {}), partner_id=new)
    assert drafts.next_template(new) == "mou-sister-city"  # an LoI drafted: the MoU next
    assert drafts.next_template(signed) == "ia-plan-of-action"  # an MoU: its plan of action


def test_a_title_the_wizard_made_follows_the_readers_language(fresh_register):
    drafts = DraftService(fresh_register)
    indonesian = "Memorandum Saling Pengertian — kota/provinsi bersaudara — Split"
    english = drafts.shown_title(indonesian, "mou-sister-city", "Split", "en")
    assert english == "Memorandum of Understanding — sister city/province — Split"
    assert drafts.shown_title(english, "mou-sister-city", "Split", "id") == indonesian
    typed = "MoU Split (revisi bagian hukum)"
    assert drafts.shown_title(typed, "mou-sister-city", "Split", "en") == typed


def test_a_partner_in_a_country_without_diplomatic_relations_is_an_error(fresh_register):
    """Taiwan (one-China policy) and Israel: a sister relationship needs diplomatic relations
    (docs/domain.md §8); a draft for such a partner is stopped, with the reason (issue 14)."""
    from kerjasama_desk.drafting.checks import Severity

    with fresh_register.transaction():
        taichung = fresh_register.partners.insert(Partner(name="Taichung", country="TW"))
        split = fresh_register.partners.insert(Partner(name="Split", country="HR"))
    drafts = DraftService(fresh_register)
    answers = drafts.start("loi-sister-city", partner_id=taichung)
    _html, found = drafts.preview(answers, partner_id=taichung)
    [finding] = [f for f in found if f.code == "no_diplomatic_relations"]
    assert finding.severity is Severity.ERROR and finding.question == "partner"
    assert finding.message("en").startswith(
        "The partner is in Taiwan: Indonesia follows the one-China"
    )
    assert "Satu Tiongkok" in finding.message("id")
    answers = drafts.start("loi-sister-city", partner_id=split)
    assert "no_diplomatic_relations" not in {f.code for f in drafts.preview(answers)[1]}


def test_a_new_draft_proposes_the_designation_and_region_its_partner_calls_for(fresh_register):
    """Country and level give "the government of …" (resources/countries/designations.tsv); the
    register's region is printed after it; a country missing from the official names table is
    a warning and the short name stands in (issue 14)."""
    from kerjasama_desk.domain.vocab import PartnerLevel

    with fresh_register.transaction():
        beihai = fresh_register.partners.insert(
            Partner(name="Beihai", country="CN", region="Guangxi")
        )
        ulsan = fresh_register.partners.insert(Partner(name="Ulsan", country="KR"))
        fukuoka = fresh_register.partners.insert(
            Partner(name="Fukuoka", country="JP", level=PartnerLevel.PROVINCE)
        )
        pristina = fresh_register.partners.insert(Partner(name="Pristina", country="XK"))
    drafts = DraftService(fresh_register)
    values = drafts.start("mou-sister-city", partner_id=beihai).values
    assert values["partner_government"] == {
        "id": "Pemerintah Rakyat Kota Beihai",
        "en": "the People's Government of Beihai Municipality",
    }
    assert values["partner_region"] == {"id": "Guangxi", "en": "Guangxi"}
    assert drafts.start("mou-sister-city", partner_id=ulsan).values["partner_government"] == {
        "id": "Pemerintah Kota Metropolitan Ulsan",
        "en": "Ulsan Metropolitan City",
    }
    assert drafts.start("loi-sister-city", partner_id=fukuoka).values["partner_government"][
        "en"
    ] == ("Fukuoka Prefectural Government")
    answers = drafts.start("loi-sister-city", partner_id=ulsan)
    document = drafts.assemble(answers, partner_id=ulsan).document
    assert "REPUBLIK KOREA" in document.version("id").title
    assert "THE REPUBLIC OF KOREA" in document.version("en").title
    # Kosovo: a name every CLDR has, and no row in the table
    answers = drafts.start("loi-sister-city", partner_id=pristina)
    found = drafts.preview(answers, partner_id=pristina)[1]
    [finding] = [f for f in found if f.code == "no_official_name"]
    assert finding.message("en").startswith("The official name of Kosovo is not in the names table")
    assert finding.severity.value == "warning"
    assert ", KOSOVO\n" in drafts.assemble(answers).document.version("id").title


def test_a_partner_text_no_font_can_draw_is_named_before_any_export(fresh_register):
    from kerjasama_desk.drafting.answers import Answers as Given

    drafts = DraftService(fresh_register)
    answers = Given("loi-sister-city", ("id", "en", "zh"), {}, {"title": "北海 ሰላም"})
    found = drafts.preview(answers)[1]
    [finding] = [f for f in found if f.code == "unprintable_characters"]
    assert finding.params["characters"] == "ሰ ላ ም" and finding.question == "partner_texts"
    assert "ሰ ላ ም" in finding.message("en") and "export to Word" in finding.message("en")
    latin = Given("loi-sister-city", ("id", "en"), {})
    assert "unprintable_characters" not in {f.code for f in drafts.preview(latin)[1]}


@pytest.mark.parametrize(
    ("country", "name", "relationship", "words"),
    [
        ("AU", "Queensland", "sister_state", "Provinsi–Negara Bagian Bersaudara"),
        ("JP", "Shizuoka", "sister_prefecture", "Provinsi–Prefektur Bersaudara"),
        ("CN", "Guangxi", "sister_province", "Provinsi Bersaudara"),
    ],
)
def test_a_draft_for_a_province_level_partner_proposes_its_own_relationship(
    fresh_register, country, name, relationship, words
):
    """Issue 15, item 5: a state is never proposed "Provinsi Bersaudara"."""
    from kerjasama_desk.domain.vocab import PartnerLevel

    with fresh_register.transaction():
        partner = fresh_register.partners.insert(
            Partner(name=name, country=country, level=PartnerLevel.PROVINCE)
        )
    drafts = DraftService(fresh_register)
    answers = drafts.start("mou-sister-city", partner_id=partner)
    assert answers.values["relationship"] == relationship
    document = drafts.assemble(answers).document
    assert f"KERJA SAMA {words.upper()}" in " ".join(" ".join(document.texts()).split())


def _beihai_mou(tmp_path):
    return beihai_mou(tmp_path)


def test_a_notice_starts_from_the_mou_it_ends(tmp_path):
    """Issue 15, item 3: the notice names the MoU it ends and takes its notice period from it;
    its own date is the notice's, never the MoU's."""
    service, mou = _beihai_mou(tmp_path)
    drafts = DraftService(service.register)
    values = drafts.start("notice-termination", agreement_id=mou.id).values
    assert values["mou_date"] == "2008-10-14" and values["partner"]["name"] == "Beihai"
    mou_draft = drafts.register.drafts.get(drafts.latest_draft_of(mou.id))
    if mou_draft is not None:  # the MoU's own draft: its place and notice period
        carried = drafts._values(mou_draft.id)
        assert values.get("notice_months") == carried.get("notice_months")
        assert values["mou_place"] == carried["signing_place"]
    assert "signing_date" not in values and "end_date" not in values
    assert drafts.next_template(mou.partner_id) == "ia-plan-of-action"  # never the notice
    # An addendum drafted for the MoU refers to it the same way
    addendum = drafts.start("addendum-mou", agreement_id=mou.id).values
    assert addendum["mou_date"] == "2008-10-14" and "signing_date" not in addendum
    assert addendum["relationship"] == values["relationship"]
    service.close()


def test_an_mou_drafted_from_an_loi_carries_every_loi_answer(tmp_path):
    """Issue 15, item 6: "Draft the MoU from this LoI" keeps everything the LoI knows,
    the relationship chosen included (before, the partner's proposal replaced it)."""
    from kerjasama_desk.domain.models import Agreement
    from kerjasama_desk.domain.vocab import AgreementKind

    service, mou = _beihai_mou(tmp_path)
    register = service.register
    drafts = DraftService(register)
    loi_id = next(r.id for r in drafts.rows() if r.template_id == "loi-sister-city")
    loi = drafts.answers(loi_id)
    chosen = Answers(
        loi.template_id, loi.languages, {**loi.values, "relationship": "friendship_city"}
    )
    loi_agreement = register.drafts.get(loi_id).agreement_id
    drafts.save(chosen, draft_id=loi_id, author="Rina")
    with register.transaction():
        follower = register.agreements.insert(
            Agreement(
                partner_id=mou.partner_id,
                kind=AgreementKind.MOU,
                title_id="MSP baru",
                parent_id=loi_agreement,
            )
        )
    started = drafts.start("mou-sister-city", agreement_id=follower).values
    asked = {q.id for q in drafts.templates["mou-sister-city"].questions}
    signing = {"signing_place", "signing_date", "our_signatory", "partner_signatory"}
    for key, value in chosen.values.items():
        if key in asked and key not in signing and value not in (None, "", [], {}):
            assert started.get(key) == value, key
    assert started["relationship"] == "friendship_city"
    assert started.get("loi_place") == chosen.values.get("signing_place")
    service.close()


def test_an_mou_recorded_under_an_mou_renews_it(tmp_path):
    """Issue 15, item 3: an extension by a renewal MoU refers to the MoU it replaces, and carries
    what that MoU said (its fields, contacts and terms), not the LoI it once referred to."""
    from kerjasama_desk.domain.models import Agreement
    from kerjasama_desk.domain.vocab import AgreementKind

    service, mou = _beihai_mou(tmp_path)
    register = service.register
    drafts = DraftService(register)
    with register.transaction():
        renewal = register.agreements.insert(
            Agreement(
                partner_id=mou.partner_id,
                kind=AgreementKind.MOU,
                title_id="MSP Semarang–Beihai 2027",
                parent_id=mou.id,
            )
        )
    answers = drafts.start("mou-sister-city", agreement_id=renewal)
    values = answers.values
    assert values["replaces"] == "earlier_mou" and values["mou_date"] == "2008-10-14"
    assert "loi_place" not in values and "signing_date" not in values
    old = drafts.register.drafts.get(drafts.latest_draft_of(mou.id))
    if old is not None:
        assert values["fields"] == drafts._values(old.id)["fields"]
        assert values["mou_place"] == drafts._values(old.id)["signing_place"]
    texts = " ".join(" ".join(drafts.assemble(answers).document.texts()).split())
    assert "MENGINGAT Memorandum Saling Pengertian tentang Kerja Sama Kota Bersaudara" in texts
    assert "menggantikan Memorandum Saling Pengertian yang ditandatangani di" in texts
    assert "replaces the Memorandum of Understanding signed at" in texts
    first = drafts.start("mou-sister-city", partner_id=mou.partner_id).values
    assert first.get("replaces") in (None, "none")  # a first MoU renews nothing
    service.close()


def test_saving_agreed_minutes_records_their_follow_up_as_commitments(tmp_path):
    """Issue 15, item 3: the Joint Working Group's follow-up items with a due date become
    commitments of the MoU, each once; an item without a date stays in the minutes only."""
    import json
    from pathlib import Path

    from kerjasama_desk.drafting.answers import read_answers

    service, mou = _beihai_mou(tmp_path)
    register = service.register
    drafts = DraftService(register)
    before = len(register.commitments.for_agreement(mou.id))
    data = json.loads((Path(__file__).parent / "minutes-beihai.json").read_text(encoding="utf-8"))
    answers = read_answers(data, drafts.templates)
    draft_id, _ = drafts.save(answers, agreement_id=mou.id, partner_id=mou.partner_id)
    assert drafts.recorded == 2
    recorded = [c for c in register.commitments.for_agreement(mou.id)][before:]
    by_title = {c.title: c for c in register.commitments.for_agreement(mou.id)}
    fair = by_title["Pameran wisata bersama di Semarang"]
    assert fair.due_on.isoformat() == "2027-05-31" and fair.field.value == "tourism"
    assert "Notulen Kelompok Kerja Bersama, 20 November 2026" in fair.notes
    assert "Dinas Pariwisata" in fair.notes
    assert "Menjajaki beasiswa pelajar" not in by_title  # no due date: not a commitment
    assert len(recorded) == 2
    drafts.save(answers, draft_id=draft_id)  # saved again: nothing twice
    assert drafts.recorded == 0
    assert len(register.commitments.for_agreement(mou.id)) == before + 2
    more = dict(answers.values)
    more["followups"] = [
        *answers.values["followups"],
        {
            "activity": {"id": "Sidang berikutnya di Beihai", "en": "Next meeting in Beihai"},
            "due": "2027-11-01",
        },
    ]
    drafts.save(Answers(answers.template_id, answers.languages, more), draft_id=draft_id)
    assert drafts.recorded == 1
    assert len(register.commitments.for_agreement(mou.id)) == before + 3
    service.close()


def test_minutes_of_an_agreement_without_an_officer_are_saved_and_say_why_nothing_is_recorded(
    fresh_register,
):
    import json
    from pathlib import Path

    from kerjasama_desk.domain.models import Agreement
    from kerjasama_desk.domain.vocab import AgreementKind
    from kerjasama_desk.drafting.answers import read_answers

    with fresh_register.transaction():
        beihai = fresh_register.partners.insert(Partner(name="Beihai", country="CN"))
        mou = fresh_register.agreements.insert(
            Agreement(partner_id=beihai, kind=AgreementKind.MOU, title_id="MSP")
        )
    drafts = DraftService(fresh_register)
    data = json.loads((Path(__file__).parent / "minutes-beihai.json").read_text(encoding="utf-8"))
    draft_id, number = drafts.save(read_answers(data, drafts.templates), agreement_id=mou)
    assert number == 1 and (drafts.recorded, drafts.unowned) == (0, 2)
    assert fresh_register.commitments.for_agreement(mou) == []
    drafts.save(Answers("loi-sister-city", ("id",), {}), partner_id=beihai)
    assert (drafts.recorded, drafts.unowned) == (0, 0)  # told per save


def test_documents_drafted_for_an_agreement_never_stand_for_its_own_text(tmp_path):
    """Minutes and notices are linked to the MoU they belong to: the MoU's "Draft" still opens
    its own text, and a later document still refers to the MoU's signing, not the meeting's."""
    import json
    from pathlib import Path

    from kerjasama_desk.domain.models import Agreement
    from kerjasama_desk.domain.vocab import AgreementKind
    from kerjasama_desk.drafting.answers import read_answers

    service, mou = _beihai_mou(tmp_path)
    register = service.register
    drafts = DraftService(register)
    own = drafts.latest_draft_of(mou.id)
    data = json.loads((Path(__file__).parent / "minutes-beihai.json").read_text(encoding="utf-8"))
    minutes, _ = drafts.save(read_answers(data, drafts.templates), agreement_id=mou.id)
    assert drafts.latest_draft_of(mou.id) == own and own != minutes
    with register.transaction():
        plan = register.agreements.insert(
            Agreement(
                partner_id=mou.partner_id,
                kind=AgreementKind.IMPLEMENTING_ARRANGEMENT,
                title_id="Rencana Aksi 2027",
                parent_id=mou.id,
            )
        )
    values = drafts.start("ia-plan-of-action", agreement_id=plan).values
    assert values["mou_date"] == "2008-10-14"
    assert own is not None  # the demo's MoU has its text drafted
    assert (
        values["mou_place"] == drafts._values(own)["signing_place"] != "Beihai"
    )  # not the meeting
    service.close()


def test_a_new_agreement_text_for_a_partner_makes_its_agreement_record(tmp_path):
    """Issue 15, item 6: every draft of an agreement text belongs to an agreement. An MoU
    drafted for a partner with an LoI follows that LoI: a new MoU record under it, at the stage
    of the cooperation plan, and the draft starts from the LoI's answers. A letter makes none."""
    from kerjasama_desk.domain.vocab import AgreementStage

    service, _mou = _beihai_mou(tmp_path)
    drafts = DraftService(service.register)
    fuzhou = next(a for a in service.list_agreements(ListQuery(text="fuzhou")))
    loi_values = {
        "signing_place": "Fuzhou",
        "signing_date": "2016-05-02",
        "relationship": "friendship_city",
    }
    started_loi = drafts.start("loi-sister-city", agreement_id=fuzhou.id)
    drafts.save(
        replace(started_loi, values={**started_loi.values, **loi_values}),
        agreement_id=fuzhou.id,
        partner_id=fuzhou.partner_id,
    )
    assert drafts.created_agreement is None  # drafted for its agreement: nothing new
    started = drafts.start("mou-sister-city", partner_id=fuzhou.partner_id)
    assert started.values["loi_place"] == "Fuzhou" and started.values["loi_date"] == "2016-05-02"
    assert started.values["relationship"] == "friendship_city"  # the LoI's choice, carried
    draft_id, _ = drafts.save(started, partner_id=fuzhou.partner_id)
    made = service.agreement(drafts.draft(draft_id).agreement_id)
    assert made.id == drafts.created_agreement
    assert (made.kind.value, made.parent_id, made.stage) == (
        "mou",
        fuzhou.id,
        AgreementStage.COOPERATION_PLAN,
    )
    assert made.title_en == "Memorandum of Understanding Semarang–Fuzhou"
    letter = drafts.start("letter-partner-reply", partner_id=fuzhou.partner_id)
    drafts.save(letter, partner_id=fuzhou.partner_id)
    assert drafts.created_agreement is None
    service.close()


def test_an_addendum_to_an_article_the_mou_does_not_have_is_an_error(tmp_path):
    """Issue 15, bad input: the addendum's article is looked up in its MoU's text."""
    service, mou = _beihai_mou(tmp_path)
    drafts = DraftService(service.register)
    own = drafts.latest_draft_of(mou.id)
    count = len(drafts.for_export(own)[0].document.version("id").articles)
    started = drafts.start("addendum-mou", agreement_id=mou.id)

    def finding(number):  # noqa: ANN001, ANN202
        answers = replace(started, values={**started.values, "article_number": number})
        found = drafts.assemble(answers, agreement_id=mou.id).findings
        return next((f for f in found if f.code == "addendum_no_such_article"), None)

    assert finding(count) is None
    wrong = finding(count + 1)
    assert wrong is not None and wrong.question == "article_number"
    assert wrong.message("en") == (
        f"The MoU has {count} articles: there is no Article {count + 1} to amend. Check the "
        "article's number in the signed MoU."
    )
    service.close()
