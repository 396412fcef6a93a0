"""Translation memory as a completer: passages completed before, offered in a popup under an
Indonesian box while the officer types, applied to the Indonesian and English boxes together.

The popup floats over the form and never moves it. It opens as the officer types (only while
the English box is still empty) or on demand (Ctrl+Space or Down in the Indonesian box). Enter
or a click on a suggestion applies it, Escape or a click anywhere else closes it. A click that
lands on the popup in the first moments after it appeared or changed is ignored: it was aimed at
what lay under it. English the officer typed is never replaced without asking."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCompleter,
    QLineEdit,
    QListView,
    QMessageBox,
    QWidget,
)

from kerjasama_desk.services.drafts import Suggestion

GUARD_MS = 400  # a click this soon after the popup changed was aimed at what it covers


class MemoryCompleter(QObject):
    """Offers remembered passages for ``indonesian`` and applies one to both boxes."""

    def __init__(
        self,
        indonesian: QLineEdit,
        english: QLineEdit,
        suggest: Callable[[str], Sequence[Suggestion]],
    ) -> None:
        super().__init__(indonesian)
        self.indonesian = indonesian
        self.english = english
        self.suggest = suggest
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        # Attached with setWidget, not QLineEdit.setCompleter: the line edit would then write the
        # chosen row's display text into itself, and only into itself.
        self.completer.setWidget(indonesian)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(6)
        self.popup = popup = QListView()
        self.completer.setPopup(popup)  # the completer owns it from here
        popup.setObjectName("memory")
        popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        popup.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        popup.viewport().installEventFilter(self)
        self.completer.activated.connect(self.apply)  # the displayed text of the row chosen
        self._shown = QElapsedTimer()
        self._pairs: dict[str, tuple[str, str]] = {}
        indonesian.textEdited.connect(self._typed)
        indonesian.installEventFilter(self)
        english.textEdited.connect(lambda _text: self.close())

    def is_open(self) -> bool:
        return self.popup.isVisible()

    def close(self) -> None:
        self.popup.hide()
        self._watch_clicks(False)

    def _watch_clicks(self, watching: bool) -> None:
        """While the list is open, a press anywhere else closes it: Qt's popup does so for
        presses its window system reports, this also for those sent straight to a widget."""
        app = QApplication.instance()
        if app is None:
            return
        if watching:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def offer(self, *, asked: bool = False) -> bool:
        """Shows the passages like the Indonesian typed so far; True when there are some. As the
        officer types, nothing is offered once the English has been filled in."""
        if not asked and self.english.text().strip():
            self.close()
            return False
        found = self.suggest(self.indonesian.text())
        self.model.clear()
        self._pairs.clear()
        for suggestion in found:
            shown = f"{suggestion.indonesian}  →  {suggestion.english}"
            self._pairs[shown] = (suggestion.indonesian, suggestion.english)
            item = QStandardItem(shown)
            item.setToolTip(f"{suggestion.indonesian}\n{suggestion.english}")
            item.setEditable(False)
            self.model.appendRow(item)
        if not found:
            self.close()
            return False
        self._shown.start()
        self.completer.complete(self._popup_rect())
        self._watch_clicks(True)
        if asked:
            self.popup.setCurrentIndex(self.popup.model().index(0, 0))
        return True

    def _popup_rect(self) -> QRect:
        """Under the Indonesian box, as wide as the two boxes together."""
        left = self.indonesian.mapToGlobal(self.indonesian.rect().topLeft())
        right = self.english.mapToGlobal(self.english.rect().topRight())
        width = max(right.x() - left.x(), self.indonesian.width())
        return QRect(0, 0, width, self.indonesian.height())

    def _typed(self, _text: str) -> None:
        self.offer()

    def apply(self, shown: str) -> None:
        pair = self._pairs.get(shown)
        if pair is None:
            return
        indonesian, english = pair
        typed = self.english.text().strip()
        if typed and typed != english and not self._may_replace(typed, english):
            return
        self.indonesian.setText(indonesian)
        self.english.setText(english)
        self.close()
        self.indonesian.setFocus(Qt.FocusReason.OtherFocusReason)

    def _may_replace(self, typed: str, english: str) -> bool:
        answer = QMessageBox.question(
            self.indonesian.window(),
            self.tr("Replace the English?"),
            self.tr("Replace the English you typed:\n\n%1\n\nwith the remembered text:\n\n%2")
            .replace("%1", typed)
            .replace("%2", english),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.MouseButtonPress
            and isinstance(watched, QWidget)
            and watched.isWidgetType()
            and not (watched is self.popup or self.popup.isAncestorOf(watched))
            and watched is not self.indonesian
        ):
            self.close()  # a click elsewhere applies nothing
            return False
        if watched is self.indonesian and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            on_demand = event.key() == Qt.Key.Key_Space and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            )
            if (on_demand or event.key() == Qt.Key.Key_Down) and not self.is_open():
                return self.offer(asked=True) or bool(on_demand)
        elif watched is self.popup.viewport() and kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            # On the popup's list: a click right after it appeared was meant for what it covers.
            if self._shown.isValid() and self._shown.elapsed() < GUARD_MS:
                return True
        return super().eventFilter(watched, event)
