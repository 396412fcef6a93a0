"""Qt item models over the register's lists.

A model holds only the rows fetched so far (pages of :data:`PAGE_SIZE`), never runs a query in
``data()``, and hands sorting and searching to SQL through its fetch function. Headers and cells
follow a live language switch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kerjasama_desk.domain.listing import AgreementRow, ListQuery, OfficerRow, PartnerRow
from kerjasama_desk.domain.messages import QT_TRANSLATE_NOOP
from kerjasama_desk.formatting import country_name, format_date, format_number, format_timestamp
from kerjasama_desk.i18n import LanguageManager

PAGE_SIZE = 200
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROW_ID = int(ROW_ID_ROLE)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Row = TypeVar("Row")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    sort_key: str
    header: str  # English source text in the "Columns" context
    text: Callable[[Row, str], str]
    align_right: bool = False


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(
        self,
        *,
        columns: Sequence[Column[Row]],
        fetch: Callable[[ListQuery, int, int], list[Row]],
        count: Callable[[ListQuery], int],
        row_id: Callable[[Row], int],
        languages: LanguageManager,
        query: ListQuery | None = None,
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._fetch = fetch
        self._count = count
        self._row_id = row_id
        self._languages = languages
        self._query = query or ListQuery(sort=columns[0].sort_key)
        self._rows: list[Row] = []
        self._cells: dict[int, tuple[str, ...]] = {}  # formatted rows, as they are painted
        self._alignments = [_RIGHT if c.align_right else _LEFT for c in self._columns]
        self._total = 0
        self._loaded = False
        languages.changed.connect(self._language_changed)

    # Query ------------------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: ListQuery) -> None:
        self._query = replace(query, language=self._languages.language)
        self.reload()

    @property
    def loaded(self) -> bool:
        return self._loaded

    def reload(self, *, same_rows: bool = False) -> None:
        """Fetches the first page again; ``same_rows`` (only the order changed) keeps the
        count instead of asking the register for it again."""
        self.beginResetModel()
        self._rows = self._fetch(self._query, 0, PAGE_SIZE)
        self._cells.clear()
        if len(self._rows) < PAGE_SIZE:
            self._total = len(self._rows)
        elif not (same_rows and self._loaded):
            self._total = self._count(self._query)
        self._loaded = True
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def id_at(self, row: int) -> int:
        return self._row_id(self._rows[row])

    def row_of_id(self, record_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if self._row_id(row) == record_id:
                return number
        return None

    def _language_changed(self, language: str) -> None:
        self._query = replace(self._query, language=language)
        self._cells.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    # Qt model interface -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = self._fetch(self._query, len(self._rows), PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: the common cases return early, and a
        # row is formatted (dates, numbers, labels) once, when it is first painted.
        if role == _DISPLAY or role == _TOOLTIP:
            number = index.row()
            cells = self._cells.get(number)
            if cells is None:
                if not index.isValid() or number >= len(self._rows):
                    return None
                row, language = self._rows[number], self._languages.language
                cells = tuple(column.text(row, language) for column in self._columns)
                self._cells[number] = cells
            return cells[index.column()]
        if role == _ALIGNMENT:
            return self._alignments[index.column()] if index.isValid() else None
        if role == _ROW_ID and index.isValid() and index.row() < len(self._rows):
            return self._row_id(self._rows[index.row()])
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self._columns[section].header)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._query = replace(
            self._query,
            sort=self._columns[column].sort_key,
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if self._loaded:
            self.reload(same_rows=True)


def _population(row: PartnerRow, language: str) -> str:
    return format_number(row.population, language)


PARTNER_COLUMNS: list[Column[PartnerRow]] = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r, lang: r.name),
    Column(
        "native_name", QT_TRANSLATE_NOOP("Columns", "Native name"), lambda r, lang: r.native_name
    ),
    Column(
        "country",
        QT_TRANSLATE_NOOP("Columns", "Country"),
        lambda r, lang: country_name(r.country, lang),
    ),
    Column("region", QT_TRANSLATE_NOOP("Columns", "Region"), lambda r, lang: r.region),
    Column("level", QT_TRANSLATE_NOOP("Columns", "Level"), lambda r, lang: r.level.label(lang)),
    Column("population", QT_TRANSLATE_NOOP("Columns", "Population"), _population, align_right=True),
    Column(
        "agreements",
        QT_TRANSLATE_NOOP("Columns", "Agreements"),
        lambda r, lang: format_number(r.agreements, lang),
        align_right=True,
    ),
    Column(
        "updated",
        QT_TRANSLATE_NOOP("Columns", "Last changed"),
        lambda r, lang: format_timestamp(r.updated_at, lang),
    ),
]


def _partner_label(row: AgreementRow, language: str) -> str:
    if row.partner_native_name:
        return f"{row.partner_name} ({row.partner_native_name})"
    return row.partner_name


def _expiry(row: AgreementRow, language: str) -> str:
    if row.open_ended:
        return QCoreApplication.translate("Columns", "open-ended")
    return format_date(row.expires_on, language)


AGREEMENT_COLUMNS: list[Column[AgreementRow]] = [
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda r, lang: r.title(lang)),
    Column("partner", QT_TRANSLATE_NOOP("Columns", "Partner"), _partner_label),
    Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r, lang: r.kind.abbreviation),
    Column("stage", QT_TRANSLATE_NOOP("Columns", "Stage"), lambda r, lang: r.stage.label(lang)),
    Column(
        "signed",
        QT_TRANSLATE_NOOP("Columns", "Signed"),
        lambda r, lang: format_date(r.signed_on, lang),
    ),
    Column("expires", QT_TRANSLATE_NOOP("Columns", "Expires"), _expiry),
    Column(
        "officer",
        QT_TRANSLATE_NOOP("Columns", "Responsible officer"),
        lambda r, lang: r.officer_name,
    ),
    Column(
        "updated",
        QT_TRANSLATE_NOOP("Columns", "Last changed"),
        lambda r, lang: format_timestamp(r.updated_at, lang),
    ),
]

OFFICER_COLUMNS: list[Column[OfficerRow]] = [
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda r, lang: r.name),
    Column("nip", QT_TRANSLATE_NOOP("Columns", "NIP"), lambda r, lang: r.nip),
    Column("position", QT_TRANSLATE_NOOP("Columns", "Position"), lambda r, lang: r.position),
    Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), lambda r, lang: r.unit),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r, lang: r.status.label(lang)),
    Column(
        "agreements",
        QT_TRANSLATE_NOOP("Columns", "Agreements"),
        lambda r, lang: format_number(r.agreements, lang),
        align_right=True,
    ),
]
