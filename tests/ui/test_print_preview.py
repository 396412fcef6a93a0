"""The printed pages inside the app, and printing them (here to a PDF printer)."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from kerjasama_desk.services.exports import PdfOptions, page_count
from kerjasama_desk.ui.print_preview import PrintPreview


def test_preview_shows_every_page_and_prints_them(window, qtbot, tmp_path):
    rows = window.ops.drafts.rows()
    draft_id = next(row.id for row in rows if row.title.startswith("MSP Semarang–Beihai 2008"))
    assembled, info = window.ops.drafts.for_export(draft_id)
    preview = PrintPreview(assembled.document, PdfOptions(version=info.version), window)
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=20_000)
    pages = page_count(preview.data)
    assert preview.pages_layout.count() == pages and pages >= 3
    assert preview.status.text() == f"{pages} pages"
    first = preview.pages_layout.itemAt(0).widget().pixmap()
    assert abs(first.width() - 595) <= 1 and abs(first.height() - 842) <= 1  # A4 at 72 dpi
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        preview.paper.setCurrentIndex(preview.paper.findData("f4"))
    assert abs(preview.pages_layout.itemAt(0).widget().pixmap().height() - 935) <= 1
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_document(printer)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == page_count(preview.data)
    preview.done(0)
    preview.deleteLater()


def test_the_print_button_prints_through_the_printer_dialog(window, qtbot, tmp_path, monkeypatch):
    """The button's clicked(bool) reached print_document as its printer (False) and failed with
    a TypeError on every click (issue 13); the test clicks the real button."""
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    target = tmp_path / "clicked.pdf"

    def choose_pdf_printer(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_printer)
    rows = window.ops.drafts.rows()
    draft_id = next(row.id for row in rows if row.title.startswith("MSP Semarang–Beihai 2008"))
    assembled, info = window.ops.drafts.for_export(draft_id)
    preview = PrintPreview(assembled.document, PdfOptions(version=info.version), window)
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(str(target)).pages) == page_count(preview.data)
    preview.done(0)
    preview.deleteLater()
