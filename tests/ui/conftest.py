"""Fixtures of the GUI tests: the language manager and the main window on the demo story."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from kerjasama_desk.app import build_window, create_application
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.services.demo import seed_story


@pytest.fixture
def languages(qapp, tmp_path):
    create_application()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    manager = LanguageManager(settings)
    manager.set_language("en")
    yield manager
    manager.set_language("en")


@pytest.fixture
def window(qtbot, service, languages):
    seed_story(service)
    main = build_window(service, languages, languages._settings)
    main.resize(1366, 768)
    main.show()
    yield main
    # Destroy every widget before the register closes, so no leftover widget reacts to a
    # later test's language switch by querying a closed database.
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
