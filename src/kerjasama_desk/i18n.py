"""The UI language: installs or removes the Indonesian translator live, persists the choice and
tells everyone who formats text (widgets re-set their texts on ``LanguageChange``; item models
are told through :attr:`LanguageManager.changed`)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from kerjasama_desk.paths import translations_dir

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
_SETTINGS_KEY = "ui/language"


def ui_language() -> str:
    """The UI language now, "id" or "en": what ``LanguageManager.set_language`` last set as
    Qt's default locale (widgets without a LanguageManager at hand ask here)."""
    return "en" if QLocale().language() == QLocale.Language.English else "id"


def translate(context: str, text: str) -> str:
    """Qt's translation of ``text`` in ``context`` (the signature domain messages expect)."""
    return QCoreApplication.translate(context, text)


class LanguageManager(QObject):
    changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._translator: QTranslator | None = None
        self._language = "en"

    @property
    def language(self) -> str:
        return self._language

    def saved_language(self) -> str:
        value = str(self._settings.value(_SETTINGS_KEY, DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown UI language {language!r}")
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication before switching languages"
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        # English is the source language of every tr() string; its catalogue holds only the
        # plural forms ("1 partner", "2 partners").
        translator = QTranslator(self)
        if not translator.load(f"kerjasama_desk_{language}", str(translations_dir())):
            raise FileNotFoundError(f"translation kerjasama_desk_{language}.qm is missing")
        app.installTranslator(translator)
        self._translator = translator
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Indonesian if language == "id" else QLocale.Language.English,
                QLocale.Country.Indonesia if language == "id" else QLocale.Country.UnitedKingdom,
            )
        )
        changed = language != self._language
        self._language = language  # what widgets ask while they re-set their texts
        # Deliver the LanguageChange events now, so every widget shows the new language
        # before anything else happens (and before the models are told below).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self._settings.setValue(_SETTINGS_KEY, language)
        if changed:
            self.changed.emit(language)
