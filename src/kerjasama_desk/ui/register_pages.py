"""The register's list pages: partners, agreements and officers, each searched, filtered and
sorted in SQL, with their actions."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QMenu,
    QMessageBox,
    QPushButton,
)

from kerjasama_desk.domain.errors import RecordNotFound
from kerjasama_desk.domain.listing import ListQuery
from kerjasama_desk.domain.vocab import AgreementKind, AgreementStage, OfficerStatus, PartnerLevel
from kerjasama_desk.formatting import country_name
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.models import (
    AGREEMENT_COLUMNS,
    OFFICER_COLUMNS,
    PARTNER_COLUMNS,
)
from kerjasama_desk.ui.pages import FilterCombo, ListPage


def _member(vocabulary: Any, value: Any) -> Any:
    """Qt hands enum item data back as plain strings; this restores the member."""
    return None if value is None else vocabulary(value)


def _country_choices(codes: list[str], language: str) -> list[tuple[Any, str]]:
    return sorted(
        ((code, country_name(code, language)) for code in codes),
        key=lambda pair: pair[1].casefold(),
    )


class PartnersPage(ListPage):
    drafts_from_here = True
    table_name = "partners"
    columns = PARTNER_COLUMNS
    default_widths = (190, 120, 150, 170, 130, 100, 90)

    def build_filters(self) -> None:
        self.country_filter = FilterCombo(self)
        self.level_filter = FilterCombo(self)
        self.add_filter(self.country_filter)
        self.add_filter(self.level_filter)

    def relabel_filters(self) -> None:
        language = self.languages.language
        self.country_filter.set_choices(
            self.tr("All countries"),
            _country_choices(self.ops.service.countries_in_use(), language),
        )
        self.level_filter.set_choices(
            self.tr("All levels"), [(level, level.label(language)) for level in PartnerLevel]
        )

    def filtered(self, query: ListQuery) -> ListQuery:
        return replace(
            query,
            country=self.country_filter.currentData(),
            level=_member(PartnerLevel, self.level_filter.currentData()),
        )

    def _fetch(self, query: ListQuery, offset: int, limit: int) -> list[Any]:
        return self.ops.service.list_partners(query, offset=offset, limit=limit)

    def _count(self, query: ListQuery) -> int:
        return self.ops.service.count_partners(query)

    def count_text(self, count: int) -> str:
        return self.tr("%Ln partner(s)", "", count)

    def editor(self, record_id: int | None) -> QDialog:
        from kerjasama_desk.ui.editors import PartnerEditor  # loaded when first needed

        return PartnerEditor(self.ops, self.languages, record_id, self)

    def draft_for(self, record_id: int) -> None:
        from kerjasama_desk.ui.wizard import open_draft  # drafting loads on first use

        open_draft(self, self.ops, self.languages, partner_id=record_id)

    def delete_record(self, record_id: int) -> None:
        self.ops.delete_partner(record_id)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Partners"))


class AgreementsPage(ListPage):
    drafts_from_here = True
    table_name = "agreements"
    help_section = "pipeline"
    columns = AGREEMENT_COLUMNS
    default_widths = (230, 150, 50, 160, 135, 135, 140)

    export_selected = Signal()  # "Export to a file (.kdx)…" from the list's context menu

    def build_filters(self) -> None:
        # Several agreements can be chosen (Ctrl/Shift+click) to carry them in one .kdx.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.stage_filter = FilterCombo(self)
        self.kind_filter = FilterCombo(self)
        self.country_filter = FilterCombo(self)
        self.officer_filter = FilterCombo(self)
        for combo in (
            self.stage_filter,
            self.kind_filter,
            self.country_filter,
            self.officer_filter,
        ):
            self.add_filter(combo)

    def relabel_filters(self) -> None:
        language = self.languages.language
        self.stage_filter.set_choices(
            self.tr("All stages"), [(stage, stage.label(language)) for stage in AgreementStage]
        )
        self.kind_filter.set_choices(
            self.tr("All kinds"), [(kind, kind.label(language)) for kind in AgreementKind]
        )
        self.country_filter.set_choices(
            self.tr("All countries"),
            _country_choices(self.ops.service.countries_in_use(), language),
        )
        self.officer_filter.set_choices(
            self.tr("All officers"),
            [(officer_id, name) for officer_id, name, _ in self.ops.service.officer_choices()],
        )

    def filtered(self, query: ListQuery) -> ListQuery:
        return replace(
            query,
            stage=_member(AgreementStage, self.stage_filter.currentData()),
            kind=_member(AgreementKind, self.kind_filter.currentData()),
            country=self.country_filter.currentData(),
            officer_id=self.officer_filter.currentData(),
        )

    def _fetch(self, query: ListQuery, offset: int, limit: int) -> list[Any]:
        return self.ops.service.list_agreements(query, offset=offset, limit=limit)

    def _count(self, query: ListQuery) -> int:
        return self.ops.service.count_agreements(query)

    def count_text(self, count: int) -> str:
        return self.tr("%Ln agreement(s)", "", count)

    def editor(self, record_id: int | None) -> QDialog:
        from kerjasama_desk.ui.agreement_editor import AgreementEditor  # loaded when first needed

        return AgreementEditor(self.ops, self.languages, record_id, self)

    def draft_for(self, record_id: int) -> None:
        from kerjasama_desk.ui.wizard import open_draft  # drafting loads on first use

        open_draft(self, self.ops, self.languages, agreement_id=record_id)

    def document_for(self, record_id: int) -> None:
        """Agreed minutes, an addendum, a notice… drafted for the agreement ``record_id``."""
        from kerjasama_desk.ui.wizard import open_document_for  # drafting loads on first use

        open_document_for(self, self.ops, self.languages, record_id)

    def delete_record(self, record_id: int) -> None:
        self.ops.delete_agreement(record_id)

    def _context_menu(self, position: QPoint) -> None:
        chosen = len(self.selected_ids())
        if not chosen:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.edit_current)
        if chosen == 1 and not self.ops.read_only:
            record = self.selected_ids()[0]
            menu.addAction(
                theme.icon("file-text"),
                self.tr("New document for this agreement…"),
                lambda: self.document_for(record),
            )
        menu.addAction(
            theme.icon("file-text"),
            self.tr("Export %n agreement(s) to a file (.kdx)…", "", chosen),
            self.export_selected.emit,
        )
        menu.exec(self.view.viewport().mapToGlobal(position))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Agreements"))


class OfficersPage(ListPage):
    table_name = "officers"
    help_section = "handover"
    columns = OFFICER_COLUMNS
    default_widths = (220, 170, 260, 300, 110)

    def build_filters(self) -> None:
        self.status_filter = FilterCombo(self)
        self.add_filter(self.status_filter)
        self.handover_button = QPushButton(theme.icon("users"), "", self)
        self.handover_button.clicked.connect(self.hand_over_current)
        self.top.insertWidget(2, self.handover_button)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def _update_selection_state(self) -> None:
        super()._update_selection_state()
        if hasattr(self, "handover_button"):
            self.handover_button.setEnabled(
                self.current_id() is not None and not self.ops.read_only
            )

    def hand_over_current(self) -> None:
        officer_id = self.current_id()
        if officer_id is None or self.ops.read_only:
            return
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.handover import HandoverDialog

        try:
            HandoverDialog(self.ops, self.languages, officer_id, self).exec()
        except RecordNotFound:
            self.refresh()

    def dossier_current(self) -> None:
        officer_id = self.current_id()
        if officer_id is None:
            return
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.ui.handover import save_dossier

        save_dossier(self, self.ops, self.languages, officer_id)

    def open_record(self, record_id: int) -> None:
        """After an officer is marked transferred, offers the handover of what they hold."""
        try:
            before = self.ops.service.officer(record_id).status
        except RecordNotFound:
            self.refresh()
            return
        super().open_record(record_id)
        try:
            after = self.ops.service.officer(record_id)
        except RecordNotFound:
            return
        if (
            before is OfficerStatus.ACTIVE
            and after.status is OfficerStatus.TRANSFERRED
            and not self.ops.read_only
        ):
            from kerjasama_desk.services.handover import held_by

            held = len(held_by(self.ops.service, record_id))
            if (
                held
                and QMessageBox.question(
                    self,
                    self.tr("Handover"),
                    self.tr(
                        "%1 is marked as transferred but still holds %n agreement(s) or "
                        "commitment(s). Hand them over to successors now?",
                        "",
                        held,
                    ).replace("%1", after.name),
                )
                == QMessageBox.StandardButton.Yes
            ):
                self.select_id(record_id)
                self.hand_over_current()

    def _context_menu(self, position: QPoint) -> None:
        if self.current_id() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.edit_current)
        handover = menu.addAction(
            theme.icon("users"), self.tr("Hand over to successors…"), self.hand_over_current
        )
        handover.setEnabled(not self.ops.read_only)
        menu.addAction(
            theme.icon("file-text"), self.tr("Save the handover dossier…"), self.dossier_current
        )
        menu.exec(self.view.viewport().mapToGlobal(position))

    def relabel_filters(self) -> None:
        language = self.languages.language
        self.status_filter.set_choices(
            self.tr("Active and transferred"),
            [(status, status.label(language)) for status in OfficerStatus],
        )

    def filtered(self, query: ListQuery) -> ListQuery:
        return replace(query, status=_member(OfficerStatus, self.status_filter.currentData()))

    def _fetch(self, query: ListQuery, offset: int, limit: int) -> list[Any]:
        return self.ops.service.list_officers(query, offset=offset, limit=limit)

    def _count(self, query: ListQuery) -> int:
        return self.ops.service.count_officers(query)

    def count_text(self, count: int) -> str:
        return self.tr("%Ln officer(s)", "", count)

    def editor(self, record_id: int | None) -> QDialog:
        from kerjasama_desk.ui.editors import OfficerEditor  # loaded when first needed

        return OfficerEditor(self.ops, self.languages, record_id, self)

    def delete_record(self, record_id: int) -> None:
        self.ops.delete_officer(record_id)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Officers"))
        self.handover_button.setText(self.tr("Hand over…"))
        self.handover_button.setToolTip(
            self.tr(
                "The officer leaves the post (mutasi): give every agreement and open commitment "
                "they hold to successors in one pass, and save the handover dossier"
            )
        )
