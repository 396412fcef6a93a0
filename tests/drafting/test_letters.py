"""Issue 15, items 1 and 2: the letters of the process under our letterhead, and the
cooperation plan for the DPRD — assembled from the demo register (Semarang–Beihai), written as
PDF and DOCX, and read back by their text."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document as read_docx
from pypdf import PdfReader

from kerjasama_desk.cli import main
from kerjasama_desk.domain.gates import GateRecord
from kerjasama_desk.domain.travel import Trip
from kerjasama_desk.domain.vocab import TripPurpose
from kerjasama_desk.drafting.answers import Answers
from kerjasama_desk.drafting.template_format import TemplateProblems, parse_template
from kerjasama_desk.services.demo import seed_story
from kerjasama_desk.services.drafts import DraftService
from kerjasama_desk.services.exports import PdfOptions, export_document
from kerjasama_desk.services.registers import open_service
from tests.drafting.demo import beihai_mou

LETTERS = (
    "letter-dprd-approval",
    "letter-kemendagri-facilitation",
    "letter-kemlu-full-powers",
    "letter-pdln",
    "letter-partner-reply",
    "letter-extension",
)


@pytest.fixture
def demo(tmp_path):
    service, mou = beihai_mou(tmp_path)
    yield service, DraftService(service.register), mou
    service.close()


def _texts(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    doc = read_docx(io.BytesIO(path.read_bytes()))
    lines = [p.text for p in doc.paragraphs]

    def cells(tables):  # noqa: ANN001, ANN202
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    lines.extend(p.text for p in cell.paragraphs)
                    cells(cell.tables)

    cells(doc.tables)
    return "\n".join(lines)


def _write_both(document, tmp_path: Path, name: str) -> dict[str, str]:  # noqa: ANN001
    found = {}
    for suffix in (".pdf", ".docx"):
        target = tmp_path / f"{name}{suffix}"
        export_document(document, target, PdfOptions(final=False))
        found[suffix] = " ".join(_texts(target).split())
    return found


def _answered(drafts: DraftService, template_id: str, agreement_id: int, **values) -> Answers:  # noqa: ANN003
    started = drafts.start(template_id, agreement_id=agreement_id)
    base = {
        "letter_number": "000.2.3/125/2008",
        "letter_date": "2008-06-02",
        "copies": "Gubernur Jawa Tengah; Ketua DPRD Kota Semarang",
    }
    return replace(started, values={**started.values, **base, **values})


def test_every_letter_is_printed_under_the_letterhead_with_its_header_lines(demo, tmp_path):
    _service, drafts, mou = demo
    for template_id in LETTERS:
        answers = _answered(drafts, template_id, mou.id)
        assembled = drafts.assemble(answers, agreement_id=mou.id)
        assert "letterhead_missing" not in {f.code for f in assembled.findings}
        for suffix, text in _write_both(assembled.document, tmp_path, template_id).items():
            where = f"{template_id}{suffix}"
            assert "PEMERINTAH KOTA SEMARANG" in text, where  # the kop
            assert "Balai Kota Semarang, Jl. Pemuda No. 148" in text, where
            assert "000.2.3/125/2008" in text, where
            assert "Semarang, 2 " in text, where  # place and date ("2 Juni 2008", "2 June 2008")
            if template_id.startswith("letter-partner") or template_id == "letter-extension":
                assert "Number" in text and "Subject" in text, where
                assert "Sifat" not in text, where  # a letter abroad has no classification
            else:
                for label in ("Nomor", "Sifat", "Lampiran", "Hal", "Yth.", "Tembusan:"):
                    assert label in text, (where, label)
                assert "1. Gubernur Jawa Tengah;" in text and "2. Ketua DPRD Kota Semarang." in text
            assert "AGUSTINA WILUJENG PRAMESTUTI" in text, where  # today's head of region signs


def test_the_dprd_letter_addresses_the_council_and_attaches_the_plan(demo, tmp_path):
    _service, drafts, mou = demo
    answers = _answered(drafts, "letter-dprd-approval", mou.id)
    text = _write_both(drafts.assemble(answers).document, tmp_path, "dprd")[".pdf"]
    assert "Yth. Ketua Dewan Perwakilan Rakyat Daerah Kota Semarang di Semarang" in text
    assert "Lampiran : 1 (satu) berkas" in text
    assert "Pasal 30 Peraturan Pemerintah Nomor 28 Tahun 2018" in text
    assert "Pemerintah Rakyat Kota Beihai" in text and "Republik Rakyat Tiongkok" in text


def test_a_letter_signed_on_behalf_says_an_and_gives_rank_and_nip(demo, tmp_path):
    _service, drafts, mou = demo
    answers = _answered(
        drafts,
        "letter-kemendagri-facilitation",
        mou.id,
        signer="on_behalf",
        deputy_name="Drs. Budi Santoso, M.Si.",
        deputy_title={"id": "Sekretaris Daerah", "en": "Regional Secretary"},
        deputy_rank="Pembina Utama Madya (IV/d)",
        deputy_nip="196805121994031007",
    )
    assembled = drafts.assemble(answers)
    assert not [f for f in assembled.findings if f.code == "bad_nip"]
    for text in _write_both(assembled.document, tmp_path, "an").values():
        assert "a.n. WALI KOTA SEMARANG" in text and "SEKRETARIS DAERAH," in text
        assert "Drs. BUDI SANTOSO, M.Si." in text  # the name in capitals, its titles as written
        assert "Pembina Utama Madya (IV/d)" in text and "NIP 196805121994031007" in text
    wrong = replace(answers, values={**answers.values, "deputy_nip": "19680512"})
    [finding] = [f for f in drafts.assemble(wrong).findings if f.code == "bad_nip"]
    assert finding.question == "deputy_nip" and "18 digits" in finding.message()


def test_without_a_letterhead_a_letter_is_refused_and_says_where_to_set_it_up(
    demo, tmp_path, fresh_register
):
    _service, drafts, mou = demo
    answers = _answered(drafts, "letter-dprd-approval", mou.id)
    bare = DraftService(fresh_register)  # a register whose government is not set up
    assembled = bare.assemble(answers)
    [finding] = [f for f in assembled.findings if f.code == "letterhead_missing"]
    assert "Edit → Our government" in finding.message()
    for suffix in (".pdf", ".docx"):
        target = tmp_path / f"bare{suffix}"
        with pytest.raises(ValueError, match="Edit → Our government"):
            export_document(assembled.document, target, PdfOptions())
        assert not target.exists()  # no blank kop, nothing half-written
    # The same from the command line: an answers file outside any register has no letterhead
    data = tmp_path / "letter.json"
    data.write_text(json.dumps(answers.to_json()), encoding="utf-8")
    result = CliRunner().invoke(main, ["draft", "render", str(data), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 1 and "Edit → Our government" in result.output
    assert not (tmp_path / "x.pdf").exists()


def test_a_letter_quotes_the_checklist_and_an_english_letter_may_stand_alone(demo, tmp_path):
    service, drafts, mou = demo
    with service.register.transaction():
        service.register.gates.put(
            mou.id, GateRecord("dprd_letter", True, "172/245/2008", date(2008, 8, 20))
        )
    values = drafts.start("letter-kemendagri-facilitation", agreement_id=mou.id).values
    assert (values["dprd_number"], values["dprd_date"]) == ("172/245/2008", "2008-08-20")
    # The reply to a partner: English, with the Indonesian beside it unless the officer
    # leaves it out
    answers = _answered(drafts, "letter-partner-reply", mou.id)
    assert drafts.assemble(answers).document.languages == ("en", "id")
    alone = replace(answers, languages=("id",))
    document = drafts.assemble(alone).document
    assert document.languages == ("en",)
    text = _write_both(document, tmp_path, "reply")[".pdf"]
    assert "Proposal of Sister City Cooperation" in text and "Atas nama" not in text


def test_the_pdln_request_is_filled_from_a_planned_trip(demo):
    service, drafts, mou = demo
    with service.register.transaction():
        trip_id = service.register.trips.insert(
            Trip(
                agreement_id=mou.id,
                purpose=TripPurpose.SIGNING,
                destination="Beihai, Republik Rakyat Tiongkok",
                departs_on=date(2027, 3, 2),
                returns_on=date(2027, 3, 5),
                delegation=["Drs. Budi Santoso, Kepala Bagian Kerja Sama", "Siti Rahayu, S.H."],
                host_confirmed=True,
            ),
            "pdln_2024",
        )
    answers = drafts.start("letter-pdln", trip_id=trip_id)
    assert answers.values["departs_on"] == "2027-03-02"
    assert answers.values["partner"]["name"] == "Beihai"  # the trip's agreement names it
    body = " ".join(drafts.assemble(answers).document.version("id").letter.body)
    assert "ke Beihai, Republik Rakyat Tiongkok pada tanggal 2 Maret 2027" in body
    assert body.startswith(
        "Dalam rangka penandatanganan Memorandum Saling Pengertian tentang Kerja Sama Kota "
        "Bersaudara Semarang–Beihai, dengan hormat kami mohon izin"
    )
    assert "a. Drs. Budi Santoso, Kepala Bagian Kerja Sama;" in body
    assert "b. Siti Rahayu, S.H.." not in body and "b. Siti Rahayu, S.H. Biaya" in body
    assert "Konfirmasi tuan rumah telah kami terima." in body


def test_the_cooperation_plan_is_in_numbered_sections_with_the_partners_profile(demo, tmp_path):
    _service, drafts, mou = demo
    started = drafts.start("plan-cooperation", agreement_id=mou.id)
    assert "Beihai (北海市) adalah kota di" in started.values["partner_profile"]
    document = drafts.assemble(started).document
    assert document.languages == ("id",) and document.signing_parties == 0  # no paraf boxes
    text = _write_both(document, tmp_path, "plan")[".pdf"]
    for heading in (
        "I. LATAR BELAKANG",
        "III. RUANG LINGKUP",
        "IV. PROFIL MITRA",
        "VI. PEMBIAYAAN",
    ):
        assert heading in text
    assert "Pasal" not in text and "Paraf" not in text and "(1)" not in text


def test_a_letter_template_names_an_existing_checklist_item_and_who_signs():
    source = (
        Path(__file__).parents[2] / "resources/templates/letter-dprd-approval.yaml"
    ).read_text(encoding="utf-8")
    from kerjasama_desk.drafting.library import _shared
    from kerjasama_desk.paths import templates_dir

    shared, _text = _shared(templates_dir(), [])
    with pytest.raises(TemplateProblems, match="'gate' names the checklist item"):
        parse_template(source.replace("gate: dprd_request", "gate: nowhere"), "x.yaml", shared)
    with pytest.raises(TemplateProblems, match="include: letter_signing"):
        parse_template(source.replace("  - include: letter_signing\n", ""), "x.yaml", shared)


def test_a_signed_letter_fills_its_checklist_item_with_number_date_and_pdf(demo, tmp_path):
    """Issue 15, item 1: exporting the signing copy with --record (the officer's confirmation
    of the agenda-book number) fills the item and keeps the PDF as its file."""
    service, drafts, mou = demo
    answers = _answered(drafts, "letter-dprd-approval", mou.id)
    draft_id, _ = drafts.save(answers, agreement_id=mou.id, partner_id=mou.partner_id)
    db = str(service.register.path)
    service.close()
    runner = CliRunner()
    pdf = tmp_path / "dprd.pdf"
    base = ["draft", "export", "--db", db, "--draft", str(draft_id), "-o", str(pdf)]
    refused = runner.invoke(main, [*base, "--record"])
    assert refused.exit_code == 2 and "--final" in refused.output
    done = runner.invoke(main, [*base, "--final", "--record"])
    assert done.exit_code == 0, done.output
    assert "checklist item dprd_request: 000.2.3/125/2008, 2008-06-02" in done.output
    reopened = open_service(Path(db))
    record = reopened.register.gates.records(mou.id)["dprd_request"]
    assert (record.done, record.reference, record.dated) == (
        True,
        "000.2.3/125/2008",
        date(2008, 6, 2),
    )
    attachment = reopened.register.attachments.get(record.attachment_id)
    assert attachment.agreement_id == mou.id and attachment.size == pdf.stat().st_size
    reopened.close()
    # A letter that fills no item, or has no number yet, says so; nothing is recorded
    from kerjasama_desk.services.letters import NotFileable, record_letter

    again = open_service(Path(db))
    drafts = DraftService(again.register)
    pdln, _ = drafts.save(_answered(drafts, "letter-pdln", mou.id), agreement_id=mou.id)
    with pytest.raises(NotFileable, match="fills a checklist item"):
        record_letter(again, drafts, pdln, pdf, date(2026, 12, 1))
    unnumbered = _answered(drafts, "letter-kemendagri-facilitation", mou.id, letter_number="")
    kemendagri, _ = drafts.save(unnumbered, agreement_id=mou.id)
    with pytest.raises(NotFileable, match="agenda book"):
        record_letter(again, drafts, kemendagri, pdf, date(2026, 12, 1))
    assert "kemendagri_request" not in again.register.gates.records(mou.id)
    again.close()


def test_the_demo_register_holds_beihais_2008_letters_and_a_notice_for_brisbane(tmp_path):
    """Issue 15, tests: the letters of Beihai's 2008 path, their unknown numbers and dates left
    empty (gaps, never invented), and a notice drafted for Brisbane; each prints under the
    demo's letterhead."""
    service = open_service(tmp_path / "demo.sqlite", demo=True)
    seed_story(service)
    drafts = DraftService(service.register)
    rows = {row.template_id: row for row in drafts.rows()}
    for template_id in (
        "letter-dprd-approval",
        "letter-kemendagri-facilitation",
        "letter-kemlu-full-powers",
    ):
        assembled, _info = drafts.for_export(rows[template_id].id)
        assert {"letter_number", "letter_date"} <= set(assembled.document.gaps) | {"letter_number"}
        assert "letter_number" not in assembled.answers.values  # unknown: left empty
        letter = assembled.document.version("id").letter
        assert letter.number == "[Nomor surat]" and letter.place_date == "Semarang, [Tanggal surat]"
        assert assembled.document.letterhead is not None  # the demo's stand-in emblem
        text = _write_both(assembled.document, tmp_path, template_id)[".pdf"]
        assert "H. SUKAWI SUTARIP, S.H., S.E." in text  # the Wali Kota of 2008
    kemlu = drafts.for_export(rows["letter-kemlu-full-powers"].id)[0].document.version("id")
    assert "di Semarang pada tanggal 14 Oktober 2008" in " ".join(kemlu.letter.body)
    notice = drafts.for_export(rows["notice-termination"].id)[0]
    assert notice.answers.values["partner"]["name"] == "Brisbane"
    assert notice.answers.values["notice_kind"] == "non_renewal"
    assert "end_date" not in notice.answers.values  # the day of 2005 is not known
    service.close()


def test_a_coat_of_arms_that_cannot_be_read_is_named_and_nothing_is_written(demo, tmp_path):
    """A register whose picture was damaged (by hand, or a disk): the letter is refused with
    where to fix it, never a crash or half a file."""
    service, drafts, mou = demo
    with service.register.transaction():
        service.register.db.execute(
            "UPDATE our_government SET coat_of_arms = ? WHERE id = 1",
            [b"\x89PNG\r\n\x1a\n" + b"\x00" * 40],
        )
    document = drafts.assemble(_answered(drafts, "letter-dprd-approval", mou.id)).document
    for suffix in (".pdf", ".docx"):
        target = tmp_path / f"broken{suffix}"
        with pytest.raises(ValueError, match="Edit → Our government"):
            export_document(document, target, PdfOptions())
        assert not target.exists()
