"""User actions that change the register: each calls one service method and, when it succeeded,
announces which table changed, so every view showing that table reloads itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kerjasama_desk.domain.models import Agreement, Officer, Partner
from kerjasama_desk.services.register import RegisterService


class Operations(QObject):
    """The UI's single door to the register's writes."""

    changed = Signal(str)  # "partners", "agreements" or "officers"
    register_replaced = Signal()

    def __init__(self, service: RegisterService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service

    def replace_service(self, service: RegisterService) -> None:
        old = self.service
        self.service = service
        old.register.close()
        self.register_replaced.emit()

    def save_partner(self, partner: Partner) -> int:
        partner_id = self.service.save_partner(partner)
        self.changed.emit("partners")
        self.changed.emit("agreements")  # lists show partner names next to agreements
        return partner_id

    def delete_partner(self, partner_id: int) -> None:
        self.service.delete_partner(partner_id)
        self.changed.emit("partners")

    def save_agreement(self, agreement: Agreement) -> int:
        agreement_id = self.service.save_agreement(agreement)
        self.changed.emit("agreements")
        self.changed.emit("partners")  # agreement counts
        self.changed.emit("officers")
        return agreement_id

    def delete_agreement(self, agreement_id: int) -> None:
        self.service.delete_agreement(agreement_id)
        self.changed.emit("agreements")
        self.changed.emit("partners")
        self.changed.emit("officers")

    def save_officer(self, officer: Officer) -> int:
        officer_id = self.service.save_officer(officer)
        self.changed.emit("officers")
        self.changed.emit("agreements")
        return officer_id

    def delete_officer(self, officer_id: int) -> None:
        self.service.delete_officer(officer_id)
        self.changed.emit("officers")
