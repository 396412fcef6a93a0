"""Our own government, set once: validated, kept in the register (with its audit trail), and
the start of every new draft."""

from __future__ import annotations

import pytest

from kerjasama_desk.domain.errors import ValidationFailed
from kerjasama_desk.domain.models import OurGovernment, Partner
from kerjasama_desk.domain.validation import PNG_SIGNATURE
from kerjasama_desk.domain.vocab import PartnerLevel
from kerjasama_desk.services.drafts import DraftService

SEMARANG = OurGovernment(
    name_id="Semarang",
    level=PartnerLevel.CITY,
    province_id="Jawa Tengah",
    province_en="Central Java",
    head_name="Agustina Wilujeng Pramestuti",
    head_title_id="Wali Kota Semarang",
    head_title_en="Mayor of Semarang",
    address="Jl. Pemuda No. 148, Semarang 50132",
    telephone="+62 24 3513366",
    email="kerjasama@semarangkota.go.id",
    website="semarangkota.go.id",
    office_id="Bagian Kerja Sama Sekretariat Daerah Kota Semarang",
    office_en="Cooperation Division of the Regional Secretariat of the City of Semarang",
)


def test_our_side_is_kept_once_and_every_new_draft_starts_from_it(service):
    assert service.our_government() is None
    service.save_our_government(SEMARANG)
    kept = service.our_government()
    assert kept.name_en == "Semarang"  # the Indonesian name when no English one is given
    assert kept.website == "https://semarangkota.go.id"
    partner = service.save_partner(Partner(name="Split", country="HR"))
    answers = DraftService(service.register).start("mou-sister-city", partner_id=partner)
    values = answers.values
    assert values["our_level"] == "city"
    assert values["our_name"] == {"id": "Semarang", "en": "Semarang"}
    assert values["our_province"] == {"id": "Jawa Tengah", "en": "Central Java"}
    assert values["our_signatory"] == "Agustina Wilujeng Pramestuti"
    assert values["our_signatory_title"] == {"id": "Wali Kota Semarang", "en": "Mayor of Semarang"}
    assert values["our_contact"]["en"].startswith("Cooperation Division")


def test_our_side_without_a_name_or_with_a_picture_that_is_not_one_is_refused(service):
    from dataclasses import replace

    with pytest.raises(ValidationFailed) as refused:
        service.save_our_government(replace(SEMARANG, name_id="  "))
    assert [(e.field, e.code) for e in refused.value.errors] == [("ours.name_id", "required")]
    assert "Name of our region (Indonesian) is required" in refused.value.errors[0].render()
    with pytest.raises(ValidationFailed) as refused:
        service.save_our_government(replace(SEMARANG, coat_of_arms=b"%PDF-1.7 not a picture"))
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("ours.coat_of_arms", "not_an_image")
    ]
    assert service.our_government() is None  # nothing half-written


def test_a_change_of_our_side_is_in_the_audit_trail_with_the_pictures_fingerprint(service):
    from dataclasses import replace

    picture = PNG_SIGNATURE + b"\x00" * 32
    service.save_our_government(replace(SEMARANG, coat_of_arms=picture))
    service.save_our_government(replace(SEMARANG, head_name="Someone Else", coat_of_arms=picture))
    assert service.our_government().coat_of_arms == picture
    rows = service.register.db.execute(
        "SELECT action, after FROM audit_log WHERE table_name = 'our_government' ORDER BY id"
    ).fetchall()
    assert [action for action, _ in rows] == ["insert", "update"]
    assert "Someone Else" in rows[1][1] and "coat_of_arms_sha256" in rows[1][1]
