"""Issue 15, item 4: a plan of action, or any finished draft, annexed to an MoU: numbered
"Lampiran I" / "Annex I", cited in the main text, printed after the signatures with its own
heading and page numbers; an annex cycle is refused."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document as read_docx
from pypdf import PdfReader

from kerjasama_desk.drafting.answers import read_answers
from kerjasama_desk.services.drafts import AnnexCycle, DraftService
from kerjasama_desk.services.exports import PdfOptions, export_document
from tests.drafting.demo import beihai_mou

HERE = Path(__file__).parent


@pytest.fixture
def beihai(tmp_path):
    service, mou = beihai_mou(tmp_path)
    drafts = DraftService(service.register)
    plan = json.loads((HERE / "ia-beihai.json").read_text(encoding="utf-8"))
    plan_id, _ = drafts.save(
        read_answers(plan, drafts.templates), partner_id=mou.partner_id, agreement_id=mou.id
    )
    yield service, drafts, mou, plan_id
    service.close()


def _annexed(drafts: DraftService, draft_id: int, *annexed: int):  # noqa: ANN202
    answers = drafts.answers(draft_id)
    choices = {c.uuid: c for c in drafts.annex_candidates(draft_id, None)}
    items = []
    for annex_id in annexed:
        uuid = drafts.draft(annex_id).uuid
        items.append(choices[uuid].answer())
    return replace(answers, values={**answers.values, "annexes": items})


def test_a_plan_of_action_is_annex_i_cited_and_printed_after_the_signatures(beihai, tmp_path):
    _service, drafts, mou, plan_id = beihai
    mou_draft = drafts.latest_draft_of(mou.id)
    drafts.save(_annexed(drafts, mou_draft, plan_id), draft_id=mou_draft)
    assembled, _info = drafts.for_export(mou_draft)
    document = assembled.document
    assert [a.number for a in document.annexes] == [1]
    assert document.annexes[0].document.template_id == "ia-plan-of-action"
    article = next(a for a in document.version("id").articles if a.key == "annexes")
    assert article.paragraphs == (
        "Lampiran I (Rencana Aksi) merupakan bagian yang tidak terpisahkan dari Memorandum ini.",
    )
    english = next(a for a in document.version("en").articles if a.key == "annexes")
    assert english.paragraphs == (
        "Annex I (Plan of Action) forms an integral part of this Memorandum.",
    )
    assert not [f for f in assembled.findings if f.code.startswith("annex")]

    pdf = tmp_path / "mou.pdf"
    export_document(document, pdf, PdfOptions())
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]
    first_annex = next(n for n, text in enumerate(pages) if "LAMPIRAN I / ANNEX I" in text)
    assert first_annex > 0
    assert any("PENANDATANGAN" in t or "UNTUK PEMERINTAH" in t for t in pages[:first_annex])
    main = first_annex  # the main text's pages, numbered on their own
    assert f"Halaman 1 dari {main} / Page 1 of {main}" in pages[0]
    annex_pages = len(pages) - first_annex
    assert (
        f"Lampiran I / Annex I — Halaman 1 dari {annex_pages} / Page 1 of {annex_pages}"
        in pages[first_annex]
    )
    assert "RENCANA AKSI" in pages[first_annex]  # the annex's own title under its heading

    docx = tmp_path / "mou.docx"
    export_document(document, docx, PdfOptions())
    word = read_docx(io.BytesIO(docx.read_bytes()))
    texts = [p.text for p in word.paragraphs]
    assert "LAMPIRAN I / ANNEX I" in texts
    footers = ["".join(p.text for p in section.footer.paragraphs) for section in word.sections]
    assert any(f.startswith("Lampiran I / Annex I — ") for f in footers)
    restarts = [
        s._sectPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType")
        for s in word.sections
    ]
    assert sum(r is not None for r in restarts) == 1  # the annex's pages are numbered from 1

    html = drafts.preview(assembled.answers, draft_id=mou_draft)[0]
    assert re.search(r"LAMPIRAN I / ANNEX I</h3>", html) and "RENCANA AKSI" in html


def test_an_annex_cycle_is_refused_and_never_offered(beihai):
    service, drafts, mou, plan_id = beihai
    mou_draft = drafts.latest_draft_of(mou.id)
    other = next(r.id for r in drafts.rows() if "Ulsan" in r.title)  # another MoU draft
    drafts.save(_annexed(drafts, mou_draft, other), draft_id=mou_draft)
    # Ulsan's MoU may not annex Beihai's, which annexes it: not offered, and refused on save
    offered = {c.uuid for c in drafts.annex_candidates(other, None)}
    assert drafts.draft(mou_draft).uuid not in offered and drafts.draft(other).uuid not in offered
    assert drafts.draft(plan_id).uuid in offered
    answers = drafts.answers(other)
    back = {"draft": drafts.draft(mou_draft).uuid, "title": {"id": "MSP", "en": "MoU"}}
    with pytest.raises(AnnexCycle):
        drafts.save(replace(answers, values={**answers.values, "annexes": [back]}), draft_id=other)
    assert "annexes" not in drafts.answers(other).values  # nothing saved
    # A cycle that arrives anyway (two offices, one exchange) is an error finding, and the
    # document still assembles: annexes are printed one level deep
    with service.register.transaction():
        service.register.drafts.add_version(
            other,
            template_version=5,
            languages=("id", "en"),
            answers={**answers.values, "annexes": [back]},
            author="elsewhere",
            partner_texts={},
        )
    found = {f.code for f in drafts.for_export(other)[0].findings}
    assert "annex_cycle" in found


def test_an_annex_that_is_gone_or_a_letter_is_an_error(beihai):
    _service, drafts, mou, _plan_id = beihai
    mou_draft = drafts.latest_draft_of(mou.id)
    letter = next(r.id for r in drafts.rows() if r.template_id == "letter-dprd-approval")
    assert drafts.draft(letter).uuid not in {c.uuid for c in drafts.annex_candidates(None, None)}
    answers = drafts.answers(mou_draft)
    items = [
        {"draft": "00000000-0000-4000-8000-000000000000", "title": {"id": "X", "en": "X"}},
        {"draft": drafts.draft(letter).uuid, "title": {"id": "Surat", "en": "Letter"}},
    ]
    assembled = drafts.assemble(replace(answers, values={**answers.values, "annexes": items}))
    messages = {f.code: f.message("en") for f in assembled.findings}
    assert messages["annex_missing"].startswith("Annex I: the annexed draft is no longer")
    assert messages["annex_letter"].startswith("Annex II is a letter")
    letter_finding = next(f for f in assembled.findings if f.code == "annex_letter")
    assert letter_finding.message("id").startswith("Lampiran II ")  # named in the reader's words


def test_an_extension_by_exchange_of_letters_carries_its_plan_of_action(beihai, tmp_path):
    """Issue 15, item 4: an annex to an extension too: the letter names it, and it prints
    after the signature with its own heading and page numbers (PDF and DOCX)."""
    _service, drafts, mou, plan_id = beihai
    started = drafts.start("letter-extension", agreement_id=mou.id)
    letter_id, _ = drafts.save(started, agreement_id=mou.id)
    drafts.save(_annexed(drafts, letter_id, plan_id), draft_id=letter_id)
    document = drafts.for_export(letter_id)[0].document
    body = " ".join(document.version("en").letter.body)
    assert "Annex I (Plan of Action), annexed to this letter, sets out the cooperation" in body
    pdf = tmp_path / "extension.pdf"
    export_document(document, pdf, PdfOptions())
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]
    # a letter in English first: its annex heading too
    first = next(n for n, text in enumerate(pages) if "ANNEX I / LAMPIRAN I" in text)
    count = len(pages) - first
    assert f"Annex I / Lampiran I — Page 1 of {count} / Halaman 1 dari {count}" in pages[first]
    assert "PEMERINTAH KOTA SEMARANG" in pages[0]  # the letterhead, on the letter's page
    docx = tmp_path / "extension.docx"
    export_document(document, docx, PdfOptions())
    word = read_docx(io.BytesIO(docx.read_bytes()))
    assert "ANNEX I / LAMPIRAN I" in [p.text for p in word.paragraphs]
    footers = ["".join(p.text for p in s.footer.paragraphs) for s in word.sections]
    assert any(f.startswith("Annex I / Lampiran I — ") for f in footers)
