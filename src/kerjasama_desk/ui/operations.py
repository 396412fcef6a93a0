"""User actions that change the register: each calls one service method and, when it succeeded,
announces once which tables it touched, so every view showing one of them reloads itself once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kerjasama_desk import clock
from kerjasama_desk.domain.models import (
    Activity,
    Agreement,
    Commitment,
    Officer,
    OurGovernment,
    Partner,
)
from kerjasama_desk.domain.vocab import CommitmentStatus
from kerjasama_desk.services.register import RegisterService

if TYPE_CHECKING:  # drafting (YAML, Jinja) loads when a draft is first opened, not at start-up
    from pathlib import Path

    from kerjasama_desk.domain.gates import GateRecord
    from kerjasama_desk.domain.handover import Handover
    from kerjasama_desk.domain.models import Attachment
    from kerjasama_desk.domain.travel import Trip
    from kerjasama_desk.services.attachments import Attachments
    from kerjasama_desk.services.drafts import Answers, DraftService
    from kerjasama_desk.services.exchange import Plan

# Partner and officer lists count agreements, so an agreement change touches all three.
_AGREEMENT_TABLES = frozenset({"agreements", "partners", "officers"})


class Operations(QObject):
    """The UI's single door to the register's writes."""

    changed = Signal(frozenset)  # the tables touched: "partners", "agreements", "officers"
    register_replaced = Signal()

    def __init__(self, service: RegisterService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._drafts: DraftService | None = None
        self._attachments: Attachments | None = None

    @property
    def closed(self) -> bool:
        """The register was closed (the window is closing): views leave what they show."""
        return self.service.register.closed

    @property
    def read_only(self) -> bool:
        """The open register cannot be written: views offer nothing that would change it."""
        return self.service.register.read_only

    def replace_service(self, service: RegisterService) -> None:
        old = self.service
        self.service = service
        self._drafts = None
        self._attachments = None
        old.register.close()
        self.register_replaced.emit()

    @property
    def drafts(self) -> DraftService:
        """Drafts of the open register (the templates load on first use)."""
        if self._drafts is None:
            from kerjasama_desk.services.drafts import DraftService

            self._drafts = DraftService(self.service.register)
        return self._drafts

    @property
    def attachments(self) -> Attachments:
        """Files kept with the open register's agreements."""
        if self._attachments is None:
            from kerjasama_desk.services.attachments import Attachments

            self._attachments = Attachments(self.service)
        return self._attachments

    def attach(self, agreement_id: int, path: Path, description: str = "") -> Attachment:
        attachment = self.attachments.attach(agreement_id, path, description)
        self.changed.emit(frozenset({"attachments"}))
        return attachment

    def remove_attachment(self, attachment_id: int) -> None:
        self.attachments.remove(attachment_id)
        self.changed.emit(frozenset({"attachments"}))

    def describe_attachment(self, attachment_id: int, description: str) -> None:
        self.attachments.describe(attachment_id, description)
        self.changed.emit(frozenset({"attachments"}))

    def log_activity(self, activity: Activity) -> int:
        """Records an activity; dashboards and lists showing dormancy reload."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.followup import log_activity

        activity_id = log_activity(self.service, activity, clock.today())
        self.changed.emit(frozenset({"activities", "agreements"}))
        return activity_id

    def save_commitment(self, item: Commitment) -> int:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.followup import save_commitment

        commitment_id = save_commitment(self.service, item, clock.today())
        self.changed.emit(frozenset({"commitments"}))
        return commitment_id

    def add_commitments(self, items: list[Commitment]) -> list[int]:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.followup import add_commitments

        ids = add_commitments(self.service, items, clock.today())
        self.changed.emit(frozenset({"commitments"}))
        return ids

    def set_commitment_status(
        self, commitment_id: int, status: CommitmentStatus, *, evidence: str = ""
    ) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.followup import set_commitment_status

        set_commitment_status(
            self.service, commitment_id, status, today=clock.today(), evidence=evidence
        )
        self.changed.emit(frozenset({"commitments"}))

    def delete_commitment(self, commitment_id: int) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.followup import delete_commitment

        delete_commitment(self.service, commitment_id)
        self.changed.emit(frozenset({"commitments"}))

    def record_gate_item(self, agreement_id: int, record: GateRecord) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.gates import record_item

        record_item(self.service, agreement_id, record, clock.today())
        self.changed.emit(frozenset({"gates"}))

    def record_letter(self, draft_id: int, pdf: Path) -> GateRecord:
        """A signed letter of the pipeline fills its checklist item (services/letters.py)."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.letters import record_letter

        kept = record_letter(self.service, self.drafts, draft_id, pdf, clock.today())
        self.changed.emit(frozenset({"gates", "attachments"}))
        return kept

    def save_trip(self, trip: Trip, rules: str) -> int:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.travel import save_trip

        trip_id = save_trip(self.service, trip, rules)
        self.changed.emit(frozenset({"trips"}))
        return trip_id

    def complete_trip(self, trip_id: int) -> list[int]:
        """The trip was made: its follow-up plan becomes commitments."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.travel import complete_trip

        added = complete_trip(self.service, trip_id, clock.today())
        self.changed.emit(frozenset({"trips", "commitments"}))
        return added

    def save_parameters(self, values: dict[str, int]) -> None:
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.parameters import save

        save(self.service, values)
        self.changed.emit(frozenset({"parameters"}))

    def hand_over(self, handover: Handover) -> int:
        """Hands a leaving officer's agreements and commitments to successors (one
        transaction); lists of officers, agreements and commitments reload."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.handover import hand_over

        handover_id = hand_over(self.service, handover)
        self.changed.emit(frozenset({"officers", "agreements", "partners", "commitments"}))
        return handover_id

    def import_exchange(
        self,
        body: dict[str, Any],
        *,
        choices: dict[tuple[str, str], str] | None = None,
        link_partners: bool = False,
    ) -> Plan:
        """Merges a checked .kdx into the register (conflicts settled by ``choices``); every
        list shows the result."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.exchange import merge

        return self.imported(
            merge(self.service, body, choices=choices, link_partners=link_partners)
        )

    def imported(self, plan: Plan) -> Plan:
        """A .kdx merged (here, or on a worker's connection): every list shows the result."""
        self.changed.emit(
            frozenset(
                {
                    "partners",
                    "agreements",
                    "officers",
                    "drafts",
                    "attachments",
                    "commitments",
                    "activities",
                }
            )
        )
        return plan

    def save_draft(
        self,
        answers: Answers,
        *,
        draft_id: int | None,
        partner_id: int | None,
        agreement_id: int | None,
        title: str,
        author: str,
    ) -> tuple[int, int]:
        saved = self.drafts.save(
            answers,
            draft_id=draft_id,
            partner_id=partner_id,
            agreement_id=agreement_id,
            title=title,
            author=author,
        )
        # Agreed minutes record their follow-up as commitments of the agreement; a new
        # agreement text makes its agreement record
        tables = {"drafts"}
        tables |= {"commitments"} if self.drafts.recorded else set()
        tables |= {"agreements"} if self.drafts.created_agreement else set()
        self.changed.emit(frozenset(tables))
        return saved

    def save_partner(self, partner: Partner) -> int:
        partner_id = self.service.save_partner(partner)
        # Agreement lists show partner names, so they change too.
        self.changed.emit(frozenset({"partners", "agreements"}))
        return partner_id

    def delete_partner(self, partner_id: int) -> None:
        self.service.delete_partner(partner_id)
        self.changed.emit(frozenset({"partners"}))

    def save_agreement(self, agreement: Agreement, *, override_reason: str | None = None) -> int:
        """Saves through the pipeline gates (GateBlocked when items are missing and no reason
        is given)."""
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.gates import save_agreement

        agreement_id = save_agreement(self.service, agreement, override_reason=override_reason)
        self.changed.emit(_AGREEMENT_TABLES)
        return agreement_id

    def delete_agreement(self, agreement_id: int) -> None:
        self.service.delete_agreement(agreement_id)
        self.changed.emit(_AGREEMENT_TABLES)

    def save_our_government(self, ours: OurGovernment) -> None:
        self.service.save_our_government(ours)
        self.changed.emit(frozenset({"ours"}))

    def save_officer(self, officer: Officer) -> int:
        officer_id = self.service.save_officer(officer)
        self.changed.emit(frozenset({"officers", "agreements"}))  # agreements show officer names
        return officer_id

    def delete_officer(self, officer_id: int) -> None:
        self.service.delete_officer(officer_id)
        self.changed.emit(frozenset({"officers"}))
