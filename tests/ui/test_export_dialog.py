"""Export from the app: the file is written on a worker thread, the dialog reports where, and a
path that cannot be written is explained, with nothing left behind."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from kerjasama_desk.services.exports import PdfOptions
from kerjasama_desk.ui.export_dialog import ExportDialog, suggested_name


@pytest.fixture
def mou(window):
    rows = window.ops.drafts.rows()
    draft_id = next(row.id for row in rows if row.title.startswith("MSP Semarang–Beihai 2008"))
    return window.ops.drafts.for_export(draft_id)


def test_export_writes_the_file_off_the_gui_thread_and_offers_to_open_it(
    window, mou, qtbot, tmp_path, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Close,
    )
    assembled, info = mou
    dialog = ExportDialog(
        assembled.document, PdfOptions(version=info.version, title=info.title), info.title, window
    )
    assert dialog.path.text().endswith(suggested_name(info.title, info.version, ".pdf"))
    target = tmp_path / "mou.pdf"
    dialog.path.setText(str(target))
    dialog.paper.setCurrentIndex(dialog.paper.findData("f4"))
    dialog.final.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export()
    dialog.wait()
    reader = PdfReader(str(target))
    assert round(float(reader.pages[0].mediabox.height)) == 935
    assert "KONSEP" not in reader.pages[0].extract_text()
    assert asked and asked[0].startswith(f"Saved {target}.")
    dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
    assert dialog.path.text() == str(tmp_path / "mou.docx")
    dialog.deleteLater()


def test_a_path_that_cannot_be_written_is_explained(window, mou, qtbot, tmp_path):
    assembled, info = mou
    dialog = ExportDialog(assembled.document, PdfOptions(), info.title, window)
    dialog.path.setText(str(tmp_path / "no" / "such" / "folder" / "mou.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: "could not be written" in dialog.status.text(), timeout=20_000)
    dialog.wait()
    assert "No such file or directory" in dialog.status.text()
    assert not (tmp_path / "no").exists()
    dialog.deleteLater()


def test_an_unexpected_error_in_the_worker_is_reported_not_waited_for(
    window, mou, qtbot, tmp_path, monkeypatch
):
    """Issue 12: the worker caught only OSError/ValueError; anything else left the dialog on
    "Writing…" for good. The message names the kind of error, never the document's text."""
    from kerjasama_desk.ui import export_dialog, print_preview

    def explode(*_args, **_kwargs):
        raise RuntimeError("Pasal 13 text that must not be shown")

    monkeypatch.setattr(export_dialog, "export_document", explode)
    assembled, info = mou
    dialog = ExportDialog(assembled.document, PdfOptions(), info.title, window)
    dialog.path.setText(str(tmp_path / "mou.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: "could not be made" in dialog.status.text(), timeout=20_000)
    dialog.wait()
    assert "RuntimeError" in dialog.status.text() and "Pasal 13" not in dialog.status.text()
    assert dialog.buttons.isEnabled() and not (tmp_path / "mou.pdf").exists()
    dialog.deleteLater()

    monkeypatch.setattr(print_preview, "pdf_bytes", explode)
    preview = print_preview.PrintPreview(assembled.document, PdfOptions(), window)
    qtbot.waitUntil(lambda: "could not be made" in preview.status.text(), timeout=20_000)
    preview.done(0)
    assert not preview.print_button.isEnabled()
    preview.deleteLater()


def test_final_is_refused_while_a_gap_or_an_error_remains(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    rows = window.ops.drafts.rows()
    ulsan = next(row.id for row in rows if "Ulsan" in row.title)
    refusals = window.ops.drafts.signing_refusals(ulsan)
    assert refusals  # the Ulsan draft is in progress: gaps remain
    assembled, info = window.ops.drafts.for_export(ulsan)
    dialog = ExportDialog(
        assembled.document,
        PdfOptions(version=info.version, title=info.title),
        info.title,
        window,
        refusals=refusals,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "ulsan-final.pdf"
    dialog.path.setText(str(target))
    dialog.final.setFocus()
    qtbot.keyClick(dialog.final, Qt.Key.Key_Space)  # tick "Final"
    assert not dialog.final.isChecked()
    assert dialog.status.text().startswith("A signing copy cannot be made while these remain")
    assert "is not answered yet" in dialog.status.text()
    assert not target.exists()


def test_the_partners_original_of_an_alternat_names_it_first_and_is_numbered(
    window, mou, qtbot, tmp_path, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Close)
    assembled, info = mou
    rows = window.ops.drafts.rows()
    draft_id = next(row.id for row in rows if row.title.startswith("MSP Semarang–Beihai 2008"))
    partner = window.ops.drafts.for_export(draft_id, partner_first=True)[0].document
    dialog = ExportDialog(
        assembled.document,
        PdfOptions(),
        info.title,
        window,
        originals=window.ops.drafts.originals(draft_id),
        partner_document=partner,
    )
    assert not dialog.original.isEnabled()  # numbering is for a signing copy
    dialog.final.setChecked(True)
    assert [dialog.original.itemText(i) for i in range(3)] == [
        "Not numbered",
        "Original 1 of 2",
        "Original 2 of 2",
    ]
    dialog.original.setCurrentIndex(2)
    dialog.alternat.setChecked(True)
    assert dialog.chosen_document() is partner and dialog.options().original == (2, 2)
    target = tmp_path / "theirs.pdf"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export()
    dialog.wait()
    first = " ".join(PdfReader(str(target)).pages[0].extract_text().split())
    assert "Original 2 of 2" in first and first.index("BEIHAI") < first.index("SEMARANG")
    dialog.original.setCurrentIndex(1)
    assert dialog.chosen_document() is assembled.document
    dialog.deleteLater()
