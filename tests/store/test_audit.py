"""The audit trail: every change logged with who, when, before and after; the chain detects an
edited and a deleted entry; sealed entries cannot be changed through SQLite."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from click.testing import CliRunner

from kerjasama_desk.cli import main
from kerjasama_desk.domain.models import Agreement, FieldChoice, Officer, Partner
from kerjasama_desk.domain.vocab import AgreementStage, CooperationField
from kerjasama_desk.services import audit
from kerjasama_desk.services.register import RegisterService
from kerjasama_desk.store.register import Register


@pytest.fixture
def logged(tmp_path):
    register = Register.open(tmp_path / "r.sqlite")
    service = RegisterService(register)
    register.who = "rina"
    officer = service.save_officer(Officer(name="Rina Handayani"))
    partner = service.save_partner(Partner(name="Beihai", country="CN"))
    agreement = service.save_agreement(
        Agreement(
            partner_id=partner,
            title_id="MSP",
            stage=AgreementStage.SIGNING,
            responsible_officer_id=officer,
            fields=[FieldChoice(standard=CooperationField.TOURISM)],
        )
    )
    register.who = "agus"
    service.save_agreement(
        replace(
            service.agreement(agreement),
            stage=AgreementStage.IMPLEMENTATION,
            signed_on=date(2008, 10, 14),
        )
    )
    yield service, agreement, tmp_path / "r.sqlite"
    register.close()


def test_each_change_is_logged_with_who_and_before_and_after(logged):
    service, agreement, _path = logged
    entries = audit.history(service, "agreements", agreement)
    assert [(e.who, e.table, e.action) for e in entries] == [
        ("agus", "agreements", "update"),
        ("rina", "agreement_fields", "insert"),
        ("rina", "agreements", "insert"),
    ]
    assert [(c.column, c.before, c.after) for c in audit.changes(entries[0])] == [
        ("stage", "signing", "implementation"),
        ("signed_on", "", "2008-10-14"),
    ]
    # Saving again without a change writes nothing (nor do derived columns, e.g. the
    # partner's agreement count, count as changes of the partner).
    service.save_agreement(service.agreement(agreement))
    assert len(audit.history(service, "agreements", agreement)) == 3
    partner = service.agreement(agreement).partner_id
    assert [e.action for e in audit.history(service, "partners", int(partner or 0))] == ["insert"]
    verdict = audit.verify(service)
    assert verdict.intact and verdict.entries == 5


def _tamper(path, *statements):
    """Another tool at work: the app's guards removed, then the log changed."""
    with sqlite3.connect(path) as db:
        db.execute("DROP TRIGGER audit_log_sealed_update")
        db.execute("DROP TRIGGER audit_log_no_delete")
        for statement in statements:
            db.execute(statement)


def test_an_edited_entry_is_detected_and_named(logged):
    service, _agreement, path = logged
    service.register.close()
    _tamper(path, "UPDATE audit_log SET who = 'someone else' WHERE id = 2")
    result = CliRunner().invoke(main, ["audit", "verify", "--db", str(path)])
    assert result.exit_code == 1
    assert "broken at entry 2" in result.output and "edited" in result.output


def test_a_deleted_entry_is_detected_and_the_next_one_named(logged):
    service, _agreement, path = logged
    service.register.close()
    _tamper(path, "DELETE FROM audit_log WHERE id = 3")
    result = CliRunner().invoke(main, ["audit", "verify", "--db", str(path)])
    assert result.exit_code == 1
    assert "broken at entry 4" in result.output and "deleted" in result.output


def test_an_intact_chain_passes_and_sealed_entries_refuse_changes(logged):
    service, _agreement, path = logged
    result = CliRunner().invoke(main, ["audit", "verify", "--db", str(path)])
    assert result.exit_code == 0 and result.output.startswith("intact: 5 entries")
    db = service.register.db
    for statement in (
        "UPDATE audit_log SET who = 'x' WHERE id = 1",
        "DELETE FROM audit_log WHERE id = 1",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            db.execute(statement)
    log = CliRunner().invoke(main, ["audit", "log", "--db", str(path), "--agreement", "1"])
    assert "stage: signing → implementation" in log.output and "agus" in log.output


def test_a_rolled_back_action_leaves_no_entry(logged):
    service, agreement, _path = logged
    before = audit.verify(service).entries
    with pytest.raises(RuntimeError), service.register.transaction():
        service.save_agreement(replace(service.agreement(agreement), notes="half-way"))
        raise RuntimeError("power cut")
    assert audit.verify(service).entries == before


def _outside(path, *statements):
    """Another program (an SQL tool) changes the register while the app's triggers log it."""
    with sqlite3.connect(path) as db:
        for statement in statements:
            db.execute(statement)
    db.close()


def test_an_edit_made_outside_the_app_is_reported_and_never_sealed_under_an_officer(logged):
    """The old failure: a direct UPDATE left an unsealed entry, ``verify`` said "intact", and the
    next action sealed the forgery under the next officer's name."""
    service, agreement, path = logged
    service.register.close()
    _outside(path, "UPDATE partners SET notes = 'forged' WHERE id = 1")
    result = CliRunner().invoke(main, ["audit", "verify", "--db", str(path)])
    assert result.exit_code == 1
    assert "1 entry was written by another program" in result.output
    register = Register.open(path)  # the app opens it: the entry is sealed as outside
    assert register.found_on_opening.outside_changes == 1
    service = RegisterService(register)
    register.who = "budi"
    service.save_partner(replace(service.partner(1), notes="corrected"))
    rows = register.db.execute(
        "SELECT who, after FROM audit_log WHERE table_name = 'partners' ORDER BY id DESC LIMIT 2"
    ).fetchall()
    assert rows[0][0] == "budi" and "corrected" in rows[0][1]
    assert rows[1][0] == "(changed outside Kerjasama Desk)" and "forged" in rows[1][1]
    verdict = audit.verify(service)
    assert verdict.intact and not verdict.clean and len(verdict.outside) == 1
    register.close()
    result = CliRunner().invoke(main, ["audit", "verify", "--db", str(path)])
    assert result.exit_code == 1 and "recorded as made outside Kerjasama Desk" in result.output


def test_an_outside_edit_while_the_app_is_open_is_sealed_as_outside(logged):
    service, _agreement, path = logged
    _outside(path, "UPDATE partners SET notes = 'meanwhile' WHERE id = 1")
    service.register.who = "budi"
    service.save_partner(replace(service.partner(1), notes="ours"))
    whos = [
        r[0]
        for r in service.register.db.execute(
            "SELECT who FROM audit_log WHERE table_name = 'partners' ORDER BY id DESC LIMIT 2"
        )
    ]
    assert whos == ["budi", "(changed outside Kerjasama Desk)"]


@pytest.mark.parametrize(
    "statement, problem",
    [
        ("DROP TRIGGER audit_partners_update", "missing"),
        ("DROP TRIGGER audit_commitments_delete", "missing"),
        (
            "DROP TRIGGER audit_officers_insert; CREATE TRIGGER audit_officers_insert AFTER INSERT"
            " ON officers BEGIN SELECT 1; END",
            "altered",
        ),
    ],
)
def test_a_removed_or_altered_trigger_is_reported_then_put_back_with_the_gap_recorded(
    logged, statement, problem
):
    """The old failure: dropping a table's audit trigger switched logging off silently."""
    service, _agreement, path = logged
    service.register.close()
    with sqlite3.connect(path) as db:
        db.executescript(statement)
    db.close()
    result = CliRunner().invoke(main, ["audit", "verify", "--db", str(path)])
    assert result.exit_code == 1 and f"is {problem}" in result.output
    register = Register.open(path)
    assert [p for _, p in register.found_on_opening.triggers] == [problem]
    gap = register.db.execute(
        "SELECT who, before FROM audit_log WHERE table_name = 'sqlite_master'"
    ).fetchone()
    assert gap[0] == "(Kerjasama Desk: audit triggers restored)" and problem in gap[1]
    service = RegisterService(register)
    register.who = "budi"
    service.save_partner(replace(service.partner(1), notes="logged again"))
    assert (
        register.db.execute(
            "SELECT COUNT(*) FROM audit_log WHERE after LIKE '%logged again%'"
        ).fetchone()[0]
        == 1
    )
    assert audit.verify(service).triggers == ()
    register.close()


def test_the_fingerprint_of_the_latest_triggers_is_up_to_date():
    """Opening compares the register's triggers with this constant instead of migrating a
    register in memory; after a new migration, put the value this test prints."""
    from kerjasama_desk.store import audit_guard, migrations

    computed = audit_guard.fingerprint(migrations.expected_schema()[1])
    assert audit_guard.LATEST_TRIGGERS == computed, f'LATEST_TRIGGERS = "{computed}"'
