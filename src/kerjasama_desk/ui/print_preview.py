"""The printed document inside the app: its PDF pages drawn (PDFium) one under another, with
paper, layout and final choices, and Print (each page drawn at the printer's resolution)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRect, Qt, QThread, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.services.drafts import Document, Finding
from kerjasama_desk.services.exports import PageImage, PdfOptions, page_images, pdf_bytes
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.operations import Operations

PREVIEW_DPI = 72.0


def to_image(page: PageImage) -> QImage:
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888)
    return image.copy()  # owns its pixels after the bytes go


class _Builder(QObject):
    """Writes the PDF and draws its pages, off the GUI thread."""

    built = Signal(bytes, list)
    broken = Signal(str)  # the kind of error (never the document's text)

    def __init__(self, document: Document, options: PdfOptions) -> None:
        super().__init__()
        self.document = document
        self.options = options

    def run(self) -> None:
        try:
            data = pdf_bytes(self.document, self.options)
            images = page_images(data, PREVIEW_DPI)
        except Exception as error:  # noqa: BLE001 - unreported, the preview would wait forever
            self.broken.emit(type(error).__name__)
            return
        self.built.emit(data, images)


class PrintPreview(QDialog):
    """Preview of the document as it prints, and Print."""

    ready = Signal()

    def __init__(
        self,
        document: Document,
        options: PdfOptions,
        parent: QWidget | None = None,
        *,
        refusals: Sequence[Finding] = (),
    ) -> None:
        super().__init__(parent)
        self.setProperty("help_section", "exports")  # F1 opens the guide there
        self.refusals = list(refusals)  # what stops a signing copy (ui/export_dialog.py)
        self.document = document
        self.base_options = options
        self.data = b""
        self._thread: QThread | None = None
        self._builder: _Builder | None = None
        self.layout_choice = QComboBox(self)
        self.layout_choice.addItem("", "parallel")
        self.layout_choice.addItem("", "sequential")
        self.paper = QComboBox(self)
        for code, label in (("a4", "A4"), ("f4", "F4 / Folio"), ("letter", "Letter")):
            self.paper.addItem(label, code)
        self.final = QCheckBox(self)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        self.print_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        scroll = QScrollArea(self)
        scroll.setWidget(self.pages)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        top = QHBoxLayout()
        top.addWidget(self.layout_choice)
        top.addWidget(self.paper)
        top.addWidget(self.final)
        top.addStretch(1)
        top.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.layout_choice.currentIndexChanged.connect(self.rebuild)
        self.paper.currentIndexChanged.connect(self.rebuild)
        self.final.toggled.connect(self._final_toggled)
        # clicked(bool) must not reach print_document as its printer
        self.print_button.clicked.connect(lambda: self.print_document())
        self.close_button.clicked.connect(self.accept)
        self.retranslate_ui()
        self.resize(900, 720)
        self.rebuild()

    def options(self) -> PdfOptions:
        return PdfOptions(
            **{
                **self.base_options.__dict__,
                "layout": str(self.layout_choice.currentData()),
                "paper": str(self.paper.currentData()),
                "final": self.final.isChecked(),
                "progress": None,
            }
        )

    def _final_toggled(self) -> None:
        from kerjasama_desk.ui.export_dialog import refuse_final  # loaded with this dialog

        if not refuse_final(self.final, self.status, self.refusals):
            self.rebuild()

    def rebuild(self) -> None:
        """Writes the PDF again with the current choices (on a worker thread)."""
        self.wait()
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the pages…"))
        self._thread = QThread(self)
        self._builder = _Builder(self.document, self.options())
        self._builder.moveToThread(self._thread)
        self._thread.started.connect(self._builder.run)
        self._builder.built.connect(self._show)
        self._builder.built.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._builder.broken.connect(self._broken)
        self._builder.broken.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.start()

    def _broken(self, kind: str) -> None:
        self.status.setText(
            self.tr(
                "The pages could not be made (%1). Save the draft and report this with it."
            ).replace("%1", kind)
        )

    def _show(self, data: bytes, images: list[PageImage]) -> None:
        self.data = data
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for image in images:
            label = QLabel(self.pages)
            pixmap = QPixmap.fromImage(to_image(image))
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())  # whole pages; the area scrolls
            label.setStyleSheet(f"border: 1px solid {theme.PAPER_EDGE}; background: {theme.PAPER};")
            self.pages_layout.addWidget(label)
            label.show()
        self.pages_layout.activate()
        self.pages.adjustSize()  # as tall as all the pages: the area scrolls
        self.status.setText(self.tr("%n page(s)", "", len(images)))
        self.print_button.setEnabled(True)
        self.ready.emit()

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Prints every page at the printer's resolution; asks for the printer unless one is
        given. Returns whether anything was printed."""
        if not self.data:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return False
        try:
            dpi = float(min(printer.resolution(), 300))
            images = page_images(self.data, dpi)
            for number, page in enumerate(images):
                if number:
                    printer.newPage()
                target: QRect = painter.viewport()
                image = to_image(page)
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.x(), target.y(), size.width(), size.height()), image)
        finally:
            painter.end()
        return True

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def done(self, result: int) -> None:  # noqa: D102 - closing waits for a running build
        self.wait()
        super().done(result)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print preview"))
        self.layout_choice.setItemText(0, self.tr("Languages side by side"))
        self.layout_choice.setItemText(1, self.tr("One language after another"))
        self.final.setText(self.tr("Final text (no KONSEP / DRAFT watermark)"))
        self.print_button.setText(self.tr("Print…"))
        self.close_button.setText(self.tr("Close"))


def preview_draft(parent: QWidget, ops: Operations, draft_id: int, language: str) -> None:
    """Opens the print preview of the draft's latest saved version."""
    # loaded on first use: the window shows sooner (README, Benchmarks)
    from kerjasama_desk.ui.export_dialog import printable, refuse_without_letterhead

    document, options, _title = printable(ops, draft_id, language)
    if refuse_without_letterhead(parent, document):
        return
    PrintPreview(document, options, parent, refusals=ops.drafts.signing_refusals(draft_id)).exec()
