"""Interface language: our translations, Qt's own, and the layout direction that goes with them."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from .. import paths

_installed: list[QTranslator] = []
_current = {"language": "he"}


def current_language() -> str:
    """The interface's language (\"he\" or \"en\"): the one the names of the domain are shown in."""
    return _current["language"]


def install_language(app: QApplication, language: str) -> None:
    """Switch the whole interface to ``language`` ("he" or "en")."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current["language"] = language
    if language == "he":
        ours = QTranslator(app)
        if ours.load(str(paths.translations_dir() / "or_communities_he.qm")):
            _installed.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load("qtbase_he", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
        # Qt's Hebrew leaves a few of its file dialog's strings in English; ours fills them in.
        qt_extra = QTranslator(app)
        if qt_extra.load(str(paths.translations_dir() / "qt_extra_he.qm")):
            _installed.append(qt_extra)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Hebrew if language == "he" else QLocale.Language.English, QLocale.Country.Israel))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "he" else Qt.LayoutDirection.LeftToRight)

