"""One registry of retranslation (as Frescobaldi's ``app.translateUI``): a widget registers once
and its ``retranslate_ui()`` runs on every language change for as long as it lives.

The registry also holds the one guard every view needs: a widget whose register is closed is
left as it is, since retranslating reads from the register (a view doing so in the middle of
reopening a register was a segfault).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class Retranslatable(Protocol):
    def retranslate_ui(self) -> None: ...


class RegisterState(Protocol):
    @property
    def closed(self) -> bool: ...


class _Retranslator(QObject):
    """Watches its parent widget for QEvent.LanguageChange; dies with it."""

    def __init__(self, widget: QWidget, register: RegisterState | None) -> None:
        super().__init__(widget)
        self._register = register
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and not (
            self._register is not None and self._register.closed
        ):
            retranslate = getattr(watched, "retranslate_ui", None)
            if retranslate is not None:
                retranslate()
        return False


def translate_ui(
    widget: QWidget, register: RegisterState | None = None, *, now: bool = True
) -> None:
    """Retranslates ``widget`` now (unless ``now`` is false: a base class whose subclass has not
    built its widgets yet) and on every language change while ``register`` (an Operations) is
    open."""
    _Retranslator(widget, register)
    if now:
        widget.retranslate_ui()  # type: ignore[attr-defined]
