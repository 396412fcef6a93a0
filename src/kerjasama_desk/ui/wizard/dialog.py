"""The drafting wizard: a template's questions step by step, with checks, a live preview and
autosave."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kerjasama_desk.formatting import (
    PARTNER_LANGUAGES,
    language_autonym,
    language_name,
    language_title,
)
from kerjasama_desk.i18n import LanguageManager
from kerjasama_desk.services.drafts import (
    AnnexCycle,
    Answers,
    Template,
)
from kerjasama_desk.ui import theme
from kerjasama_desk.ui.help import HelpButton
from kerjasama_desk.ui.operations import Operations
from kerjasama_desk.ui.widgets import first_unreadable_date
from kerjasama_desk.ui.wizard.compare import CompareDialog
from kerjasama_desk.ui.wizard.glossary import GlossaryPanel
from kerjasama_desk.ui.wizard.questions import (
    AnnexesEditor,
    BilingualEditor,
    Editor,
    TextEditor,
    make_editor,
)
from kerjasama_desk.ui.wizard.review import ReviewPage

PREVIEW_DELAY_MS = 300  # the preview follows typing after this pause, never during a keystroke


AUTOSAVE_INTERVAL_MS = 30_000  # and on every change of page


class DraftWizard(QDialog):
    """Drafting one document; ``draft_id`` resumes a saved draft, else a new one starts from
    what the register knows (see ``DraftService.start``)."""

    saved = Signal(int, int)  # draft id, version number

    def __init__(
        self,
        ops: Operations,
        languages: LanguageManager,
        *,
        draft_id: int | None = None,
        template_id: str | None = None,
        partner_id: int | None = None,
        agreement_id: int | None = None,
        autosave_id: int | None = None,
        trip_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.languages = languages
        self.draft_id = draft_id
        self.agreement_id = agreement_id
        self.partner_id = partner_id
        self.title_text = ""
        drafts = ops.drafts
        self.autosave_id = autosave_id
        if autosave_id is not None:  # resuming answers kept before a crash
            kept, answers = drafts.autosaved(autosave_id)
            self.draft_id = draft_id = kept.draft_id
            self.agreement_id, self.partner_id = kept.agreement_id, kept.partner_id
            self.title_text = kept.title
        elif draft_id is not None:
            draft = drafts.draft(draft_id)
            answers = drafts.answers(draft_id)
            self.agreement_id, self.partner_id = draft.agreement_id, draft.partner_id
            self.title_text = draft.title
        else:
            chosen = template_id or drafts.next_template(partner_id) or next(iter(drafts.templates))
            if trip_id is not None and agreement_id is None:  # the draft is the trip's agreement's
                self.agreement_id = agreement_id = drafts.trip_agreement(trip_id)
                if agreement_id is not None and partner_id is None:
                    self.partner_id = ops.service.agreement(agreement_id).partner_id
            answers = drafts.start(
                chosen, partner_id=partner_id, agreement_id=agreement_id, trip_id=trip_id
            )
        self.template: Template = drafts.templates[answers.template_id]
        self._ours_set = ops.service.our_government() is not None
        # Prefilled answers are not the officer's typing; resumed ones are.
        self._dirty = autosave_id is not None
        self._closed = False
        self._loading = True
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1320, 720)

        self.steps = QListWidget(self)
        self.steps.setObjectName("navigation")
        self.steps.setFixedWidth(240)
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget(self)
        self.editors: dict[str, Editor] = {}
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        self._step_of: dict[str, int] = {}
        self._build_document_page(answers)
        for step_id, _label in self.template.steps:
            self._build_step(step_id)
        self._build_partner_text_page()
        self._build_review_page()
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.glossary = GlossaryPanel(ops, self)
        self.side = QTabWidget(self)
        self.side.addTab(self.preview, "")
        self.side.addTab(self.glossary, "")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([560, 550])

        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.save_button = QPushButton(theme.icon("save"), "", self)
        self.compare_button = QPushButton(self)
        self.export_button = QPushButton(theme.icon("file-text"), "", self)
        self.print_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.language_button = QPushButton(theme.icon("languages"), "", self)
        self.setProperty("help_section", "drafting")
        self.help_button = HelpButton(self, "drafting")
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.language_button)
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addSpacing(24)
        for button in (self.back_button, self.next_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(splitter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        for question in self.template.questions:
            editor = self.editors[question.id]
            value = answers.values.get(question.id, question.default)
            if value is not None:
                editor.set_value(value)
            editor.changed.connect(self._answer_changed)
        self._suggested: dict[str, dict[str, str]] = {}
        if "partner" in self.editors:
            self._suggested = self.ops.drafts.suggested_answers(self.editors["partner"].value())
            self.editors["partner"].changed.connect(self._partner_changed)
        self.english.setChecked("en" in answers.languages)
        self.english.toggled.connect(self._answer_changed)
        self.partner_language.setCurrentIndex(
            max(self.partner_language.findData(answers.partner_language or ""), 0)
        )
        for part, edit in self.partner_texts.items():
            edit.setPlainText(answers.partner_texts.get(part, ""))
            edit.textChanged.connect(self._answer_changed)
        self.partner_language.currentIndexChanged.connect(self._answer_changed)
        self.steps.currentRowChanged.connect(self._show_step)
        self.back_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))
        self.save_button.clicked.connect(self.save)
        self.compare_button.clicked.connect(self.compare_versions)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_preview)
        self.close_button.clicked.connect(self.reject)
        self.language_button.clicked.connect(self.switch_language)
        self.review.jump.connect(self._jump)
        self.glossary.insert.connect(self.insert_term)
        self._last_edit: QLineEdit | QPlainTextEdit | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.save())
        languages.changed.connect(self._language_changed)
        self._loading = False
        self.retranslate_ui()
        self.steps.setCurrentRow(0)
        self._update_visibility()
        self._update_compare()
        self.refresh_preview()

    # Pages ---------------------------------------------------------------------------------------

    def _form_page(self) -> tuple[QScrollArea, QFormLayout]:
        inner = QWidget(self)
        form = QFormLayout(inner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self.pages.addWidget(scroll)
        QListWidgetItem("", self.steps)
        return scroll, form

    def _build_document_page(self, answers: Answers) -> None:
        _, form = self._form_page()
        self.template_label = QLabel(self)
        self.template_name = QLabel(self)
        self.template_name.setWordWrap(True)
        self.english = QCheckBox(self)
        self.partner_language_label = QLabel(self)
        self.partner_language = QComboBox(self)
        self.partner_language.addItem("", "")  # not None: PySide mis-counts a None item data
        for code in PARTNER_LANGUAGES:
            self.partner_language.addItem("", code)
        self.document_hint = QLabel(self)
        self.document_hint.setWordWrap(True)
        self.document_hint.setProperty("role", "muted")
        form.addRow(self.template_label, self.template_name)
        form.addRow(self.english)
        form.addRow(self.partner_language_label, self.partner_language)
        form.addRow(self.document_hint)
        # A letter to an Indonesian office is in Indonesian alone; a letter abroad is in English,
        # with the Indonesian beside it when the box is ticked; no letter has a partner version.
        letter = self.template.kind == "letter"
        self.english.setVisible(len(self.template.languages) > 1)
        self.partner_language.setVisible(not letter)
        self.partner_language_label.setVisible(not letter)

    def _build_step(self, step_id: str) -> None:
        _, form = self._form_page()
        for question in self.template.questions:
            if question.step != step_id:
                continue
            label = QLabel(self)
            label.setWordWrap(True)
            help_label = QLabel(self)
            help_label.setWordWrap(True)
            help_label.setProperty("role", "muted")
            editor = make_editor(question, self.ops, self)
            if isinstance(editor, AnnexesEditor):  # offers drafts that do not lead back here
                editor.context = lambda: (self.draft_id, self.partner_id)
            form.addRow(label)
            form.addRow(editor)
            form.addRow(help_label)
            self.editors[question.id] = editor
            self.rows[question.id] = (label, help_label)
            self._step_of[question.id] = self.pages.count() - 1

    def _build_partner_text_page(self) -> None:
        """One box per part for the partner's own language version, pasted part by part."""
        _, form = self._form_page()
        self.partner_page = self.pages.count() - 1
        self.partner_hint = QLabel(self)
        self.partner_hint.setWordWrap(True)
        self.partner_hint.setProperty("role", "muted")
        form.addRow(self.partner_hint)
        self.partner_texts: dict[str, QPlainTextEdit] = {}
        self.partner_labels: dict[str, QLabel] = {}
        keys = ["title", "parties", "recitals", *(a.key for a in self.template.articles), "closing"]
        keys += ["signatures"] if self.template.signatures else []
        self.partner_earlier: dict[str, QToolButton] = {}
        for key in keys:
            label = QLabel(self)
            edit = QPlainTextEdit(self)
            edit.setFixedHeight(84 if key != "title" else 56)
            # what an earlier draft says for this part in the same language, to start from
            earlier = QToolButton(self)
            earlier.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(earlier)
            menu.aboutToShow.connect(lambda key=key, menu=menu: self._offer_earlier(key, menu))
            earlier.setMenu(menu)
            top = QHBoxLayout()
            top.addWidget(label, 1)
            top.addWidget(earlier)
            form.addRow(top)
            form.addRow(edit)
            self.partner_texts[key] = edit
            self.partner_labels[key] = label
            self.partner_earlier[key] = earlier

    def _offer_earlier(self, key: str, menu: QMenu) -> None:
        """Lists what earlier drafts say for the part ``key`` in the partner's language."""
        menu.clear()
        language = str(self.partner_language.currentData() or "")
        found = self.ops.drafts.partner_texts_before(language, key, besides=self.draft_id)
        if not found:
            empty = menu.addAction(
                self.tr("No earlier draft has this part in %1.").replace(
                    "%1", language_name(language, self.languages.language)
                )
            )
            empty.setEnabled(False)
            return
        for title, text in found[:12]:
            first = " ".join(text.split())
            action = menu.addAction(f"{title}: {first[:70]}{'…' if len(first) > 70 else ''}")
            action.setToolTip(text)
            action.triggered.connect(
                lambda _=False, key=key, text=text: self.use_earlier(key, text)
            )

    def use_earlier(self, key: str, text: str) -> None:
        """Puts an earlier draft's text for ``key`` in its box, asking before it replaces
        something else already written there."""
        edit = self.partner_texts[key]
        current = edit.toPlainText().strip()
        if current and current != text.strip():
            answer = QMessageBox.question(
                self,
                self.tr("Replace the text?"),
                self.tr("This part already has a text. Replace it with the earlier draft's?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        edit.setPlainText(text)

    def _build_review_page(self) -> None:
        self.review = ReviewPage(self)
        self.findings = self.review.findings
        self.review_hint = self.review.hint
        self.pages.addWidget(self.review)
        QListWidgetItem("", self.steps)

    # Behaviour -----------------------------------------------------------------------------------

    @property
    def current(self) -> int:
        return self.steps.currentRow()

    def _move(self, step: int) -> None:
        row = self.current + step
        while 0 <= row < self.steps.count() and self.steps.item(row).isHidden():
            row += step
        if 0 <= row < self.steps.count():
            self.steps.setCurrentRow(row)

    def _show_step(self, row: int) -> None:
        if row < 0:
            return
        self.autosave()
        self.pages.setCurrentIndex(row)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.steps.count() - 1)
        if row == self.steps.count() - 1:
            self.refresh_preview()

    def answers(self) -> Answers:
        values = {}
        for question_id, editor in self.editors.items():
            value = editor.value()
            if value is not None and value != []:
                values[question_id] = value
            elif value == [] and editor.question.type == "multichoice":
                values[question_id] = value  # "none of these" is an answer too
        languages = ("id", "en") if self.english.isChecked() else ("id",)
        partner_language = self.partner_language.currentData()
        texts: dict[str, str] = {}
        if partner_language:
            languages = (*languages, partner_language)
            texts = {
                key: edit.toPlainText().strip()
                for key, edit in self.partner_texts.items()
                if edit.toPlainText().strip()
            }
        return Answers(self.template.id, languages, values, texts)

    def _answer_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_visibility()
        self._timer.start()  # restarted by every keystroke: the preview waits for a pause

    def _partner_changed(self) -> None:
        """Proposes the chosen partner's government designation and region, in the answers the
        officer has left empty or as last proposed; what the officer wrote stays."""
        if self._loading:
            return
        suggested = self.ops.drafts.suggested_answers(self.editors["partner"].value())
        for key in {*suggested, *self._suggested}:
            editor = self.editors.get(key)
            if editor is None:
                continue
            current = editor.value()
            if not current or current == self._suggested.get(key):
                editor.set_value(suggested.get(key))  # none proposed now: emptied again
        self._suggested = suggested

    def _label_steps(self) -> None:
        """Numbers the steps shown (the partner's language only when there is one)."""
        language = self.languages.language
        labels = [self.tr("Document")]
        labels += [label.get(language, step) for step, label in self.template.steps]
        labels += [self.tr("The partner's language"), self.tr("Review and checks")]
        number = 0
        for row, text in enumerate(labels):
            item = self.steps.item(row)
            if item is not None and not item.isHidden():
                number += 1
                item.setText(f"{number}. {text}")
                item.setToolTip(text)

    def _update_visibility(self) -> None:
        item = self.steps.item(self.partner_page)
        if item is not None:
            item.setHidden(not self.partner_language.currentData())
            self._label_steps()
        hidden = self.ops.drafts.hidden_questions(self.answers())
        for question_id, editor in self.editors.items():
            label, help_label = self.rows[question_id]
            for widget in (label, editor, help_label):
                widget.setVisible(question_id not in hidden)
            help_label.setVisible(question_id not in hidden and bool(help_label.text()))

    def refresh_preview(self) -> None:
        self._timer.stop()
        html, findings = self.ops.drafts.preview(
            self.answers(),
            partner_id=self.partner_id,
            agreement_id=self.agreement_id,
            draft_id=self.draft_id,
            reader=self.languages.language,
        )
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(html)
        bar.setValue(position)
        self.review.show_findings(findings, self.languages.language)

    def _jump(self, question_id: str) -> None:
        if question_id == "partner_texts":
            self.steps.setCurrentRow(self.partner_page)
            return
        if question_id in self._step_of:
            self.steps.setCurrentRow(self._step_of[question_id])
            editor = self.editors[question_id]
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            scroll = self.pages.currentWidget()
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(editor)

    def _dates_readable(self) -> bool:
        """False, after saying which date to correct, when a date field's text is not a date: it
        would otherwise be saved as no date at all."""
        field = first_unreadable_date(self.pages)
        if field is None:
            return True
        for question_id, editor in self.editors.items():
            if editor.isAncestorOf(field):
                self._jump(question_id)
        QMessageBox.warning(self, self.tr("A date cannot be read"), field.problem())
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def save(self) -> bool:
        """Saves the answers as a new version; False when a date must be corrected first."""
        if not self._dates_readable():
            return False
        answers = self.answers()
        partner = answers.values.get("partner") or {}
        partner_id = partner.get("register_id") or self.partner_id
        title = self.title_text or " — ".join(
            part
            for part in (self.template.name[self.languages.language], partner.get("name"))
            if part
        )
        try:
            self.draft_id, number = self.ops.save_draft(
                answers,
                draft_id=self.draft_id,
                partner_id=partner_id,
                agreement_id=self.agreement_id,
                title=title,
                author="",
            )
        except AnnexCycle:
            self.status.setText(
                self.tr(
                    "Not saved: the annexes lead back to this document (A annexes B, B annexes "
                    "A). Remove the annex that closes the circle."
                )
            )
            return False
        self.title_text = title
        self._dirty = False
        self._forget_autosave()  # the answers are a version now
        status = self.tr("Saved as version %1.").replace("%1", str(number))
        drafts = self.ops.drafts
        if drafts.created_agreement:  # a new agreement text: its record in the register
            self.agreement_id = drafts.created_agreement
            agreement = self.ops.service.agreement(self.agreement_id)
            status += " " + self.tr(
                "It is recorded in the register as a new agreement at the stage “%1”."
            ).replace("%1", agreement.stage.label(self.languages.language))
        if drafts.recorded:  # agreed minutes: their dated follow-up became commitments
            status += " " + self.tr(
                "%n follow-up item(s) recorded as commitments of the agreement.",
                "",
                drafts.recorded,
            )
        elif drafts.unowned:
            status += " " + self.tr(
                "The follow-up is not recorded as commitments: the agreement has no responsible "
                "officer. Name one in the agreement, then save again."
            )
        self.status.setText(status)
        self.saved.emit(self.draft_id, number)
        self._update_compare()
        return True

    def _update_compare(self) -> None:
        count = len(self.ops.drafts.versions(self.draft_id)) if self.draft_id else 0
        self.compare_button.setEnabled(count >= 2)

    def export(self) -> None:
        """Saves unsaved answers as a version first, so the file names the version it shows."""
        from kerjasama_desk.ui.export_dialog import export_draft  # reportlab loads on first use

        if (self._dirty or self.draft_id is None) and not self.save():
            return
        if self.draft_id is not None:
            export_draft(self, self.ops, self.draft_id, self.languages.language)

    def print_preview(self) -> None:
        """The document as it prints (of the version saved first, like Export)."""
        from kerjasama_desk.ui.print_preview import preview_draft  # PDFium loads on first use

        if (self._dirty or self.draft_id is None) and not self.save():
            return
        if self.draft_id is not None:
            preview_draft(self, self.ops, self.draft_id, self.languages.language)

    def compare_versions(self) -> None:
        if self.draft_id is not None:
            CompareDialog(self.ops, self.draft_id, self).exec()

    def _text_boxes(self) -> list[QLineEdit | QPlainTextEdit]:
        """The boxes a glossary term can go into."""
        boxes: list[QLineEdit | QPlainTextEdit] = list(self.partner_texts.values())
        for editor in self.editors.values():
            if isinstance(editor, BilingualEditor):
                boxes += [editor.indonesian, editor.english]
            elif isinstance(editor, TextEditor):
                boxes.append(editor.edit)
        return boxes

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and any(new is box for box in self._text_boxes()):
            self._last_edit = new  # type: ignore[assignment]

    def insert_term(self, indonesian: str, english: str) -> None:
        """Puts a glossary term where the officer was typing: in a bilingual answer the
        Indonesian term on the Indonesian side and the English one on the English side; in the
        partner's text or a plain answer, the Indonesian."""
        target = self._last_edit
        if target is None:
            return
        bilingual = next(
            (
                e
                for e in self.editors.values()
                if isinstance(e, BilingualEditor) and target in (e.indonesian, e.english)
            ),
            None,
        )
        if bilingual is not None:
            bilingual.indonesian.insert(indonesian)
            bilingual.english.insert(english)
        elif isinstance(target, QLineEdit):
            target.insert(indonesian)
        else:
            target.insertPlainText(indonesian)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def autosave(self) -> None:
        """Keeps unsaved answers in the register, so a crash loses nothing (not a version)."""
        if not self._dirty or self._loading or self._closed:
            return
        self.autosave_id = self.ops.drafts.autosave(
            self.autosave_id,
            self.answers(),
            draft_id=self.draft_id,
            partner_id=self.partner_id,
            agreement_id=self.agreement_id,
            title=self.title_text,
        )

    def _forget_autosave(self) -> None:
        if self.autosave_id is not None:
            self.ops.drafts.discard_autosave(self.autosave_id)
            self.autosave_id = None

    def _may_close(self) -> bool:
        """Asks about unsaved answers; False when the officer cancels."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Save the draft?"),
            self.tr(
                "This draft has answers that are not saved yet. Save them as a new "
                "version before closing?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self.save()  # a date to correct keeps the wizard open
        return True

    def reject(self) -> None:
        # Close, Esc and the window's close button all come here (QDialog routes its close
        # event to reject()); a cancelled question keeps the wizard open.
        if not self._may_close():
            return
        if not self._closed:
            self._forget_autosave()  # saved, or dropped on purpose
            self._closed = True
            self._timer.stop()
            self._autosave_timer.stop()
            self.languages.changed.disconnect(self._language_changed)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.disconnect(self._focus_changed)
        super().reject()

    # Language ------------------------------------------------------------------------------------

    def switch_language(self) -> None:
        """The whole UI in the other language, from inside the wizard (it is modal, so the main
        window's menu cannot be reached); every answer stays as typed."""
        self.languages.set_language("en" if self.languages.language == "id" else "id")

    def _language_changed(self, _language: str) -> None:
        self.retranslate_ui()
        self.refresh_preview()

    def retranslate_ui(self) -> None:
        language = self.languages.language
        self.setWindowTitle(
            self.tr("Drafting: %1").replace(
                "%1", self.template.name.get(language, self.template.id)
            )
        )
        self._label_steps()
        self.template_label.setText(self.tr("Template"))
        self.template_name.setText(self.template.name.get(language, self.template.id))
        self.english.setText(
            self.tr("Also the Indonesian text beside the English")
            if self.template.languages[0] == "en"
            else self.tr("Also an English text beside the Indonesian")
        )
        self.partner_language_label.setText(self.tr("The partner's language version"))
        self.partner_language.setItemText(0, self.tr("none"))
        for index in range(1, self.partner_language.count()):
            self.partner_language.setItemText(
                index, language_title(str(self.partner_language.itemData(index)), language)
            )
        self.partner_hint.setText(
            self.tr(
                "Paste the partner's translation part by part. For an article, the first line is its "
                "heading; the article's number (第一条, 제1조) is printed by the document and may be "
                "left out. The checks list the parts still missing and numbers that differ."
            )
        )
        headings = {
            a.key: a.heading.by_language.get(language, a.key) for a in self.template.articles
        }
        fixed = {
            "title": self.tr("Title"),
            "parties": self.tr("Parties"),
            "recitals": self.tr("Recitals"),
            "closing": self.tr("Closing"),
            "signatures": self.tr(
                "Signature blocks: ours, a blank line, the partner's; each the party's "
                "designation, then the signatory's title"
            ),
        }
        for key, label in self.partner_labels.items():
            label.setText(fixed.get(key) or self.tr("Article: %1").replace("%1", headings[key]))
        for button in self.partner_earlier.values():
            button.setText(self.tr("From an earlier draft"))
            button.setToolTip(
                self.tr("What an earlier draft in the same language says for this part")
            )
        hint = self.tr(
            "The Indonesian text is always made. The partner's own language version is usually "
            "prepared by the partner; the preview on the right shows the texts side by side."
        )
        if self._ours_set:
            hint += " " + self.tr(
                "Our side (name, head of region, cooperation office) comes from Edit → Our "
                "government: change it in this draft only where this document differs."
            )
        self.document_hint.setText(hint)
        for question_id, editor in self.editors.items():
            question = editor.question
            label, help_label = self.rows[question_id]
            required = "" if not question.required else " *"
            label.setText(question.label.get(language, question_id) + required)
            editor.set_name(question.label.get(language, question_id))
            help_label.setText(question.help.get(language, ""))
            editor.set_language(language)
        self.review.retranslate_ui()
        # The button names the language it switches to, in that language.
        self.language_button.setText(language_autonym("en" if language == "id" else "id"))
        self.language_button.setToolTip(self.tr("Show the program in the other language"))
        self.back_button.setText(self.tr("< &Back"))
        self.next_button.setText(self.tr("&Next >"))
        self.save_button.setText(self.tr("&Save draft"))
        self.save_button.setToolTip(self.tr("Save the answers as a new version (Ctrl+S)"))
        self.close_button.setText(self.tr("&Close"))
        self.side.setTabText(0, self.tr("Preview"))
        self.side.setTabText(1, self.tr("Glossary"))
        self.glossary.retranslate()
        self.compare_button.setText(self.tr("C&ompare versions…"))
        self.export_button.setText(self.tr("&Export PDF/DOCX…"))
        self.print_button.setText(self.tr("&Print preview…"))
        self.export_button.setToolTip(self.tr("Save this draft as PDF or Word, to print or send"))
        self.compare_button.setToolTip(self.tr("Show what changed between two saved versions"))
        self._update_visibility()
