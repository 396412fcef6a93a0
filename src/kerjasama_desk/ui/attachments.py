"""The files kept with an agreement, inside its editor: add (button or drag and drop), open with
the system's viewer, save a copy, describe, remove. A file is kept the moment it is added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from kerjasama_desk import paths
from kerjasama_desk.domain.errors import AttachmentProblem, RecordNotFound
from kerjasama_desk.formatting import format_size, format_timestamp
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.record_box import RecordBox


class AttachmentsBox(RecordBox):
    WATCHED = frozenset({"attachments"})

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int | None,
        parent: QWidget | None = None,
        *,
        in_tab: bool = False,
    ) -> None:
        super().__init__(
            ops, languages, agreement_id, parent, columns=4, stretch=(0, 1), in_tab=in_tab
        )
        self.setAcceptDrops(True)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(170)
        self.add_button = QPushButton(theme.icon("plus"), "", self)
        self.open_button = QPushButton(theme.icon("folder-open"), "", self)
        self.copy_button = QPushButton(theme.icon("save"), "", self)
        self.describe_button = QPushButton(theme.icon("pencil"), "", self)
        self.remove_button = QPushButton(theme.icon("trash-2"), "", self)
        self.add_button.clicked.connect(self.add_files)
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button.clicked.connect(self.save_copy)
        self.describe_button.clicked.connect(self.describe_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.finish(
            (
                self.add_button,
                self.open_button,
                self.copy_button,
                self.describe_button,
                self.remove_button,
            )
        )

    # Showing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ops.closed:
            return
        found = self.ops.attachments.of(self.agreement_id) if self.agreement_id else []
        language = self.languages.language
        self.table.setRowCount(len(found))
        for row, attachment in enumerate(found):
            cells = (
                attachment.name,
                attachment.description,
                format_size(attachment.size, language),
                format_timestamp(attachment.created_at, language),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, attachment.id)
                if column == 0:
                    item.setToolTip(f"{attachment.name}\nSHA-256 {attachment.sha256}")
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.add_button.setEnabled(self.can_write())
        for button in (self.open_button, self.copy_button):
            button.setEnabled(chosen)
        for button in (self.describe_button, self.remove_button):
            button.setEnabled(chosen and not self.ops.read_only)

    # Acting ------------------------------------------------------------------------------------

    def add_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            str(Path.home()),
            self.tr(
                "Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt *.txt);;"
                "All files (*)"
            ),
        )
        self.attach([Path(name) for name in chosen])

    def attach(self, files: list[Path]) -> None:
        if not files or not self.can_write():
            return
        assert self.agreement_id is not None
        problems = []
        for path in files:
            try:
                self.ops.attach(self.agreement_id, path)
            except AttachmentProblem as problem:
                problems.append(problem.render(translate))
        if problems:
            QMessageBox.warning(self, self.tr("Not attached"), "\n\n".join(problems))

    def open_selected(self) -> None:
        attachment_id = self.current()
        if attachment_id is None:
            return
        try:
            # The viewer gets a read-only copy, never the stored file.
            copy = self.ops.attachments.copy_to_view(attachment_id, paths.cache_dir() / "opened")
        except (AttachmentProblem, RecordNotFound, OSError) as problem:
            self._problem(problem)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            QMessageBox.information(
                self,
                self.tr("Open"),
                self.tr(
                    "No program on this computer opens this kind of file. A copy is at:\n%1"
                ).replace("%1", str(copy)),
            )

    def save_copy(self) -> None:
        attachment_id = self.current()
        if attachment_id is None:
            return
        attachment = self.ops.attachments.get(attachment_id)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(Path.home() / attachment.name)
        )
        if not chosen:
            return
        try:
            self.ops.attachments.export_copy(attachment_id, Path(chosen))
        except (AttachmentProblem, OSError) as problem:
            self._problem(problem)

    def describe_selected(self) -> None:
        attachment_id = self.current()
        if attachment_id is None or self.ops.read_only:
            return
        attachment = self.ops.attachments.get(attachment_id)
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Describe the file"),
            self.tr("What is “%1”? (e.g. signed original, DPRD approval letter)").replace(
                "%1", attachment.name
            ),
            text=attachment.description,
        )
        if accepted:
            self.ops.describe_attachment(attachment_id, text)

    def remove_selected(self) -> None:
        attachment_id = self.current()
        if attachment_id is None or self.ops.read_only:
            return
        attachment = self.ops.attachments.get(attachment_id)
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr(
                "Remove “%1” from this agreement? The file stays in the data folder, so a backup "
                "that lists it can still show it."
            ).replace("%1", attachment.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ops.remove_attachment(attachment_id)

    def _problem(self, problem: Exception) -> None:
        text = problem.render(translate) if isinstance(problem, AttachmentProblem) else str(problem)
        QMessageBox.warning(self, self.tr("Attachment"), text)

    # Drag and drop -----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.can_write() and _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = _local_files(event)
        if files and self.can_write():
            event.acceptProposedAction()
            self.attach(files)

    # Language ----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.set_title(self.tr("Attached files"))
        if self.agreement_id is None:
            self.hint.setText(self.tr("Save the agreement first; then files can be attached."))
        else:
            self.hint.setText(
                self.tr(
                    "Signed originals, DPRD letters, ministry replies. Drop files here or use Add; "
                    "each is kept at once in the data folder, under its fingerprint (SHA-256)."
                )
            )
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Description"), self.tr("Size"), self.tr("Added")]
        )
        self.add_button.setText(self.tr("Add…"))
        self.open_button.setText(self.tr("Open"))
        self.copy_button.setText(self.tr("Save a copy…"))
        self.describe_button.setText(self.tr("Describe…"))
        self.remove_button.setText(self.tr("Remove"))
        self.refresh()


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in data.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).is_file()
    ]
