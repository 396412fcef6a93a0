"""Edit → Our government and the first steps of an empty register, through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kerjasama_desk.app import build_window
from kerjasama_desk.ui.our_government import EMBLEM_PIXELS, OurGovernmentDialog


@pytest.fixture
def empty_window(qtbot, service, languages):
    main = build_window(service, languages, languages._settings)
    main.resize(1366, 768)
    main.show()
    yield main
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def dialog(qtbot, empty_window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    opened = OurGovernmentDialog(empty_window.ops, empty_window.languages, empty_window)
    qtbot.addWidget(opened)
    opened.show()
    return opened


def test_our_government_without_a_name_is_refused_naming_the_field(dialog, qtbot, languages):
    languages.set_language("id")
    qtbot.keyClicks(dialog.head_name, "Agustina Wilujeng Pramestuti")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # Simpan
    assert dialog.isVisible()
    message = dialog.field_messages()["ours.name_id"]
    assert message.startswith("Nama daerah kita (bahasa Indonesia)") and "wajib" in message
    assert dialog.ops.service.our_government() is None
    languages.set_language("en")


def test_a_coat_of_arms_that_is_not_a_picture_is_refused(dialog, tmp_path):
    fake = tmp_path / "lambang.png"
    fake.write_bytes(b"%PDF-1.7\nnot a picture at all")
    assert not dialog.coat_of_arms.load(fake)
    dialog._picture_chosen()
    assert "not a picture" in dialog.field_messages()["ours.coat_of_arms"]
    assert dialog.coat_of_arms.picture is None


def test_our_government_is_saved_with_its_coat_of_arms_made_small(dialog, qtbot, tmp_path):
    picture = QImage(1600, 1200, QImage.Format.Format_RGB32)
    picture.fill(QColor(200, 30, 30))
    path = tmp_path / "lambang.jpg"
    assert picture.save(str(path))
    assert dialog.coat_of_arms.load(path)
    qtbot.keyClicks(dialog.name_id, "Semarang")
    qtbot.keyClicks(dialog.head_title_id, "Wali Kota Semarang")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    kept = dialog.ops.service.our_government()
    assert (kept.name_id, kept.name_en, kept.head_title_id) == (
        "Semarang",
        "Semarang",
        "Wali Kota Semarang",
    )
    stored = QImage.fromData(kept.coat_of_arms)
    assert max(stored.width(), stored.height()) == EMBLEM_PIXELS  # a PNG, made small


def test_an_empty_register_shows_first_steps_and_opens_our_government(
    empty_window, qtbot, monkeypatch
):
    page = empty_window.overview
    empty_window.show_view("overview")
    qtbot.waitUntil(lambda: page.board is not None)
    assert page.first_steps.isVisible()
    shown = []
    monkeypatch.setattr(OurGovernmentDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    empty_window.first_moments()  # the first start on this new register
    assert len(shown) == 1
    qtbot.mouseClick(page.first_steps.buttons["ours"], Qt.MouseButton.LeftButton)
    assert len(shown) == 2


def test_the_demo_register_has_our_government_and_no_first_steps(window, qtbot, monkeypatch):
    page = window.overview
    window.show_view("overview")
    qtbot.waitUntil(lambda: page.board is not None)
    assert not page.first_steps.isVisible()
    shown = []
    monkeypatch.setattr(OurGovernmentDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.first_moments()
    assert shown == []
    assert window.ops.service.our_government().head_title_en == "Mayor of Semarang"


def test_a_coat_of_arms_is_a_png_or_jpeg_of_at_most_5_mb(dialog, tmp_path):
    """Issue 15, bad input: a GIF (a picture Qt could read) and a PNG over 5 MB are refused
    with a message naming the field; the picture kept before stays."""
    picture = QImage(40, 40, QImage.Format.Format_RGB32)
    picture.fill(QColor(200, 30, 30))
    gif = tmp_path / "lambang.gif"
    gif.write_bytes(b"GIF89a" + b"\x00" * 64)
    assert not dialog.coat_of_arms.load(gif)
    dialog._picture_chosen()
    assert "PNG or JPEG" in dialog.field_messages()["ours.coat_of_arms"]
    huge = tmp_path / "lambang.png"
    assert picture.save(str(huge))
    with huge.open("ab") as handle:
        handle.write(b"\x00" * (5 * 2**20))  # a PNG padded past 5 MB
    assert not dialog.coat_of_arms.load(huge)
    dialog._picture_chosen()
    assert "larger than 5 MB" in dialog.field_messages()["ours.coat_of_arms"]
    assert dialog.coat_of_arms.picture is None
