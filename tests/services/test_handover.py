"""Handover when an officer is transferred: everything reassigned in one pass or nothing, the
refusals, the record in history; the dossier names each open commitment; the annual report."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from docx import Document as read_docx
from pypdf import PdfReader

from kerjasama_desk.cli import main
from kerjasama_desk.domain.errors import DeleteRefused, ValidationFailed
from kerjasama_desk.domain.handover import Handover
from kerjasama_desk.domain.models import Activity, Agreement, Commitment, Officer, Partner
from kerjasama_desk.domain.vocab import (
    AgreementStage,
    CommitmentStatus,
    CooperationField,
    OfficerStatus,
)
from kerjasama_desk.services import followup
from kerjasama_desk.services.annual_report import annual_report
from kerjasama_desk.services.handover import check_handover, hand_over, held_by
from kerjasama_desk.services.reports import (
    agreement_dossier,
    handover_dossier,
    write_report,
)

TODAY = date(2026, 11, 27)


@pytest.fixture
def office(service):
    rina = service.save_officer(Officer(name="Rina Handayani"))
    agus = service.save_officer(Officer(name="Agus Setiawan"))
    sri = service.save_officer(Officer(name="Sri Wahyuni"))
    gone = service.save_officer(Officer(name="Dewi Lestari", status=OfficerStatus.TRANSFERRED))
    beihai = service.save_partner(Partner(name="Beihai", native_name="北海市", country="CN"))
    mou = service.save_agreement(
        Agreement(
            partner_id=beihai,
            title_id="MSP Semarang–Beihai",
            stage=AgreementStage.IMPLEMENTATION,
            signed_on=date(2008, 10, 14),
            expires_on=date(2027, 8, 1),
            responsible_officer_id=rina,
            deputy_officer_id=agus,
        )
    )
    plan = service.save_agreement(
        Agreement(
            partner_id=beihai,
            title_id="Rencana aksi pariwisata",
            stage=AgreementStage.SIGNING,
            signed_on=date(2026, 1, 10),
            responsible_officer_id=agus,
            deputy_officer_id=rina,
        )
    )
    jwg = followup.save_commitment(
        service,
        Commitment(
            agreement_id=mou,
            title="Sidang kelompok kerja bersama 2026",
            owner_id=rina,
            due_on=date(2026, 9, 14),
        ),
        TODAY,
    )
    visit = followup.save_commitment(
        service,
        Commitment(
            agreement_id=plan,
            title="Kunjungan pelajar ke Beihai",
            owner_id=rina,
            due_on=date(2027, 3, 1),
            field=CooperationField.EDUCATION,
        ),
        TODAY,
    )
    return {
        "rina": rina,
        "agus": agus,
        "sri": sri,
        "gone": gone,
        "mou": mou,
        "plan": plan,
        "jwg": jwg,
        "visit": visit,
    }


def test_a_handover_reassigns_everything_and_is_recorded(service, office):
    held = held_by(service, office["rina"])
    assert [(i.kind, i.id) for i in held] == [
        ("responsible", office["mou"]),
        ("deputy", office["plan"]),
        ("commitment", office["jwg"]),
        ("commitment", office["visit"]),
    ]
    handover = Handover(
        officer_id=office["rina"],
        handed_on=TODAY,
        note="SK mutasi 800/12",
        successors={
            ("responsible", office["mou"]): office["sri"],
            ("deputy", office["plan"]): None,
            ("commitment", office["jwg"]): office["sri"],
            ("commitment", office["visit"]): office["agus"],
        },
    )
    handover_id = hand_over(service, handover)
    assert handover_id > 0
    assert held_by(service, office["rina"]) == []
    mou, plan = service.agreement(office["mou"]), service.agreement(office["plan"])
    assert (mou.responsible_officer_id, mou.deputy_officer_id) == (office["sri"], office["agus"])
    assert (plan.responsible_officer_id, plan.deputy_officer_id) == (office["agus"], None)
    assert followup.commitment(service, office["jwg"]).owner_id == office["sri"]
    assert followup.commitment(service, office["visit"]).owner_id == office["agus"]
    assert service.officer(office["rina"]).status is OfficerStatus.TRANSFERRED
    [record] = service.register.handovers.of(office["rina"])
    assert record["handed_on"] == TODAY and record["note"] == "SK mutasi 800/12"
    assert [(i["kind"], i["successor"]) for i in record["items"]] == [
        ("responsible", "Sri Wahyuni"),
        ("deputy", ""),
        ("commitment", "Sri Wahyuni"),
        ("commitment", "Agus Setiawan"),
    ]
    with pytest.raises(DeleteRefused):  # the history keeps the officer
        service.delete_officer(office["rina"])


def test_a_handover_with_a_gap_changes_nothing_and_says_what_is_missing(service, office):
    handover = Handover(
        officer_id=office["rina"],
        handed_on=None,
        successors={
            ("responsible", office["mou"]): office["rina"],  # to herself
            ("deputy", office["plan"]): office["agus"],  # deputy to himself
            ("commitment", office["jwg"]): office["gone"],  # to someone transferred
        },
    )  # and the student visit left without anyone
    codes = [(e.code, e.params.get("item")) for e in check_handover(service, handover)]
    assert codes == [
        ("required", None),
        ("successor_is_leaving", "MSP Semarang–Beihai"),
        ("deputy_is_responsible", "Rencana aksi pariwisata"),
        ("successor_not_active", "Sidang kelompok kerja bersama 2026 (Beihai)"),
        ("successor_required", "Kunjungan pelajar ke Beihai (Beihai)"),
    ]
    with pytest.raises(ValidationFailed) as refused:
        hand_over(service, handover)
    assert "choose a successor; nothing may stay" in refused.value.errors[-1].render()
    assert len(held_by(service, office["rina"])) == 4
    assert service.officer(office["rina"]).status is OfficerStatus.ACTIVE
    assert service.register.handovers.of(office["rina"]) == []


def test_the_dossier_names_each_open_commitment_and_the_risks(service, office, tmp_path):
    followup.log_activity(
        service,
        Activity(
            agreement_id=office["mou"],
            happened_on=date(2016, 11, 1),
            kind="correspondence",
            description="Beihai asks to reactivate the MoU",
        ),
        TODAY,
    )
    report = handover_dossier(service, office["rina"], language="en", today=TODAY)
    texts = report.texts()
    assert report.title == "Handover dossier: Rina Handayani"
    for expected in (
        "Sidang kelompok kerja bersama 2026",
        "Kunjungan pelajar ke Beihai",
        "14 September 2026 (overdue)",
        "No activity since 1 November 2016: this agreement has gone quiet.",
        "Notice of termination or renewal is due by 1 February 2027.",
        "No activity for 8 years: 14 October 2008 to 1 November 2016.",
    ):
        assert any(expected in text for text in texts), expected
    path = tmp_path / "dossier.pdf"
    write_report(report, path)
    pdf = PdfReader(path)
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Kunjungan pelajar ke Beihai" in text and "北海市" in text
    assert f"Page 1 of {len(pdf.pages)}" in text
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()
    indonesian = handover_dossier(service, office["rina"], language="id", today=TODAY)
    assert indonesian.title == "Berkas Serah Terima: Rina Handayani"
    docx_path = tmp_path / "dossier.docx"
    write_report(indonesian, docx_path)
    paragraphs = [p.text for p in read_docx(docx_path).paragraphs]
    assert "Komitmen terbuka" in paragraphs
    one = agreement_dossier(service, office["plan"], language="id", today=TODAY)
    assert any("Kunjungan pelajar ke Beihai" in t for t in one.texts())


def test_the_annual_report_tells_activities_results_obstacles_and_plan(service, office):
    followup.log_activity(
        service,
        Activity(
            agreement_id=office["plan"],
            happened_on=date(2026, 5, 2),
            kind="exchange",
            field=CooperationField.EDUCATION,
            description="Ten pupils from Beihai in Semarang",
            outcome="Two schools twinned",
        ),
        TODAY,
    )
    followup.set_commitment_status(
        service,
        office["jwg"],
        CommitmentStatus.DROPPED,
        today=TODAY,
        evidence="Beihai postponed it to 2027",
    )
    report = annual_report(service, 2026, language="en", today=TODAY)
    texts = report.texts()
    summary = dict(report.sections[0].blocks[0].rows)  # type: ignore[union-attr]
    assert summary == {
        "Agreements in force": "2",
        "Activities in the year": "1",
        "Commitments done": "0",
        "Commitments overdue (end of year)": "0",
        "Agreements without activity in the year": "1",
    }
    for expected in (
        "Ten pupils from Beihai in Semarang",
        "• 2 May 2026: Two schools twinned",
        "• No activity in the year.",
        "• Dropped: Sidang kelompok kerja bersama 2026 — Beihai postponed it to 2027",
        "Kunjungan pelajar ke Beihai",
    ):
        assert any(expected in text for text in texts), expected
    assert annual_report(service, 2007, language="id", today=TODAY).sections[0].blocks[0].rows[
        0
    ] == ("Perjanjian yang berlaku", "0")  # type: ignore[union-attr]


def test_report_commands_write_pdf_and_docx_and_refuse_bad_targets(tmp_path):
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    runner.invoke(main, ["seed-demo", "--db", str(db)])
    officers = {
        o["name"]: o["id"]
        for o in __import__("json").loads(
            runner.invoke(main, ["officers", "--db", str(db), "--json"]).output
        )
    }
    out = tmp_path / "bambang.pdf"
    result = runner.invoke(
        main,
        [
            "report",
            "handover",
            "--db",
            str(db),
            "--officer",
            str(officers["Bambang Prasetyo"]),
            "-o",
            str(out),
            "--today",
            "2026-11-27",
        ],
    )
    assert result.exit_code == 0, result.output
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Berkas Serah Terima: Bambang Prasetyo" in text
    assert "Rencana aksi tahunan, tahun ke-1" in text  # the commitments waiting for a successor
    annual = tmp_path / "2009.docx"
    result = runner.invoke(
        main,
        [
            "report",
            "annual",
            "--db",
            str(db),
            "--year",
            "2009",
            "-o",
            str(annual),
            "--language",
            "en",
        ],
    )
    assert result.exit_code == 0, result.output
    headings = [p.text for p in read_docx(annual).paragraphs if p.style.name.startswith("Head")]
    assert any("Beihai" in h for h in headings) and "Follow-up plan" in headings
    bad = runner.invoke(
        main,
        ["report", "annual", "--db", str(db), "--year", "2009", "-o", str(tmp_path / "report.txt")],
    )
    assert bad.exit_code == 2 and ".pdf or .docx" in bad.output
    missing = runner.invoke(
        main, ["report", "handover", "--db", str(db), "--officer", "999", "-o", str(out)]
    )
    assert missing.exit_code == 1 and "Not in the register" in missing.output
    unwritable = runner.invoke(
        main,
        [
            "report",
            "annual",
            "--db",
            str(db),
            "--year",
            "2009",
            "-o",
            str(tmp_path / "no such folder" / "r.pdf"),
        ],
    )
    assert unwritable.exit_code == 1 and "nothing was written" in unwritable.output
    assert not (tmp_path / "no such folder").exists()


def test_every_officers_dossier_of_the_demo_is_written(tmp_path):
    """A partner with nothing dated (Ulsan, Split, a new partner) made the dossier's timeline
    crash: zip() of no signs of life against today (issue 13)."""
    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    runner.invoke(main, ["seed-demo", "--db", str(db)])
    officers = json.loads(runner.invoke(main, ["officers", "--db", str(db), "--json"]).output)
    assert officers
    for officer in officers:
        out = tmp_path / f"dossier-{officer['id']}.pdf"
        result = runner.invoke(
            main,
            [
                "report",
                "handover",
                "--db",
                str(db),
                "--officer",
                str(officer["id"]),
                "-o",
                str(out),
            ],
        )
        assert result.exit_code == 0, result.output
        assert out.read_bytes().startswith(b"%PDF")


def test_the_dossier_of_an_ended_agreement_has_no_silence_after_its_end(tmp_path):
    """Brisbane's MoU ended in 2005: its dossier said "no activity for 33 years … until 30
    November 2026" (issue 13). Its silences end at its expiry."""
    import docx

    db = tmp_path / "demo.sqlite"
    runner = CliRunner()
    runner.invoke(main, ["seed-demo", "--db", str(db)])
    from kerjasama_desk.domain.listing import ListQuery
    from kerjasama_desk.services.registers import open_service

    service = open_service(db)
    [brisbane] = service.list_agreements(ListQuery(text="Brisbane"))
    service.close()
    out = tmp_path / "brisbane.docx"
    result = runner.invoke(
        main,
        ["report", "handover", "--db", str(db), "--agreement", str(brisbane.id), "-o", str(out)]
        + ["--language", "en", "--today", "2026-11-30"],
    )
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    # Ended, its expiry not on record: no silence is counted after its last sign of life.
    assert "No activity for" not in text
    assert "Brisbane" in text
