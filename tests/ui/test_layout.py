"""The main window on the laptops our offices have (1280×720, 1366×768), in both languages: no
list page scrolls sideways and no column heading is clipped (tests/tools/screenshots.py shows
the same screens as pictures)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

SIZES = [(1280, 720), (1366, 768)]
TASK_BAR = 48


def clipped_headings(view: QTableView) -> list[str]:
    header: QHeaderView = view.horizontalHeader()
    model = view.model()
    metrics = header.fontMetrics()
    clipped = []
    for section in range(header.count()):
        heading = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if heading and header.sectionSize(section) < metrics.horizontalAdvance(heading) + 12:
            clipped.append(heading)
    return clipped


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_list_pages_fit_the_screen_with_every_heading_readable(window, qtbot, language, size):
    window.languages.set_language(language)
    window.resize(size[0], size[1] - TASK_BAR)
    for name in ("partners", "agreements", "officers"):
        window.show_view(name)
        page = window.pages[name]
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0)
        QApplication.processEvents()
        view = page.view
        assert view.horizontalScrollBar().maximum() == 0, (name, language, size)
        assert clipped_headings(view) == [], (name, language, size)
    window.show_view("overview")
    page = window.overview
    qtbot.waitUntil(lambda: page.board is not None)
    QApplication.processEvents()
    assert clipped_headings(page.dormant) == [], (language, size)
    window.languages.set_language("en")
