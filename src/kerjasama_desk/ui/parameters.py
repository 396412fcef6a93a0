"""Edit → Legal parameters: the numbers the app works with, each with its default and its basis;
an office that follows its own rule changes them here, for every officer of the register."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.errors import ValidationFailed
from kerjasama_desk.domain.parameters import PARAMETERS
from kerjasama_desk.formatting import format_value
from kerjasama_desk.i18n import LanguageManager, translate
from kerjasama_desk.ui.help import HelpButton
from kerjasama_desk.ui.operations import Operations


class ParametersDialog(QDialog):
    def __init__(
        self, ops: Operations, languages: LanguageManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # loaded on first use: the window shows sooner (README, Benchmarks)
        from kerjasama_desk.services.parameters import values

        self.ops = ops
        self.languages = languages
        self.setProperty("help_section", "follow-up")  # F1 opens the guide there
        language = languages.language
        current = values(ops.service)
        self.setWindowTitle(self.tr("Legal parameters"))
        intro = QLabel(
            self.tr(
                "The numbers behind the checks, the dashboard and the travel planner. The defaults "
                "follow the rules named in the last column; change one only when your office "
                "follows another rule. Changes apply to everyone using this register and are kept "
                "in its audit trail."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(PARAMETERS), 4, self)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Parameter"), self.tr("Value"), self.tr("Default"), self.tr("Basis")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 130)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.spins: dict[str, QSpinBox] = {}
        for row, parameter in enumerate(PARAMETERS):
            unit = parameter.unit.in_language(language)
            self.table.setItem(row, 0, QTableWidgetItem(parameter.label.in_language(language)))
            spin = QSpinBox(self.table)
            spin.setRange(parameter.minimum, parameter.maximum)
            spin.setValue(current[parameter.key])
            spin.setSuffix(f" {unit}")
            spin.setEnabled(not ops.read_only)
            spin.setAccessibleName(parameter.label.in_language(language))
            self.table.setCellWidget(row, 1, spin)
            self.spins[parameter.key] = spin
            self.table.setItem(row, 2, QTableWidgetItem(f"{parameter.default} {unit}"))
            basis = QTableWidgetItem(parameter.basis.in_language(language))
            basis.setToolTip(basis.text())
            self.table.setItem(row, 3, basis)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.addButton(HelpButton(self, "follow-up"), QDialogButtonBox.ButtonRole.HelpRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not ops.read_only)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(1000, 560)

    def save(self) -> None:
        try:
            self.ops.save_parameters({key: spin.value() for key, spin in self.spins.items()})
        except ValidationFailed as failure:
            language = self.languages.language
            self.error.setText(
                "\n".join(
                    e.render(translate, lambda value: format_value(value, language))
                    for e in failure.errors
                )
            )
            self.error.show()
            return
        self.accept()
