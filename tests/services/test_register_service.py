"""Use cases: validation before any write, refusals to delete, the demo story."""

from __future__ import annotations

from datetime import date

import pytest

from kerjasama_desk.domain.errors import DeleteRefused, ValidationFailed
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.domain.models import Agreement, Officer, Partner
from kerjasama_desk.domain.vocab import AgreementKind, AgreementStage, CooperationField
from kerjasama_desk.services.demo import seed_scale, seed_story


def test_duplicate_partner_is_refused_and_nothing_saved(service):
    service.save_partner(Partner(name="Beihai", country="CN"))
    with pytest.raises(ValidationFailed) as caught:
        service.save_partner(Partner(name="  beihai ", country="CN"))
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("partner.name", "duplicate_partner")
    ]
    assert service.counts().partners == 1
    service.save_partner(Partner(name="Beihai", country="US"))  # same name, other country
    assert service.counts().partners == 2


def test_invalid_contact_saves_neither_partner_nor_contacts(service):
    from kerjasama_desk.domain.models import Contact

    with pytest.raises(ValidationFailed):
        service.save_partner(
            Partner(
                name="Beihai",
                country="CN",
                contacts=[Contact(person="A"), Contact(person="B", email="nope")],
            )
        )
    assert service.counts().partners == 0 and service.counts().contacts == 0


def test_unknown_country_code_is_refused(service):
    with pytest.raises(ValidationFailed) as caught:
        service.save_partner(Partner(name="Atlantis", country="QQ"))
    assert ("partner.country", "unknown_choice") in {(e.field, e.code) for e in caught.value.errors}


def test_partner_with_agreements_cannot_be_deleted(service):
    pid = service.save_partner(Partner(name="Beihai", country="CN"))
    aid = service.save_agreement(Agreement(partner_id=pid, title_id="MSP"))
    with pytest.raises(DeleteRefused) as caught:
        service.delete_partner(pid)
    assert caught.value.render() == (
        "Beihai still has agreements in the register (1). Delete those agreements first; "
        "the partner's history stays with them until then."
    )
    service.delete_agreement(aid)
    service.delete_partner(pid)
    assert service.counts().partners == 0


def test_officer_holding_agreements_cannot_be_deleted(service):
    pid = service.save_partner(Partner(name="Beihai", country="CN"))
    oid = service.save_officer(Officer(name="Rina"))
    service.save_agreement(Agreement(partner_id=pid, title_id="MSP", deputy_officer_id=oid))
    with pytest.raises(DeleteRefused):
        service.delete_officer(oid)


def test_agreement_with_followers_cannot_be_deleted(service):
    pid = service.save_partner(Partner(name="Beihai", country="CN"))
    loi = service.save_agreement(Agreement(partner_id=pid, kind=AgreementKind.LOI, title_id="LoI"))
    service.save_agreement(
        Agreement(partner_id=pid, kind=AgreementKind.MOU, parent_id=loi, title_id="MSP")
    )
    with pytest.raises(DeleteRefused):
        service.delete_agreement(loi)
    assert [s.id for s in service.parent_choices(pid, exclude_id=loi)] == []


def test_expiry_before_signing_saves_nothing(service):
    pid = service.save_partner(Partner(name="Beihai", country="CN"))
    with pytest.raises(ValidationFailed):
        service.save_agreement(
            Agreement(
                partner_id=pid,
                title_id="MSP",
                signed_on=date(2008, 10, 14),
                expires_on=date(2007, 1, 1),
            )
        )
    assert service.counts().agreements == 0


def test_demo_tells_semarangs_story(service):
    seed_story(service)
    beihai = service.list_partners(ListQuery(text="beihai"))[0]
    assert beihai.native_name == "北海市"
    agreements = {
        a.kind: service.agreement(a.id)
        for a in service.list_agreements(ListQuery(partner_id=beihai.id))
    }
    mou = agreements[AgreementKind.MOU]
    assert mou.signed_on == date(2008, 10, 14)
    assert mou.initiated_on == date(2007, 2, 8)
    assert mou.parent_id == agreements[AgreementKind.LOI].id
    assert {f.standard for f in mou.fields} >= {
        CooperationField.PORT_LOGISTICS,
        CooperationField.EDUCATION,
        CooperationField.TOURISM,
        CooperationField.ARTS_CULTURE,
        CooperationField.ENVIRONMENT,
    }
    brisbane = service.list_agreements(ListQuery(text="brisbane"))[0]
    assert brisbane.signed_on == date(1993, 1, 11) and brisbane.stage is AgreementStage.ENDED
    seed_story(service)  # a second run adds nothing
    assert service.counts().partners == 7


def test_scale_seed_is_proportional(service):
    seed_scale(service, 400)
    counts = service.counts()
    assert counts.partners == 400
    assert 520 <= counts.agreements <= 680
    assert counts.activities == 1600
    assert service.count_partners(ListQuery(text="synthetic")) == 400
