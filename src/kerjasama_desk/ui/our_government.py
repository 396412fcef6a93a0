"""Edit → Our government: our own side of every agreement and letter, set once for the register
(name, level, province, head of region, address, cooperation office, coat of arms)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.domain.errors import FieldError
from kerjasama_desk.domain.models import OurGovernment
from kerjasama_desk.domain.validation import emblem_file_problem
from kerjasama_desk.domain.vocab import PartnerLevel
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.ui.forms import CountryBox, EditorDialog, form_layout
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.widgets import hint_label

EMBLEM_PIXELS = 512  # the longer side a coat of arms is kept at: sharp on a printed letterhead
LEVELS = (PartnerLevel.CITY, PartnerLevel.REGENCY, PartnerLevel.PROVINCE)


class CoatOfArms(QWidget):
    """The emblem shown small, with Choose… and Remove. A file Qt cannot read as a picture is
    refused with a message under the field (``problem``); the register keeps a PNG."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: bytes | None = None
        self.problem: FieldError | None = None
        self.preview = QLabel(self)
        self.preview.setFixedSize(72, 72)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setProperty("role", "muted")
        self.choose = QPushButton(self)
        self.remove = QPushButton(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.choose.clicked.connect(self.choose_file)
        self.remove.clicked.connect(lambda: self.set_picture(None))

    def set_picture(self, picture: bytes | None) -> None:
        self.picture = picture
        self.problem = None
        pixmap = QPixmap()
        if picture is not None and pixmap.loadFromData(picture):
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
        self.remove.setEnabled(picture is not None)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Coat of arms"),
            str(Path.home()),
            self.tr("PNG or JPEG pictures (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Reads ``path`` as a picture and keeps it as a PNG at most EMBLEM_PIXELS on its longer
        side; False (and ``problem`` set, the picture kept as it was) when it is not one, or
        not a PNG or JPEG file of at most 5 MB."""
        try:
            with path.open("rb") as handle:
                self.problem = emblem_file_problem(handle.read(8), path.stat().st_size)
        except OSError:
            self.problem = FieldError("ours.coat_of_arms", "not_an_image")
        if self.problem is not None:
            return False
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        image: QImage = reader.read()
        if image.isNull():
            self.problem = FieldError("ours.coat_of_arms", "not_an_image")
            return False
        if max(image.width(), image.height()) > EMBLEM_PIXELS:
            image = image.scaled(
                EMBLEM_PIXELS,
                EMBLEM_PIXELS,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"png")).write(image)
        buffer.close()
        self.set_picture(bytes(data.data()))
        return True

    def retranslate_ui(self) -> None:
        self.choose.setText(self.tr("Choose…"))
        self.remove.setText(self.tr("Remove"))
        self.preview.setText("" if self.picture else self.tr("none"))


class OurGovernmentDialog(EditorDialog):
    """Our side, kept in the register: every new draft starts from it."""

    def __init__(
        self, ops: Operations, languages: LanguageManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, languages, parent)
        self.hint = hint_label(self)
        self.name_id = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.level = QComboBox(self)
        for level in LEVELS:
            self.level.addItem("", level.value)  # Qt keeps an enum's value as a plain str
        self.province_id = QLineEdit(self)
        self.province_en = QLineEdit(self)
        self.country = CountryBox(self)
        self.head_name = QLineEdit(self)
        self.head_title_id = QLineEdit(self)
        self.head_title_en = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setFixedHeight(56)
        self.telephone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.website = QLineEdit(self)
        self.office_id = QLineEdit(self)
        self.office_en = QLineEdit(self)
        self.coat_of_arms = CoatOfArms(self)
        body = QWidget(self)
        form = form_layout()
        body.setLayout(form)
        for key, widget in (
            ("ours.name_id", self.name_id),
            ("ours.name_en", self.name_en),
            ("ours.level", self.level),
            ("ours.province_id", self.province_id),
            ("ours.province_en", self.province_en),
            ("ours.country", self.country),
            ("ours.head_name", self.head_name),
            ("ours.head_title_id", self.head_title_id),
            ("ours.head_title_en", self.head_title_en),
            ("ours.office_id", self.office_id),
            ("ours.office_en", self.office_en),
            ("ours.address", self.address),
            ("ours.telephone", self.telephone),
            ("ours.email", self.email),
            ("ours.website", self.website),
            ("ours.coat_of_arms", self.coat_of_arms),
        ):
            self.add_row(form, key, widget)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self.retranslate_ui()
        self._fill(ops.service.our_government() or OurGovernment())
        self.watch(
            self.name_id.textChanged,
            self.email.textChanged,
            self.website.textChanged,
            self.telephone.textChanged,
        )
        self.coat_of_arms.choose.clicked.connect(self._picture_chosen)
        self.name_id.setFocus()

    def _fill(self, ours: OurGovernment) -> None:
        for name in (
            "name_id",
            "name_en",
            "province_id",
            "province_en",
            "head_name",
            "head_title_id",
            "head_title_en",
            "telephone",
            "email",
            "website",
            "office_id",
            "office_en",
        ):
            getattr(self, name).setText(getattr(ours, name))
        self.address.setPlainText(ours.address)
        self.level.setCurrentIndex(max(0, self.level.findData(ours.level.value)))
        self.country.set_language(self.languages.language)
        self.country.set_code(ours.country or "ID")
        self.coat_of_arms.set_picture(ours.coat_of_arms)
        self.coat_of_arms.retranslate_ui()

    def _picture_chosen(self) -> None:
        problem = self.coat_of_arms.problem
        if problem is not None:  # the file was not a picture: said under the field
            self._show([problem])
        self.coat_of_arms.retranslate_ui()

    def collect(self) -> OurGovernment:
        return OurGovernment(
            name_id=self.name_id.text(),
            name_en=self.name_en.text(),
            level=PartnerLevel(self.level.currentData() or PartnerLevel.CITY.value),
            province_id=self.province_id.text(),
            province_en=self.province_en.text(),
            country=self.country.code(),
            head_name=self.head_name.text(),
            head_title_id=self.head_title_id.text(),
            head_title_en=self.head_title_en.text(),
            address=self.address.toPlainText(),
            telephone=self.telephone.text(),
            email=self.email.text(),
            website=self.website.text(),
            office_id=self.office_id.text(),
            office_en=self.office_en.text(),
            coat_of_arms=self.coat_of_arms.picture,
        )

    def check(self, record: OurGovernment) -> list[FieldError]:
        return self.ops.service.check_our_government(record)

    def store(self, record: OurGovernment) -> int:
        self.ops.save_our_government(record)
        return 1

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Our government"))
        self.hint.setText(
            self.tr(
                "Our own side, set once for this register. Every new draft starts from it, so the "
                "wizard asks only for what differs; the letters of the process take their "
                "letterhead from it."
            )
        )
        labels = {
            PartnerLevel.CITY: self.tr("City (Kota)"),
            PartnerLevel.REGENCY: self.tr("Regency (Kabupaten)"),
            PartnerLevel.PROVINCE: self.tr("Province (Provinsi)"),
        }
        for index in range(self.level.count()):
            self.level.setItemText(index, labels[PartnerLevel(self.level.itemData(index))])
        self.country.set_language(self.languages.language)
        self.name_id.setPlaceholderText(self.tr("e.g. Semarang"))
        self.head_title_id.setPlaceholderText(self.tr("e.g. Wali Kota Semarang"))
        self.head_title_en.setPlaceholderText(self.tr("e.g. Mayor of Semarang"))
        self.office_id.setPlaceholderText(
            self.tr("e.g. Bagian Kerja Sama Sekretariat Daerah Kota Semarang")
        )
        self.coat_of_arms.retranslate_ui()
