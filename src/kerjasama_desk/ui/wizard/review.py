"""The wizard's last page: the drafting checks' findings, each a way back to the question that
fixes it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.i18n import translate
from kerjasama_desk.services.drafts import Finding, Severity
from kerjasama_desk.ui import theme


class ReviewPage(QWidget):
    jump = Signal(str)  # the question id of an activated finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setProperty("role", "page-title")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.findings = QListWidget(self)
        self.findings.setWordWrap(True)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.findings, 1)
        self.findings.itemActivated.connect(
            lambda item: self.jump.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        )

    def show_findings(self, findings: list[Finding], language: str) -> None:
        self.findings.clear()
        for finding in findings:
            error = finding.severity is Severity.ERROR
            item = QListWidgetItem(
                theme.icon("circle-x" if error else "triangle-alert"),
                finding.message(language, translate),
                self.findings,
            )
            item.setToolTip(self.tr("To fix before signing") if error else self.tr("To look at"))
            item.setData(Qt.ItemDataRole.UserRole, finding.question)
        errors = sum(f.severity is Severity.ERROR for f in findings)
        warnings = len(findings) - errors
        if findings:
            self.hint.setText(
                self.tr(
                    "%1 to fix and %2 to look at. Double-click a finding to go to its question."
                )
                .replace("%1", str(errors))
                .replace("%2", str(warnings))
            )
        else:
            self.hint.setText(self.tr("The checks found nothing to fix."))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Review and checks"))
