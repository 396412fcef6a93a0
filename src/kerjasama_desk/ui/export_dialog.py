"""Exporting a draft to PDF or DOCX: choices (format, layout, paper, final), then the file is
written on a worker thread with a progress bar, the window staying responsive; when it is done
the officer can open it (and print it) in the system's viewer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.errors import AttachmentProblem, ValidationFailed
from kerjasama_desk.domain.gates import GateItem
from kerjasama_desk.formatting import format_date, format_timestamp
from kerjasama_desk.i18n import translate, ui_language
from kerjasama_desk.services.drafts import Document, Finding, Severity
from kerjasama_desk.services.exports import PdfOptions, export_document
from kerjasama_desk.services.exports import file_name as suggested_name
from kerjasama_desk.ui.help import HelpButton
from kerjasama_desk.ui.operations import Operations


class _Worker(QObject):
    progress = Signal(int)
    finished = Signal(list)  # characters no font could draw
    failed = Signal(str)  # the file could not be written: why
    broken = Signal(str)  # the document could not be made: the kind of error (no document text)

    def __init__(self, document: Document, path: Path, options: PdfOptions) -> None:
        super().__init__()
        self.document = document
        self.path = path
        self.options = options

    def run(self) -> None:
        options = PdfOptions(**{**self.options.__dict__, "progress": self._progress})
        try:
            missing = export_document(self.document, self.path, options)
        except (OSError, ValueError) as error:
            self.failed.emit(getattr(error, "strerror", None) or str(error))
            return
        except Exception as error:  # noqa: BLE001 - unreported, the dialog would wait forever
            self.broken.emit(type(error).__name__)
            return
        self.finished.emit(missing)

    def _progress(self, fraction: float) -> None:
        self.progress.emit(int(fraction * 100))


def refuse_final(final: QCheckBox, status: QLabel, refusals: Sequence[Finding]) -> bool:
    """A signing copy (Final) is not offered while an error finding or a gap remains: the box is
    unticked again and ``status`` lists what must be answered first. True when it refused."""
    if not final.isChecked() or not refusals:
        return False
    final.blockSignals(True)
    final.setChecked(False)
    final.blockSignals(False)
    language = ui_language()
    status.setText(
        translate(
            "ExportDialog",
            "A signing copy cannot be made while these remain; it stays a draft with the "
            "KONSEP / DRAFT mark:",
        )
        + "\n"
        + "\n".join(f"• {finding.message(language, translate)}" for finding in refusals)
    )
    return True


class ExportDialog(QDialog):
    """Export one assembled document; ``options`` carries its title, author, version."""

    exported = Signal(str)
    signed_pdf = Signal(str)  # a signing copy written as PDF: its path

    def __init__(
        self,
        document: Document,
        options: PdfOptions,
        title: str,
        parent: QWidget | None = None,
        *,
        refusals: Sequence[Finding] = (),
        originals: int = 0,
        partner_document: Document | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("help_section", "exports")  # F1 opens the guide there
        self.refusals = list(refusals)  # what stops a signing copy (none: it may be made)
        self.document = document
        self.base_options = options
        self.title_text = title
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self.format = QComboBox(self)
        self.format.addItem("PDF", ".pdf")
        self.format.addItem("Word (DOCX)", ".docx")
        self.layout_choice = QComboBox(self)
        self.layout_choice.addItem("", "parallel")
        self.layout_choice.addItem("", "sequential")
        self.paper = QComboBox(self)
        for code, label in (
            ("a4", "A4 (210 × 297 mm)"),
            ("f4", "F4 / Folio (215 × 330 mm)"),
            ("letter", "Letter (216 × 279 mm)"),
        ):
            self.paper.addItem(label, code)
        self.final = QCheckBox(self)
        # A signing copy may say which original it is; with two originals, an alternat gives
        # the partner its own original naming it first (the partner_document).
        self.partner_document = partner_document
        self.original = QComboBox(self)
        self.original.addItem("", 0)
        for number in range(1, originals + 1):
            self.original.addItem("", number)
        self.alternat = QCheckBox(self)
        self.alternat.setVisible(originals == 2 and partner_document is not None)
        self.original_label = QLabel(self)
        self.path = QLineEdit(self)
        self.browse = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.addButton(HelpButton(self, "exports"), QDialogButtonBox.ButtonRole.HelpRole)
        self.format_label, self.layout_label, self.paper_label, self.path_label = (
            QLabel(self) for _ in range(4)
        )
        form = QFormLayout()
        form.addRow(self.format_label, self.format)
        form.addRow(self.layout_label, self.layout_choice)
        form.addRow(self.paper_label, self.paper)
        form.addRow(self.final)
        form.addRow(self.original_label, self.original)
        form.addRow(self.alternat)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form.addRow(self.path_label, where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        self.path.setText(str(Path(folder) / suggested_name(title, options.version, ".pdf")))
        self.format.currentIndexChanged.connect(self._format_changed)
        self.final.toggled.connect(lambda: refuse_final(self.final, self.status, self.refusals))
        self.final.toggled.connect(self._final_changed)
        self._final_changed()
        self.browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self.resize(640, 300)

    def _final_changed(self) -> None:
        """Originals are numbered on a signing copy only."""
        final = self.final.isChecked()
        self.original.setEnabled(final and self.original.count() > 1)
        self.alternat.setEnabled(final)
        self.original_label.setEnabled(final)

    def chosen_document(self) -> Document:
        """The partner's original of an alternat names the partner first; else the document."""
        partner_original = self.alternat.isChecked() and self.original.currentData() == 2
        if self.final.isChecked() and partner_original and self.partner_document is not None:
            return self.partner_document
        return self.document

    def _format_changed(self) -> None:
        suffix = str(self.format.currentData())
        current = Path(self.path.text())
        self.path.setText(str(current.with_suffix(suffix)))
        self.layout_choice.setEnabled(True)

    def _browse(self) -> None:
        suffix = str(self.format.currentData())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"{self.format.currentText()} (*{suffix})"
        )
        if chosen:
            self.path.setText(str(Path(chosen).with_suffix(suffix)))

    def options(self) -> PdfOptions:
        return PdfOptions(
            **{
                **self.base_options.__dict__,
                "layout": str(self.layout_choice.currentData()),
                "paper": str(self.paper.currentData()),
                "final": self.final.isChecked(),
                "original": (
                    (int(self.original.currentData()), self.original.count() - 1)
                    if self.final.isChecked() and self.original.currentData()
                    else None
                ),
                "progress": None,
            }
        )

    def export(self) -> None:
        """Starts writing the file on a worker thread."""
        path = Path(self.path.text()).expanduser()
        if refuse_final(self.final, self.status, self.refusals):
            return
        if not self.path.text().strip():
            self.status.setText(self.tr("Choose where to save the file."))
            return
        self.buttons.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))
        self._thread = QThread(self)
        self._worker = _Worker(self.chosen_document(), path, self.options())
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress.setValue)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)
        # Straight from the worker's thread (QThread.quit is thread-safe): queued to the GUI
        # thread, a wait() right after the result could block before the quit is delivered.
        self._worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._worker.failed.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._worker.broken.connect(self._broken)
        self._worker.broken.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.start()

    def _done(self, missing: list[str]) -> None:
        path = Path(self.path.text()).expanduser()
        self.buttons.setEnabled(True)
        self.progress.hide()
        text = self.tr("Saved %1.").replace("%1", str(path))
        if missing:
            text += " " + self.tr(
                "No bundled font has these characters, so the PDF leaves them out: %1"
            ).replace("%1", " ".join(missing))
        self.status.setText(text)
        self.exported.emit(str(path))
        if self.final.isChecked() and path.suffix.lower() == ".pdf":
            self.signed_pdf.emit(str(path))
        answer = QMessageBox.question(
            self,
            self.tr("Exported"),
            text + "\n\n" + self.tr("Open it now (to read or print)?"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, reason: str) -> None:
        self.buttons.setEnabled(True)
        self.progress.hide()
        self.status.setText(
            self.tr("The file could not be written: %1. Choose another place or name.").replace(
                "%1", reason
            )
        )

    def _broken(self, kind: str) -> None:
        self.buttons.setEnabled(True)
        self.progress.hide()
        self.status.setText(
            self.tr(
                "The document could not be made (%1); nothing was written. Save the draft and "
                "report this with it."
            ).replace("%1", kind)
        )

    def wait(self) -> None:
        """Waits for a running export (tests, closing)."""
        if self._thread is not None:
            self._thread.wait()

    def done(self, result: int) -> None:  # noqa: D102 - closing waits for a running export
        self.wait()
        super().done(result)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export %1").replace("%1", self.title_text))
        self.format_label.setText(self.tr("Format"))
        self.layout_label.setText(self.tr("Layout"))
        self.layout_choice.setItemText(0, self.tr("Languages side by side"))
        self.layout_choice.setItemText(1, self.tr("One language after another"))
        self.paper_label.setText(self.tr("Paper"))
        self.final.setText(self.tr("Final text (no KONSEP / DRAFT watermark)"))
        self.original_label.setText(self.tr("Original"))
        self.original.setItemText(0, self.tr("Not numbered"))
        total = self.original.count() - 1
        for index in range(1, self.original.count()):
            self.original.setItemText(
                index,
                self.tr("Original %1 of %2").replace("%1", str(index)).replace("%2", str(total)),
            )
        self.alternat.setText(
            self.tr("Alternat: original 2 is the partner's and names the partner first")
        )
        self.path_label.setText(self.tr("File"))
        self.browse.setText(self.tr("Choose…"))


def printable(ops: Operations, draft_id: int, language: str) -> tuple[Document, PdfOptions, str]:
    """The draft's latest saved version, the options that print its details (version, time,
    author), and its title."""
    assembled, info = ops.drafts.for_export(draft_id)
    title = ops.drafts.title_of(draft_id, language)  # and the file name made from it
    options = PdfOptions(
        version=info.version,
        saved_at=format_timestamp(info.saved_at, language),
        title=title,
        author=info.author,
        subject=assembled.template.name.get("en", assembled.template.id),
    )
    return assembled.document, options, title


def export_draft(parent: QWidget, ops: Operations, draft_id: int, language: str) -> None:
    """Opens the export dialog for the draft's latest saved version. A letter is refused while
    there is no letterhead (docs/letters.md); a signed letter of the pipeline, once written,
    may fill its checklist item."""
    document, options, title = printable(ops, draft_id, language)
    if refuse_without_letterhead(parent, document):
        return
    dialog = ExportDialog(
        document,
        options,
        title,
        parent,
        refusals=ops.drafts.signing_refusals(draft_id),
        originals=ops.drafts.originals(draft_id),
        partner_document=ops.drafts.for_export(draft_id, partner_first=True)[0].document,
    )
    gate = ops.drafts.letter_gate(draft_id)
    if gate is not None:
        dialog.signed_pdf.connect(lambda path: offer_to_record(dialog, ops, draft_id, gate, path))
    dialog.exec()


def refuse_without_letterhead(parent: QWidget, document: Document) -> bool:
    """A letter is never printed under a blank kop: while our government's letterhead is not
    set up, or its coat of arms cannot be read, say where to set it up (docs/letters.md).
    True when refused."""
    if not document.is_letter:
        return False
    if document.letterhead is None:
        text = Finding("letterhead_missing", Severity.ERROR, None).message(ui_language(), translate)
    elif QImage.fromData(document.letterhead.emblem).isNull():
        text = translate(
            "ExportDialog",
            "The coat of arms kept in the register cannot be read as a picture. Choose it "
            "again in Edit → Our government.",
        )
    else:
        return False
    QMessageBox.warning(parent, translate("ExportDialog", "No letterhead"), text)
    return True


def offer_to_record(
    parent: QWidget, ops: Operations, draft_id: int, gate: GateItem, path: str
) -> bool:
    """After a letter of the pipeline is written as a signing copy: the officer confirms its
    number from the agenda book, and its number, date and PDF fill the checklist item. True
    when recorded."""
    values = ops.drafts.answers(draft_id).values
    language = ui_language()
    number = str(values.get("letter_number") or "")
    dated = values.get("letter_date")
    answer = QMessageBox.question(
        parent,
        translate("ExportDialog", "Record in the checklist"),
        translate(
            "ExportDialog",
            "Record letter number %1 of %2 in the checklist item “%3”, and keep this PDF with "
            "the agreement? Check the number against the agenda book first.",
        )
        .replace("%1", number)
        .replace("%2", format_date(date.fromisoformat(dated), language) if dated else "")
        .replace("%3", gate.label.in_language(language)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        ops.record_letter(draft_id, Path(path))
    except (ValueError, ValidationFailed, AttachmentProblem) as error:
        reason = (
            "\n".join(e.render(translate) for e in error.errors)
            if isinstance(error, ValidationFailed)
            else str(error)
        )
        QMessageBox.warning(parent, translate("ExportDialog", "Record in the checklist"), reason)
        return False
    return True
