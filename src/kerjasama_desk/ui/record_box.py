"""The box every list of an agreement's records shares (files, commitments, trips, checklist):
a hint above, a table of records, buttons below, kept current by the change notices of the
tables it shows, and retranslated through the registry."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QPushButton, QTableWidget, QVBoxLayout, QWidget

from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.retranslation import translate_ui
from kerjasama_desk.ui.widgets import button_rows, hint_label, record_table


class RecordBox(QGroupBox):
    """Subclasses set ``WATCHED`` (the tables whose change reloads the box) and implement
    ``refresh()``, ``retranslate_ui()`` and, with buttons, ``_update_buttons()``; their
    ``__init__`` ends with :meth:`finish`."""

    WATCHED: frozenset[str] = frozenset()

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        agreement_id: int | None,
        parent: QWidget | None = None,
        *,
        columns: int = 1,
        stretch: Sequence[int] = (0,),
        in_tab: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.agreement_id = agreement_id
        self.in_tab = in_tab  # inside a tab named so, the box needs no title of its own
        self.hint = hint_label(self)
        self.table = self._make_table(columns, stretch)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.hint)
        self._layout.addWidget(self.table, 1)

    def _make_table(self, columns: int, stretch: Sequence[int]) -> QTableWidget:
        """A read-only table of records, one chosen at a time (a box may build another)."""
        return record_table(self, columns, stretch=stretch)

    def finish(self, buttons: Sequence[QPushButton] = ()) -> None:
        """Lays out the buttons, follows changes and the language: the end of ``__init__``."""
        if buttons:
            self._layout.addLayout(button_rows(buttons))
            self.table.itemSelectionChanged.connect(self._update_buttons)
        self.ops.changed.connect(self._tables_changed)  # a bound slot: let go when the box goes
        translate_ui(self, self.ops)

    def set_title(self, title: str) -> None:
        self.setTitle("" if self.in_tab else title)

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if tables & self.WATCHED:
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def _update_buttons(self) -> None:
        """Enables the buttons that fit the selection and the register's mode."""

    def current(self) -> int | None:
        """The id of the chosen record (kept in column 0's UserRole), if one is chosen."""
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def can_write(self) -> bool:
        """Whether records can be added: a saved agreement in a register that can be written."""
        return self.agreement_id is not None and not self.ops.read_only
