"""Language choice: zh_CN first, English second; the user's choice is kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

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
    """Owns the installed translators (ours and Qt's own) and swaps them on demand."""

    def __init__(self) -> None:
        self.language = ""
        self._translators: list[QTranslator] = []

    def install(self, language: str) -> bool:
        app = QCoreApplication.instance()
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        ours = QTranslator(app)
        ok = ours.load(str(qm_path(language)))
        if ok:
            app.installTranslator(ours)
            self._translators.append(ours)
        # Qt's own texts (Yes/No, OK, context menus, calendar) in the same language.
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            self._translators.append(qt)
        QLocale.setDefault(QLocale(language))
        self.language = language
        return ok
