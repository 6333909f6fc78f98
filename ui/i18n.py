"""Language choice: zh_CN first, English second; the user's choice is kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from opsdesk import paths

LANGUAGES = ("zh_CN", "en")
SETTING = "ui/language"  # "system", "zh_CN" or "en"


def system_language() -> str:
    """English for an English system, Simplified Chinese otherwise (the product's first language)."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh_CN"


def chosen_setting() -> str:
    value = QSettings().value(SETTING, "system")
    return value if value in ("system", *LANGUAGES) else "system"


def resolve(setting: str | None) -> str:
    if setting in LANGUAGES:
        return setting
    return system_language()


def qm_path(language: str):  # noqa: ANN201
    return paths.I18N / f"opsdesk_{language}.qm"


class Translations:
    """Owns the installed QTranslator and swaps it on demand."""

    def __init__(self) -> None:
        self.language = ""
        self._translator: QTranslator | None = None

    def install(self, language: str) -> bool:
        app = QCoreApplication.instance()
        translator = QTranslator(app)
        ok = translator.load(str(qm_path(language)))
        if self._translator is not None:
            app.removeTranslator(self._translator)
        if ok:
            app.installTranslator(translator)
            self._translator = translator
        else:
            self._translator = None
        self.language = language
        return ok
