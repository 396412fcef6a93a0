"""Validation rules: each bad input gets a message naming the field; good input passes."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kerjasama_desk.domain.models import (
    Agreement,
    AgreementSummary,
    Contact,
    FieldChoice,
    Officer,
    Partner,
)
from kerjasama_desk.domain.validation import (
    NOTES_LIMIT,
    name_key,
    normalise_partner,
    validate_agreement,
    validate_officer,
    validate_partner,
)
from kerjasama_desk.domain.vocab import AgreementKind


def codes(errors):
    return {(e.field, e.code) for e in errors}


def test_a_complete_partner_passes():
    partner = Partner(
        name="Beihai",
        native_name="北海市",
        country="CN",
        population=1_850_000,
        website="https://www.beihai.gov.cn",
        notes="港口城市 🌊 مدينة",
    )
    assert validate_partner(partner) == []


def test_empty_required_fields_are_named():
    errors = validate_partner(Partner())
    assert codes(errors) == {("partner.name", "required"), ("partner.country", "required")}
    assert errors[0].render() == "Name (Latin script) is required. Fill it in."


def test_negative_population_is_refused():
    assert ("partner.population", "negative") in codes(
        validate_partner(Partner(name="X", country="CN", population=-1))
    )


def test_notes_of_ten_thousand_characters_are_too_long():
    errors = validate_partner(Partner(name="X", country="CN", notes="a" * 10_000))
    assert ("partner.notes", "too_long") in codes(errors)
    message = next(e for e in errors if e.field == "partner.notes").render()
    assert "10000" in message and str(NOTES_LIMIT) in message


def test_chinese_in_the_latin_name_points_to_the_native_name():
    errors = validate_partner(Partner(name="北海 Beihai", country="CN"))
    assert codes(errors) == {("partner.name", "not_latin")}
    assert "“北”" in errors[0].render()


def test_right_to_left_text_belongs_in_the_native_name():
    assert codes(validate_partner(Partner(name="دبي", country="AE"))) == {
        ("partner.name", "not_latin")
    }
    assert validate_partner(Partner(name="Dubai", native_name="دبي", country="AE")) == []


def test_emoji_are_refused_in_names_but_kept_in_notes():
    errors = validate_partner(Partner(name="Beihai 😀", country="CN"))
    assert codes(errors) == {("partner.name", "bad_chars")}
    assert validate_partner(Partner(name="Beihai", country="CN", notes="😀")) == []


def test_accented_latin_names_are_latin():
    assert validate_partner(Partner(name="Kōchi-shi São Tomé", country="JP")) == []


def test_duplicate_partner_is_reported_on_the_name():
    existing = Partner(id=1, name="Beihai", country="CN")
    errors = validate_partner(Partner(name="beihai", country="CN"), duplicate_of=existing)
    assert codes(errors) == {("partner.name", "duplicate_partner")}
    assert validate_partner(Partner(id=1, name="Beihai", country="CN"), duplicate_of=existing) == []


def test_name_key_ignores_case_accents_and_spacing():
    assert name_key("  Kōchi   City ") == name_key("kochi city")


def test_contacts_are_checked_row_by_row():
    partner = Partner(
        name="X",
        country="CN",
        contacts=[
            Contact(person="A", email="a@example.org"),
            Contact(person="B", email="not-mail"),
        ],
    )
    errors = validate_partner(partner)
    assert [(e.field, e.code, e.params["row"]) for e in errors] == [
        ("contact.email", "bad_email", 2)
    ]
    assert errors[0].render().startswith("Contact 2: E-mail is not an e-mail address")


def test_bare_website_gets_https():
    assert normalise_partner(Partner(website="www.beihai.gov.cn")).website == (
        "https://www.beihai.gov.cn"
    )


def test_expiry_before_signing_is_refused():
    agreement = Agreement(
        partner_id=1, title_id="MSP", signed_on=date(2008, 10, 14), expires_on=date(2008, 1, 1)
    )
    errors = validate_agreement(agreement)
    assert codes(errors) == {("agreement.expires_on", "date_order")}
    assert errors[0].render(
        format_value=lambda v: v.isoformat() if isinstance(v, date) else str(v)
    ) == (
        "Expires on (2008-01-01) cannot be earlier than Signed on (2008-10-14). "
        "Correct one of them."
    )


def test_open_ended_agreement_has_no_expiry():
    agreement = Agreement(
        partner_id=1, title_id="MSP", open_ended=True, expires_on=date(2030, 1, 1)
    )
    assert codes(validate_agreement(agreement)) == {
        ("agreement.expires_on", "expiry_when_open_ended")
    }


def test_lineage_rules():
    loi = AgreementSummary(
        id=1, partner_id=1, kind=AgreementKind.LOI, title_id="", title_en="", signed_on=None
    )
    mou = Agreement(id=2, partner_id=1, kind=AgreementKind.MOU, parent_id=1, title_id="MSP")
    assert validate_agreement(mou, parent=loi) == []
    arrangement = Agreement(
        partner_id=1, kind=AgreementKind.IMPLEMENTING_ARRANGEMENT, title_id="PKS"
    )
    assert codes(validate_agreement(arrangement)) == {("agreement.parent", "parent_required")}
    assert codes(
        validate_agreement(
            Agreement(
                partner_id=1,
                kind=AgreementKind.IMPLEMENTING_ARRANGEMENT,
                parent_id=1,
                title_id="PKS",
            ),
            parent=loi,
        )
    ) == {("agreement.parent", "parent_kind")}
    other_partner = AgreementSummary(
        id=1, partner_id=9, kind=AgreementKind.LOI, title_id="", title_en="", signed_on=None
    )
    assert ("agreement.parent", "parent_other_partner") in codes(
        validate_agreement(mou, parent=other_partner)
    )
    assert ("agreement.parent", "parent_cycle") in codes(
        validate_agreement(
            Agreement(id=1, partner_id=1, kind=AgreementKind.MOU, parent_id=1, title_id="x"),
            parent=loi,
        )
    )


def test_deputy_differs_from_responsible_and_custom_fields_need_a_name():
    agreement = Agreement(
        partner_id=1,
        title_id="MSP",
        responsible_officer_id=3,
        deputy_officer_id=3,
        fields=[FieldChoice()],
    )
    assert codes(validate_agreement(agreement)) == {
        ("agreement.deputy", "same_as_responsible"),
        ("agreement.fields", "custom_field_label"),
    }


def test_nip_has_eighteen_digits():
    assert validate_officer(Officer(name="Rina", nip="1982 0315 2006 0420 11")) == []
    errors = validate_officer(Officer(name="Rina", nip="12345"))
    assert codes(errors) == {("officer.nip", "bad_nip")}
    assert "5" in errors[0].render()


@given(
    st.text(max_size=300), st.text(max_size=300), st.integers(min_value=-(10**12), max_value=10**12)
)
def test_validator_never_crashes_and_messages_always_render(name, notes, population):
    partner = Partner(
        name=name, native_name=name, country="CN", notes=notes, population=population, website=name
    )
    for error in validate_partner(partner):
        assert error.render()


@given(st.dates(), st.dates())
def test_signed_after_expiry_always_caught(signed, expires):
    errors = validate_agreement(
        Agreement(partner_id=1, title_id="x", signed_on=signed, expires_on=expires)
    )
    assert (("agreement.expires_on", "date_order") in codes(errors)) == (expires < signed)


def test_no_two_stages_show_the_same_number():
    from kerjasama_desk.domain.vocab import AgreementStage

    shown = [stage.numbered_label("id") for stage in AgreementStage]
    numbers = [label.split(".")[0] for label in shown if label[0].isdigit()]
    assert len(numbers) == len(set(numbers)) == len(AgreementStage) - 1
    assert AgreementStage.ENDED.numbered_label("en") == "Ended"
    assert AgreementStage.RENEWAL.numbered_label("en") == "10. Renewal"
