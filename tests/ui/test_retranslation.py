"""One retranslation registry: widgets register once, are retranslated on every language change
while they live, never while their register is closed; no widget keeps its own changeEvent."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from kerjasama_desk.ui.retranslation import translate_ui

UI = Path(__file__).resolve().parents[2] / "src" / "kerjasama_desk" / "ui"


class _Register:
    closed = False


class _Widget(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def retranslate_ui(self) -> None:
        self.calls += 1


def _language_change(widget: QWidget) -> None:
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def test_a_registered_widget_follows_each_language_change_but_not_on_a_closed_register(qapp):
    register = _Register()
    widget = _Widget()
    translate_ui(widget, register)
    assert widget.calls == 1  # at once
    _language_change(widget)
    _language_change(widget)
    assert widget.calls == 3
    register.closed = True
    _language_change(widget)
    assert widget.calls == 3
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_a_base_class_registers_without_translating_a_half_built_widget(qapp):
    widget = _Widget()
    translate_ui(widget, now=False)
    assert widget.calls == 0
    _language_change(widget)
    assert widget.calls == 1


def test_no_widget_keeps_its_own_language_change_handler():
    offenders = [
        path.name
        for path in sorted(UI.rglob("*.py"))
        if "def changeEvent" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
