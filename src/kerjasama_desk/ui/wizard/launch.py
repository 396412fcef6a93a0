"""Opening the wizard on a new draft, a saved one or an autosave."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QInputDialog,
    QMessageBox,
    QWidget,
)

from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.wizard.dialog import DraftWizard


def open_draft(
    parent: QWidget,
    ops: Operations,
    languages: LanguageManager,
    *,
    draft_id: int | None = None,
    partner_id: int | None = None,
    agreement_id: int | None = None,
    template_id: str | None = None,
    trip_id: int | None = None,
) -> None:
    """Opens the wizard: a saved draft; else an agreement's latest draft, or a new one from the
    template for its kind; else a new draft for the partner from a template the officer picks.
    Nothing on a read-only register: the wizard saves and autosaves into it."""
    if ops.read_only:
        return
    drafts = ops.drafts
    if draft_id is None and agreement_id is not None and template_id is None:
        draft_id = drafts.latest_draft_of(agreement_id)  # its own text
        if draft_id is None and template_id is None:
            template_id = drafts.template_for(ops.service.agreement(agreement_id).kind.value)
            if template_id is None:
                QMessageBox.information(
                    parent,
                    QCoreApplication.translate("DraftWizard", "No template"),
                    QCoreApplication.translate(
                        "DraftWizard",
                        "There is no template for this kind of agreement yet. "
                        "Templates exist for Letters of Intent and Memoranda of Understanding.",
                    ),
                )
                return
    if draft_id is None and template_id is None:
        ordered = drafts.templates_in_order()
        names = {ops.drafts.template_name(t.id, languages.language): t.id for t in ordered}
        suggested = drafts.next_template(partner_id)
        chosen, accepted = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("DraftWizard", "New draft"),
            QCoreApplication.translate("DraftWizard", "Which document?"),
            list(names),
            next((n for n, t in enumerate(ordered) if t.id == suggested), 0),
            False,
        )
        if not accepted:
            return
        template_id = names[chosen]
    DraftWizard(
        ops,
        languages,
        draft_id=draft_id,
        template_id=template_id,
        partner_id=partner_id,
        agreement_id=agreement_id,
        trip_id=trip_id,
        parent=parent,
    ).exec()


def open_document_for(
    parent: QWidget, ops: Operations, languages: LanguageManager, agreement_id: int
) -> None:
    """A new document for an agreement, of a template the officer picks: agreed minutes of its
    Joint Working Group, an addendum, a notice that ends it, its implementing arrangement…; the
    draft starts from the agreement's own text and stays linked to it."""
    if ops.read_only:
        return
    ordered = ops.drafts.templates_in_order()
    names = {ops.drafts.template_name(t.id, languages.language): t.id for t in ordered}
    chosen, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("DraftWizard", "New document for this agreement"),
        QCoreApplication.translate("DraftWizard", "Which document?"),
        list(names),
        0,
        False,
    )
    if accepted:
        open_draft(parent, ops, languages, agreement_id=agreement_id, template_id=names[chosen])
