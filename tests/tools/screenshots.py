"""Renders the main window and its dialogs offscreen, in Indonesian and English, at each screen
size (1280×720 and 1366×768 by default: the laptops our offices have), one PNG per view and
dialog, named VIEW-LANGUAGE-SIZE.png. A dialog is given at most the screen (less a title bar and
a task bar), as a window manager would. Look at them after every change of a layout.

python tests/tools/screenshots.py --db REGISTER --out DIR [--sizes 1280x720,1366x768]
python tests/tools/screenshots.py --guide    # the pictures of the in-app guide, from this build

--guide writes resources/guide/images/*.png (the names the guide's <img> tags use; a test checks
that they match), so the guide shows the app as it is: run it after a change the pictures show.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from kerjasama_desk.app import build_window, create_application  # noqa: E402
from kerjasama_desk.i18n import LanguageManager  # noqa: E402
from kerjasama_desk.services.registers import open_service  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--views", default="overview,partners,agreements,officers,drafts")
    parser.add_argument("--sizes", default="1280x720,1366x768")
    parser.add_argument("--guide", action="store_true", help="write the guide's pictures")
    args = parser.parse_args()
    if args.guide:
        guide_pictures()
        return
    if args.db is None or args.out is None:
        parser.error("--db and --out are needed (or --guide)")
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    # The tool edits records to show their messages, then closes them: the edits are dropped
    # rather than asked about (a question would wait for a click that never comes).
    QMessageBox.question = lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(settings)
    languages.set_language("id")
    window = build_window(open_service(args.db, demo=True), languages, settings)
    window.show()
    for size in args.sizes.split(","):
        width, height = (int(n) for n in size.split("x"))
        SCREEN[:] = [width, height]
        window.resize(width, height - TASK_BAR)
        for language in ("id", "en"):
            window.set_language(language)
            tag = f"{language}-{size}"
            for view in args.views.split(","):
                window.show_view(view)
                for _ in range(3):  # the page's data arrive a moment after it shows, then layouts
                    app.processEvents()
                window.grab().save(str(args.out / f"{view}-{tag}.png"))
            _editors(window, args.out, tag)
            _wizard(window, args.out, tag)
            _letter_wizard(window, args.out, tag)
            _our_government(window, args.out, tag)
            _more_dialogs(window, args.out, tag)
    window.close()


def _more_dialogs(window, out: Path, tag: str) -> None:  # type: ignore[no-untyped-def]
    """The smaller dialogs: officer, activity, export, legal parameters, and the guide."""
    from kerjasama_desk.domain.listing import ListQuery
    from kerjasama_desk.ui.editors import OfficerEditor
    from kerjasama_desk.ui.export_dialog import ExportDialog, printable
    from kerjasama_desk.ui.followup_editors import ActivityEditor
    from kerjasama_desk.ui.help import open_guide
    from kerjasama_desk.ui.parameters import ParametersDialog

    service = window.ops.service
    officer = service.officer_choices()[0][0]
    agreement = service.list_agreements(ListQuery(text="Beihai"))[0].id
    drafts = window.ops.drafts.rows()
    dialogs = [
        ("officer-editor", OfficerEditor(window.ops, window.languages, officer, window)),
        ("activity-editor", ActivityEditor(window.ops, window.languages, agreement, window)),
        ("parameters", ParametersDialog(window.ops, window.languages, window)),
    ]
    if drafts:
        dialogs.append(
            (
                "export",
                ExportDialog(
                    *printable(window.ops, drafts[0].id, window.languages.language),
                    window,
                    originals=window.ops.drafts.originals(drafts[0].id),
                    partner_document=window.ops.drafts.for_export(drafts[0].id, partner_first=True)[
                        0
                    ].document,
                ),
            )
        )
    for name, dialog in dialogs:
        dialog.show()
        _fit(dialog)
        dialog.grab().save(str(out / f"{name}-{tag}.png"))
        dialog.reject()
    guide = open_guide("drafting", window)
    _fit(guide)
    guide.grab().save(str(out / f"guide-{tag}.png"))
    guide.close()


GUIDE_WIDTH = 960  # pixels kept; the guide shows them 640 wide, sharp on a dense screen


def guide_pictures() -> None:
    """The guide's pictures, in both languages, at 1280×720, from a fresh demo register and a
    fresh empty one."""
    from kerjasama_desk.paths import guide_dir
    from kerjasama_desk.ui.help import guide_html, image_names
    from kerjasama_desk.ui.wizard import DraftWizard

    app = create_application([])
    QMessageBox.question = lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(settings)
    out = guide_dir() / "images"
    out.mkdir(parents=True, exist_ok=True)
    written = []

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        for _ in range(4):
            app.processEvents()
        picture = widget.grab().scaledToWidth(
            GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation
        )
        picture.save(str(out / name))
        written.append(name)

    demo = build_window(open_service(folder / "demo.sqlite", demo=True), languages, settings)
    empty = build_window(open_service(folder / "new.sqlite"), languages, settings)
    for window in (demo, empty):
        window.resize(1280, 720 - TASK_BAR)
        window.show()
    for language in ("id", "en"):
        languages.set_language(language)
        empty.show_view("overview")
        save(empty, f"first-steps-{language}.png")
        demo.show_view("overview")
        save(demo, f"overview-{language}.png")
        beihai = next(p[0] for p in demo.ops.service.pick_partners("Beihai") if p[1] == "Beihai")
        wizard = DraftWizard(
            demo.ops, languages, template_id="mou-sister-city", partner_id=beihai, parent=demo
        )
        wizard.show()
        wizard.resize(1280, 720 - TASK_BAR - TITLE_BAR)
        wizard.steps.setCurrentRow(wizard.steps.count() - 1)  # review and checks
        save(wizard, f"wizard-{language}.png")
        wizard.reject()
    wanted = sorted(set(image_names(guide_html("id")) + image_names(guide_html("en"))))
    missing = sorted(set(wanted) - set(written))
    if missing:
        raise SystemExit(f"the guide shows pictures this tool does not make: {missing}")
    print(f"{len(written)} pictures in {out}")


SCREEN = [1366, 768]
TASK_BAR = 48  # a window is this much shorter than the screen: the panel or task bar
TITLE_BAR = 32


def _fit(dialog) -> None:  # type: ignore[no-untyped-def]
    """The dialog as a window manager shows it on SCREEN: never larger than the screen."""
    dialog.resize(
        min(dialog.width(), SCREEN[0]), min(dialog.height(), SCREEN[1] - TASK_BAR - TITLE_BAR)
    )
    QApplication.processEvents()


def _our_government(window, out: Path, tag: str) -> None:  # type: ignore[no-untyped-def]
    from kerjasama_desk.ui.our_government import OurGovernmentDialog

    dialog = OurGovernmentDialog(window.ops, window.languages, window)
    dialog.show()
    _fit(dialog)
    dialog.grab().save(str(out / f"our-government-{tag}.png"))
    dialog.reject()


def _wizard(window, out: Path, tag: str) -> None:  # type: ignore[no-untyped-def]
    from kerjasama_desk.ui.wizard import DraftWizard

    rows = window.ops.drafts.rows()
    in_progress = next((row for row in rows if "Ulsan" in row.partner_name), None)
    if in_progress is None:
        return
    wizard = DraftWizard(window.ops, window.languages, draft_id=in_progress.id, parent=window)
    wizard.show()
    _fit(wizard)
    for name, row in (("parties", 1), ("fields", 2), ("review", wizard.steps.count() - 1)):
        wizard.steps.setCurrentRow(row)
        QApplication.processEvents()
        wizard.grab().save(str(out / f"wizard-{name}-{tag}.png"))
    wizard.side.setCurrentWidget(wizard.glossary)
    wizard.glossary.search.setText("kerja")
    QApplication.processEvents()
    wizard.grab().save(str(out / f"wizard-glossary-{tag}.png"))
    _memory(wizard, out, tag)
    wizard.reject()


def _letter_wizard(window, out: Path, tag: str) -> None:  # type: ignore[no-untyped-def]
    """A letter of the process in the wizard (its signing page and its preview), and the MoU's
    page where annexes are chosen."""
    from kerjasama_desk.ui.wizard import DraftWizard

    rows = window.ops.drafts.rows()
    for template_id, pages in (
        ("letter-kemlu-full-powers", ("signing", "review")),
        ("mou-sister-city", ("terms",)),
    ):
        row = next((r for r in rows if r.template_id == template_id), None)
        if row is None:
            continue
        wizard = DraftWizard(window.ops, window.languages, draft_id=row.id, parent=window)
        wizard.show()
        _fit(wizard)
        for page in pages:
            steps = [step for step, _label in wizard.template.steps]
            index = steps.index(page) + 1 if page in steps else wizard.steps.count() - 1
            wizard.steps.setCurrentRow(index)
            QApplication.processEvents()
            wizard.grab().save(str(out / f"wizard-{template_id}-{page}-{tag}.png"))
        wizard.reject()


def _with_popup(widget, popup):  # type: ignore[no-untyped-def]
    """The widget as the officer sees it, with a popup window (a completer) painted over it."""
    from PySide6.QtGui import QPainter

    picture = widget.grab()
    if popup.isVisible():
        painter = QPainter(picture)
        painter.drawPixmap(
            widget.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft())), popup.grab()
        )
        painter.end()
    return picture


def _memory(wizard, out: Path, tag: str) -> None:  # type: ignore[no-untyped-def]
    """Translation memory offering a passage saved in an earlier draft."""
    from PySide6.QtTest import QTest

    editor = wizard.editors["partner_government"]
    kept = editor.value()
    wizard.steps.setCurrentRow(wizard._step_of["partner_government"])
    editor.set_value(None)
    editor.indonesian.setFocus()
    QTest.keyClicks(editor.indonesian, str((kept or {}).get("id", "Pemerintah"))[:14])
    QApplication.processEvents()
    _with_popup(wizard, editor.memory.popup).save(str(out / f"wizard-memory-{tag}.png"))
    editor.memory.close()
    editor.set_value(kept)


def _editors(window, out: Path, tag: str) -> None:  # type: ignore[no-untyped-def]
    from kerjasama_desk.domain.listing import ListQuery
    from kerjasama_desk.ui.agreement_editor import AgreementEditor
    from kerjasama_desk.ui.editors import PartnerEditor

    service = window.ops.service
    partners = service.list_partners(ListQuery(text="Beihai"))
    agreements = service.list_agreements(ListQuery(text="Beihai", sort="signed", descending=True))
    if partners:
        editor = PartnerEditor(window.ops, window.languages, partners[0].id, window)
        editor.show()
        _fit(editor)
        editor.grab().save(str(out / f"partner-editor-{tag}.png"))
        editor.close()
    if agreements:
        editor = AgreementEditor(window.ops, window.languages, agreements[0].id, window)
        editor.show()
        _fit(editor)
        editor.grab().save(str(out / f"agreement-editor-{tag}.png"))
        for index in range(editor.follow_up.count()):  # files, commitments, checklist, trips…
            editor.follow_up.setCurrentIndex(index)
            QApplication.processEvents()
            editor.grab().save(str(out / f"agreement-tab{index}-{tag}.png"))
        editor.follow_up.setCurrentWidget(editor.history)
        QApplication.processEvents()
        editor.grab().save(str(out / f"agreement-history-{tag}.png"))
        editor.expires_on.set_value(__import__("datetime").date(2001, 1, 1))
        editor.title_id.setText("")
        editor.save()
        editor.grab().save(str(out / f"agreement-editor-errors-{tag}.png"))
        editor.close()
        _commitments(window, out, tag, agreements[0].id)


def _commitments(window, out: Path, tag: str, agreement_id: int) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    from kerjasama_desk.services.followup import commitments
    from kerjasama_desk.ui.commitments import ProposeCommitmentsDialog
    from kerjasama_desk.ui.followup_editors import CommitmentEditor

    found = commitments(window.ops.service, agreement_id)
    editor = CommitmentEditor(
        window.ops, window.languages, agreement_id, found[0].id if found else None, window
    )
    editor.show()
    _fit(editor)
    editor.save()  # an overdue commitment of a transferred officer: the message shows
    editor.grab().save(str(out / f"commitment-editor-{tag}.png"))
    editor.close()
    dialog = ProposeCommitmentsDialog(window.ops, window.languages, agreement_id, window)
    dialog.show()
    _fit(dialog)
    dialog.grab().save(str(out / f"commitment-cycle-{tag}.png"))
    dialog.close()
    from kerjasama_desk.ui.handover import HandoverDialog

    transferred = [
        i
        for i, _name, status in window.ops.service.officer_choices()
        if status.value == "transferred"
    ]
    if transferred:
        handover = HandoverDialog(window.ops, window.languages, transferred[0], window)
        handover.show()
        _fit(handover)
        handover.hand_over()  # the agreements without a successor are named
        QApplication.processEvents()
        handover.grab().save(str(out / f"handover-{tag}.png"))
        handover.reject()


if __name__ == "__main__":
    main()
