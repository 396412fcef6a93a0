"""Keeping the register: partners, agreements and officers, validated and saved one action at a
time."""

from __future__ import annotations

from kerjasama_desk.domain.errors import (
    DeleteRefused,
    DuplicateRecord,
    FieldError,
    RecordNotFound,
    ValidationFailed,
)
from kerjasama_desk.domain.listing import (
    AgreementRow,
    ListQuery,
    OfficerRow,
    PartnerRow,
    RegisterCounts,
)
from kerjasama_desk.domain.models import (
    Agreement,
    AgreementSummary,
    Autosave,
    CountryCode,
    Officer,
    OurGovernment,
    Partner,
)
from kerjasama_desk.domain.validation import (
    normalise_agreement,
    normalise_officer,
    normalise_our_government,
    normalise_partner,
    validate_agreement,
    validate_officer,
    validate_our_government,
    validate_partner,
)
from kerjasama_desk.domain.vocab import OfficerStatus
from kerjasama_desk.formatting import is_country
from kerjasama_desk.services.files import account_name
from kerjasama_desk.store.register import OpeningFindings, Register


class RegisterService:
    def __init__(self, register: Register) -> None:
        self.register = register
        if not register.who:
            register.who = account_name()  # named in the audit trail of every change

    def close(self) -> None:
        self.register.close()

    @property
    def found_on_opening(self) -> OpeningFindings:
        """Changes another program made and audit triggers put back when the register opened."""
        return self.register.found_on_opening

    # Partners ---------------------------------------------------------------------------------

    def partner(self, partner_id: int) -> Partner:
        found = self.register.partners.get(partner_id)
        if found is None:
            raise RecordNotFound(partner_id)
        return found

    def check_partner(self, partner: Partner) -> list[FieldError]:
        """Every problem with ``partner`` as the editor would save it (for live validation)."""
        partner = normalise_partner(partner)
        same = (
            self.register.partners.find_same(partner.name, partner.country)
            if partner.name and partner.country
            else None
        )
        errors = validate_partner(partner, duplicate_of=same)
        if (
            partner.country
            and not is_country(partner.country)
            and not any(e.field == "partner.country" for e in errors)
        ):
            errors.append(FieldError("partner.country", "unknown_choice"))
        return errors

    def our_government(self) -> OurGovernment | None:
        """Our own side, once it has been set (Edit → Our government)."""
        return self.register.ours.get()

    def check_our_government(self, ours: OurGovernment) -> list[FieldError]:
        return validate_our_government(normalise_our_government(ours))

    def save_our_government(self, ours: OurGovernment) -> None:
        """Keeps our side for every new draft and letter. Raises :class:`ValidationFailed`
        (nothing saved) when a field is wrong."""
        ours = normalise_our_government(ours)
        errors = validate_our_government(ours)
        if errors:
            raise ValidationFailed(errors)
        with self.register.transaction():
            self.register.ours.put(ours)

    def save_partner(self, partner: Partner) -> int:
        """Creates or updates ``partner`` with its contacts; returns its id.

        Raises :class:`ValidationFailed` (nothing saved) when any field is wrong.
        """
        partner = normalise_partner(partner)
        with self.register.transaction():
            errors = self.check_partner(partner)
            if errors:
                raise ValidationFailed(errors)
            try:
                if partner.id is None:
                    return self.register.partners.insert(partner)
                if self.register.partners.get(partner.id) is None:
                    raise RecordNotFound(partner.id)
                self.register.partners.update(partner)
                return partner.id
            except DuplicateRecord as error:  # a twin saved by another window meanwhile
                raise ValidationFailed(
                    [
                        FieldError(
                            "partner.name",
                            "duplicate_partner",
                            {"name": partner.name, "country": CountryCode(partner.country)},
                        )
                    ]
                ) from error

    def delete_partner(self, partner_id: int) -> None:
        with self.register.transaction():
            partner = self.partner(partner_id)
            held = self.register.partners.agreement_count(partner_id)
            if held:
                raise DeleteRefused("partner_has_agreements", {"name": partner.name, "count": held})
            self.register.partners.delete(partner_id)

    def list_partners(
        self, query: ListQuery, *, offset: int = 0, limit: int = 200
    ) -> list[PartnerRow]:
        return self.register.partners.page(query, offset=offset, limit=limit)

    def count_partners(self, query: ListQuery) -> int:
        return self.register.partners.count(query)

    def pick_partners(self, text: str, limit: int = 25) -> list[tuple[int, str, str, str]]:
        return self.register.partners.pick(text, limit=limit)

    def countries_in_use(self) -> list[str]:
        return self.register.partners.countries_in_use()

    # Agreements -------------------------------------------------------------------------------

    def agreement(self, agreement_id: int) -> Agreement:
        found = self.register.agreements.get(agreement_id)
        if found is None:
            raise RecordNotFound(agreement_id)
        return found

    def check_agreement(self, agreement: Agreement) -> list[FieldError]:
        agreement = normalise_agreement(agreement)
        parent = (
            self.register.agreements.summary(agreement.parent_id)
            if agreement.parent_id is not None
            else None
        )
        descendants = (
            self.register.agreements.descendants(agreement.id)
            if agreement.id is not None
            else set()
        )
        errors = validate_agreement(agreement, parent=parent, descendants=descendants)
        if (
            agreement.partner_id is not None
            and self.register.partners.get(agreement.partner_id) is None
        ):
            errors.append(FieldError("agreement.partner", "unknown_choice"))
        for field, officer_id in (
            ("agreement.responsible", agreement.responsible_officer_id),
            ("agreement.deputy", agreement.deputy_officer_id),
        ):
            if officer_id is not None and self.register.officers.get(officer_id) is None:
                errors.append(FieldError(field, "unknown_choice"))
        return errors

    def save_agreement(self, agreement: Agreement) -> int:
        agreement = normalise_agreement(agreement)
        with self.register.transaction():
            errors = self.check_agreement(agreement)
            if errors:
                raise ValidationFailed(errors)
            if agreement.id is None:
                return self.register.agreements.insert(agreement)
            if self.register.agreements.get(agreement.id) is None:
                raise RecordNotFound(agreement.id)
            self.register.agreements.update(agreement)
            return agreement.id

    def delete_agreement(self, agreement_id: int) -> None:
        with self.register.transaction():
            agreement = self.agreement(agreement_id)
            followers = self.register.agreements.follower_count(agreement_id)
            if followers:
                raise DeleteRefused(
                    "agreement_has_followers",
                    {"name": agreement.title_id or agreement.title_en, "count": followers},
                )
            self.register.agreements.delete(agreement_id)

    def list_agreements(
        self, query: ListQuery, *, offset: int = 0, limit: int = 200
    ) -> list[AgreementRow]:
        return self.register.agreements.page(query, offset=offset, limit=limit)

    def count_agreements(self, query: ListQuery) -> int:
        return self.register.agreements.count(query)

    def parent_choices(
        self, partner_id: int, *, exclude_id: int | None = None
    ) -> list[AgreementSummary]:
        """Agreements of the partner that the edited one could follow from (never itself or one
        that already follows from it)."""
        excluded = set()
        if exclude_id is not None:
            excluded = {exclude_id, *self.register.agreements.descendants(exclude_id)}
        return [
            summary
            for summary in self.register.agreements.for_partner(partner_id)
            if summary.id not in excluded
        ]

    # Officers ---------------------------------------------------------------------------------

    def officer(self, officer_id: int) -> Officer:
        found = self.register.officers.get(officer_id)
        if found is None:
            raise RecordNotFound(officer_id)
        return found

    def check_officer(self, officer: Officer) -> list[FieldError]:
        return validate_officer(normalise_officer(officer))

    def save_officer(self, officer: Officer) -> int:
        officer = normalise_officer(officer)
        with self.register.transaction():
            errors = validate_officer(officer)
            if errors:
                raise ValidationFailed(errors)
            if officer.id is None:
                return self.register.officers.insert(officer)
            if self.register.officers.get(officer.id) is None:
                raise RecordNotFound(officer.id)
            self.register.officers.update(officer)
            return officer.id

    def delete_officer(self, officer_id: int) -> None:
        with self.register.transaction():
            officer = self.officer(officer_id)
            held = self.register.officers.agreements_held(officer_id)
            if held:
                raise DeleteRefused(
                    "officer_holds_agreements", {"name": officer.name, "count": held}
                )
            owned = self.register.commitments.count_of(officer_id)
            if owned:
                raise DeleteRefused(
                    "officer_owns_commitments", {"name": officer.name, "count": owned}
                )
            if self.register.handovers.count_of(officer_id):
                raise DeleteRefused("officer_has_handovers", {"name": officer.name})
            self.register.officers.delete(officer_id)

    def list_officers(
        self, query: ListQuery, *, offset: int = 0, limit: int = 200
    ) -> list[OfficerRow]:
        return self.register.officers.page(query, offset=offset, limit=limit)

    def count_officers(self, query: ListQuery) -> int:
        return self.register.officers.count(query)

    def officer_choices(self) -> list[tuple[int, str, OfficerStatus]]:
        return self.register.officers.choices()

    # Overview ---------------------------------------------------------------------------------

    def autosaves(self) -> list[Autosave]:
        """Wizard answers kept but never saved as a draft version (after a crash)."""
        return self.register.autosaves.kept()

    def counts(self) -> RegisterCounts:
        return self.register.counts()

    def is_empty(self) -> bool:
        """No partner recorded yet: a new register, for the first steps."""
        return not self.register.has_partners()
